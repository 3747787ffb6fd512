// Stop 42, Swaps round 2 (blind read 1): a record's doubt never drops a verdict that carries a
// figure, and beside a reply that closes the matter itself (the record attached "for your
// records", the rule restated, "To reiterate…" in front) it is the offer to look again, not a
// promise to check; no doubt or offer after a fact of the terms; a dead end's Swap never leaves
// an opening "once…," clause hanging; a diagnosis beside a step the sentence gives has no Swap.
import { describe, expect, test } from 'vitest';
import { flagsOf, swappedFor } from './swap-helpers';

const OFFER = 'but if you have anything that shows otherwise, send it to me and I’ll look again';
const flagOn = (reply: string, ruleId: string, words: string) => {
  const f = flagsOf(reply).find((g) => g.ruleId === ruleId && g.text === words);
  expect(f, `a ${ruleId} flag on ${words}`).toBeDefined();
  return f!;
};
const sameQuotes = (text: string) => text.replaceAll('’', "'");

describe('a verdict with a figure drawn from the record stays', () => {
  test('the doubt follows it, it does not take its place', () => {
    const { after } = swappedFor('system-says', 'Hi Sam. The site log records the visit as 9:00 to 12:30, so 3.5 hours is what was charged.');
    expect(after).toContain('so 3.5 hours is what was charged');
  });

  test('a verdict with no figure still gives way to the doubt', () => {
    const { after } = swappedFor('system-says', 'Hi Sam. Tracking confirms it was left in your porch, so it has been delivered.');
    expect(after).not.toContain('so it has been delivered');
  });
});

describe('beside a reply that closes the matter, the offer to look again, no check promised', () => {
  test.each([
    [
      'Hi Sam. Our billing system shows the payment was taken on 3 June. I’ve attached the statement for your records.',
      'Our billing system shows',
      `Hi Sam. Our records show the payment was taken on 3 June, ${OFFER}. I’ve attached the statement for your records.`,
    ],
    [
      'Hi Sam. The driver’s handheld shows the gate was locked at 10:05. Access must be left open on delivery day.',
      'The driver’s handheld shows',
      `Hi Sam. Our records show the gate was locked at 10:05, ${OFFER}. Access must be left open on delivery day.`,
    ],
    // The lead that says it is said again goes with the Swap.
    ['Hi Sam. To reiterate, our system shows the order was cancelled on 2 March.', 'our system shows', `Hi Sam. Our system shows the order was cancelled on 2 March, ${OFFER}.`],
  ])('%s', (reply, words, expected) => {
    const { after } = swappedFor('system-says', reply, words);
    expect(sameQuotes(after)).toBe(sameQuotes(expected));
  });

  test.each([
    'Hi Sam. Our system shows the order was cancelled on 2 March.',
    // A feeling named after it is no rule restated.
    'Hi Sam. Our system shows the order was cancelled on 2 March. You must be frustrated by this.',
  ])('nothing closes it: the doubt and the check stay (%s)', (reply) => {
    const { after } = swappedFor('system-says', reply);
    expect(after).toContain('but they may be wrong, so I’m checking');
  });
});

describe('a fact of the terms or of how a thing works: no doubt, no offer to look again', () => {
  test.each([
    ['Hi Sam. Accounts are registered to the email address used at sign-up and cannot be transferred.', 'are registered to the email address'],
    ['Hi Sam. Routers are registered to the installation address in accordance with our terms and cannot be transferred.', 'are registered to the installation address'],
    ['Hi Sam. Handsets are registered to the account holder and cannot be moved.', 'are registered to the account'],
  ])('%s', (reply, words) => {
    const f = flagOn(reply, 'system-says', words);
    expect(f.swap ? f.replacement : '').not.toMatch(/may be wrong|shows otherwise/);
  });
});

describe('a dead end after an opening "once…," clause: the clause is never left hanging', () => {
  test.each([
    ['Hi Sam. Unfortunately once a refund is approved, the matter is closed.', 'the matter is closed'],
    ['Hi Sam. Once a claim is paid, the case is closed.', 'the case is closed'],
  ])('%s', (reply, words) => {
    if (!flagOn(reply, 'dead-end', words).swap) return;
    // Kept whole, the offer after it.
    expect(swappedFor('dead-end', reply, words).after).toContain(`${words}`);
  });

  test('a closure that opens its sentence keeps its Swap', () => {
    const { after } = swappedFor('dead-end', 'Hi Sam. The matter is closed from our end.');
    expect(after).toBe('Hi Sam. The matter is closed from our end, but I can [what you can do instead].');
  });
});

describe('a diagnosis beside a step the sentence already gives: no Swap', () => {
  test('only "your" → "the" is not offered', () => {
    const f = flagOn('Hi Sam. Stuttering is usually caused by your wifi, so please move closer to the router.', 'blame-shift', 'caused by your wifi');
    expect(f.swap).toBeFalsy();
  });
});
