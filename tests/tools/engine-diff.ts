// Differential check for engine changes that must not change what it says (speed work):
// scores the speed corpus's agent replies (with and without the customer turn) and every
// labelled case (as written, with its customer and customerName, and reply only), and writes
// one canonical JSON line per result. Save a baseline from unchanged code, then compare:
//   node tests/tools/run-ts.mjs tests/tools/engine-diff.ts OUT.jsonl [BASELINE.jsonl]
// With a baseline it prints the first differences and exits 1 when there are any.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { agentReplies } from '../bench/corpus';
import { shippedEngine } from '../bench/shipped-engine';
import { loadSet, SET_NAMES } from '../eval/sets';
import type { ScoreInput } from '../../src/engine';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/twcs-airlines-conversations.csv', import.meta.url));

/** JSON with object keys sorted, so that a change of key order is not a difference. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function main(args: string[]): Promise<number> {
  const [outPath, baselinePath] = args;
  if (!outPath) {
    console.error('usage: engine-diff.ts OUT.jsonl [BASELINE.jsonl]');
    return 2;
  }
  const { createScorer } = await shippedEngine();
  const inputs: [string, ScoreInput][] = [];
  for (const name of SET_NAMES) {
    for (const c of loadSet(name).cases) {
      inputs.push([`${name}/${c.id}`, { reply: c.reply, customer: c.customer, customerName: c.customerName }]);
      inputs.push([`${name}/${c.id}/reply-only`, { reply: c.reply }]);
    }
  }
  if (existsSync(CORPUS)) {
    agentReplies(readFileSync(CORPUS, 'utf8'), Infinity).forEach((e, i) => {
      inputs.push([`corpus/${i}`, { reply: e.reply, customer: e.customer }]);
      inputs.push([`corpus/${i}/reply-only`, { reply: e.reply }]);
    });
  } else console.warn(`${CORPUS} is absent: corpus replies skipped`);

  // One scorer for all, as the worker keeps one; a fresh one per set would hide a cache's bugs.
  const score = createScorer();
  const lines = inputs.map(([id, input]) => canonical({ id, result: score(input) }));
  writeFileSync(outPath, `${lines.join('\n')}\n`);
  console.log(`${lines.length} results written to ${outPath}`);
  if (!baselinePath) return 0;

  const baseline = readFileSync(baselinePath, 'utf8').split('\n').filter(Boolean);
  let differences = Math.abs(baseline.length - lines.length);
  if (differences) console.log(`result counts differ: baseline ${baseline.length}, now ${lines.length}`);
  for (let i = 0; i < Math.min(baseline.length, lines.length); i++) {
    if (baseline[i] === lines[i]) continue;
    if (++differences <= 5) console.log(`- ${baseline[i]}\n+ ${lines[i]}`);
  }
  console.log(differences === 0 ? 'no differences' : `${differences} differences`);
  return differences === 0 ? 0 : 1;
}
