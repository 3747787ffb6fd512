// What the Swap tests share: the flags a reply raises, and the reply with one flag's Swap made,
// as the page and the command line make it (src/engine/swap.ts).
import { expect } from 'vitest';
import { createScorer, type Finding } from '../../src/engine';
import { applyEdit, swapEdit, swapRange } from '../../src/engine/swap';

const score = createScorer();

export const flagsOf = (reply: string, customer?: string): Finding[] =>
  score({ reply, ...(customer ? { customer } : {}) }).findings.filter((f) => f.kind === 'flag');

/** The reply with `finding`'s Swap made; the stretch it replaces must read as it was scored. */
export function applySwap(reply: string, finding: Finding): string {
  const range = swapRange(finding);
  expect(reply.slice(range.start, range.end)).toBe(range.text);
  return applyEdit(reply, swapEdit(reply, range.start, range.end, finding.replacement));
}

/** One rule's flags in a reply. */
export const ruleFlagsOf = (ruleId: string, reply: string, customer?: string): Finding[] => flagsOf(reply, customer).filter((f) => f.ruleId === ruleId);

/**
 * The reply with one of the rule's Swaps made: the one on `words`, or (without `words`) the first
 * the reply offers, whichever of a sentence's flags offers it.
 */
export function swappedFor(ruleId: string, reply: string, words?: string): { after: string; finding: Finding } {
  const flags = ruleFlagsOf(ruleId, reply);
  if (words === undefined) {
    const swaps = flags.filter((f) => f.swap);
    expect(swaps.length).toBeGreaterThan(0);
    return { after: applySwap(reply, swaps[0]!), finding: swaps[0]! };
  }
  const finding = flags.find((f) => f.text === words);
  expect(finding, `a ${ruleId} flag on ${JSON.stringify(words)}`).toBeDefined();
  expect(finding!.swap).toBe(true);
  return { after: applySwap(reply, finding!), finding: finding! };
}

/** Whether the sentence that holds `at` in `reply` still raises a flag of the rule. */
export function stillFlaggedFor(ruleId: string, reply: string, at: number): boolean {
  const from = Math.max(0, ...['. ', '? ', '! ', '\n'].map((m) => reply.lastIndexOf(m, at - 1) + m.length));
  const ends = ['. ', '? ', '! ', '\n'].map((m) => reply.indexOf(m, at)).filter((i) => i >= 0);
  const to = ends.length > 0 ? Math.min(...ends) + 1 : reply.length;
  return ruleFlagsOf(ruleId, reply).some((f) => f.start < to && f.end > from);
}

/** What the page shows beside the reply. */
export interface Turn {
  customer?: string;
  customerName?: string;
}

/** The flags of `reply` with what the page shows beside it. */
export const flagsWith = (reply: string, turn: Turn = {}): Finding[] => score({ reply, ...turn }).findings.filter((f) => f.kind === 'flag');

/** The Swap of the rule's flag on `words` reads as `expected`, clears the rule, and its own words raise no flag. */
export function expectSwap(ruleId: string, reply: string, words: string, expected: string, turn: Turn = {}): void {
  const hits = flagsWith(reply, turn).filter((f) => f.ruleId === ruleId && f.text === words);
  expect(hits.map((f) => f.text)).toEqual([words]);
  const f = hits[0]!;
  expect(f.swap, `${words} has a Swap`).toBe(true);
  const range = swapRange(f);
  expect(reply.slice(range.start, range.end)).toBe(range.text);
  const edit = swapEdit(reply, range.start, range.end, f.replacement);
  const after = applyEdit(reply, edit);
  expect(after).toBe(expected);
  const from = edit.start;
  const to = edit.start + edit.insert.length;
  const rescored = flagsWith(after, turn);
  expect(rescored.filter((o) => o.ruleId === ruleId).map((o) => o.text)).toEqual([]);
  expect(rescored.filter((o) => o.start < to && o.end > from && o.ruleId !== 'unfilled-placeholder').map((o) => `${o.ruleId}: ${o.text}`)).toEqual([]);
}
