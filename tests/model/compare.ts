// What the learned second opinion (src/engine/model/) adds: validate figures only (validate is
// measure-only: no case is listed), frames alone against frames + model, over RULES.md's seven
// flags, and the model's cost per reply (timed on tune).
//   node tests/tools/run-ts.mjs tests/model/compare.ts [--candidate FILE [--keep FILE]]
// `--candidate FILE` (written by `train.ts --candidate`) is the one validate look at a retrain:
// each retrained rule is judged by its additions against the shipped model's (additionsGate),
// the rules that pass are kept with the rest as shipped, and that model ships only if the seven
// flags' micro-F1 does not fall and precision rises; `--keep FILE` then writes it for
// `train.ts --from FILE`.
// The sealed and real sets are never loaded here: `npm run eval` scores them.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createScorer, type Finding } from '../../src/engine';
import { compileModel } from '../../src/engine/model';
import { MODEL_DATA } from '../../src/engine/model/weights';
import { evaluate, precisionOf, recallOf, type Evaluation, type LabeledCase } from '../eval/metrics';
import { loadSet } from '../eval/sets';
import { additionsGate, additionsOf, FLAG_IDS, framesOnly, keepShipped, type Candidate, type FlaggedCase } from './train';

const fixed = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(3));
const f1 = (p: number, r: number) => (p + r === 0 || Number.isNaN(p) || Number.isNaN(r) ? 0 : (2 * p * r) / (p + r));

function summary(name: string, e: Evaluation): string[] {
  const { precision, recall, f1: f } = e.flagMicro;
  const out = [`${name}: micro P ${fixed(precision)}  R ${fixed(recall)}  F1 ${fixed(f)}`];
  for (const id of FLAG_IDS) {
    const n = e.flags.get(id)!;
    const p = precisionOf(n);
    const r = recallOf(n);
    out.push(`  ${id.padEnd(16)} tp ${String(n.tp).padStart(3)} fp ${String(n.fp).padStart(3)} fn ${String(n.fn).padStart(3)}  P ${fixed(p)} R ${fixed(r)} F1 ${fixed(f1(p, r))}`);
  }
  return out;
}

const input = (c: LabeledCase) => ({ reply: c.reply, ...(c.customer === undefined ? {} : { customer: c.customer }) });
const rulesOf = (findings: Finding[]) => new Set(findings.filter((f) => f.kind === 'flag').map((f) => f.ruleId));
const ruleF1 = (e: Evaluation, rule: string) => f1(precisionOf(e.flags.get(rule)!), recallOf(e.flags.get(rule)!));

/** Scores validate once with a scorer, prints its figures, and keeps each case's findings. */
function scoreAndPrint(name: string, validate: LabeledCase[], score: ReturnType<typeof createScorer>): { e: Evaluation; findings: Map<string, Finding[]> } {
  const findings = new Map(validate.map((c) => [c.id, score(input(c)).findings]));
  const e = evaluate(validate, (c) => findings.get(c.id)!, FLAG_IDS, []);
  console.log('', ...summary(name, e).map((l) => `${l}\n`));
  return { e, findings };
}

/**
 * The one look at a candidate: its retrained rules judged by their additions against the
 * shipped model's, then the whole as it would ship. Returns the model to keep, or null.
 */
function judgeCandidate(candidate: Candidate, validate: LabeledCase[], frames: Map<string, Finding[]>, shipped: { e: Evaluation; findings: Map<string, Finding[]> }): Candidate | null {
  const retrained = scoreAndPrint('frames + model (candidate)', validate, createScorer({}, undefined, compileModel(candidate.data)));
  const flagged = (model: Map<string, Finding[]>): FlaggedCase[] =>
    validate.map((c) => ({ labels: new Set(c.flags), frames: rulesOf(frames.get(c.id)!), model: rulesOf(model.get(c.id)!) }));
  const [byShipped, byCandidate] = [flagged(shipped.findings), flagged(retrained.findings)];
  console.log('additions gate: the retrained rule replaces the shipped one if its additions are right at least as often and its F1 does not fall');
  console.log('rule              shipped right/added  retrained right/added  F1 shipped → retrained  replaces');
  const passing = candidate.replaced.filter((rule) => {
    const [a, b] = [additionsOf(byShipped, rule), additionsOf(byCandidate, rule)];
    const [f0, f1r] = [ruleF1(shipped.e, rule), ruleF1(retrained.e, rule)];
    const pass = additionsGate(a, b, f0, f1r);
    const rate = (x: typeof a) => `${x.right}/${x.added} (${x.added === 0 ? '–' : ((100 * x.right) / x.added).toFixed(0)} %)`;
    console.log(`${rule.padEnd(18)}${rate(a).padStart(19)}${rate(b).padStart(23)}   ${fixed(f0)} → ${fixed(f1r)}          ${pass ? 'yes' : 'no'}`);
    return pass;
  });
  const kept: Candidate = { replaced: passing, data: keepShipped(candidate.data, MODEL_DATA, new Set(FLAG_IDS.filter((rule) => !passing.includes(rule)))) };
  const whole = passing.length === candidate.replaced.length ? retrained.e : scoreAndPrint(`frames + model (retrained: ${passing.join(', ') || 'none'})`, validate, createScorer({}, undefined, compileModel(kept.data))).e;
  const [now, then] = [shipped.e.flagMicro, whole.flagMicro];
  const ships = passing.length > 0 && then.f1 >= now.f1 && then.precision > now.precision;
  console.log(`the whole (seven flags): F1 ${fixed(now.f1)} → ${fixed(then.f1)}, P ${fixed(now.precision)} → ${fixed(then.precision)}: ${ships ? 'ships' : 'does not ship'} (F1 not lower and P higher)`);
  return ships ? kept : null;
}

export function main(argv: string[] = []): number {
  const { values } = parseArgs({ args: argv, options: { candidate: { type: 'string' }, keep: { type: 'string' } } });
  const validate = loadSet('validate').cases;
  console.log(`model-compare: validate, ${validate.length} cases (figures only)`);
  const frames = scoreAndPrint('frames alone', validate, framesOnly());
  const shipped = scoreAndPrint('frames + model (shipped)', validate, createScorer());
  const candidate = values.candidate ? (JSON.parse(readFileSync(values.candidate, 'utf8')) as Candidate) : undefined;
  if (candidate) {
    const kept = judgeCandidate(candidate, validate, frames.findings, shipped);
    if (kept && values.keep) {
      writeFileSync(values.keep, JSON.stringify(kept));
      console.log(`kept: ${values.keep} (write it with train.ts --from)`);
    }
  }

  // Cost per reply on tune, each reply scored once by a fresh scorer's warm state (the model's
  // sentence memory is per scorer: a second round would be all hits).
  const tune = loadSet('tune').cases.map((c) => c.reply);
  const time = (make: () => (reply: string) => unknown) => {
    const warm = make();
    for (const r of tune.slice(0, 200)) warm(r);
    const f = make();
    const t0 = performance.now();
    for (const r of tune) f(r);
    return ((performance.now() - t0) / tune.length) * 1000;
  };
  const framesCost = time(() => { const s = framesOnly(); return (reply) => s({ reply }); });
  const both = time(() => { const s = createScorer(); return (reply) => s({ reply }); });
  const retrained = candidate ? time(() => { const s = createScorer({}, undefined, compileModel(candidate.data)); return (reply) => s({ reply }); }) : undefined;
  console.log(`speed (tune replies, each once): frames ${framesCost.toFixed(0)} µs/reply, frames + model ${both.toFixed(0)} µs/reply${retrained === undefined ? '' : `, frames + candidate ${retrained.toFixed(0)} µs/reply`}`);
  return 0;
}
