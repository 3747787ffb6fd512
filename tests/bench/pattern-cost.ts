// The costliest single patterns of the flag rules and the signal cues, each compiled alone
// as the engine compiles it, timed over the speed corpus's agent replies (and customer turns
// for customer cues): node tests/tools/run-ts.mjs tests/bench/pattern-cost.ts [REPLIES] [TOP]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AnchorIndex } from '../../src/engine/anchors';
import { startsOf } from '../../src/engine/literals';
import { Matcher } from '../../src/engine/matcher';
import { normalize } from '../../src/engine/normalize';
import { patternSource } from '../../src/engine/pattern';
import { FLAG_RULES } from '../../src/engine/rules';
import * as cues from '../../src/engine/rules/signals';
import { agentReplies } from './corpus';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/twcs-airlines-conversations.csv', import.meta.url));

export function main(args: string[]): number {
  const count = Number(args[0] ?? 3000);
  const top = Number(args[1] ?? 25);
  const exchanges = agentReplies(readFileSync(CORPUS, 'utf8'), count);
  const replies = exchanges.map((e) => normalize(e.reply).text);
  const customers = exchanges.map((e) => normalize(e.customer).text);
  const patterns: { name: string; source: string; customer: boolean }[] = [];
  for (const rule of FLAG_RULES) {
    rule.patterns.forEach((p, i) => patterns.push({ name: `${rule.id}#${i}`, source: patternSource(typeof p === 'string' ? p : p.p), customer: false }));
  }
  for (const [name, list] of Object.entries(cues)) {
    if (!Array.isArray(list)) continue;
    list.forEach((p, i) => patterns.push({ name: `${name}#${i}`, source: patternSource(p as string), customer: name.startsWith('CUSTOMER') }));
  }
  const rows = patterns.map(({ name, source, customer }) => {
    const index = new AnchorIndex();
    const matcher = new Matcher(index, [source]);
    const texts = customer ? customers : replies;
    const scans = texts.map((t) => index.scan(t));
    let best = Infinity;
    for (let pass = 0; pass < 2; pass++) {
      const start = performance.now();
      texts.forEach((t, i) => matcher.test(t, scans[i]!));
      best = Math.min(best, performance.now() - start);
    }
    return { name, us: (best * 1000) / texts.length, pinned: startsOf(source) !== null, source };
  });
  rows.sort((a, b) => b.us - a.us);
  const total = rows.reduce((n, r) => n + r.us, 0);
  console.log(`${rows.length} patterns, ${total.toFixed(1)} µs per reply in all; ${rows.filter((r) => !r.pinned).length} roaming`);
  for (const r of rows.slice(0, top)) console.log(`${r.us.toFixed(2).padStart(7)} µs  ${r.pinned ? 'pinned ' : 'ROAMING'}  ${r.name}  ${r.source.slice(0, 110)}`);
  return 0;
}
