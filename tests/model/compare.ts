// What the learned second opinion (src/engine/model/) adds: validate figures only (validate is
// measure-only: no case is listed), frames alone against frames + model, over RULES.md's seven
// flags, and the model's cost per reply (timed on tune).
//   node tests/tools/run-ts.mjs tests/model/compare.ts
// The sealed and real sets are never loaded here: `npm run eval` scores them.
import { performance } from 'node:perf_hooks';
import { createScorer, type Finding } from '../../src/engine';
import { evaluate, precisionOf, recallOf, type Evaluation, type LabeledCase } from '../eval/metrics';
import { loadSet } from '../eval/sets';
import { FLAG_IDS, framesOnly } from './train';

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
  const validate = loadSet('validate').cases;
  const input = (c: LabeledCase) => ({ reply: c.reply, ...(c.customer === undefined ? {} : { customer: c.customer }) });
  const variants: [string, () => (c: LabeledCase) => Finding[]][] = [
    ['frames alone', () => { const s = framesOnly(); return (c) => s(input(c)).findings; }],
    ['frames + model (shipped)', () => { const s = createScorer(); return (c) => s(input(c)).findings; }],
  ];
  console.log(`model-compare: validate, ${validate.length} cases (figures only)`);
  for (const [name, make] of variants) console.log('', ...summary(name, evaluate(validate, make(), FLAG_IDS, [])).map((l) => `${l}\n`));

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
  const frames = time(() => { const s = framesOnly(); return (reply) => s({ reply }); });
  const both = time(() => { const s = createScorer(); return (reply) => s({ reply }); });
  console.log(`speed (tune replies, each once): frames ${frames.toFixed(0)} µs/reply, frames + model ${both.toFixed(0)} µs/reply`);
  return 0;
}
