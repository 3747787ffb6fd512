// blame-shift Swaps (src/engine/rules/flags/blame-shift.ts): a flag that points at the customer or
// at another party is turned, in the agent's own words, into the agent owning the next step. Each
// case is a reply as an agent would write it and the reply after the Swap, exactly; then the near
// misses where a rewrite would not read, so no Swap of that kind is offered.
import { describe, expect, test } from 'vitest';
import { swapRange } from '../../src/engine/swap';
import { applySwap, ruleFlagsOf, stillFlaggedFor, swappedFor } from './swap-helpers';

const blameOf = (reply: string) => ruleFlagsOf('blame-shift', reply);
const swappedBy = (reply: string, words: string) => swappedFor('blame-shift', reply, words);
const stillFlagged = (reply: string, at: number) => stillFlaggedFor('blame-shift', reply, at);

/** The reply's one blame-shift Swap made: the account kept, its verdict gone, nothing left flagged. */
function expectVerdictGone(reply: string, expected: string): void {
  const f = blameOf(reply).find((x) => x.swap);
  expect(f).toBeDefined();
  const after = applySwap(reply, f!);
  expect(after).toBe(expected);
  expect(blameOf(after)).toEqual([]);
}

function expectSwap(reply: string, words: string, expected: string): void {
  const { after, finding } = swappedBy(reply, words);
  expect(after).toBe(expected);
  // The swapped sentence raises no blame-shift flag of its own.
  expect(stillFlagged(after, swapRange(finding).start)).toBe(false);
}

describe('another party’s part becomes the agent taking it up with them', () => {
  test.each([
    // After its subject: the subject kept.
    ['Any damage from the scaffolders’ work is their liability.', 'is their liability', 'Any damage from the scaffolders’ work is something I’ll take up with them for you.'],
    ['Lost post after delivery is a matter for the courier.', 'a matter for the courier', 'Lost post after delivery is something I’ll take up with the courier for you.'],
    ['The booking you made through Sunways is the travel agency’s responsibility.', 'is the travel agency’s responsibility', 'The booking you made through Sunways is something I’ll take up with the travel agency for you.'],
    ['Returns of sealed items are handled by the manufacturer.', 'are handled by the manufacturer', 'Returns of sealed items are something I’ll take up with the manufacturer for you.'],
    ['Any complaint about the installer should be directed to the contractor.', 'should be directed to the contractor', 'Any complaint about the installer can come to me, and I’ll take that up with the contractor for you.'],
    ['Any promise made at the store is a matter for them.', 'a matter for them', 'Any promise made at the store is something I’ll take up with them for you.'],
    // "It" or "this" all the subject: the agent takes it up in its place.
    ['This is a matter for the retailer to resolve with you.', 'This is a matter for the retailer', 'I’ll take this up with the retailer for you.'],
    ['Thanks for the photos. It’s the courier’s responsibility.', 'It’s the courier’s responsibility', 'Thanks for the photos. I’ll take this up with the courier for you.'],
    // A dispute put between the customer and another party.
    ['Since it was signed for, any claim is between you and the courier, so please contact Parcelfast directly.', 'is between you and the', 'Since it was signed for, any claim is something I’ll take up with the courier for you.'],
    ['So that’s between you and the seller.', 'that’s between you and the', 'So I’ll take this up with the seller for you.'],
  ])('%j', (reply, words, expected) => expectSwap(reply, words, expected));

  test.each([
    // The customer's own bank or landlord: the agent cannot act there.
    ['Any refund of that fee is a matter for your bank.', 'a matter for your bank'],
    // More of the agent's own after the party (a name, a reason): the rewrite would drop it.
    ['Any loss after delivery is a matter for the courier, Parcelfast, who hold the insurance.', 'a matter for the courier'],
    ['Any claim is between you and the courier because they signed for it.', 'is between you and the'],
    // Only a word that leads in before "that's": not a subject to keep.
    ['Unfortunately, so that is a matter for them.', 'that is a matter for them'],
  ])('no take-up: %j', (reply, words) => {
    const f = blameOf(reply).find((x) => x.text === words);
    if (f?.swap) expect(f.replacement).not.toMatch(/take (?:it|this|that) up|take up with/);
  });
});

describe('a denial tacked on after the fact goes, the fact stays', () => {
  test.each([
    ['This fault is the carrier’s responsibility and not ours, and you can claim on their website.', 'and not ours', 'This fault is the carrier’s responsibility and you can claim on their website.'],
    ['That’s a platform issue rather than ours — the store team can refund it.', 'rather than ours', 'That’s a platform issue — the store team can refund it.'],
    ['If that fails, it is probably your router rather than anything on our side.', 'rather than anything on our side', 'If that fails, it is probably your router.'],
  ])('%j', (reply, words, expected) => {
    expect(swappedBy(reply, words).after).toBe(expected);
  });

  test('not where a bare clause would follow a comma', () => {
    const f = blameOf('It is the carrier’s fault and not ours, you can claim from them.').find((x) => x.text === 'and not ours');
    expect(f?.swap).not.toBe(true);
  });
});

describe('a verdict that closes the account is turned or dropped, the account kept', () => {
  test.each([
    // On another party: the agent takes it up with them, named as the agent named them.
    ['The laptop left our warehouse fully boxed, so any damage happened with the courier.', 'damage happened with the courier', 'The laptop left our warehouse fully boxed, so I’ll take it up with the courier for you.'],
    ['Scuffs like this come from how the parcel was stacked, so that’s one to raise with the shop you bought it from.', 'one to raise with', 'Scuffs like this come from how the parcel was stacked, so I’ll take it up with the shop for you.'],
    ['The Leeds gym is run by a franchise partner, so access there is something to sort out with them.', 'something to sort out with', 'The Leeds gym is run by a franchise partner, so I’ll take it up with them for you.'],
    // On the customer: the verdict goes.
    ['Our engineer called on 4 March as booked, but nobody answered, so it’s down to you that the meter wasn’t read.', 'it’s down to you that', 'Our engineer called on 4 March as booked, but nobody answered.'],
    ['Our test from the exchange came back clean, so the issue is with your own equipment.', 'issue is with your own equipment', 'Our test from the exchange came back clean.'],
    ['Lag spikes like this come from a busy home network, so it’s most likely something on your setup.', 'something on your setup', 'Lag spikes like this come from a busy home network.'],
    // A surprise the agent says should not have been one: owned.
    ['The renewal letter went out on 3 May, so the price shouldn’t have come as a surprise.', 'shouldn’t have come as a surprise', 'The renewal letter went out on 3 May, but I’m sorry the price came as a surprise.'],
  ])('%j', (reply, words, expected) => expectSwap(reply, words, expected));

  test.each([
    // A condition with nothing after it once the verdict goes.
    ['If the box was crushed, any damage happened with the courier.', 'damage happened with the courier'],
  ])('no rewrite: %j', (reply, words) => {
    const f = blameOf(reply).find((x) => x.text === words);
    expect(f?.swap).not.toBe(true);
  });
});

describe('sent elsewhere, the customer is taken there by the agent', () => {
  test.each([
    // After a clause of the agent's and its comma, the clause kept.
    ['If the fault comes back, you’ll need to contact the manufacturer directly.', 'you’ll need to contact the manufacturer directly', 'If the fault comes back, I’ll contact the manufacturer for you and let you know what they say.'],
    ['Game purchases go through the store, you have to contact them about it.', 'you have to contact them', 'Game purchases go through the store, I’ll contact them about it for you and let you know what they say.'],
    ['You’ll need to contact the restaurant directly.', 'You’ll need to contact the restaurant directly', 'I’ll contact the restaurant for you and let you know what they say.'],
    // A hold-up put with another party: the agent chases it.
    ['The hold-up is with the testing laboratory, which is outside our control.', 'hold-up is with the testing laboratory', 'The hold-up is something I’ll chase up with the testing laboratory for you.'],
    // Sent on to report or to speak to them, at the end of the account: the agent does it.
    // (A sentence the learned second opinion flags whole.)
    ['Our delivery partner handles the last mile, so any damage in transit needs to be reported to them.', 'Our delivery partner handles the last mile, so any damage in transit needs to be reported to them.', 'Our delivery partner handles the last mile, so I’ll report it to them for you.'],
    ['If you have further questions, please contact the venue directly.', 'please contact the venue', 'If you have further questions, I’ll contact the venue directly for you and let you know what they say.'],
  ])('%j', (reply, words, expected) => {
    const { after } = swappedBy(reply, words);
    expect(after).toBe(expected);
  });

  test.each([
    // What follows the party is a clause of its own, or a reason: no rewrite that would run into it.
    ['If the fault comes back, you’ll need to contact the manufacturer, as the warranty is with them.', 'you’ll need to contact the manufacturer'],
    ['Game purchases go through the store, you have to contact them, they handle refunds.', 'you have to contact them'],
  ])('no take-over: %j', (reply, words) => {
    const f = blameOf(reply).find((x) => x.text === words);
    expect(f?.swap).not.toBe(true);
  });
});

describe('a reproach that closes the account goes, the account kept', () => {
  test.each([
    ['Photos are stored on the phone, so you’d have needed backup switched on before the reset.', 'Photos are stored on the phone.'],
    ['The cancellation fee is set out in clause 9 of your agreement, which you clearly didn’t read before signing.', 'The cancellation fee is set out in clause 9 of your agreement.'],
  ])('%j', expectVerdictGone);

  test('not where a blank the agent fills would be followed by the rest of the sentence', () => {
    const reply = 'It’s the account holder’s responsibility to keep the email current; notes on calls don’t count.';
    for (const f of blameOf(reply)) if (f.swap) expect(f.replacement).not.toMatch(/\]$/);
  });
});

describe('a duty put on the customer after its subject becomes the agent’s next step', () => {
  test.each([
    ['Account security is your responsibility.', 'is your responsibility', 'Account security is something I can help with: [the next step you’ll take].'],
    ['Hello, card security is the responsibility of the cardholder.', 'is the responsibility of the cardholder', 'Hello, card security is something I can help with: [the next step you’ll take].'],
  ])('%j', (reply, words, expected) => expectSwap(reply, words, expected));

  test.each([
    // The duty spelled out after it, or in the past: not turned.
    ['Payee details are the customer’s responsibility to check before confirming.', 'are the customer’s responsibility'],
    ['Gutter maintenance was your responsibility.', 'was your responsibility'],
  ])('no rewrite: %j', (reply, words) => {
    const f = blameOf(reply).find((x) => x.text === words);
    expect(f?.replacement ?? '').not.toMatch(/something I can help with/);
  });
});

describe('a step the customer is said not to have taken is told without "you" as its cause', () => {
  test.each([
    // The agent's verdict kept as written, the agent's next step after it.
    [
      'You didn’t update your address with us when you moved in March, so the letters went to Hill Road.',
      'You didn’t update',
      'Your address wasn’t updated with us when you moved in March, so the letters went to Hill Road; here is what I’ll do now: [the next step you’ll take].',
    ],
    ['You neglected to register the account when you moved in.', 'You neglected to', 'The account wasn’t registered when you moved in; here is what I’ll do now: [the next step you’ll take].'],
    ['You didn’t include the house number when ordering, so the parcel came back.', 'You didn’t include', 'The house number wasn’t included when ordering, so the parcel came back; here is what I’ll do now: [the next step you’ll take].'],
  ])('%j', (reply, words, expected) => expectSwap(reply, words, expected));

  test.each([
    // A plural, or what was not done is not what follows: "wasn't" would not read.
    ['You didn’t include the documents we asked for, so the claim stalled.', 'You didn’t include'],
    ['You didn’t update us when you moved.', 'You didn’t update'],
  ])('no passive: %j', (reply, words) => {
    const f = blameOf(reply).find((x) => x.text === words);
    expect(f?.replacement ?? '').not.toMatch(/wasn’t/);
  });
});

describe('more of another party’s part, and who did it, without the finger', () => {
  test.each([
    ['Hi Jo, the delay was at the restaurant end.', 'was at the restaurant end', 'Hi Jo, the delay is something I’ll chase up with the restaurant for you.'],
    ['Once it leaves us it is with the carrier, so a lost parcel is something you’d need to take up with Swiftpost directly.', 'something you’d need to take up with', 'Once it leaves us it is with the carrier, so a lost parcel is something I’ll take up with Swiftpost directly for you.'],
    ['For faults after the first year, you’ll need to take it up with Brightline directly.', 'you’ll need to take it up with', 'For faults after the first year, I’ll take it up with Brightline directly for you and let you know what they say.'],
    ['The transfer failed because the sort code was entered incorrectly on your side.', 'entered incorrectly on your side', 'The transfer failed because the sort code was entered incorrectly.'],
  ])('%j', (reply, words, expected) => expectSwap(reply, words, expected));

  test.each([
    // The party is not named as a name, or more follows it.
    ['For faults after the first year, you’ll need to take it up with your retailer.', 'you’ll need to take it up with'],
    ['The transfer failed because the sort code was entered incorrectly on your side, so it bounced.', 'entered incorrectly on your side'],
  ])('no rewrite: %j', (reply, words) => {
    const f = blameOf(reply).find((x) => x.text === words);
    expect(f?.swap).not.toBe(true);
  });
});

describe('a denial of our part that closes the account goes', () => {
  test.each([
    ['Our reminders went out on all three dates, so the problem isn’t on our side.', 'Our reminders went out on all three dates.'],
    ['The drop came from your home connection rather than our servers, so it isn’t something we caused.', 'The drop came from your home connection rather than our servers.'],
    ['The fee comes from an add-on chosen at checkout, not a charge we added.', 'The fee comes from an add-on chosen at checkout.'],
  ])('%j', expectVerdictGone);
});
