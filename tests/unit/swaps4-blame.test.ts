// blame-shift Swaps, fourth round (issue 11 §2): rewrites from the sentence's structure — who is
// blamed, what the duty or fault is, what follows — not from one wording. A duty put on the
// customer by their role is kept as advice, with the agent's help.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf, swappedFor } from './swap-helpers';

/** Each family: the reply as an agent wrote it, and the reply after the Swap. */
const families: Record<string, [string, string][]> = {
  'a duty put on the customer by their role: the duty kept as advice, the agent helps with it': [
    ['It’s the account holder’s responsibility to keep their contact details up to date.', 'It’s best to keep your contact details up to date, and I can help with that.'],
    ['It is the tenant’s responsibility to report leaks promptly, not ours.', 'It’s best to report leaks promptly, and I can help with that.'],
    ['Please note that it is the member’s responsibility to cancel before the renewal date.', 'It’s best to cancel before the renewal date, and I can help with that.'],
    ['It is the responsibility of the passenger to carry a valid ID when travelling.', 'It’s best to carry a valid ID when travelling, and I can help with that.'],
    ['The reminder went to the email on file, and it is the responsibility of the user to check spam folders.', 'The reminder went to the email on file, and it is best to check spam folders, and I can help with that.'],
  ],
  'a duty given as what the role is responsible for doing: the doing kept as advice, the agent helps with it': [
    ['Members are responsible for keeping their locker keys safe.', 'It’s best to keep your locker keys safe, and I can help with that.'],
    ['Players are responsible for backing up their saves.', 'It’s best to back up your saves, and I can help with that.'],
    ['Guests are responsible for storing valuables securely.', 'It’s best to store valuables securely, and I can help with that.'],
  ],
  'where it happened put on the customer\'s end, closing the sentence: the place goes, the fact stays': [
    ['The label was probably not attached properly on your end.', 'The label was probably not attached properly.'],
  ],
  'a matter between the customer and their own party: who decides, and what the agent gives them for it': [
    ['Late fees are a matter between you and your card provider.', 'Late fees are a matter for your card provider to decide, and I can send you what we have on this to share with them.'],
    ['Hi Sam, the deposit is between you and your letting agent.', 'Hi Sam, the deposit is for your letting agent to decide, and I can send you what we have on this to share with them.'],
  ],
  'what the customer did, given as the cause of what followed: said of what was done, what followed kept': [
    ["You entered the email as 'gmal.com' when you signed up, which is why the code didn't arrive.", "The email was entered as 'gmal.com' when you signed up, which is why the code didn't arrive."],
    ['You selected the wrong dates when booking, so the hotel charged for both nights.', 'The wrong dates were selected when booking, so the hotel charged for both nights.'],
  ],
  'sent to a party of the customer\'s own: what they can do, and what the agent gives them for it': [
    ['The radiator is part of the building, so you’ll need to chase your landlord.', 'The radiator is part of the building, so your landlord can help with this, and I can send you what we have on this to share with them.'],
    ['Please contact your landlord about the heating.', 'Your landlord can help with the heating, and I can send you what we have on this to share with them.'],
    ['Please speak to your employer about the deduction.', 'Your employer can help with the deduction, and I can send you what we have on this to share with them.'],
    ['Hi, this is a matter for your card provider.', 'Hi, your card provider can help with this, and I can send you our record of the transaction to share with them.'],
    ['The refund left us on Monday, so please contact your bank if it hasn’t arrived by Friday.', 'The refund left us on Monday, so your bank can help with this if it hasn’t arrived by Friday, and I can send you our record of the transaction to share with them.'],
  ],
  'sent to another company\'s own line: the agent contacts it': [
    ['We can’t repair the software, so I’d suggest you contact their customer care line.', 'We can’t repair the software, so I’ll contact their customer care line for you and let you know what they say.'],
  ],
  'sent on to another party after "and": the agent takes it up': [
    ['The error came from the supplier’s warehouse and should be taken up with them.', 'The error came from the supplier’s warehouse and I’ll take it up with them for you.'],
    ['The van was run by our courier, and any complaint about the driver should be directed to them.', 'The van was run by our courier, and any complaint about the driver is something I’ll take up with them for you.'],
  ],
  'the fault placed in the customer\'s own kit: the kit named as the thing to check next': [
    ['The line tested fine, so the problem lies with the router in your hallway.', 'The line tested fine, so the thing to check next is the router in your hallway, and I can help with that.'],
    ['The fault lies with your phone settings, which block the app.', 'The thing to check next is your phone settings, which block the app, and I can help with that.'],
  ],
  'the fault said to be on the customer\'s end, against another party, closing the account: it goes': [
    ['The order shows size 12 was chosen at checkout, so the mistake was on your side rather than the warehouse’s.', 'The order shows size 12 was chosen at checkout.'],
  ],
  'a step the customer is said not to have taken: the same fact in the passive, the verdict kept, the agent\'s next step': [
    ['You failed to return it to the store within 30 days, so the refund window closed.', 'It wasn’t returned to the store within 30 days, so the refund window closed; here is what I’ll do now: [the next step you’ll take].'],
    ['You forgot to confirm the code we texted you, so the payment was stopped.', 'The code we texted you wasn’t confirmed, so the payment was stopped; here is what I’ll do now: [the next step you’ll take].'],
    ['You didn’t pay the invoice on time, so a late fee was added.', 'The invoice wasn’t paid on time, so a late fee was added; here is what I’ll do now: [the next step you’ll take].'],
    ['You didn’t read the terms before booking.', 'The terms weren’t read before booking; here is what I’ll do now: [the next step you’ll take].'],
  ],
  'sent to another company with only the reason it is theirs: the agent contacts them, the reason goes': [
    ['If it stops charging again, you’ll need to contact the manufacturer, as the warranty is with them.', 'If it stops charging again, I’ll contact the manufacturer and let you know what they say.'],
    ['Please contact the airline since they operate the flight.', 'I’ll contact the airline and let you know what they say.'],
  ],
  'a difference or a mistake put on another party, closing the account: the agent takes it up': [
    ['The menu photos are supplied by the restaurant, so any difference is down to them.', 'The menu photos are supplied by the restaurant, so I’ll take it up with them for you.'],
    ["Fines are issued by the council based on the plate number, so if there's a mistake it's on their end.", "Fines are issued by the council based on the plate number, so if there's a mistake, I'll take it up with them for you."],
  ],
  'a denial of our part closing the account: the account kept, the denial dropped': [
    ['The extra charge is a currency conversion fee from your card issuer, this is not our responsibility.', 'The extra charge is a currency conversion fee from your card issuer.'],
    ['We only support the current app version, so it’s not an issue on our side.', 'We only support the current app version.'],
  ],
  'the customer\'s part named in passing before a verdict: the aside goes, the verdict stays': [
    ['The fault was in the wiring inside your home, which is the homeowner’s responsibility, hence the call-out fee.', 'The fault was in the wiring inside your home, hence the call-out fee.'],
  ],
};

describe.each(Object.entries(families))('%s', (_family, rows) => {
  test.each(rows)('%j', (reply, expected) => {
    expect(swappedFor('blame-shift', reply).after).toBe(expected);
  });

  test.each(rows)('once swapped, %j is not flagged for it again', (reply) => {
    expect(ruleFlagsOf('blame-shift', swappedFor('blame-shift', reply).after)).toEqual([]);
  });
});

// A person, not kit: "the thing to check next is whoever…" does not read. The clause that only
// blames goes instead (leave-out.ts), the fact before it kept.
test('a person, not kit: the blaming clause goes, not "the thing to check next is whoever…"', () => {
  expect(swappedFor('blame-shift', 'The receipt is for the wrong return, so the issue lies with whoever prepared your filing.').after).toBe('The receipt is for the wrong return.');
});

describe('no Swap where it would drop a fact or not read as sent', () => {
  test.each([
    // (An amount in a duty, 'It is the customer’s responsibility to pay the £40 balance by Friday.',
    // is now kept in the step that was needed: swaps-s42-duty-verdict.)
    // A reason that denies our part would be left standing.
    'You should contact the ticket retailer you bought from, as refunds aren’t handled by us.',
    // What followed blames too: the Swap would leave it standing.
    'You didn’t give us a final reading or move-out date, so the charges are yours.',
    // Their own party asked for something by name: no rewrite names it.
    'Refunds are between you and Apple.',
    // A verdict after the duty stays the agent's to reword.
    'It is the policyholder’s responsibility to renew on time, so the cover lapsed.',
  ])('%j', (reply) => {
    expect(ruleFlagsOf('blame-shift', reply).length).toBeGreaterThan(0);
    expect(ruleFlagsOf('blame-shift', reply).some((f) => f.swap)).toBe(false);
  });
});
