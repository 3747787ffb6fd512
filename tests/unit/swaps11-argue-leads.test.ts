// argue-defend Swaps that leave the facts and drop the arguing (issue 11 §2, the product lead's
// decision 1): a correction announced before its colon, a bare verdict before a semicolon, "I
// want to be clear that…", and "it is very clear" trailing the facts.
import { describe, expect, test } from 'vitest';
import { expectSwap, ruleFlagsOf } from './swap-helpers';

describe('argue-defend: the argument goes, the facts stay', () => {
  test.each([
    [
      'I’d like to correct a misunderstanding: the receipt shows fuel was bought, not that the tank was full. I’ve refunded the £40 fuel charge.',
      'I’d like to correct a misunderstanding',
      'The receipt shows fuel was bought, not that the tank was full. I’ve refunded the £40 fuel charge.',
    ],
    [
      'I must correct one point: the March date was an estimate that depended on the survey. I’ll chase the surveyor today.',
      'I must correct one point',
      'The March date was an estimate that depended on the survey. I’ll chase the surveyor today.',
    ],
    [
      'You’re mistaken; the permit lists the wrong street. I’ll ask for a corrected one today.',
      'You’re mistaken',
      'The permit lists the wrong street. I’ll ask for a corrected one today.',
    ],
    [
      'I want to be clear that the update I sent fixes this on most laptops. If it doesn’t, I’ll book an engineer.',
      'I want to be clear that',
      'The update I sent fixes this on most laptops. If it doesn’t, I’ll book an engineer.',
    ],
    [
      'Dear Ana, the booking is cancelled, the deposit never reached us, it is very clear. I can rebook you for Friday.',
      'it is very clear',
      'Dear Ana, the booking is cancelled, the deposit never reached us. I can rebook you for Friday.',
    ],
  ])('%j', (reply, words, expected) => {
    expectSwap('argue-defend', reply, words, expected);
  });

  test('"it is very clear" with what it is clear from after it is not dropped: that would cut the source off', () => {
    const [flag] = ruleFlagsOf('argue-defend', 'The deposit never reached us, it is very clear from the bank statement. I can rebook you for Friday.');
    expect(flag?.text).toBe('it is very clear');
    expect(flag?.swap).toBeUndefined();
  });
});
