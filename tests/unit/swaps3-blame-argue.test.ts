// blame-shift and argue-defend Swaps, third round (issue 11 §2): rewrites by structure, not by
// wording. Hindsight after a dash goes; a notice said to have reached the customer is owned as
// possibly lost; a send-off to the customer's own bank says what the bank can do and what the agent
// gives them for it; insistence ("I must reiterate that", "like I wrote you before", "I did
// mention", "Sorry but you're wrong") goes or is softened, the facts kept.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf, swappedFor } from './swap-helpers';

/** Each case: the reply as an agent wrote it, and the reply after the Swap. */
const cases: Record<string, Record<string, [string, string][]>> = {
  'blame-shift': {
    'hindsight after a dash goes; the account of what happened stays': [
      ['The refund was held because the photos were blurred — had you sent clear ones, it would have gone through on Monday.', 'The refund was held because the photos were blurred.'],
      ['The late fee was added on 4 June — if you’d paid on time there would be no fee.', 'The late fee was added on 4 June.'],
      ['Your booking moved to the next slot – had the form arrived a day earlier, this wouldn’t have happened.', 'Your booking moved to the next slot.'],
    ],
    'a notice sent to the customer is owned as possibly lost, with the next step': [
      ['A renewal reminder was sent to your email address on 12 March.', 'A renewal reminder was sent to your email address on 12 March, but it may not have reached you, so I’ll send it again now.'],
      ['Hi Lee, our records show a final notice was posted to your address in May.', 'Hi Lee, our records show a final notice was posted to your address in May, but it may not have reached you, so I’ll send it again now.'],
      ['Two warnings were emailed to you in January.', 'Two warnings were emailed to you in January, but they may not have reached you, so I’ll send them again now.'],
    ],
    'sent to their own bank: what the bank can do, and what the agent gives them for it': [
      ['Please contact your bank to release the hold.', 'Your bank can release the hold, and I can send you our record of the transaction to share with them.'],
      ['You’ll need to speak to your card issuer about the duplicate payment.', 'Your card issuer can help with the duplicate payment, and I can send you our record of the transaction to share with them.'],
      ['If it hasn’t dropped off by Friday, please contact your payment provider.', 'If it hasn’t dropped off by Friday, your payment provider can help with this, and I can send you our record of the transaction to share with them.'],
      ['Hi Ana, please get in touch with your bank directly.', 'Hi Ana, your bank can help with this, and I can send you our record of the transaction to share with them.'],
    ],
  },
  'argue-defend': {
    'insistence before the point goes; the point stays as written': [
      ['I must reiterate that the voucher expired on 1 May.', 'The voucher expired on 1 May.'],
      ['I will reiterate that the deposit is returned within 10 days.', 'The deposit is returned within 10 days.'],
      ['Following your call, I have to reiterate that the engineer is booked for Friday.', 'Following your call, the engineer is booked for Friday.'],
    ],
    '"like I wrote you before" goes with how often and where; the point stays': [
      ['Like I wrote you twice already, the gym closes at 10pm on Sundays.', 'The gym closes at 10pm on Sundays.'],
      ['Hi Omar, like I wrote you before in my email, the code works on full-price items only.', 'Hi Omar, the code works on full-price items only.'],
    ],
    '"I did mention" becomes the plain past; when and where it was said stay': [
      ['I did mention this in my email of 2 June.', 'I mentioned this in my email of 2 June.'],
      ['We did explain the cancellation terms when you joined.', 'We explained the cancellation terms when you joined.'],
    ],
    '"Sorry but you\'re wrong" goes with its regret; the facts after it stay': [
      ['Sorry but you’re wrong about that, the sale ended on 31 March.', 'The sale ended on 31 March.'],
      ['I’m sorry, but you’re mistaken: the upgrade was free for three months only.', 'The upgrade was free for three months only.'],
    ],
    '"you\'re mistaken about X; facts" hears the point and keeps the facts': [
      ['I’m afraid you’re mistaken about the lock being faulty; every lock is tested before fitting.', 'I understand your concern about the lock being faulty; every lock is tested before fitting.'],
    ],
    'a reproach that the position was set out becomes the letter named as news': [
      ['I have already explained our decision in my email of 9 May.', 'My email of 9 May explains our decision.'],
      ['We’ve already explained the position in our letter dated 2 February.', 'Our letter dated 2 February explains the position.'],
    ],
    'a sentence that only vouches for staff treating customers well goes': [
      ['Thanks for telling us. Our receptionists are trained to treat every patient with dignity. I’ve asked the practice manager to call you today.', 'Thanks for telling us. I’ve asked the practice manager to call you today.'],
    ],
  },
};

describe.each(Object.entries(cases))('%s', (ruleId, families) => {
  describe.each(Object.entries(families))('%s', (_family, rows) => {
    test.each(rows)('%j', (reply, expected) => {
      expect(swappedFor(ruleId, reply).after).toBe(expected);
    });

    test.each(rows)('once swapped, %j is not flagged for it again', (reply) => {
      expect(ruleFlagsOf(ruleId, swappedFor(ruleId, reply).after)).toEqual([]);
    });
  });
});

describe('no Swap where it would not read as sent or would drop a fact', () => {
  test.each([
    // The date of the earlier letter is a fact: "As I wrote on 12 August" is not dropped with it.
    ['argue-defend', 'As I wrote to you already on 12 August, the transfer was not cancelled by us.'],
    // A bank asked to do something the agent's sentence cannot say it "can" do: left alone.
    ['blame-shift', 'Please contact your bank to ask why it was declined.'],
  ])('%s: %j', (ruleId, reply) => {
    expect(ruleFlagsOf(ruleId, reply).length).toBeGreaterThan(0);
    expect(ruleFlagsOf(ruleId, reply).some((f) => f.swap)).toBe(false);
  });
});
