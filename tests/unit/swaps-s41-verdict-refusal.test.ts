// Stop 41: a figure declared right with a refusal after it ("The charge is correct, we cannot
// refund it", "…was correctly applied and we're unable to reverse it") had only advice: the
// rewrites took a verdict alone, or one joined on by "and" with "we"/"I". The refusal is a fact
// the customer needs, so it stays as written; the verdict gives way to how the figure was worked
// out, or, where a lead ("On that basis", "As such,") points back at the facts just given, it
// goes, and the refusal names the figure it only called "it".
import { describe, expect, test } from 'vitest';
import { expectSwap, flagsOf } from './swap-helpers';

describe('a figure declared right, then refused: the refusal stays', () => {
  test.each([
    ['The booking fee is correct, we cannot refund it.', 'The booking fee is correct', 'The booking fee is based on [how it was worked out], and we cannot refund it.'],
    [
      'The admin fee was correctly applied and we’re unable to reverse it.',
      'The admin fee was correctly applied',
      'The admin fee was applied based on [how it was worked out], and we’re unable to reverse it.',
    ],
    [
      'You booked after the cut-off. On that basis the £40 fee is valid and I’m not in a position to remove it.',
      'the £40 fee is valid',
      'You booked after the cut-off. On that basis I’m not in a position to remove the £40 fee.',
    ],
    [
      'You booked after the cut-off. As such, the charges are correct and we are unable to offer a refund.',
      'the charges are correct',
      'You booked after the cut-off. As such, we are unable to offer a refund.',
    ],
  ])('%s', (reply, words, expected) => {
    expectSwap('argue-defend', `Hi Tom. ${reply}`, words, `Hi Tom. ${expected}`);
  });
});

describe('no Swap where what follows is no refusal, or the lead points at nothing', () => {
  test.each([
    // What follows argues too: kept as advice.
    ['You booked after the cut-off. As such the charge is valid and you are mistaken.', 'the charge is valid'],
    // A refusal of something other than the figure, after the lead: "it" would name the wrong thing.
    ['You booked after the cut-off. As such, the fee is correct and we cannot discuss this further.', 'the fee is correct'],
    // No lead that points back at facts given: the verdict is the sentence's own.
    ['Honestly the £40 fee is valid and I’m not in a position to remove it.', 'the £40 fee is valid'],
  ])('%s', (reply, words) => {
    const f = flagsOf(`Hi Tom. ${reply}`).find((g) => g.ruleId === 'argue-defend' && g.text === words);
    expect(f, `a flag on ${words}`).toBeDefined();
    expect(f!.swap ?? false).toBe(false);
  });
});
