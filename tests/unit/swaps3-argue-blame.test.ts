// Swaps, third round (issue 11): argue-defend and blame-shift flags that had no Swap, turned
// where the reply still reads once swapped and keeps the agent's facts; left alone where a Swap
// would leave a verdict standing or break the sentence.
import { describe, expect, test } from 'vitest';
import { expectSwap, ruleFlagsOf } from './swap-helpers';

/** Each case: the reply, the flagged words, and the reply after their Swap. */
const argue: Record<string, [string, string, string][]> = {
  'a verdict that trails the facts goes with its comma': [
    ['Each module lines up with a chapter of the handbook, so I disagree with you there.', 'I disagree', 'Each module lines up with a chapter of the handbook.'],
    ['The van was at the kerb at 9:05 in the driver’s photo, so you’re wrong about when it arrived.', 'you’re wrong', 'The van was at the kerb at 9:05 in the driver’s photo.'],
    ['Both delivery notes agree on that, so you’re wrong about the colour.', 'you’re wrong', 'Both delivery notes agree on that.'],
    ['The new rates were posted to every member on 3 March, six weeks ahead, so notice was given.', 'so notice was given', 'The new rates were posted to every member on 3 March, six weeks ahead.'],
  ],
  'a disagreement that leads into the facts by a colon goes': [
    ['I’m going to have to disagree with you there: the deposit covers the first month, not the key fob.', 'I’m going to have to disagree', 'The deposit covers the first month, not the key fob.'],
  ],
  '"clearly" after the verb goes, where the thing was said stays': [
    ['The weight limit is printed clearly on the booking page, and it applies to every bag.', 'is printed clearly on', 'The weight limit is printed on the booking page, and it applies to every bag.'],
  ],
  'a figure declared right before a refusal becomes the outcome, the refusal kept': [
    ['The fee is correct, we cannot waive it.', 'The fee is correct', 'I know this isn’t what you hoped to hear, but the fee applies, we cannot waive it.'],
    ['The charges are valid and won’t be reversed.', 'The charges are valid', 'I know this isn’t what you hoped to hear, but the charges apply and won’t be reversed.'],
    ['Our van was booked for 10am. On that basis the £45 fee is valid and I’m not in a position to cancel it.', 'the £45 fee is valid', 'Our van was booked for 10am. On that basis the £45 fee applies and I’m not in a position to cancel it.'],
  ],
};

const blame: Record<string, [string, string, string][]> = {
  "a duty put on the customer's own party: who can help, and what we hold for it": [
    ['Damp inside the flat is your landlord’s responsibility, not ours.', 'is your landlord’s responsibility', 'Damp inside the flat is something your landlord can help with, and I can send you what we have on this to share with them.'],
    ['The boiler came with the flat, so any repair is your landlord’s responsibility.', 'is your landlord’s responsibility', 'The boiler came with the flat, so any repair is something your landlord can help with, and I can send you what we have on this to share with them.'],
    ['Payroll deductions are your employer’s responsibility rather than ours.', 'are your employer’s responsibility', 'Payroll deductions are something your employer can help with, and I can send you what we have on this to share with them.'],
  ],
};

describe.each([
  ['argue-defend', argue],
  ['blame-shift', blame],
] as const)('%s: new Swaps', (ruleId, families) => {
  for (const [family, cases] of Object.entries(families)) {
    test.each(cases)(`${family}: %s`, (reply, words, expected) => expectSwap(ruleId, reply, words, expected));
  }
});

describe('left alone where the Swap would leave a verdict or drop a fact', () => {
  test.each([
    // A second verdict after the figure's: the outcome would leave "you are mistaken" standing.
    ['argue-defend', 'The charge is correct and you are mistaken about the date.', 'The charge is correct'],
    // More than the disagreement follows it: what it disagrees with is a point of its own.
    ['argue-defend', 'Each module lines up with a chapter, so I disagree with the refund being owed.', 'I disagree'],
    // A bill declared right: it does not "apply", so no outcome is made of it.
    ['argue-defend', 'The bill is correct, we cannot change it.', 'The bill is correct'],
  ])('%s: %s', (ruleId, reply, words) => {
    const f = ruleFlagsOf(ruleId, reply).find((x) => x.text === words);
    expect(f, `a ${ruleId} flag on ${words}`).toBeDefined();
    expect(f!.swap ?? false).toBe(false);
  });
});
