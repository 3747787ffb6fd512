// Swaps for `policy-shield` and `dead-end` that one rewrite gives two flags: a sentence both rules'
// learned readings flag, rewritten for one of them in words the other's hedges read; a rule tag and
// the door joined after it, left out as one closing clause; and a sentence that only refuses the
// exception, kept as written with the offer after it. Our own wording, not evaluation cases.
import { describe, expect, test } from 'vitest';
import { applySwap, flagsOf, ruleFlagsOf } from './swap-helpers';

describe('one Swap for the flags of two rules in one sentence', () => {
  test('a sentence both learned readings flag: the policy rewrite opens the dead end too', () => {
    const reply = 'Thanks for getting in touch. It isn’t something we’re able to look into further. Have a lovely weekend.';
    const flags = flagsOf(reply).filter((f) => f.ruleId === 'dead-end' || f.ruleId === 'policy-shield');
    expect(flags.map((f) => f.ruleId).sort()).toEqual(['dead-end', 'policy-shield']);
    for (const f of flags) {
      expect(f.swap).toBe(true);
      expect(applySwap(reply, f)).toContain('further, but here is what I can do instead: [what you can offer].');
    }
  });

  test('a rule tag and the door joined after it go as one closing clause', () => {
    const reply = 'Hello Sam, once a parcel is booked the delivery slot can’t be moved – that’s company policy and there are no exceptions.';
    const after = 'Hello Sam, once a parcel is booked the delivery slot can’t be moved.';
    const policy = ruleFlagsOf('policy-shield', reply).find((f) => f.text === 'that’s company policy');
    const door = ruleFlagsOf('dead-end', reply).find((f) => f.text === 'there are no exceptions');
    expect(policy?.swap).toBe(true);
    expect(door?.swap).toBe(true);
    expect(applySwap(reply, policy!)).toBe(after);
    expect(applySwap(reply, door!)).toBe(after);
  });

  test('not a sentence left out whole: the rewrite that keeps its fact stands', () => {
    const reply = 'Thanks for writing. Spare keys are not the responsibility of the landlord, as stated in your tenancy agreement. Have a good weekend.';
    const policy = ruleFlagsOf('policy-shield', reply).find((f) => f.swap);
    expect(policy && applySwap(reply, policy)).toContain('Spare keys are not the responsibility of the landlord');
  });
});

describe('policy-shield: a clause that only refuses the exception keeps it, with the offer after it', () => {
  test.each([
    ['The gym rules do not allow guests under 16. We do not make any exception for this.', 'We do not make any exception', 'The gym rules do not allow guests under 16. We do not make any exception for this, but here is what I can do instead: [what you can offer].'],
    ['Late entries are closed once the draw is made. I cannot make an exception for personal reasons.', 'I cannot make an exception', 'Late entries are closed once the draw is made. I cannot make an exception for personal reasons, but here is what I can do instead: [what you can offer].'],
    ['Late entries are closed. Unfortunately we can’t make exceptions.', 'we can’t make exceptions', 'Late entries are closed. Unfortunately we can’t make exceptions, but here is what I can do instead: [what you can offer].'],
  ])('%s', (reply, words, after) => {
    const f = ruleFlagsOf('policy-shield', reply).find((x) => x.text === words);
    expect(f?.swap).toBe(true);
    expect(applySwap(reply, f!)).toBe(after);
  });

  test('not where the clause goes on, nor where it has turned already', () => {
    for (const reply of ['Late entries are closed. We don’t make exceptions for members who joined after May.', 'I’d love to help, but we can’t make exceptions here.']) {
      const f = ruleFlagsOf('policy-shield', reply).find((x) => /exception/.test(x.text));
      expect(f?.swap ? applySwap(reply, f) : '').not.toContain('here is what I can do instead');
    }
  });
});
