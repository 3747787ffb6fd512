// Where the engine's time goes, rule by rule: each flag rule's matcher, and the suggestion
// signals, timed over the agent replies of the speed corpus. Run when a rule change slows
// `npm run bench`:  node tests/tools/run-ts.mjs tests/bench/rule-cost.ts [REPLIES]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AnchorIndex } from '../../src/engine/anchors';
import { compileFlagRule, findFlagMatches } from '../../src/engine/flags';
import { normalize } from '../../src/engine/normalize';
import { ownText } from '../../src/engine/own-text';
import { FLAG_RULES } from '../../src/engine/rules';
import { createScorer } from '../../src/engine';
import { agentReplies } from './corpus';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/twcs-airlines-conversations.csv', import.meta.url));

export function main(args: string[]): number {
  const count = Number(args[0] ?? 5000);
  const exchanges = agentReplies(readFileSync(CORPUS, 'utf8'), count);
  const index = new AnchorIndex();
  const rules = FLAG_RULES.map((rule) => compileFlagRule(rule, [], index));
  const texts = exchanges.map((e) => {
    const n = normalize(ownText(e.reply));
    return { n, original: e.reply };
  });
  const scans = texts.map((t) => index.scan(t.n.text));
  const time = (run: () => void) => {
    let best = Infinity;
    // CPU time, not wall time: a shared machine's other work does not count against a rule.
    for (let pass = 0; pass < 5; pass++) {
      const start = process.cpuUsage();
      run();
      best = Math.min(best, process.cpuUsage(start).user);
    }
    return best / texts.length;
  };
  const rows: [string, number][] = [];
  rows.push(['normalize + own text', time(() => texts.forEach((t) => normalize(ownText(t.original))))]);
  rows.push(['anchor scan', time(() => texts.forEach((t) => index.scan(t.n.text)))]);
  for (const rule of rules) rows.push([rule.rule.id, time(() => texts.forEach((t, i) => findFlagMatches(rule, t.n, t.original, scans[i]!)))]);
  const score = createScorer();
  rows.push(['whole scorer (with customer)', time(() => exchanges.forEach((e) => score({ reply: e.reply, customer: e.customer })))]);
  rows.push(['whole scorer (reply only)', time(() => exchanges.forEach((e) => score({ reply: e.reply })))]);
  const view = createScorer();
  rows.push(['whole scorer (customer read once)', time(() => exchanges.forEach((e) => view({ reply: e.reply, customer: exchanges[0]!.customer })))]);
  console.log(`µs per reply over ${texts.length} replies (CPU time, best of 5)`);
  for (const [name, us] of rows.sort((a, b) => b[1] - a[1])) console.log(`${name.padEnd(30)} ${us.toFixed(1).padStart(8)}`);
  return 0;
}
