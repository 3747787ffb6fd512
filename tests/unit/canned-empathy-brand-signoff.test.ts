// canned-empathy in brand accounts' short replies: a stock line signed off with initials or a
// name after a mark ("^EP", "-Sam") rather than a stop, a stock line straight after an @handle,
// and sorry for a trouble of no kind ("any hiccups", "the faff"). Near-misses that name the
// trouble stay quiet.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf } from './swap-helpers';

const cannedIn = (reply: string) => ruleFlagsOf('canned-empathy', reply).map((f) => f.text);

describe('canned-empathy: brand-account sign-offs and small troubles', () => {
  test.each([
    ['Sorry to hear that ^KL', 'Sorry to hear that'],
    ['We’re sorry to hear that -Priya', 'We’re sorry to hear that'],
    ['Really sorry to hear this *TB', 'Really sorry to hear this'],
    ['@lena_m Totally get it, we’ll have a look for you.', 'Totally get it'],
    ['So sorry for the hiccup! Can you DM us your order number?', 'So sorry for the hiccup'],
    ['Apologies for any faff this has caused ^RJ', 'Apologies for any faff this has caused'],
    ['We’re sorry about the headache, give us a shout in DMs.', 'We’re sorry about the headache'],
  ])('%j is flagged', (reply, words) => {
    expect(cannedIn(reply)).toContain(words);
  });

  test.each([
    'Sorry the hiccup with the card reader cost you a second trip; I’ve refunded the £4 parking.',
    'Sorry your box came without the lid ^KL A replacement lid is posted today.',

  ])('an apology that names the trouble stays quiet: %j', (reply) => {
    expect(cannedIn(reply)).toEqual([]);
  });
});
