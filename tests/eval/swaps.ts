// How many of the engine's flags come with a Swap (issue 11: at least 80 %), per split and rule.
//   node tests/tools/run-ts.mjs tests/eval/swaps.ts [--set tune|validate|…] [--without RULE]
// --without lists that rule's flags with no Swap, each in its sentence («flagged words»), to
// read what a rewrite would have to turn (on tune: validate and sealed are read as figures).
// Figures only (which flags fire is measured by eval.ts); a split's cases are scored as written,
// with their customer message and display name.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createScorer, type Finding } from '../../src/engine';
import { applyEdit, swapEdit, swapRange } from '../../src/engine/swap';
import { loadSet, SET_NAMES, type SetName } from './sets';

/** The sentence around `reply[start, end)`, the flagged words in «». */
function inSentence(reply: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(reply.charAt(from - 1))) from--;
  let to = end;
  while (to < reply.length && !/[.!?\n]/.test(reply.charAt(to))) to++;
  return `${reply.slice(from, start)}«${reply.slice(start, end)}»${reply.slice(end, to + 1)}`.trim();
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex');

/** Where the sentence around `reply[start, end)` opens and closes: after the stop before it, through the stop after it. */
function sentenceAround(reply: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(reply.charAt(from - 1))) from--;
  while (from < start && /\s/.test(reply.charAt(from))) from++;
  let to = end;
  while (to < reply.length && !/[.!?\n]/.test(reply.charAt(to))) to++;
  if (to < reply.length && reply.charAt(to) !== '\n') to++;
  return [from, to];
}

/** The reply's sentence(s) the Swap touches, as written and as they read with the Swap made (as the page makes it). */
function inPlace(reply: string, f: Finding): { before: string; after: string } {
  const range = swapRange(f);
  const [from, to] = sentenceAround(reply, range.start, range.end);
  const edit = swapEdit(reply, range.start, range.end, f.replacement);
  const after = applyEdit(reply, edit);
  const shift = edit.insert.length - (edit.end - edit.start);
  return { before: reply.slice(from, to).trim(), after: after.slice(from, to + shift).trim() };
}

export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      set: { type: 'string', default: 'validate' },
      without: { type: 'string' },
      'for-reader': { type: 'string' },
      sample: { type: 'string' },
      half: { type: 'string' },
    },
  });
  const set = values.set as SetName;
  if (!SET_NAMES.includes(set)) {
    console.error(`unknown set ${set}: one of ${SET_NAMES.join(', ')}`);
    return 2;
  }
  if (values.half !== undefined && values.half !== 'a' && values.half !== 'b') {
    console.error(`--half is a or b, not ${values.half}`);
    return 2;
  }
  const inHalf = (id: string) => values.half === undefined || (Number.parseInt(hash(id).slice(8, 10), 16) % 2 === 0) === (values.half === 'a');
  const score = createScorer();
  const byRule = new Map<string, { flags: number; swaps: number; rewrites: number }>();
  const read: { key: string; before: string; after: string; name?: string }[] = [];
  for (const c of loadSet(set).cases) {
    if (!inHalf(c.id)) continue;
    const input = { reply: c.reply, ...(c.customer ? { customer: c.customer } : {}), ...(c.customerName ? { customerName: c.customerName } : {}) };
    for (const f of score(input).findings) {
      if (f.kind !== 'flag') continue;
      const row = byRule.get(f.ruleId) ?? { flags: 0, swaps: 0, rewrites: 0 };
      row.flags++;
      if (f.swap) row.swaps++;
      if (f.swapSpan) row.rewrites++;
      if (f.swap && values['for-reader']) read.push({ key: hash(`${c.id}\u0000${f.start}`), ...inPlace(c.reply, f), ...(c.customerName ? { name: c.customerName } : {}) });
      if (!f.swap && f.ruleId === values.without) console.log(`${c.id}\t${inSentence(c.reply, f.start, f.end)}`);
      byRule.set(f.ruleId, row);
    }
  }
  if (values.without) return 0;
  if (values['for-reader']) {
    const picked = read.sort((a, b) => a.key.localeCompare(b.key)).slice(0, values.sample ? Number(values.sample) : undefined);
    const lines = picked.map(({ before, after, name }, i) => JSON.stringify({ n: i + 1, before, after, ...(name ? { customerDisplayName: name } : {}) }));
    writeFileSync(values['for-reader'], `${lines.join('\n')}\n`);
    console.log(`${set}: ${picked.length} of ${read.length} swaps written to ${values['for-reader']}`);
    return 0;
  }
  const pct = (a: number, b: number) => `${b ? Math.round((100 * a) / b) : 0} %`;
  const rows = [...byRule].sort((a, b) => b[1].flags - a[1].flags);
  console.log(`${'rule'.padEnd(22)} flags  with a Swap  (clause rewrites)`);
  for (const [rule, r] of rows) console.log(`${rule.padEnd(22)} ${String(r.flags).padStart(5)}  ${pct(r.swaps, r.flags).padStart(11)}  (${r.rewrites})`);
  const total = rows.reduce((t, [, r]) => ({ flags: t.flags + r.flags, swaps: t.swaps + r.swaps }), { flags: 0, swaps: 0 });
  console.log(`${set}${values.half ? ` (half ${values.half})` : ''}: ${total.swaps} of ${total.flags} flags have a Swap (${pct(total.swaps, total.flags)})`);
  return 0;
}
