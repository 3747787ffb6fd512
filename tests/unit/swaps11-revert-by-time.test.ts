// A vague time after "revert" ("they will revert at the earliest"): the vague-time Swap joins the
// two and now says "reply" in place of "revert", so one Swap fixes both flags and the
// corporate-speak flag offers it too (before, "revert by [day and time]" kept the corporate word,
// and that flag had no Swap).
import { describe, expect, test } from 'vitest';
import { applySwap, flagsOf } from './swap-helpers';

describe('"revert" with a vague time: one Swap for both flags', () => {
  test.each([
    ['The warranty desk has your photos and they will revert at the earliest.', 'The warranty desk has your photos and they will reply by [day and time].'],
    ['We will revert back with the quote at the soonest.', 'We will reply with the quote by [day and time].'],
  ])('%j', (reply, expected) => {
    const flags = flagsOf(reply).filter((f) => f.ruleId === 'corporate-speak' || f.ruleId === 'vague-time');
    expect(flags.map((f) => f.ruleId).sort()).toEqual(['corporate-speak', 'vague-time']);
    for (const f of flags) {
      expect(f.swap, f.ruleId).toBe(true);
      expect(applySwap(reply, f)).toBe(expected);
    }
    const after = flagsOf(expected).map((f) => f.ruleId);
    expect(after).not.toContain('corporate-speak');
    expect(after).not.toContain('vague-time');
  });
});
