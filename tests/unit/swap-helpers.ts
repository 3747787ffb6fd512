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
