// Swaps, stop 40 (issue 11 §2): a closing clause that only blames or argues ("…, and you never
// did.") is left out even where another flag stays in the words before it. The Swap takes only
// its own flag's words; the flag that stays keeps its own card. Where that flag's own Swap
// reaches into the clause, the two would cross, and neither is offered. Invented sentences.
import { describe, expect, test } from 'vitest';
import { applySwap, flagsOf } from './swap-helpers';

/** The reply, the flagged words of the clause that goes, and the reply after their Swap. */
const leftOut: [string, string, string][] = [
  ['It was up to you to tell us about the move, and you never did.', 'and you never did', 'It was up to you to tell us about the move.'],
  ['I must point out that our drivers are trained to a high standard, and I am confident he acted properly.', 'confident he acted properly', 'I must point out that our drivers are trained to a high standard.'],
  ['Actually, our records confirm a reminder was posted to you on 3 June, so notice was given.', 'so notice was given', 'Actually, our records confirm a reminder was posted to you on 3 June.'],
];

describe('a closing clause left out beside a flag that stays in its sentence', () => {
  test.each(leftOut)('%s', (reply, words, expected) => {
    const flags = flagsOf(reply);
    const f = flags.find((o) => o.text === words);
    expect(f?.swap, `${words} has a Swap`).toBe(true);
    const after = applySwap(reply, f!);
    expect(after).toBe(expected);
    // Its words are gone, and the flag before it is still there, as before the Swap.
    const stayed = flags.filter((o) => o !== f && o.end <= after.length && after.slice(o.start, o.end) === o.text).map((o) => `${o.ruleId}: ${o.text}`);
    expect(flagsOf(after).map((o) => `${o.ruleId}: ${o.text}`)).toEqual(stayed);
  });

  test.each([
    // The record's own Swap runs on into the clause: the two would cross.
    ['Our records show the parcel was signed for, and I’d ask you to accept that.', 'I’d ask you to accept'],
    // A policy's Swap rewrites the whole sentence around the clause.
    ['You should have kept the receipt and you never did, as the terms say.', 'and you never did'],
  ])('not where the flag before it has a Swap that reaches into it: %s', (reply, words) => {
    const f = flagsOf(reply).find((o) => o.text === words);
    expect(f).toBeDefined();
    expect(f!.swap).toBeUndefined();
  });
});
