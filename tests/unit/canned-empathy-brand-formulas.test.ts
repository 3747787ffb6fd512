// canned-empathy in two more of the shapes brand formulas take (issue 16): a verdict on it that
// says nothing of what it was ("that's not ideal, sorry!", "Oh no, that's a bummer, we know!"),
// and sorrow without its subject ("Gutted to hear this!", "We hate that this happened."). A verdict
// that closes a sentence naming the trouble, or one the reply goes on to explain, stays quiet, and
// "Let me make sure I understand: …" is a check, not a stock line.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf, swappedFor } from './swap-helpers';

const cannedIn = (reply: string) => ruleFlagsOf('canned-empathy', reply).map((f) => f.text);

describe('canned-empathy: a verdict with nothing named', () => {
  test.each([
    ['@sam_t Oh no, that’s not ideal, sorry! Can you pop us a DM with your email?', 'Oh no, that’s not ideal'],
    ['Hi Priya, that’s a real bummer, we know! Could you DM us your account email?', 'that’s a real bummer, we know'],
    ['Ah, that’s no fun at all, I completely get it. Please DM us.', 'Ah, that’s no fun at all, I completely get it'],
    ['That is far from ideal and we want to help. Could you DM us?', 'That is far from ideal'],
  ])('%j is flagged', (reply, words) => {
    expect(cannedIn(reply)).toContain(words);
  });

  test.each([
    'Sorry you had to re-enter your card details three times – that’s a pain. The payment page was timing out, and I’ve fixed it.',
    'That’s not ideal: the courier scanned it at the wrong depot, so I’ve booked a redelivery for Friday.',
    'If that is not ideal, we can move your slot to Saturday.',
  ])('a verdict on what the reply names stays quiet: %j', (reply) => {
    expect(cannedIn(reply)).toEqual([]);
  });

  test('its Swap is the specific apology, the stock "we know" taken with it', () => {
    const { after } = swappedFor('canned-empathy', 'Hi Priya, that’s a real bummer, we know! Could you DM us your account email?', 'that’s a real bummer, we know');
    expect(after).toBe('Hi Priya, I’m sorry [what went wrong for them]. Could you DM us your account email?');
  });
});

describe('canned-empathy: a check that the agent has it right', () => {
  test('"make sure I understand:" stays quiet', () => {
    expect(cannedIn('Let me make sure I understand: the gym charged your card twice in May, once on the 1st and again on the 3rd? I’ve refunded the second charge.')).toEqual([]);
  });
});

describe('canned-empathy: sorrow without its subject', () => {
  test.each([
    ['Gutted to hear this! Drop us a DM with your order number.', 'Gutted to hear this'],
    ['Oh no, hate to see that 😕 Pop us a DM.', 'Oh no, hate to see that'],
    ['We hate that this happened. Can you DM us?', 'We hate that this happened'],
  ])('%j is flagged', (reply, words) => {
    expect(cannedIn(reply)).toContain(words);
  });

  test('sorrow over what it names stays quiet', () => {
    expect(cannedIn('Gutted to hear the match tickets never arrived: I’ve re-sent them to your email.')).toEqual([]);
  });
});
