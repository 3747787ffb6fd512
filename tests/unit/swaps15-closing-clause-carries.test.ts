// Swaps, stop 40 round 2 (issue 11 §2): a closing clause is left out only where it holds nothing
// but the blame or the argument. A conclusion (", so …") that gives the diagnosis, the likely cause
// or the customer's next step, and any closing clause that reports what a check found, stays: the
// blind read found those Swaps worse (the reply lost its answer). Invented sentences.
import { describe, expect, test } from 'vitest';
import { applySwap, flagsOf } from './swap-helpers';

describe('a closing clause that carries the reply’s answer is not left out', () => {
  test.each([
    // A diagnosis: the likely cause, given as such.
    ['Our status page is all green, so it’ll be something on your end — probably your office proxy. Your IT team should be able to sort it.', 'something on your end'],
    ['With all due respect, the manual clearly says indoor use only, so the rust isn’t a manufacturing fault.', 'so the rust isn’t a manufacturing fault'],
    // The customer's next step: who to go to, what to do now.
    ['Hi, buffering in HD is nearly always down to the speed your broadband provider is giving you, so that’s who you’d want to speak to.', 'that’s who you’d want to speak to'],
    ['Charging speed depends heavily on the cable you use, and a worn cable is the most common reason for slow charging, so I’d suggest asking the shop that sold it about a certified one.', 'I’d suggest asking the shop'],
    // A check's finding, after ", and".
    ['With all due respect, you approved the transfer yourself, and our payments team’s investigation confirms that the branch acted correctly. The outcome will not change.', 'the branch acted correctly'],
  ])('%s', (reply, words) => {
    const f = flagsOf(reply).find((o) => o.text === words);
    expect(f, words).toBeDefined();
    expect(f!.swap).toBeUndefined();
  });
});

describe('a closing clause that only blames or argues still goes', () => {
  test.each([
    ['I’ve checked the order and you picked the blue one at checkout, so the warehouse sent exactly what was ordered. If you want the green one I can swap it.', 'sent exactly what was ordered', 'I’ve checked the order and you picked the blue one at checkout. If you want the green one I can swap it.'],
    ['Actually, our records confirm a reminder was posted to you on 3 June, so notice was given.', 'so notice was given', 'Actually, our records confirm a reminder was posted to you on 3 June.'],
    ['It was up to you to tell us about the move, and you never did.', 'and you never did', 'It was up to you to tell us about the move.'],
  ])('%s', (reply, words, expected) => {
    const f = flagsOf(reply).find((o) => o.ruleId !== 'system-says' && o.text === words);
    expect(f?.swap, words).toBe(true);
    expect(applySwap(reply, f!)).toBe(expected);
  });
});
