// `npm run eval [-- [CASES.jsonl] [--verbose] [--rule ID]]`: scores a labeled set (by default
// ../shared/eval/dev.jsonl, present on the team's machines only) and prints per-rule precision
// and recall, then flag micro-F1 and suggestion balanced accuracy as the last lines.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createScorer, RULES } from '../../src/engine';
import { evaluate, precisionOf, quietOf, recallOf } from './metrics';
import type { CaseOutcome, LabeledCase } from './metrics';

// RULES.md's flag ids: micro-F1 is defined over these seven, whatever else the engine adds.
const FLAG_IDS = ['policy-shield', 'system-says', 'canned-empathy', 'dead-end', 'blame-shift', 'argue-defend', 'corporate-speak'];
const SUGGESTION_IDS = RULES.filter((rule) => rule.kind === 'suggestion').map((rule) => rule.id);
const TARGET = { flagF1: 0.9, balancedAccuracy: 0.85 };
const DEV_SET = fileURLToPath(new URL('../../../shared/eval/dev.jsonl', import.meta.url));

export function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { verbose: { type: 'boolean', short: 'v' }, rule: { type: 'string' } },
  });
  const path = positionals[0] ?? DEV_SET;
  if (!existsSync(path)) {
    if (positionals[0] !== undefined) {
      console.error(`eval: ${path}: no such file`);
      return 2;
    }
    console.log(`eval: ${path} is absent (the dev set lives beside the project, in ../shared/eval/); nothing to evaluate.`);
    return 0;
  }
  const cases = readCases(path);
  const scoreReply = createScorer();
  const result = evaluate(cases, (c) => scoreReply(c.customer === undefined ? { reply: c.reply } : { reply: c.reply, customer: c.customer }).findings, FLAG_IDS, SUGGESTION_IDS);

  const out: string[] = [`eval: ${path}, ${cases.length} cases`, ''];
  out.push(...table(['flag', 'tp', 'fp', 'fn', 'precision', 'recall'], [...result.flags].map(([id, n]) => [id, n.tp, n.fp, n.fn, fixed(precisionOf(n)), fixed(recallOf(n))])));
  out.push('', ...table(['suggestion', 'tp', 'fn', 'fp', 'tn', 'precision', 'recall', 'quiet'], [...result.suggestions].map(([id, n]) => [id, n.tp, n.fn, n.fp, n.tn, fixed(precisionOf(n)), fixed(recallOf(n)), fixed(quietOf(n))])));

  const wrong = result.outcomes.filter((o) => isWrong(o, values.rule));
  if (values.verbose) {
    out.push('', `wrong cases${values.rule ? ` for ${values.rule}` : ''}: ${wrong.length}`);
    for (const outcome of wrong) out.push('', ...describe(outcome));
  }

  const { flagMicro: f, suggestionBalanced: s } = result;
  const flagWrong = result.outcomes.filter((o) => o.missedFlags.length + o.extraFlags.length > 0).length;
  const suggestionWrong = result.outcomes.filter((o) => o.missedSuggestions.length + o.wrongSuggestions.length > 0).length;
  out.push(
    '',
    `${cases.length} cases: ${flagWrong} with a wrong flag, ${suggestionWrong} with a wrong suggestion${values.verbose ? '' : ' (--verbose lists them)'}`,
    `flag micro-F1 ${fixed(f.f1)} (precision ${fixed(f.precision)}, recall ${fixed(f.recall)}) target ≥ ${TARGET.flagF1} ${f.f1 >= TARGET.flagF1 ? 'met' : 'NOT met'}`,
    `suggestion balanced accuracy ${fixed(s.accuracy)} (suggest recall ${fixed(s.recall)}, nosuggest quiet ${fixed(s.quiet)}) target ≥ ${TARGET.balancedAccuracy} ${s.accuracy >= TARGET.balancedAccuracy ? 'met' : 'NOT met'}`,
  );
  console.log(out.join('\n'));
  return 0;
}

function readCases(path: string): LabeledCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const c = JSON.parse(line) as Partial<LabeledCase>;
      if (typeof c.id !== 'string' || typeof c.reply !== 'string') throw new Error(`${path}: line ${index + 1}: "id" and "reply" must be strings`);
      return { ...c, id: c.id, reply: c.reply, flags: c.flags ?? [], suggest: c.suggest ?? [], nosuggest: c.nosuggest ?? [] };
    });
}

function isWrong(o: CaseOutcome, rule: string | undefined): boolean {
  const ids = [...o.missedFlags, ...o.extraFlags, ...o.missedSuggestions, ...o.wrongSuggestions];
  return rule === undefined ? ids.length > 0 : ids.includes(rule);
}

function describe(o: CaseOutcome): string[] {
  const firedFlags = o.findings.filter((f) => f.kind === 'flag');
  const lines = [`${o.case.id}  flags expected [${o.case.flags.join(', ')}] got [${firedFlags.map((f) => `${f.ruleId} "${f.text}"`).join(', ')}]`];
  if (o.missedFlags.length) lines.push(`  missed flag: ${o.missedFlags.join(', ')}`);
  if (o.extraFlags.length) lines.push(`  extra flag: ${o.extraFlags.join(', ')}`);
  if (o.missedSuggestions.length) lines.push(`  suggestion should fire: ${o.missedSuggestions.join(', ')}`);
  if (o.wrongSuggestions.length) lines.push(`  suggestion should stay quiet: ${o.wrongSuggestions.join(', ')}`);
  if (o.case.customer !== undefined) lines.push(`  customer: ${o.case.customer}`);
  lines.push(`  reply: ${o.case.reply}`);
  return lines;
}

const fixed = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(2));

/** Left-aligned first column, right-aligned figures. */
function table(header: string[], rows: (string | number)[][]): string[] {
  const cells = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]! + 2))).join(''));
}
