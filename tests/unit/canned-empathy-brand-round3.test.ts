// canned-empathy, brand formulas round 3 (issue 16, batch xj): a bare apology as brand accounts
// post it, opened by an interjection ("Oof,", "Ah man,", "Gosh!", "aw no 😞") or closed by an emoji
// in place of a "!" ("So sorry, Priya 😬"), in a reply that only asks for a DM or a detail; and
// understanding of their feeling with "can" ("I can understand why you'd be annoyed"). Quiet where
// the reply goes on to name the trouble, and where the apology closes a sentence of its own.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf, swappedFor } from './swap-helpers';

const cannedIn = (reply: string) => ruleFlagsOf('canned-empathy', reply).map((f) => f.text);

describe('canned-empathy: an interjection and a bare apology, nothing named', () => {
  test.each([
    ['@tomasz_w Oof, sorry! Pop us a DM with your postcode. ^KL', 'sorry'],
    ['@amy_r Ah man, so sorry, Amy! Which branch was it? ^RB', 'so sorry'],
    ['Yikes! Really sorry! Could you send us your booking reference?', 'Really sorry'],
    ['@dev_k Blimey, we are so sorry 😬 Drop us a message and we will take a look.', 'we are so sorry'],
    ['@jo_p Eek 😳 sorry about that, Jo! Can you DM us the order number?', 'sorry about that'],
    ['@li_m We are really sorry, Li 😞 Please follow us so we can chat in DMs.', 'We are really sorry'],
  ])('%j is flagged', (reply, words) => {
    expect(cannedIn(reply)).toContain(words);
  });

  test.each([
    '@tomasz_w Oof, sorry! The courier left your parcel at the wrong address, so I have booked a redelivery for tomorrow morning.',
    'We cannot take pets at this hotel, sorry!',
    '@amy_r Ah man, sorry Amy! Your card was charged twice by our payment glitch and I have refunded the second charge.',
    'Gosh, that was quick! Your order is on its way.',
    'Oops, I typed the wrong date in my last message: your appointment is on the 14th.',
  ])('an apology that names the trouble, or no apology, stays quiet: %j', (reply) => {
    expect(cannedIn(reply)).toEqual([]);
  });

  test('its Swap is the specific apology', () => {
    const { after } = swappedFor('canned-empathy', '@tomasz_w Oof, sorry! Pop us a DM with your postcode. ^KL', 'sorry');
    expect(after).toContain('I’m sorry ');
    expect(after).toContain('Pop us a DM with your postcode.');
  });
});

describe('canned-empathy: "I can understand why you would be annoyed"', () => {
  test.each([
    ['I can understand why you would be annoyed. Please DM us your order number.', 'I can understand why you would be annoyed'],
    ['We can see you are upset, Marta.', 'We can see you are upset'],
    ['I could understand why you would feel disappointed!', 'I could understand why you would feel disappointed'],
  ])('%j is flagged', (reply, words) => {
    expect(cannedIn(reply)).toContain(words);
  });

  test.each([
    'I can understand why you would be annoyed about the second charge on your card: it came from our payment glitch, and I have refunded it.',
    'I can see you are upset that the engineer missed the slot on Tuesday, so I have booked him for 8am tomorrow.',
  ])('quiet where it says what about: %j', (reply) => {
    expect(cannedIn(reply)).toEqual([]);
  });

  test('"I appreciate where you are coming from" is the stock line of "I understand where you are coming from"', () => {
    expect(cannedIn('I appreciate where you are coming from. However, the fee stands.')).toContain('I appreciate where you are coming from');
  });
});
