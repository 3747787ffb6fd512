// Stop 41, round 2: "as I explained before" reproaches the rewrite tables did not reach. A lead
// opened by "Again," ("Again, as I explained in my previous email, the engineer…") and a reminder
// trailing the point as a clause of its own (", this I already explained on the phone") had only
// advice. The reminder goes; the point stays as the agent made it.
import { describe, expect, test } from 'vitest';
import { expectSwap, flagsOf } from './swap-helpers';

describe('a reminder that it was said before goes, the point stays', () => {
  test.each([
    [
      'Again, as I explained in my previous email, the engineer attended at 10:40 on 3 May.',
      'Again, as',
      'The engineer attended at 10:40 on 3 May.',
    ],
    [
      'Once again, as we said on the phone, the refund of £42 was sent on Monday.',
      'Once again, as',
      'The refund of £42 was sent on Monday.',
    ],
    [
      'The deposit of £300 is held for 10 days, this I already explained on the phone.',
      'I already explained',
      'The deposit of £300 is held for 10 days.',
    ],
    [
      'Your plan renews on 1 June, which I already explained to you yesterday.',
      'I already explained',
      'Your plan renews on 1 June.',
    ],
  ])('%s', (reply, words, expected) => {
    expectSwap('argue-defend', `Hi Sam. ${reply}`, words, `Hi Sam. ${expected}`);
  });
});

describe('no Swap where the reminder carries a fact of its own', () => {
  test.each([
    // A date says when the customer was told: a record the reply must keep.
    ['The deposit is held for 10 days, this I already explained on 3 May.', 'I already explained'],
  ])('%s', (reply, words) => {
    const f = flagsOf(`Hi Sam. ${reply}`).find((g) => g.ruleId === 'argue-defend' && g.text === words);
    expect(f, `a flag on ${words}`).toBeDefined();
    expect(f!.swap ?? false).toBe(false);
  });
});
