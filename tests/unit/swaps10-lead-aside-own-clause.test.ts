// Swaps that broke the sentence they were made in (issue 11), fixed: a relative clause on a dropped
// lead goes with it, and the time or place of a thing's own clause ("the letter we sent on Friday")
// stays with the thing when blame-shift says the step in the passive. Invented sentences.
import { describe, expect, test } from 'vitest';
import { applySwap, ruleFlagsOf, swappedFor } from './swap-helpers';

describe('a reminder lead with a relative clause of its own: both go, or neither', () => {
  test.each([
    ['As stated in our letter, which you ignored, the balance was due on 9 June.', 'The balance was due on 9 June.'],
    ['As mentioned in my reply, which you did not answer, the voucher expires at the end of the month.', 'The voucher expires at the end of the month.'],
  ])('%j', (reply, expected) => {
    expect(swappedFor('argue-defend', reply).after).toBe(expected);
  });
  test('no Swap leaves the relative clause opening the sentence', () => {
    const reply = 'As explained in my message, which went out on Monday the balance is due.';
    for (const f of ruleFlagsOf('argue-defend', reply)) if (f.swap) expect(applySwap(reply, f)).not.toMatch(/^which\b/i);
  });
});

describe('a step not taken, said in the passive: the thing keeps its own clause with its when and where', () => {
  test.each([
    ['You didn’t read the letter we sent on Friday.', 'The letter we sent on Friday wasn’t read'],
    ['You forgot to sign the form I attached last week.', 'The form I attached last week wasn’t signed'],
    ['You didn’t update the address we had on file.', 'The address we had on file wasn’t updated'],
    ['You did not complete the form we posted to your flat.', 'The form we posted to your flat wasn’t completed'],
  ])('%j', (reply, opens) => {
    expect(swappedFor('blame-shift', reply).after.startsWith(opens)).toBe(true);
  });
  test('what says when the step was due still follows it', () => {
    expect(swappedFor('blame-shift', 'You failed to confirm the code we sent within ten minutes, so it lapsed.').after).toMatch(/^The code we sent wasn’t confirmed within ten minutes, so it lapsed/);
  });
});

describe('more of the same classes, found reading every half-a Swap of the two rules', () => {
  test('a participle and its place stay with the thing ("the notice shown at the gate")', () => {
    expect(swappedFor('blame-shift', 'You failed to follow the guidance shown on the form before paying.').after).toMatch(/^The guidance shown on the form wasn’t followed before paying/);
  });
  test('a verdict drawn with "so" from the facts just given goes, with no blank to follow from nothing', () => {
    expect(swappedFor('argue-defend', 'It was booked after the cut-off, so the fee is valid.').after).toBe('It was booked after the cut-off.');
    expect(swappedFor('argue-defend', 'The fee is valid.').after).toBe('The fee is based on [how it was worked out].');
  });
  test('a lead dropped after a greeting leaves the next word in lower case, not the capital of "I"', () => {
    expect(swappedFor('argue-defend', 'Hello, I have to correct you, the invoice shows two lines.').after).toBe('Hello, the invoice shows two lines.');
    expect(swappedFor('argue-defend', 'Dear Ms Reed,\nI must disagree, your parcel left on Monday.').after).toBe('Dear Ms Reed,\nYour parcel left on Monday.');
  });
  const replacements = (reply: string) => ruleFlagsOf('blame-shift', reply).map((f) => (f.swap ? applySwap(reply, f) : ''));
  test('how a thing was left is not read as a word of it ("the laptop unlocked")', () => {
    for (const r of replacements('You must have left the laptop unlocked.')) expect(r).not.toMatch(/may have been left/);
  });
  test('a party’s part given as a reason is not turned into an offer in the reason', () => {
    for (const r of replacements('Please ask your manager if you think there’s an error, as approvals are their responsibility.')) expect(r).not.toMatch(/as approvals are something/);
  });
  test('"for you" does not land after a condition or a dashed aside', () => {
    for (const r of replacements('You’d need to speak to them if you want to appeal it.')) expect(r).not.toMatch(/appeal it for you/);
    for (const r of replacements('Loans are run by Finance, so you’ll need to email them about it - the address is on the staff page.')) expect(r).not.toMatch(/page for you/);
  });
  test('what followed is not kept where it names the thing only as "the old one", whose noun went with the fault', () => {
    for (const r of replacements('You did not give us your new number, so we texted the old one.')) expect(r).not.toMatch(/^We texted the old one/);
  });
});
