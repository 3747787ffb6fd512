// argue-defend Swaps, second round (issue 11): more of the ways an agent argues to be right,
// each turned where the reply still reads once swapped, and left alone where a Swap would break
// the sentence or drop a fact.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf, swappedFor } from './swap-helpers';

const ruleFlags = (reply: string) => ruleFlagsOf('argue-defend', reply);
const swappedBy = (reply: string) => swappedFor('argue-defend', reply);

/** Each case: the reply as an agent wrote it, and the reply after the Swap. */
const cases: Record<string, [string, string][]> = {
  'a sentence that only vouches for staff goes; what happened stands around it': [
    ['We’re sorry the visit upset you. Our staff are fully trained in customer care and I have every confidence she acted professionally.', 'We’re sorry the visit upset you.'],
    ['The surveyor is fully qualified and his findings are not in question. You can send us your own photos.', 'You can send us your own photos.'],
    ['Our reception desk was short-staffed that evening. I can assure you he is one of our most patient team members and would never be rude to a guest.', 'Our reception desk was short-staffed that evening.'],
    ['Our couriers are trained to handle every parcel with care and would never throw one over a gate. Could you send me the tracking number?', 'Could you send me the tracking number?'],
    ['Our cabin crew followed the standard disruption procedure on the day. Your flight was rebooked for 6 May.', 'Your flight was rebooked for 6 May.'],
  ],
  'a verdict after the reasons goes; the reasons stand': [
    ['The reading was taken by our engineer on 3 March. Therefore the bill is correct.', 'The reading was taken by our engineer on 3 March.'],
    ['Your tariff rose by 6% in April, from £40 to £42.40. The charges are therefore correct as issued.', 'Your tariff rose by 6% in April, from £40 to £42.40.'],
    ['The report shows the mark was there at check-in. The refusal was the correct decision.', 'The report shows the mark was there at check-in.'],
    ['Our assessor found wear on the seals. I’m confident the outcome is the right one.', 'Our assessor found wear on the seals.'],
    ['The 4.1 release changed the export format, as the notes said. The update worked as intended.', 'The 4.1 release changed the export format, as the notes said.'],
    ['Every save made during the outage was restored. There was no mistake in how the restore was run.', 'Every save made during the outage was restored.'],
  ],
  'a sentence that only sends the customer back or scolds goes': [
    ['Please refer to my previous email. The deposit is returned within 10 days.', 'The deposit is returned within 10 days.'],
    ['I’d refer you back to my earlier reply on this. The voucher is valid until June.', 'The voucher is valid until June.'],
    ['I already answered your first message on 4 May. The seat fee was €25.', 'The seat fee was €25.'],
    ['Your previous correspondence has been fully considered and responded to. The refund left us on 2 May.', 'The refund left us on 2 May.'],
    ['The driver was at your door at 10:02. Please don’t accuse our drivers without evidence.', 'The driver was at your door at 10:02.'],
    ['What other customers pay is irrelevant to your account. Your plan renews on 1 July.', 'Your plan renews on 1 July.'],
    ['The sales adviser did not promise anything like that. The discount is for new lines only.', 'The discount is for new lines only.'],
  ],
  'a verdict tail is cut, the account kept': [
    ['The branch closed after a review of how it was used, and we are confident it was the right decision for the business.', 'The branch closed after a review of how it was used.'],
    ['I’ll email you the itemised calls today, but the pass is working as it should.', 'I’ll email you the itemised calls today.'],
    ['The price is listed in the booking terms, as you were told at the time.', 'The price is listed in the booking terms.'],
    ['The parcel was left in the porch as you asked, so we did nothing wrong.', 'The parcel was left in the porch as you asked.'],
    ['The guard checked your ticket at 9:02, so the guard acted properly.', 'The guard checked your ticket at 9:02.'],
    ['The store staff read out the price-rise clause at signing, so I’m satisfied the plan was not mis-sold.', 'The store staff read out the price-rise clause at signing.'],
    ['Every lamp is wrapped and boxed by our team, and I can assure you the lamp was intact when it left us.', 'Every lamp is wrapped and boxed by our team.'],
  ],
  'a verdict that only leads into the facts goes, with its dash or its regret': [
    ['@tess_b That’s just not true — the offer ended on 31 May and you joined on 2 June.', '@tess_b The offer ended on 31 May and you joined on 2 June.'],
    ['@raj_p I’d dispute that — our 5G covers your postcode.', '@raj_p Our 5G covers your postcode.'],
    ['Thanks for writing in. I’m afraid you’ve got that wrong: the bundle includes the case, not the charger.', 'Thanks for writing in. The bundle includes the case, not the charger.'],
    ['I’m afraid the facts don’t support that: the engineer tested the meter in May.', 'The engineer tested the meter in May.'],
    ['Frankly, you’ve misunderstood: the excess is £250 on every claim.', 'The excess is £250 on every claim.'],
    ['@ana_k Nope, that’s not what happened — the gate closed at 09:35.', '@ana_k The gate closed at 09:35.'],
    ['The charge is correct: you used 14GB on 3 May.', 'You used 14GB on 3 May.'],
    ['@maxcodes Actually the docs are right: the limit counts archived projects.', '@maxcodes The limit counts archived projects.'],
    ['There was no error on our side — the refund left us on 3 May.', 'The refund left us on 3 May.'],
    ['The facts don’t support that — the engineer was on site at 10am.', 'The engineer was on site at 10am.'],
    ['Let’s be clear: the upgrade was free for 3 months only.', 'The upgrade was free for 3 months only.'],
    ['Whether you like it or not, the parking permit runs from 1 April.', 'The parking permit runs from 1 April.'],
    ['Hi Jo, actually no one told you it had shipped, the order was only placed on Monday.', 'Hi Jo, the order was only placed on Monday.'],
    ['I checked and you typed 5, not 50. I’m not going to argue about it, the plan is what you ordered.', 'I checked and you typed 5, not 50. The plan is what you ordered.'],
    ['Just to reiterate what my colleague said on Friday, the cut-off is 24 hours, and the app message is about a different class.', 'The cut-off is 24 hours, and the app message is about a different class.'],
  ],
  'a verdict word on what we did goes; the rest of its clause stays as written': [
    ['The fee has been correctly applied from the April reading.', 'The fee has been applied from the April reading.'],
    ['The notice was correctly served and the fine is due by 2 June.', 'The notice was served and the fine is due by 2 June.'],
    ['The status came from the hotel, so the fee was charged correctly and I can’t refund it.', 'The status came from the hotel, so the fee was charged and I can’t refund it.'],
    ['As the guest list closed on Friday, the late booking charge has been correctly calculated.', 'As the guest list closed on Friday, the late booking charge has been calculated.'],
  ],
  'a figure declared right goes with its "and"; the figure and what is said of it stay': [
    ['The £45 charge is valid and remains on your account.', 'The £45 charge remains on your account.'],
    ['Our size guide is accurate and has been updated for the spring range.', 'Our size guide has been updated for the spring range.'],
  ],
  'a sentence that is only a reproach, a boast or a stand taken goes': [
    ['Please calm down. The engineer is booked for Monday.', 'The engineer is booked for Monday.'],
    ['We have nothing to apologise for here. The parcel was signed for at 10:14.', 'The parcel was signed for at 10:14.'],
    ['We stand by our team. The booking shows a table for two.', 'The booking shows a table for two.'],
    ['No other customers have reported this. Could you send a screenshot?', 'Could you send a screenshot?'],
    ['We’ve been more than fair with you. The credit of £20 is on your account.', 'The credit of £20 is on your account.'],
    ['Facts are facts. The gym closes at 10pm on Sundays.', 'The gym closes at 10pm on Sundays.'],
    ['I won’t keep repeating myself. The gym closes at 10pm on Sundays.', 'The gym closes at 10pm on Sundays.'],
    ['I can assure you our couriers would never do that. I’ve asked the depot for the photo.', 'I’ve asked the depot for the photo.'],
    ['The engineer did nothing wrong here. The next visit is on Friday at 9am.', 'The next visit is on Friday at 9am.'],
    ['The claim was assessed on the diagnosis date, and I stand by the outcome.', 'The claim was assessed on the diagnosis date.'],
  ],
  'a send-back or a reproach made plain news; a confusion or a verdict on the wait turned': [
    ['I’d refer you back to my email of 3 March, in which I set out why the claim was declined.', 'My email of 3 March set out why the claim was declined.'],
    ['I’d refer you to my previous reply of 12 June, which sets out why the refund covers the item only.', 'My previous reply of 12 June sets out why the refund covers the item only.'],
    ['Screenshots of adverts are not a valid basis for a valuation, as I explained in my email of 3 November.', 'Screenshots of adverts are not a valid basis for a valuation.'],
    ['Have a look at the text again, I think you’re mixing it up with a different booking.', 'Have a look at the text again: it may be for a different booking.'],
    ['Your wait was long, sure, but nothing went wrong on our side.', 'Your wait was long, and I’m sorry about that.'],
    ['The meter sends a reading every half hour. The consumption on 2 May is therefore correct, whatever you had planned that day.', 'The meter sends a reading every half hour.'],
  ],
  'a sentence dropped on a line of its own takes its line break; the last on a line, the space before it': [
    ['Dear Ms Ray,\n\nThe bill uses the reading of 2 May.\n\nI repeat that the bill is correct.\n\nRegards,\nBilling', 'Dear Ms Ray,\n\nThe bill uses the reading of 2 May.\n\nRegards,\nBilling'],
    ['Hi Tom,\n\nThe mat was checked that morning. I would strongly dispute any suggestion that it was torn.\n\nThanks', 'Hi Tom,\n\nThe mat was checked that morning.\n\nThanks'],
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
    // After a greeting, the next sentence would keep its capital after the comma ("Hi, The…").
    'Hi, we do not appreciate being called liars. The checker showed FTTC at your address.',
    // A staff defence that carries a fact of its own ("instructed never to reverse…"): not dropped.
    'Our drivers are fully trained and instructed never to reverse into driveways, so I doubt this happened.',
    // A figure declared right with no reasons before it ("therefore"): not dropped here.
    'The bill is correct as issued.',
    // After "satisfied" or "that", the act alone says nothing ("I am satisfied the charge was levied").
    'I am satisfied the charge was correctly levied.',
    // Before a colon the verdict is what the sentence says: "You were charged:" would not read.
    'You were charged correctly: the payment reached us a day late.',
    // "and within our standards" goes on with the verdict, not a clause of its own.
    'Your complaint was handled correctly and within our service standards.',
    // A refusal after it: the verdict only props it up, and the Swap would leave it standing bare.
    'The £45 charge is valid and can’t be removed.',
    // After a greeting, a dropped "I'm afraid" would pass its capital on after the comma.
    'Hi Jo, I’m afraid you’ve got that wrong: the bundle includes the case.',
  ])('%j', (reply) => {
    expect(ruleFlags(reply).length).toBeGreaterThan(0);
    expect(ruleFlags(reply).some((f) => f.swap)).toBe(false);
  });
});

test('an assurance that runs on past a comma may carry what happened: no Swap drops it, only the confidence after it goes', () => {
  const reply = 'We can assure you that our nurses are highly trained, and we are confident Dr Hale acted appropriately.';
  const swaps = ruleFlags(reply).filter((f) => f.swap);
  expect(swaps.map((f) => f.text)).toEqual(['confident Dr Hale acted appropriately']);
  expect(swappedFor('argue-defend', reply, 'confident Dr Hale acted appropriately').after).toBe('We can assure you that our nurses are highly trained.');
});
