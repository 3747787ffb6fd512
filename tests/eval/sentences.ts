// The ready sentences filled from the customer's words, for a blind "would send as is" read,
// and automatic checks over them.
//   node tests/tools/run-ts.mjs tests/eval/sentences.ts OUT.jsonl [--set tune]
// For each case of the set (default tune) with a customer message, every finding whose ready
// sentence was filled from the customer's words (a suggestion whose template names `{issue}`,
// or a flag whose better phrasing does, filled with a clause rather than a placeholder) is
// written to OUT.jsonl as {"id", "customer", "ruleId", "kind", "sentence", "clause"}, and the
// checks are printed: a '?' after "sorry", a link / e-mail / phone / long digit string, a filled
// clause over 150 characters, unbalanced quotes or brackets (and a few more, for reading).
// Measure-only sets (validate, sealed, real) print the checks only, unless --for-reader: then
// each sentence goes to OUT.jsonl as {"n", "customer", "sentence"} for a blind reader, and the
// person running it does not read the file.
//   --with-reply  the reader also sees the agent's reply the sentence goes into ("reply"), and
//                 for a swap the reply's sentence it replaces ("replaces"): a sentence can read
//                 well alone and still contradict or repeat the reply
//   --half a|b    only the cases of that half of the set (the hash swaps.ts uses)
//   --sample N    N sentences, picked by a hash of case and rule (the same N at every run)
// On a tunable set, --for-reader also writes OUT.key.jsonl ({"n", "id", "ruleId", "kind"}) for
// the author who reads the verdicts; measure-only sets get no key.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createScorer, type Finding } from '../../src/engine';
import { FLAG_RULES, SUGGESTION_RULES } from '../../src/engine/rules';
import { loadSet, MEASURE_ONLY, SET_NAMES, type SetName } from './sets';

export interface FilledSentence {
  id: string;
  customer: string;
  /** The agent's reply the sentence goes into. */
  reply: string;
  /** For a swap, the reply's own sentence it takes the place of (the reader sees both). */
  replaces?: string;
  ruleId: string;
  kind: 'suggestion' | 'flag';
  sentence: string;
  /** What was filled in for `{issue}`. */
  clause: string;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each template with `{issue}` as a regex that captures the filled clause. */
function templateReaders(): Map<string, RegExp[]> {
  const readers = new Map<string, RegExp[]>();
  const add = (ruleId: string, template: string) => {
    if (!template.includes('{issue}')) return;
    // The coach's text takes the reply's apostrophes (straight or curly).
    const source = template.split('{issue}').map((part) => escapeRegex(part).replaceAll('’', "['’]")).join('([^]*)');
    readers.set(ruleId, [...(readers.get(ruleId) ?? []), new RegExp(`^${source}$`)]);
  };
  for (const rule of SUGGESTION_RULES) add(rule.id, rule.template);
  for (const rule of FLAG_RULES) {
    const betters = new Set([rule.better, ...rule.patterns.flatMap((p) => (typeof p === 'string' ? [] : [p.better]))]);
    for (const better of betters) add(rule.id, better);
  }
  // Longest first: "I’m sorry {issue}, and here is…" before "I’m sorry {issue}".
  for (const list of readers.values()) list.sort((x, y) => y.source.length - x.source.length);
  return readers;
}

/** The clause a ready sentence was filled with, or undefined when it was not filled from the customer. */
function filledClause(readers: RegExp[], sentence: string): string | undefined {
  for (const reader of readers) {
    const m = reader.exec(sentence);
    // A bracketed placeholder is for the agent to fill, not the customer's words.
    if (m && m[1] !== undefined && !m[1].includes('[')) return m[1];
  }
  return undefined;
}

/**
 * A swap that replaces a sentence's words keeps the reply's own full stop ("Sorry for the
 * inconvenience." → "I'm sorry your parcel is late."): the reader sees it with that stop, as it
 * will read in place, not as a fragment.
 */
const GREETING = /^(?:@\w+\s+)*(?:(?:hi|hiya|heya|hello|hey+|dear|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,30}[,!]\s*)?/i;

/** The sentence as the reader reads it, and for a swap the reply's sentence it takes the place of. */
function asItReads(reply: string, f: Finding): { sentence: string; replaces?: string } {
  if (f.kind !== 'flag' || !f.swap) return { sentence: f.replacement };
  // The reply's sentence with the swap made: a swap inside a longer sentence ("…, and I'm sorry
  // your parcel is late, so I've…") is read as the sentence it leaves, not as a fragment.
  const start = f.swapSpan?.start ?? f.start;
  const end = f.swapSpan?.end ?? f.end;
  const swapped = reply.slice(0, start) + f.replacement + reply.slice(end);
  const before = swapped.slice(0, start);
  const from = Math.max(before.search(/[^]*[.!?\n]\s*/) === 0 ? (/[^]*[.!?\n]\s*/.exec(before)?.[0].length ?? 0) : 0, 0);
  const afterAt = start + f.replacement.length;
  const rest = swapped.slice(afterAt);
  const stop = /[.!?]$/.test(f.replacement) ? { index: -1, 0: '.' } : /[.!?](?=\s|$)|\n/.exec(rest);
  const to = stop ? afterAt + stop.index + (stop[0] === '\n' ? 0 : 1) : swapped.length;
  // The same stretch of the reply as written: everything after the swap is shifted by its change in length.
  const shift = f.replacement.length - (end - start);
  const original = reply.slice(from, Math.max(to - shift, end));
  // The reply's greeting before it ("Hi Dana, I'm sorry…") is the agent's, not part of the sentence read.
  return { sentence: swapped.slice(from, to).trim().replace(GREETING, ''), replaces: original.trim().replace(GREETING, '') };
}

export function filledSentences(cases: { id: string; customer?: string; reply: string }[]): FilledSentence[] {
  const scoreReply = createScorer();
  const readers = templateReaders();
  const out: FilledSentence[] = [];
  for (const c of cases) {
    if (c.customer === undefined || c.customer.trim() === '') continue;
    for (const f of scoreReply({ reply: c.reply, customer: c.customer }).findings) {
      const rule = readers.get(f.ruleId);
      if (!rule || f.replacement === undefined) continue;
      const clause = filledClause(rule, f.replacement);
      if (clause === undefined) continue;
      out.push({ id: c.id, customer: c.customer, reply: c.reply, ruleId: f.ruleId, kind: f.kind, ...asItReads(c.reply, f), clause });
    }
  }
  return out;
}

const URL = /\bhttps?:\/\/|\bwww\.|\b[a-z0-9-]+\.(?:com|net|org|io|co|uk|us|info|biz|app|ly|me)\b(?:\/|\b)/i;
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
/** Seven digits or more, alone or in groups joined by a space, a hyphen or brackets (a phone number). */
const LONG_DIGITS = /(?:\+|\()?\d(?:[\d()\- ]*\d)?/g;
const hasLongDigits = (s: string) => (s.match(LONG_DIGITS) ?? []).some((m) => m.replace(/\D/g, '').length >= 7);

function unbalanced(s: string): boolean {
  const count = (c: string) => s.split(c).length - 1;
  return (
    count('(') !== count(')') ||
    count('[') !== count(']') ||
    count('{') !== count('}') ||
    count('“') !== count('”') ||
    count('"') % 2 === 1
  );
}

// For reading only: words a reply should never say back, and a clause cut short.
const INSULT = /\b(?:idiots?|morons?|stupid|useless|incompetent|pathetic|clowns?|liars?|thieves|scam(?:mers)?|rubbish|crap|shit\w*|fuck\w*|damn|bloody|hell|disgrace(?:ful)?|joke|garbage|trash|worst|ridiculous|sue|lawyers?)\b/i;

/** A clause that still reads as a question: "why has your bill gone up", "can we waive the fee". */
const QUESTION_OPENING = /^(?:(?:why|how|what|when|where|who|which)\b|(?:is|are|was|were|can|could|will|would|do|does|did|has|have)\s+(?:you|we|i|it|there|this|that|they|my|your|our|the)\b)/i;

export const CHECKS: { name: string; test: (s: FilledSentence) => boolean }[] = [
  // In the same sentence: "I’m sorry why was I charged?"; not the template's own "Is that right?".
  { name: "'?' after \"sorry\"", test: (s) => /\bsorry\b[^.!]*\?/i.test(s.sentence) || (/\bsorry\b/i.test(s.sentence) && QUESTION_OPENING.test(s.clause)) },
  { name: 'link, e-mail, phone or long digits', test: (s) => URL.test(s.clause) || EMAIL.test(s.clause) || hasLongDigits(s.clause) },
  { name: 'filled clause over 150 chars', test: (s) => s.clause.length > 150 },
  { name: 'unbalanced quotes or brackets', test: (s) => unbalanced(s.clause) },
  { name: '(reading) cut short with "…"', test: (s) => s.clause.includes('…') },
  { name: '(reading) amount cut at its decimal point', test: (s) => [...s.clause.matchAll(/[£$€]\d[\d,]*(?![\d.,])/g)].some((m) => s.customer.includes(`${m[0]}.`) && /\d/.test(s.customer[s.customer.indexOf(`${m[0]}.`) + m[0].length + 1] ?? '')) },
  { name: '(reading) insult or profanity word', test: (s) => INSULT.test(s.clause) },
  { name: 'question left as a question (opens like one)', test: (s) => QUESTION_OPENING.test(s.clause) },
];

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** The half of a set a case is in: the split swaps.ts and the authors' briefs use. */
export const inHalf = (id: string, half: 'a' | 'b') => (Number.parseInt(sha(id).slice(8, 10), 16) % 2 === 0) === (half === 'a');

/** `n` sentences in an order fixed by case and rule, so a rerun picks the same ones where they still exist. */
export function pick(sentences: FilledSentence[], n: number): FilledSentence[] {
  const key = (s: FilledSentence) => sha(`${s.id}\u0000${s.ruleId}\u0000${s.kind}`);
  return sentences
    .map((s) => ({ s, k: key(s) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .slice(0, n)
    .map(({ s }) => s);
}

const jsonLines = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');

export function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      set: { type: 'string', default: 'tune' },
      'for-reader': { type: 'boolean' },
      'with-reply': { type: 'boolean' },
      half: { type: 'string' },
      sample: { type: 'string' },
    },
  });
  if (values.half !== undefined && values.half !== 'a' && values.half !== 'b') {
    console.error(`sentences: --half is a or b, not ${values.half}`);
    return 2;
  }
  const sample = values.sample === undefined ? undefined : Number(values.sample);
  if (sample !== undefined && !(Number.isInteger(sample) && sample > 0)) {
    console.error(`sentences: --sample takes a positive whole number, not ${values.sample}`);
    return 2;
  }
  const name = values.set as SetName;
  if (!SET_NAMES.includes(name)) {
    console.error(`sentences: unknown set "${values.set}" (one of ${SET_NAMES.join(', ')})`);
    return 2;
  }
  const measureOnly = MEASURE_ONLY.has(name);
  const path = positionals[0];
  if (!measureOnly && path === undefined) {
    console.error('usage: sentences.ts OUT.jsonl [--set NAME]');
    return 2;
  }
  const set = loadSet(name);
  if (set.absent) {
    console.log(`sentences: ${set.absent}; nothing to read.`);
    return 0;
  }
  const cases = values.half === undefined ? set.cases : set.cases.filter((c) => inHalf(c.id, values.half as 'a' | 'b'));
  const all = filledSentences(cases);
  const sentences = sample === undefined ? all : pick(all, sample);
  if (values['for-reader'] && path !== undefined) {
    // For a blind reader who judges each sentence: no case ids, no rule, nothing printed here.
    const asRead = (s: FilledSentence, i: number) => ({ n: i + 1, customer: s.customer, ...(values['with-reply'] ? { reply: s.reply, ...(s.replaces ? { replaces: s.replaces } : {}) } : {}), sentence: s.sentence });
    writeFileSync(path, jsonLines(sentences.map(asRead)));
    if (!measureOnly) writeFileSync(path.replace(/(\.jsonl)?$/, '.key.jsonl'), jsonLines(sentences.map((s, i) => ({ n: i + 1, id: s.id, ruleId: s.ruleId, kind: s.kind }))));
  } else if (measureOnly) {
    if (path !== undefined) console.error(`sentences: the ${name} set is for measuring only: no sentences written (--for-reader writes them for a blind reader)`);
  } else {
    writeFileSync(path!, jsonLines(sentences));
  }
  const withCustomer = cases.filter((c) => c.customer !== undefined && c.customer.trim() !== '').length;
  const byRule = new Map<string, number>();
  for (const s of sentences) byRule.set(s.ruleId, (byRule.get(s.ruleId) ?? 0) + 1);
  console.log(`sentences: ${name}${values.half ? ` (half ${values.half})` : ''}, ${cases.length} cases (${withCustomer} with a customer message), ${sentences.length}${sample === undefined ? '' : ` of ${all.length}`} filled sentences${measureOnly ? '' : ` -> ${path}`}`);
  console.log(`  by rule: ${[...byRule].map(([id, n]) => `${id} ${n}`).join(', ') || '–'}`);
  for (const check of CHECKS) console.log(`  ${check.name}: ${sentences.filter(check.test).length}`);
  return 0;
}
