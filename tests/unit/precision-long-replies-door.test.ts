// `policy-shield` and `dead-end` in long replies (batch xi): a rule explained and then bent a
// paragraph later, a rule applied in the customer's favour, a reason in the agent's own words, and a
// limit said as the usual case or as advice on keeping the door open. Our own wording, not evaluation cases.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf } from './swap-helpers';

describe('policy-shield: not where the rule is answered', () => {
  test.each([
    // The rule bent a paragraph after it.
    'The admin fee applies to all members on the plan.\n\nI know that is hard to hear this month. I’ve asked my manager to remove it as a one-time courtesy, and I’ll confirm by Thursday.',
    // The rule applied in the customer's favour.
    'Your claim is being assessed under the reimbursement rules for card fraud. From what I’ve seen, you meet the criteria, and I’ve recommended a full refund.',
    // The reason in the agent's own words, naming no rule.
    'Hello. For security reasons, we are unable to discuss account details by email. To get back in, please follow the steps below.',
  ])('%j', (reply) => expect(ruleFlagsOf('policy-shield', reply)).toEqual([]));

  test.each([
    'The admin fee applies to all members on the plan.\n\nI know that is hard to hear this month. I’ll confirm the amount by Thursday.',
    'Your claim was assessed under the reimbursement rules for card fraud, and we are not able to refund it.',
    'Hello. For security reasons, we are not permitted to discuss account details by email.',
  ])('still: %j', (reply) => expect(ruleFlagsOf('policy-shield', reply).length).toBeGreaterThan(0));
});

describe('dead-end: not where a door stays open', () => {
  test.each([
    'The early exit fee is worked out from the remaining months, and normally there is no way to waive it. Given your circumstances, I’ve asked the lender to spread it over twelve months.',
    'Once the fine is paid it can’t be challenged again, so if you want to dispute it, please do that before paying.',
    'The early exit fee is set out in our terms, and there is no way to waive it. If you wish, we can hold the car for you until Friday.',
  ])('%j', (reply) => expect(ruleFlagsOf('dead-end', reply)).toEqual([]));

  test.each([
    'The early exit fee is set out in our terms, and there is no way to waive it. I’ll confirm the amount by Friday.',
    'Once the fine is paid it can’t be challenged again.',
  ])('still: %j', (reply) => expect(ruleFlagsOf('dead-end', reply).length).toBeGreaterThan(0));
});
