// canned-empathy, brand formulas round 2 (issue 16): understanding said as "we get it" with its
// subject, as brand accounts write it, in a reply that says nothing of what the trouble was; not
// "once we get it" (receiving it) nor where the reply goes on to name the trouble. A stock "that
// must be so annoying" is the agent's own reaction where the reply names and explains the trouble.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf, swappedFor } from './swap-helpers';

const cannedIn = (reply: string) => ruleFlagsOf('canned-empathy', reply).map((f) => f.text);

describe('canned-empathy: "we get it" with nothing named', () => {
  test.each([
    ['We totally get it. Please DM us your order number.', 'We totally get it'],
    ['Honestly, I get it! Could you send us a screenshot?', 'Honestly, I get it'],
  ])('%j is flagged', (reply, words) => {
    expect(cannedIn(reply)).toContain(words);
  });

  test.each([
    'Once we get it, we will process the refund.',
    'I get it. The courier left it at the wrong door, so I have booked a redelivery for Friday.',
  ])('receiving it, or a reply that names the trouble, stays quiet: %j', (reply) => {
    expect(cannedIn(reply)).toEqual([]);
  });

  test('its Swap is the specific apology', () => {
    const { after } = swappedFor('canned-empathy', 'We totally get it. Please DM us your order number.', 'We totally get it');
    expect(after).toMatch(/^I’m sorry /);
    expect(after).toContain('Please DM us your order number.');
  });
});

describe('canned-empathy: a stock reaction in a reply that names the trouble', () => {
  test('quiet where the reply names and explains it', () => {
    expect(cannedIn('That must be so annoying. The app crashes because of a bug in our last update, and I have pushed a fix tonight.')).toEqual([]);
  });

  test('flagged where the reply names nothing', () => {
    expect(cannedIn('That sounds really stressful. Could you DM us your booking reference?')).toContain('That sounds really stressful');
  });
});
