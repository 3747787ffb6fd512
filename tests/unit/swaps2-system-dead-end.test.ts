// Round 2 of Swaps for `system-says` and `dead-end` (src/engine/rules/flags/system-says.ts,
// dead-end.ts): a record vouched for with a verdict drawn from it, a verdict that settles the
// matter from the record, a record said to prove; doors shut after a dash, after "once", with
// "that's that", after a welcome, or by sending the customer elsewhere. Each case is a reply as
// an agent would write it, the reply after the Swap exactly, and the reply re-scored: the rule no
// longer flags it, and the words the Swap put in raise no flag of any rule. Near-misses, where
// a rewrite would drop a fact or not read, offer none of these Swaps.
import { describe, expect, test } from 'vitest';
import { applyEdit, swapEdit, swapRange } from '../../src/engine/swap';
import { expectSwap as expectSharedSwap, flagsOf } from './swap-helpers';

/** The reply after the Swap of the rule's flag on `words`, and the stretch of it the Swap wrote. */
function swappedBy(reply: string, ruleId: string, words: string, customer?: string): { after: string; from: number; to: number } {
  const hits = flagsOf(reply, customer).filter((f) => f.ruleId === ruleId && f.text === words);
  expect(hits.map((f) => f.text)).toEqual([words]);
  const f = hits[0]!;
  expect(f.swap, `${words} has a Swap`).toBe(true);
  const range = swapRange(f);
  expect(reply.slice(range.start, range.end)).toBe(range.text);
  const edit = swapEdit(reply, range.start, range.end, f.replacement);
  return { after: applyEdit(reply, edit), from: edit.start, to: edit.start + edit.insert.length };
}

/** The Swap reads as `expected`, clears the rule from the reply, and its own words raise no flag (swap-helpers' check, in this file's argument order). */
const expectSwap = (reply: string, ruleId: string, words: string, expected: string, customer?: string): void =>
  expectSharedSwap(ruleId, reply, words, expected, customer ? { customer } : {});

/** The rule flags `words`, and whatever Swap it has is not one of these rewrites (`wrong` is not in it). */
function expectNoSuchSwap(reply: string, ruleId: string, words: string, wrong: string, customer?: string): void {
  const hits = flagsOf(reply, customer).filter((f) => f.ruleId === ruleId && f.text === words);
  expect(hits).toHaveLength(1);
  const f = hits[0]!;
  if (!f.swap) return;
  const range = swapRange(f);
  expect(applyEdit(reply, swapEdit(reply, range.start, range.end, f.replacement))).not.toContain(wrong);
}

describe('system-says: a record vouched for, with the verdict drawn from it, gives way to the doubt owned', () => {
  test.each([
    // The customer says the record is wrong: the claim and its verdict go, the record before them stays.
    [
      'Hi Sam, I’ve looked at your account. The readings are exact, so the charge was applied to your account.',
      'The readings are exact',
      'Hi Sam, I’ve looked at your account. Our records may be wrong, so I’m checking again.',
      'This bill is wrong, I was away all of May.',
    ],
    // The customer only says what happened, but the verdict settles it from the record.
    ['The logs are exact, so the credits were used by your account.', 'The logs are exact', 'Our records may be wrong, so I’m checking again.', 'I bought 200 credits but my balance didn’t change.'],
    // Where another rule flags the same claim, the one Swap fixes both.
    ['The GPS data is accurate, so the coach did not leave early.', 'The GPS data is accurate', 'Our records may be wrong, so I’m checking again.', 'The coach left without me, it was early.'],
  ])('%j', (reply, words, expected, customer) => expectSwap(reply, 'system-says', words, expected, customer));

  test.each([
    // A decision said to stand after the claim is the dead end's to open, not dropped with the claim.
    ['The system does not make mistakes, so the suspension stands.', 'The system does not make mistakes', 'checking again', 'Why was my account suspended?'],
    // After ", and" come the record's own facts: not dropped with the claim.
    ['Our tracking data is accurate, and it places the van at your door at 2pm.', 'Our tracking data is accurate', 'checking again', 'It never came.'],
  ])('no claim rewrite that would drop more than the claim: %j', (reply, words, wrong, customer) => expectNoSuchSwap(reply, 'system-says', words, wrong, customer));
});

describe('system-says: a record used as proof owns its doubt whatever the customer wrote', () => {
  test.each([
    // A verdict that settles the matter from the record ("…, so it has been delivered").
    [
      'Tracking confirms the parcel was left in your porch at 09:12 with a photo, so it has been delivered.',
      'Tracking confirms the parcel was left in your porch at 09:12 with a photo, so it has been delivered.',
      'Tracking confirms the parcel was left in your porch at 09:12 with a photo, but that may be wrong, so I’m checking.',
      'It never arrived and there is nothing in the porch.',
    ],
    [
      'The bonus coins show as credited to your account on our side, so they’re definitely there.',
      'show as credited to your account on our side',
      'The bonus coins show as credited to your account on our side, but that may be wrong, so I’m checking.',
      'Where are my bonus coins?',
    ],
    [
      'Our booking system has you down for two nights, 3 and 4 March, and that’s what was charged.',
      'Our booking system has you',
      'Our booking system has you down for two nights, 3 and 4 March, but that may be wrong, so I’m checking.',
      'I booked three nights, not two.',
    ],
    [
      'I see the refund in our system as sent on Monday at 3:10 PM, so it has definitely gone through.',
      'I see the refund in our system as sent on Monday at 3:10 PM, so it has definitely gone through.',
      'I see the refund in our system as sent on Monday at 3:10 PM, but that may be wrong, so I’m checking.',
      'My refund never arrived.',
    ],
    // A verdict drawn against the customer after the record ("which is a valid…"): the record
    // doubted, the verdict gone; a blame in the verdict goes with it. (Not "which means…": the
    // reason is never dropped, swaps-s42-round3.)
    [
      'The courier’s scanner records ‘no safe place’ at 14:05, which is a valid failed-delivery reason.',
      'The courier’s scanner records',
      'Our records show ‘no safe place’ at 14:05, but they may be wrong, so I’m checking.',
      'Your driver didn’t even knock.',
    ],
    // A record said to prove what the customer denies.
    ['The entry log proves that you were on site.', 'The entry log proves', 'Our records show that you were on site, but they may be wrong, so I’m checking.', 'I was never at your gym that day.'],
  ])('%j', (reply, words, expected, customer) => expectSwap(reply, 'system-says', words, expected, customer));

  // A routine status with a helpful "so" is not proof against the customer: no doubt is owned.
  test('not a status told to help', () =>
    expectNoSuchSwap('Tracking shows the van is two stops away, so it should arrive within the hour.', 'system-says', 'Tracking shows the van is two stops away, so it should arrive within the hour.', 'may be wrong', 'Where is my order?'));
});

describe('system-says: more records read out, and claims that only vouch', () => {
  test.each([
    // "confirm" after a plural subject, read out as what the agent sees where nothing is disputed.
    ['Our access logs confirm the login came from your usual device.', 'Our access logs confirm', 'I can see the login came from your usual device.', 'Can you check who logged in to my account?'],
    // A figure in what the record shows is kept.
    ['In our system the order of 3 chairs is completed and delivered to your address.', 'In our system the order of 3 chairs is', 'I can see the order of 3 chairs is completed and delivered to your address.', 'Has my order gone out?'],
  ])('%j', (reply, words, expected, customer) => expectSwap(reply, 'system-says', words, expected, customer));

  test.each([
    // A claim of its own, with what it is claimed for, or that doubt is not needed: the sentence goes.
    ['The payment was received on the 9th. Our system is never wrong with dates.', 'Our system is never wrong', 'The payment was received on the 9th.'],
    ['Your bag was scanned at the gate at 18:40. These records are exact and I see no reason to doubt them.', 'These records are exact', 'Your bag was scanned at the gate at 18:40.'],
  ])('%j', (reply, words, expected) => {
    const { after } = swappedBy(reply, 'system-says', words);
    expect(after).toBe(expected);
    expect(flagsOf(after).filter((f) => f.ruleId === 'system-says')).toEqual([]);
  });
});

describe('dead-end: the door opened where it shut', () => {
  test.each([
    // After a comma, with the agent's end only placing it.
    ['hey Jo! the $20 fee is charged on every change, nothing i can do on my end unfortunately', 'nothing i can do', 'hey Jo! the $20 fee is charged on every change, but here is what I can do: [what you can offer]'],
    ['The fee was applied at checkout, nothing we can do about it.', 'nothing we can do', 'The fee was applied at checkout, but here is what I can do: [what you can offer].'],
    ['The booking was non-refundable, there is nothing I can do here, I’m afraid.', 'there is nothing I can do', 'The booking was non-refundable, but here is what I can do: [what you can offer].'],
    // After a dash: the refusal before it stays, the offer follows it.
    ['Refunds close after 14 days — no exceptions.', 'no exceptions', 'Refunds close after 14 days — but here is what I can do: [what you can offer].'],
    ['The parcel left our depot on Monday — nothing we can do now.', 'nothing we can do', 'The parcel left our depot on Monday — but here is what I can do: [what you can offer].'],
    ['Vouchers expire after a year, no extensions — that’s the end of it, unfortunately.', 'that’s the end of it', 'Vouchers expire after a year, no extensions — but here is what I can do: [what you can offer].'],
    ['Reconnection needs the full balance — there aren’t any other routes I can offer.', 'there aren’t any other routes', 'Reconnection needs the full balance — but here is what I can do: [what you can offer].'],
    // Nothing to do, and no use asking again: one offer, where the agent acts.
    ['There is nothing more I can do from my side and calling again will not make it faster.', 'There is nothing more I can do', 'Here is what I can do from my side: [what you can offer].'],
    // A second door joined after a decision closed to review goes with the first's offer.
    [
      'This ruling is not open to further review by this office, and no further correspondence on the matter will be entered into.',
      'is not open to further review',
      'This ruling is not open to further review by this office, but I can [what you can do instead].',
    ],
    // One act refused with an absolute: the act kept without it; a second door joined after it goes too.
    ['The deposit won’t be refunded under any circumstances.', 'won’t be refunded under any circumstances', 'The deposit won’t be refunded, but I can [what you can do instead].'],
    [
      'Unfortunately lost drafts can’t be restored in any way, and there’s nothing more I can do for you on this one.',
      'can’t be restored in any way',
      'Unfortunately lost drafts can’t be restored, but I can [what you can do instead].',
    ],
    // Nothing to do once something happened: the moment kept, the limit said honestly.
    ['Unfortunately there’s nothing more we can do once a refund has been issued.', 'there’s nothing more we can do', 'Unfortunately my options are limited once a refund has been issued, but here is what I can do: [what you can offer].'],
    ['Once a ticket is scanned there’s nothing more we can do.', 'there’s nothing more we can do', 'Once a ticket is scanned my options are limited, but here is what I can do: [what you can offer].'],
    ['Unfortunately there are no other options available once a booking is confirmed.', 'there are no other options', 'Unfortunately my options are limited once a booking is confirmed, but here is what I can do: [what you can offer].'],
    // "…, so that's that": the act said plainly.
    ['Once you’ve checked out there’s no way for us to add a night from here, so that’s that.', 'there’s no way for', 'Once you’ve checked out I can’t add a night from here, but here is what I can do: [what you can offer].'],
    // "Not something I'm able to revisit": the limit said plainly, with a second door joined after it gone too.
    ['The claim was closed in March. This is not something we are able to reopen.', 'not something we are able to reopen', 'The claim was closed in March. I can’t reopen this, but here is what I can do: [what you can offer].'],
    [
      'The outcome was reviewed by two assessors. This is not something I’m able to revisit, and I won’t be able to discuss it further.',
      'not something I’m able to revisit',
      'The outcome was reviewed by two assessors. I can’t revisit this, but here is what I can do: [what you can offer].',
    ],
    // A final position on a charge: the charge kept, the talk opened.
    ['This is our final position on the admin fee and we won’t be discussing it further.', 'is our final position', 'The admin fee is still in place, but here is what I can do: [what you can offer].'],
    // Futility tacked on after a welcome goes; the welcome stays.
    ['You’re welcome to send the receipts, however I would not expect them to change the outcome.', 'not expect them to change the outcome', 'You’re welcome to send the receipts.'],
  ])('%j', (reply, words, expected) => expectSwap(reply, 'dead-end', words, expected));

  test.each([
    // A sentence that is only the door becomes the offer; the fact before it stays.
    ['Returns close 30 days after delivery. That door’s closed, there’s no going back on it.', 'no going back', 'Returns close 30 days after delivery. Here is what I can do instead: [what you can offer].'],
    ['The courier has a signature for it. That’s just how it works once it’s delivered.', 'That’s just how it works', 'The courier has a signature for it. Here is what I can do instead: [what you can offer].'],
    [
      'Your case was already reviewed by a team lead. A supervisor would give you the same answer, so escalating it would serve no purpose.',
      'A supervisor would give you the same',
      'Your case was already reviewed by a team lead. Here is what I can do instead: [what you can offer].',
    ],
    // The customer shown the door is asked to stay.
    ['If you wish to take your business elsewhere, that is of course your choice.', 'take your business elsewhere', 'I’d like to keep you with us, so here is what I can do: [what you can offer].'],
  ])('%j', (reply, words, expected) => expectSwap(reply, 'dead-end', words, expected));

  test.each([
    // "for this week" says when the door is shut: dropping it would change the fact.
    ['Hello, engineer slots are full, there is no other solution possible for this week.', 'there is no other solution', 'here is what I can do'],
    // More said after the futility: the welcome would lose its reason.
    ['You are welcome to appeal, however I would not expect it to change the outcome, as the rules are clear.', 'not expect it to change the outcome', 'appeal.'],
    // A final position on no charge: nothing of the agent's to keep "in place".
    ['This is our final position on the matter and we won’t be discussing it further.', 'is our final position', 'still in place'],
  ])('no rewrite that would not read: %j', (reply, words, wrong) => expectNoSuchSwap(reply, 'dead-end', words, wrong));
});
