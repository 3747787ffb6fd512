// Swaps for the flags of the new frames (argue-defend's lead-ins that set the customer straight,
// canned-empathy's stock understanding with any verb of grasping and its stock sorrow for "your
// experience"): each reply as an agent would write it, the reply after the Swap exactly, the
// swapped sentence no longer flagged for the rule, and near misses where no Swap must be offered.
import { describe, expect, test } from 'vitest';
import { applySwap, ruleFlagsOf, stillFlaggedFor } from './swap-helpers';

/** The reply with the one flag of `ruleId` on `words` swapped. */
function swappedOn(ruleId: string, reply: string, words: string): string {
  const finding = ruleFlagsOf(ruleId, reply).find((f) => f.text === words);
  expect(finding, `a ${ruleId} flag on ${JSON.stringify(words)}`).toBeDefined();
  expect(finding!.swap).toBe(true);
  return applySwap(reply, finding!);
}

describe('argue-defend: a lead-in that only sets the customer straight goes, the facts stay', () => {
  test.each([
    ['For the record,', 'For the record, the delivery fee was listed at checkout.', 'The delivery fee was listed at checkout.'],
    ['For the record,', 'Thanks for writing back. For the record, we sent the invoice on 3 June. I’ve attached a copy.', 'Thanks for writing back. We sent the invoice on 3 June. I’ve attached a copy.'],
    ['just to correct the record', 'Hi Tom, just to correct the record, the class moved to Thursday and everyone was emailed on 2 March.', 'Hi Tom, the class moved to Thursday and everyone was emailed on 2 March.'],
    ['Just to correct the record', 'Just to correct the record, your order left our warehouse on 9 May.', 'Your order left our warehouse on 9 May.'],
    ['As you will no doubt recall', 'As you will no doubt recall from our call on 4 April, the upgrade was booked for the 20th.', 'The upgrade was booked for the 20th.'],
    ['As you will remember', 'As you will remember, the parts arrive on Friday.', 'The parts arrive on Friday.'],
    ['I’ll say it again', 'I’ll say it again: the refund went to the card ending 4417.', 'The refund went to the card ending 4417.'],
    ['Let me say this once more', 'Let me say this once more: the loan decision rests on the missed payments in March.', 'The loan decision rests on the missed payments in March.'],
    ['To put it plainly', 'To put it plainly, the export feature is only on the Pro plan.', 'The export feature is only on the Pro plan.'],
    ['Just so we’re on the same page, you', 'Just so we’re on the same page, you chose the monthly plan on 2 May, and I can switch it to yearly today.', 'You chose the monthly plan on 2 May, and I can switch it to yearly today.'],
    ['Again, the', 'Again, the booking fee is shown before you pay, and I’ve refunded it this time as a goodwill gesture.', 'The booking fee is shown before you pay, and I’ve refunded it this time as a goodwill gesture.'],
  ])('%s: %j', (words, reply, expected) => {
    const after = swappedOn('argue-defend', reply, words);
    expect(after).toBe(expected);
    expect(stillFlaggedFor('argue-defend', after, after.indexOf(expected.split(' ').slice(-2).join(' ')))).toBe(false);
  });

  test.each([
    // Not opening its sentence: dropping it mid-clause would leave two commas side by side.
    ['for the record,', 'The fee was shown on the screen, for the record, before you paid.'],
    // No comma closes the lead: what it leads into cannot be told from the rest of the clause.
    ['As you will recall', 'As you will recall the engineer left a card on Tuesday'],
  ])('no Swap for %j in %j', (words, reply) => {
    const finding = ruleFlagsOf('argue-defend', reply).find((f) => f.text === words);
    expect(finding, `a flag on ${JSON.stringify(words)}`).toBeDefined();
    expect(finding!.swap).toBeFalsy();
  });
});

describe('canned-empathy: stock understanding or sorrow of a sentence of its own becomes the specific apology', () => {
  const customer = 'My heating has been broken for two weeks and nobody has come out.';
  test.each([
    ['I appreciate how strongly you feel about this.'],
    ['I hear how concerning this is for you.'],
    ['I can definitely appreciate how stressful that must be for you.'],
    ['Hello Priya, we understand how you feel about this.'],
    ['We appreciate that this is a difficult situation for your family.'],
    ['We are sorry to hear about your experience at our shop.'],
    ['We’re sorry you had a negative experience at the clinic.'],
  ])('%j', (sentence) => {
    const reply = `${sentence} I’ve booked an engineer for Monday morning.`;
    const finding = ruleFlagsOf('canned-empathy', reply, customer).find((f) => f.swap);
    expect(finding, 'a canned-empathy Swap').toBeDefined();
    const after = applySwap(reply, finding!);
    const greeting = /^Hello Priya, /.exec(sentence)?.[0] ?? '';
    expect(after).toMatch(new RegExp(`^${greeting}(?:I’m|i’m|I'm) sorry [^.]+\\. I’ve booked an engineer for Monday morning\\.$`));
    expect(ruleFlagsOf('canned-empathy', after, customer).some((f) => f.start < after.indexOf('. ') + 1)).toBe(false);
  });

  test('without the customer’s message, the apology leaves a blank for what went wrong', () => {
    const reply = 'I hear how concerning this is for you. The engineer is booked for Monday.';
    const finding = ruleFlagsOf('canned-empathy', reply).find((f) => f.swap)!;
    expect(applySwap(reply, finding)).toBe('I’m sorry [what went wrong for them]. The engineer is booked for Monday.');
  });

  test.each([
    // It names their trouble: the sentence is theirs, not stock.
    'I understand how stressful it is to be locked out of payroll the night before it runs.',
    // A "but" after it: the refusal stands, and an apology beside it would read as a brush-off.
    'I can only imagine how stressful this is, but the deposit remains outstanding.',
  ])('no sentence Swap for %j', (reply) => {
    const swaps = ruleFlagsOf('canned-empathy', reply).filter((f) => f.swap && f.replacement.startsWith('I’m sorry'));
    expect(swaps).toEqual([]);
  });
});

describe('blame-shift: the fault put on the customer’s side as the verdict that closes the account goes', () => {
  test.each([
    ['fault is on your side', 'Your form was rejected because page 2 was not signed, so the fault is on your side and not ours.', 'Your form was rejected because page 2 was not signed.'],
    ['problem is on your end', 'The meter was read on 3 May and the reading you sent was for the gas meter, so the problem is on your end.', 'The meter was read on 3 May and the reading you sent was for the gas meter.'],
    ['issue was on your side', 'The label had the old flat number on it, so the issue was on your side rather than ours. I’ve asked the driver to bring it back today.', 'The label had the old flat number on it. I’ve asked the driver to bring it back today.'],
  ])('%s: %j', (words, reply, expected) => {
    const after = swappedOn('blame-shift', reply, words);
    expect(after).toBe(expected);
    expect(stillFlaggedFor('blame-shift', after, 1)).toBe(false);
  });

  test.each([
    // A verdict of its own follows: dropping the blame would leave the charge standing on nothing.
    ['problem was on your side', 'The fault was in the cable you fitted, so the problem was on your side of the line, and the £80 call-out fee stands.'],
  ])('no Swap of its own for %j in %j', (words, reply) => {
    const finding = ruleFlagsOf('blame-shift', reply).find((f) => f.text === words);
    expect(finding, `a flag on ${JSON.stringify(words)}`).toBeDefined();
    expect(finding!.swap).toBeFalsy();
  });
});
