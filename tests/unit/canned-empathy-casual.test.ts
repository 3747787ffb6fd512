// canned-empathy in the casual shapes brand replies take (tune batch ww): a stock line closed by an
// emoji instead of a stop, "inconvenience" misspelt as agents type it, and the conditional
// "sorry if your stay hasn't met expectations". Near-misses that name the trouble stay quiet.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const score = createScorer();
const cannedIn = (reply: string) => score({ reply }).findings.filter((f) => f.ruleId === 'canned-empathy').map((f) => f.text);

describe('canned-empathy: casual stock lines', () => {
  test.each([
    ['We’re so sorry to hear this 😢 Have you tried unpairing and pairing again?', 'We’re so sorry to hear this'],
    ['We’re sorry to hear you’re unhappy 🙁 DM us your order number.', 'We’re sorry to hear you’re unhappy'],
    ['Sorry to hear that ❤️ We’ll look into it.', 'Sorry to hear that'],
    ['We apologise for any inconvinience. Payments can fail for a number of reasons.', 'We apologise for any inconvinience'],
    ['We apologize for the inconvience.', 'We apologize for the inconvience'],
    ['Sorry for any inconveniance caused.', 'Sorry for any inconveniance caused'],
    ['We’re sorry if your stay hasn’t met expectations! Sea view rooms depend on availability.', 'We’re sorry if your stay hasn’t met expectations'],
  ])('%j is flagged', (reply, words) => {
    expect(cannedIn(reply)).toContain(words);
  });

  test.each([
    'I’m sorry your parcel arrived damaged 😢 A new one is on its way today.',
    'Sorry the app logged you out mid-payment 🙁 I’ve refunded the duplicate.',
    'I’m sorry the driver’s detour cost you £14 more; I’ve refunded the difference.',
  ])('an apology that names the trouble stays quiet: %j', (reply) => {
    expect(cannedIn(reply)).toEqual([]);
  });
});
