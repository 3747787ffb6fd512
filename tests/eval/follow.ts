// Follow the coach naively and see whether the reply gets better: every Swap that needs nothing
// filled in applied, then the first three ready sentences that need nothing filled in, put
// where Insert puts them — an opening move after the greeting, any other after the agent's
// words (a naive follower cannot supply a "[day and time]").
// Judged blind in pairs by a reader who sees each original and revision in random order.
//   node tests/tools/run-ts.mjs tests/eval/follow.ts pairs --set validate --count 40 --out DIR
//     writes DIR/pairs.jsonl (what the reader sees) and DIR/key.json (which side is which)
//   --half a|b keeps one half of a set (tune half a is the readable one)
//   node tests/tools/run-ts.mjs tests/eval/follow.ts pairs --set validate --panel tests/eval/follow-panel.txt --out DIR
//     the fixed panel: the same replies at every stop, so one stop's figure can be read against
//     the last (a sample drawn from what the engine changes shifts with the engine and the sets)
//   node tests/tools/run-ts.mjs tests/eval/follow.ts tally DIR VERDICTS.jsonl
//     a verdict line: {"pair": n, "better": "A"|"B"|"same", "clearlyWorse": bool, "sendA": bool, "sendB": bool}
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createScorer, type Finding } from '../../src/engine';
import { ownText } from '../../src/engine/own-text';
import { applyEdit, swapEdit, swapRange } from '../../src/engine/swap';
import { inHalf } from './sentences';
import { loadSet, SET_NAMES, type SetName } from './sets';

/** Ready sentences the agent would still have to complete are not inserted. */
const NEEDS_FILLING = /\[[^\]]*\]|\{[^}]*\}|\.\.\.|…/;
// "Kind regards,", "Yours sincerely,", "Thanks for sticking with it,", "Cheers", "- Sam".
const SIGN_OFF =
  /^(?:(?:(?:kind|best|warm|warmest|many|with|all the)\s+)?(?:regards|thanks|thank you|cheers|best wishes|wishes|best|take care|speak soon)\b[^.]{0,30}|yours\s+(?:sincerely|faithfully|truly),?|(?:sincerely|warmly|respectfully|cordially),?|[-–—]\s*\S.{0,30})$/i;
/** A company's footer under the signature: registration, confidentiality, reply times ("Emails are answered within 2 working days"). */
const FOOTER = /\b(?:registered|registration|confidential|intended (?:solely )?for|intended recipient|company (?:no|number)|ltd|limited|inc|llc|gmbh|are answered within)\b/i;
/** A sign-off is followed only by a few short lines: a name, a team, a company. */
const SIGNATURE_LINES = 6;
const SHORT_LINE = 60;

/** A last paragraph of one short line with no sentence end: a team's name ("Customer Resolutions", "Trust & Safety"). */
const TEAM_SIGNATURE = /\n\s*\n[ \t]*([^\n.!?]{2,40})$/;

// "^Hana", "~RT"; "-PlayPort", "– Niamh" after the last sentence, or a name alone after a dash ("…with us -Ian").
const TWEET_SIGNATURE = /(?:[ \t]+[\^~]|(?<=[.!?)\p{Extended_Pictographic}])[ \t]+[-–—] ?|[ \t]+[-–—] ?(?=\p{Lu}\p{L}*$))[\p{L}]{1,20}(?:[ \t]*\/[ \t]*\p{L}{1,20})?$/u;

/** Where the agent's own words end: before the quoted thread, the signature and a sign-off. */
export function endOfOwnWords(reply: string): number {
  const own = ownText(reply);
  let end = own.trimEnd().length;
  // A tweet's initials at the end of its line: "… on its way! ^Hana".
  const initials = TWEET_SIGNATURE.exec(own.slice(0, end));
  if (initials) end = initials.index;
  const team = TEAM_SIGNATURE.exec(own.slice(0, end));
  if (team && /^[\p{Lu}&\s-]/u.test(team[1]!) && !/[,:;]$/.test(team[1]!)) end = own.slice(0, team.index).trimEnd().length;
  const lines = own.slice(0, end).split('\n');
  for (let k = Math.max(1, lines.length - 1 - SIGNATURE_LINES); k < lines.length; k++) {
    const after = lines.slice(k + 1);
    if (SIGN_OFF.test(lines[k]!.trim()) && after.every((line) => line.trim().length <= SHORT_LINE || FOOTER.test(line))) {
      return lines.slice(0, k).join('\n').trimEnd().length;
    }
  }
  return end;
}

/**
 * The reply with every swap applied and up to three ready sentences added, as the product puts
 * them: an opening move (an apology, a restatement) at its place after the greeting, any other
 * after the agent's words. Edits go in right to left, so the offsets they were scored at hold.
 */
export function followed(reply: string, findings: readonly Finding[]): string {
  const edits: { start: number; end: number; insert: string; swap: boolean }[] = [];
  for (const f of findings) {
    if (f.kind !== 'flag' || !f.swap || NEEDS_FILLING.test(f.replacement)) continue;
    const range = swapRange(f);
    edits.push({ ...swapEdit(reply, range.start, range.end, f.replacement), swap: true });
  }
  const chosen = findings.filter((f) => f.kind === 'suggestion' && f.replacement.trim() && !NEEDS_FILLING.test(f.replacement)).slice(0, 3);
  const opening = chosen.filter((f) => f.insertAt);
  const closing = chosen.filter((f) => !f.insertAt).map((f) => f.replacement.trim());
  if (opening.length > 0) {
    const at = opening[0]!.insertAt!.offset;
    edits.push({ start: at, end: at, insert: `${opening.map((f) => f.replacement.trim()).join(' ')} `, swap: false });
  }
  // Right to left; at the same place a swap goes in first, so the sentence lands before its words.
  edits.sort((a, b) => b.start - a.start || Number(b.swap) - Number(a.swap));
  let text = reply;
  let lastStart = Infinity;
  for (const edit of edits) {
    if (edit.end > lastStart) continue; // overlapping swaps: the later one already went in
    text = applyEdit(text, edit);
    lastStart = edit.start;
  }
  if (closing.length === 0) return text;
  const at = endOfOwnWords(text);
  // As Insert does: after words with no stop, the sentence brings the stop they lacked.
  const stop = /[\p{L}\p{N}]$/u.test(text.slice(0, at)) ? '.' : '';
  return `${text.slice(0, at)}${stop} ${closing.join(' ')}${text.slice(at)}`;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest();

function pairs(set: SetName, out: string, pick: { count: number } | { panel: readonly string[] }, half?: 'a' | 'b'): void {
  const score = createScorer();
  // Tune's half a is for reading, half b for figures only (tests/eval/README.md).
  const cases = loadSet(set).cases.filter((c) => half === undefined || inHalf(c.id, half));
  const inPanel = 'panel' in pick ? new Set(pick.panel) : null;
  const revisions = (inPanel ? cases.filter((c) => inPanel.has(c.id)) : cases).map((c) => {
    const findings = score({ reply: c.reply, ...(c.customer === undefined ? {} : { customer: c.customer }), ...(c.customerName === undefined ? {} : { customerName: c.customerName }) }).findings;
    return { id: c.id, customer: c.customer ?? '', original: c.reply, revised: followed(c.reply, findings) };
  });
  const changed = revisions.filter((r) => r.revised !== r.original);
  // A fixed, id-seeded sample, and a side per pair from the same hash: reproducible, not chosen.
  const sample = changed.sort((a, b) => Buffer.compare(hashOf(a.id), hashOf(b.id))).slice(0, 'count' in pick ? pick.count : undefined);
  const key: Record<number, { id: string; revised: 'A' | 'B' }> = {};
  const lines = sample.map((c, i) => {
    const revisedIsA = hashOf(`side:${c.id}`)[0]! % 2 === 0;
    key[i + 1] = { id: c.id, revised: revisedIsA ? 'A' : 'B' };
    return JSON.stringify({ pair: i + 1, customer: c.customer, A: revisedIsA ? c.revised : c.original, B: revisedIsA ? c.original : c.revised });
  });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'pairs.jsonl'), `${lines.join('\n')}\n`);
  writeFileSync(join(out, 'key.json'), `${JSON.stringify(key, null, 2)}\n`);
  if (inPanel) {
    const missing = [...inPanel].filter((id) => !revisions.some((r) => r.id === id));
    if (missing.length > 0) throw new Error(`panel ids not in ${set}: ${missing.join(', ')}`);
    // A reply the coach now leaves alone is no pair to judge; it counts as "same" in the panel's figure.
    console.log(`panel of ${inPanel.size}: ${inPanel.size - changed.length} replies left unchanged by the coach; ${sample.length} pairs written to ${out}`);
  } else {
    console.log(`${changed.length} replies changed by following the coach; ${sample.length} pairs written to ${out}`);
  }
}

interface Verdict {
  pair: number;
  better: 'A' | 'B' | 'same';
  clearlyWorse?: boolean;
  sendA: boolean;
  sendB: boolean;
}

function tally(dir: string, verdictsPath: string): void {
  const key = JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')) as Record<string, { revised: 'A' | 'B' }>;
  const verdicts = readFileSync(verdictsPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Verdict);
  let better = 0, worse = 0, same = 0, clearlyWorse = 0, sendRevised = 0, sendOriginal = 0;
  for (const v of verdicts) {
    const side = key[v.pair]!.revised;
    if (v.better === 'same') same++;
    else if (v.better === side) better++;
    else {
      worse++;
      if (v.clearlyWorse) clearlyWorse++;
    }
    if (side === 'A' ? v.sendA : v.sendB) sendRevised++;
    if (side === 'A' ? v.sendB : v.sendA) sendOriginal++;
  }
  const n = verdicts.length;
  const pct = (k: number) => `${Math.round((100 * k) / n)} %`;
  console.log(`${n} pairs: revision better in ${better} (${pct(better)}), worse in ${worse} (${clearlyWorse} clearly), same in ${same}`);
  console.log(`sendable as is: ${sendRevised} revisions (${pct(sendRevised)}), ${sendOriginal} originals (${pct(sendOriginal)})`);
}

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === 'pairs') {
    const { values } = parseArgs({ args: rest, options: { set: { type: 'string', default: 'validate' }, count: { type: 'string', default: '40' }, panel: { type: 'string' }, out: { type: 'string' }, half: { type: 'string' } } });
    if (!SET_NAMES.includes(values.set as SetName) || !values.out || (values.half !== undefined && values.half !== 'a' && values.half !== 'b')) {
      console.error('usage: follow.ts pairs --set NAME [--half a|b] (--count N | --panel FILE) --out DIR');
      return 2;
    }
    const panel = values.panel === undefined ? null : readFileSync(values.panel, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    pairs(values.set as SetName, values.out, panel ? { panel } : { count: Number(values.count) }, values.half as 'a' | 'b' | undefined);
  } else if (command === 'tally' && rest.length === 2) {
    tally(rest[0]!, rest[1]!);
  } else {
    console.error('usage: follow.ts pairs --set NAME (--count N | --panel FILE) --out DIR | follow.ts tally DIR VERDICTS.jsonl');
    return 2;
  }
  return 0;
}
