// canned-empathy over nothing named, in the families support macros and brand accounts vary:
// sorry for "what happened" or to hear about "your issue", a dislike of hearing it ("not what we
// like to hear"), sympathy "with you", "I understand how you feel", regret's formal cousins.
// Each stays quiet once the apology names what went wrong.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf } from './swap-helpers';

const cannedIn = (reply: string) => ruleFlagsOf('canned-empathy', reply).map((f) => f.text);

describe('canned-empathy: stock sympathy with nothing named', () => {
  test.each([
    'We’re really sorry for what happened. Could you send us your order number?',
    'So sorry to hear about your issue! Drop us a DM and we’ll take a look.',
    'That’s not what we like to hear. Please send us a DM with your account email.',
    'We never like to hear that. Can you tell us which store it was?',
    'We sympathise with you on this matter. A member of the team will review the claim.',
    'I understand how you feel. The refund request has been passed on.',
    'We regret any inconveniences. Your case number is 55121.',
  ])('%j is flagged', (reply) => {
    expect(cannedIn(reply)).not.toEqual([]);
  });

  test.each([
    'I’m sorry for what happened with your refund on Monday; I’ve re-sent it and it will land by Thursday.',
    'Sorry to hear about your issue with the login page. I’ve reset your password and sent a new link.',
    'We regret the delay to your boiler repair and I’ve booked an engineer for 9am tomorrow.',
  ])('an apology that names what went wrong stays quiet: %j', (reply) => {
    expect(cannedIn(reply)).toEqual([]);
  });
});
