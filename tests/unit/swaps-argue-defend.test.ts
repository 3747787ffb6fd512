// argue-defend Swaps (issue 11): each family of arguing to be right, turned where the reply
// still reads once it is swapped, and left alone where a Swap would break the sentence.
import { describe, expect, test } from 'vitest';
import { createScorer, type Finding } from '../../src/engine';
import { applyEdit, swapEdit, swapRange } from '../../src/engine/swap';
import { ruleFlagsOf, swappedFor } from './swap-helpers';

const ruleFlags = (reply: string) => ruleFlagsOf('argue-defend', reply);
const swappedBy = (reply: string) => swappedFor('argue-defend', reply);

/** Each case: the reply as an agent wrote it, and the reply after the Swap. */
const cases: Record<string, [string, string][]> = {
  'a lead-in that only reproaches goes, its capital passed on': [
    ['As previously communicated, the refund went back to your Visa on 4 May.', 'The refund went back to your Visa on 4 May.'],
    ['Hi Sam, as previously advised, the voucher covers one night only.', 'Hi Sam, the voucher covers one night only.'],
    // "Per my last email" becomes "To recap,", in the case the sentence wants.
    ['Per my last email, the engineer is booked for Thursday.', 'To recap, the engineer is booked for Thursday.'],
    ['Hello Priya, per my previous message, the upgrade is free until June.', 'Hello Priya, to recap, the upgrade is free until June.'],
    ['As we said on the phone yesterday, the table is booked for eight.', 'The table is booked for eight.'],
    ['Like I said an hour ago, the code works on the app only.', 'The code works on the app only.'],
    // After "and", the lead goes and the clause it led into keeps its words.
    ['Your plan renews on 1 March, and as previously communicated, you can switch tiers at any time.', 'Your plan renews on 1 March, and you can switch tiers at any time.'],
    ['With respect, the parcel was handed over at 2:14pm.', 'The parcel was handed over at 2:14pm.'],
    ['Hi Jo, with all respect, the roaming pass covers calls and texts.', 'Hi Jo, the roaming pass covers calls and texts.'],
    ['I’ve already told you twice, the discount applies to new lines only.', 'The discount applies to new lines only.'],
    ['We’ve been over this already: the account was closed on 2 June.', 'The account was closed on 2 June.'],
    ['Let me be very clear: the order was dispatched on Monday.', 'The order was dispatched on Monday.'],
    ['Just to reiterate what my colleague said on Friday: the locker key costs £5 to replace.', 'The locker key costs £5 to replace.'],
    ['I can only repeat what I said on the phone: the courier has the parcel until Tuesday.', 'The courier has the parcel until Tuesday.'],
  ],
  'a verdict on the customer that leads into the facts goes; the facts answer': [
    ['You’re mistaken: the invoice was paid on 3 April.', 'The invoice was paid on 3 April.'],
    ['You’re mistaken about that, the deposit was £200 from the start.', 'The deposit was £200 from the start.'],
    ['I have to correct you on one point: the booking was for two nights.', 'The booking was for two nights.'],
    ['I’d gently push back on the idea that this was hidden: the fee was listed on the order page.', 'The fee was listed on the order page.'],
    ['I’d disagree that the form was confusing: it asks for the meter number on page one.', 'It asks for the meter number on page one.'],
    ['You’ve misunderstood what the warranty covers.', 'Let me explain what the warranty covers.'],
    // A contradiction with nothing of its own to keep: the offer to explain takes its place.
    ['You’re comparing two different plans. The Basic plan has no roaming.', 'Let me explain what I’m seeing. The Basic plan has no roaming.'],
    ['There is no error on our side: the payment left us on 3 March.', 'The payment left us on 3 March.'],
    ['The facts do not support your account: the table was booked for 7:30pm.', 'The table was booked for 7:30pm.'],
  ],
  'a reproach that trails the point, or says it was said, goes': [
    ['The voucher covers one night only, as stated in our previous emails.', 'The voucher covers one night only.'],
    ['I have already told you in my previous email that the tickets are non-transferable.', 'The tickets are non-transferable.'],
    ['It has already been explained to you that the class pass expires after 90 days.', 'The class pass expires after 90 days.'],
    ['I would remind you that the deposit is held for 14 days.', 'The deposit is held for 14 days.'],
    ['I think you’ll find the parcel is in your safe place.', 'The parcel is in your safe place.'],
    ['Again, the card fee is listed before you pay.', 'The card fee is listed before you pay.'],
  ],
  'a verdict word on what we did goes; the act and its basis stay': [
    ['The delivery charge was clearly shown at checkout.', 'The delivery charge was shown at checkout.'],
    ['Your bill was calculated correctly from the reading of 14 March.', 'Your bill was calculated from the reading of 14 March.'],
    ['We write to confirm the fine was issued correctly following the inspection on 4 June.', 'We write to confirm the fine was issued following the inspection on 4 June.'],
    ['You cancelled after the billing date, so the May fee was correctly taken.', 'You cancelled after the billing date, so the May fee was taken.'],
    // A figure declared right, in a sentence of its own: the working offered in its place.
    ['The new price is correct.', 'The new price is based on [how it was worked out].'],
    ['The late payment fee was correctly applied.', 'The late payment fee was applied like this: [how it was worked out].'],
  ],
  'a verdict tail is cut, the account kept': [
    ['We emailed you the new terms on 3 June, so you were informed.', 'We emailed you the new terms on 3 June.'],
    ['The engineer rang twice and left a card at 11:20, so the visit did happen.', 'The engineer rang twice and left a card at 11:20.'],
    ['Battery life depends on screen brightness and apps in use, so this is expected behaviour.', 'Battery life depends on screen brightness and apps in use.'],
    ['Refunds for card payments go back to the card, and that advice was correct.', 'Refunds for card payments go back to the card.'],
    ['The online quote has no breakdown cover, so there is no inconsistency in our pricing.', 'The online quote has no breakdown cover.'],
    ['The photo in your tracking shows the box at your door, so the courier didn’t lie about delivering it.', 'The photo in your tracking shows the box at your door.'],
    ['I’ve gone through the surveyor’s notes and photos from 9 April, and to be honest, our surveyor handled this by the book.', 'I’ve gone through the surveyor’s notes and photos from 9 April.'],
    ['The screen flicker comes from the brightness setting, and the handset is not faulty.', 'The screen flicker comes from the brightness setting.'],
  ],
  'a sentence that only argues goes; the facts stand in the sentences around it': [
    ['We’ve done nothing wrong here. The refund was issued on 2 May.', 'The refund was issued on 2 May.'],
    ['There has been no error on our part. The refund was issued on 2 May.', 'The refund was issued on 2 May.'],
    ['I’m not sure how many more times this can be explained. The card was cancelled on 4 June.', 'The card was cancelled on 4 June.'],
    ['The cashier was only doing her job. The voucher can be used online too.', 'The voucher can be used online too.'],
    ['The fitter followed the installation guidelines correctly. The boiler is under warranty until May.', 'The boiler is under warranty until May.'],
    ['I’m afraid the footage speaks for itself. The gate closed at 9:35.', 'The gate closed at 9:35.'],
  ],
};

describe.each(Object.entries(cases))('%s', (_family, rows) => {
  test.each(rows)('%j', (reply, expected) => {
    expect(swappedBy(reply).after).toBe(expected);
  });

  test.each(rows)('once swapped, %j is not flagged for arguing again', (reply) => {
    expect(ruleFlags(swappedBy(reply).after)).toEqual([]);
  });
});

describe('no Swap where it would not read as sent', () => {
  test.each([
    // "with respect" inside a clause, not a lead-in: removing it would break the sentence.
    'Our team treats every caller with respect, so I’m sorry it felt otherwise.',
    // The verdict before a comma: what follows may be a clause that needs it.
    'Your claim that nobody called is not accurate, as I explained on Monday.',
    // A relative clause: "a charge that was applied" says nothing.
    'I can’t reverse a fee that was correctly applied.',
    // More than the lead before the colon: "what … told you, and why" is a clause of its own.
    'Just to reiterate what my colleague told you, and why it matters, the fee stays.',
  ])('%j', (reply) => {
    expect(ruleFlags(reply).length).toBeGreaterThan(0);
    expect(ruleFlags(reply).some((f) => f.swap)).toBe(false);
  });
});

// Once a name in the figure's subject lost its capital in the rewrite, and there was no Swap; the
// rewrite now fills the subject in as the agent wrote it (stop 39).
test('a name in the figure’s subject keeps its capital', () => {
  expect(swappedBy('The Netflix charge is correct.').after).toBe('The Netflix charge is based on [how it was worked out].');
});

describe('a lead-in before a bare verdict goes with it', () => {
  test.each([
    ['Respectfully, that is incorrect. The invoice was paid on 3 April.', 'Let me explain what I’m seeing. The invoice was paid on 3 April.'],
    ['Hi Lee, with respect, that isn’t what happened. The driver knocked at 10:05.', 'Hi Lee, let me explain what I’m seeing. The driver knocked at 10:05.'],
  ])('%j', (reply, expected) => {
    // One Swap for the sentence, whichever of its flags offers it (a flag it holds may offer the same).
    const swaps = ruleFlags(reply).filter((f) => f.swap);
    expect(swaps.length).toBeGreaterThan(0);
    expect(new Set(swaps.map((f) => `${swapRange(f).start}-${swapRange(f).end}`)).size).toBe(1);
    const range = swapRange(swaps[0]!);
    const after = applyEdit(reply, swapEdit(reply, range.start, range.end, swaps[0]!.replacement));
    expect(after).toBe(expected);
    expect(ruleFlags(after)).toEqual([]);
  });
});

test('a figure declared right goes where the reply quotes a record (its Swap promises a check); alone, it is explained', () => {
  const reply = 'Our system shows one payment. This amount is correct. I will call you today.';
  const f = createScorer()({ reply, customer: 'You charged me twice, the system is wrong!' }).findings.find((x) => x.ruleId === 'argue-defend')!;
  const range = swapRange(f);
  expect(applyEdit(reply, swapEdit(reply, range.start, range.end, f.replacement))).toBe('Our system shows one payment. I will call you today.');
  const alone = createScorer()({ reply: 'This amount is correct.' }).findings.find((x) => x.ruleId === 'argue-defend')!;
  expect(alone.replacement).toBe('This amount is based on [how it was worked out]');
});
