// Does the learned second opinion (src/engine/model/) earn its place? Prints validate figures
// only (validate is measure-only: no case is listed), engine alone vs engine + model, over
// RULES.md's seven flags, overall and per rule, and the model's cost per reply (timed on tune).
//   node tests/tools/run-ts.mjs tests/experiments/second-opinion/experiment.ts
// Variants, all with the shipped weights (trained on tune only):
//   - engine + model: the shipped thresholds (tune CV precision >= 0.92 of the additions);
//   - engine + model (standalone thresholds): thresholds at which the model alone keeps tune CV
//     precision >= 0.92, a looser reading, reported for comparison (choosing it because of
//     these figures would be tuning on validate);
//   - model alone (standalone thresholds): for reference.
// The sealed and real sets are never loaded here.
import { performance } from 'node:perf_hooks';
import { createScorer, type Finding } from '../../../src/engine';
import { modelAdditions, shippedModel, type CompiledModel } from './model';
import { evaluate, precisionOf, recallOf, type Evaluation, type LabeledCase } from '../../eval/metrics';
import { loadSet } from '../../eval/sets';

const FLAG_IDS = ['policy-shield', 'system-says', 'canned-empathy', 'dead-end', 'blame-shift', 'argue-defend', 'corporate-speak'];

const asFinding = (a: { ruleId: string; start: number; end: number }, reply: string): Finding => ({
  ruleId: a.ruleId, kind: 'flag', category: 'listening', severity: 'hint', start: a.start, end: a.end,
  text: reply.slice(a.start, a.end), message: 'second opinion', replacement: '',
});

function withThresholds(model: CompiledModel, thresholds: (number | null)[]): CompiledModel {
  return { table: model.table, data: { ...model.data, thresholds } };
}

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

export function main(): number {
  const model = shippedModel();
  const standalone = model.data.standaloneThresholds ?? model.data.rules.map(() => null);
  const scorer = createScorer();
  const validate = loadSet('validate').cases;
  const engineFlags = new Map<string, Finding[]>();
  for (const c of validate) {
    const input = { reply: c.reply, ...(c.customer === undefined ? {} : { customer: c.customer }) };
    engineFlags.set(c.id, scorer(input).findings.filter((f) => f.kind === 'flag'));
  }
  const variants: [string, (c: LabeledCase) => Finding[]][] = [
    ['engine alone', (c) => engineFlags.get(c.id)!],
    ['engine + model (shipped thresholds)', (c) => {
      const found = engineFlags.get(c.id)!;
      return [...found, ...modelAdditions(c.reply, found, model).map((a) => asFinding(a, c.reply))];
    }],
    ['engine + model (standalone thresholds, for comparison)', (c) => {
      const found = engineFlags.get(c.id)!;
      return [...found, ...modelAdditions(c.reply, found, withThresholds(model, standalone)).map((a) => asFinding(a, c.reply))];
    }],
    ['model alone (standalone thresholds, reference)', (c) => modelAdditions(c.reply, [], withThresholds(model, standalone)).map((a) => asFinding(a, c.reply))],
  ];
  console.log(`model-experiment: validate, ${validate.length} cases (figures only)`);
  console.log(`thresholds: ${model.data.rules.map((id, r) => `${id} ${model.data.thresholds[r] ?? '–'}`).join(', ')}`);
  console.log(`standalone thresholds: ${model.data.rules.map((id, r) => `${id} ${standalone[r] ?? '–'}`).join(', ')}`);
  for (const [name, findingsOf] of variants) {
    console.log('', ...summary(name, evaluate(validate, findingsOf, FLAG_IDS, [])).map((l) => `${l}\n`));
  }

  // Cost per reply, on tune (engine alone, then the model's additions on top), after a warm-up.
  const tune = loadSet('tune').cases.map((c) => c.reply);
  const time = (f: (reply: string) => unknown) => {
    for (const r of tune.slice(0, 200)) f(r);
    const t0 = performance.now();
    for (let round = 0; round < 3; round++) for (const r of tune) f(r);
    return ((performance.now() - t0) / (3 * tune.length)) * 1000;
  };
  const all = withThresholds(model, standalone.map(() => 0)); // every sentence scored for every rule
  const engineUs = time((reply) => scorer({ reply }));
  const modelUs = time((reply) => modelAdditions(reply, [], all));
  const chars = tune.reduce((s, r) => s + r.length, 0) / tune.length;
  console.log(`speed (tune replies, mean ${chars.toFixed(0)} chars): engine ${engineUs.toFixed(0)} µs/reply, model ${modelUs.toFixed(0)} µs/reply (sentences cut, features, 7 rules scored)`);
  const long = tune.join('\n').slice(0, 20_000);
  const t0 = performance.now();
  for (let i = 0; i < 20; i++) modelAdditions(long, [], all);
  console.log(`speed (one 20,000-char text): model ${((performance.now() - t0) / 20).toFixed(1)} ms`);
  return 0;
}
