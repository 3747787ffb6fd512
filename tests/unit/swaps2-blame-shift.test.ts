// blame-shift Swaps, round 2 (src/engine/rules/flags/blame-shift.ts): more of the rule's flags are
// turned, in the agent's own words, into a fact said from our side or the agent owning the next
// step. Each case is a reply as an agent would write it and the reply after the Swap, exactly, and
// the swapped reply is scored again: the sentence no longer points the finger. Then the near
// misses, where a rewrite would not read, so none of that kind is offered.
import { describe, expect, test } from 'vitest';
import { swapRange } from '../../src/engine/swap';
import { applySwap, ruleFlagsOf, stillFlaggedFor, swappedFor } from './swap-helpers';

const blameOf = (reply: string) => ruleFlagsOf('blame-shift', reply);
const swappedBy = (reply: string, words: string) => swappedFor('blame-shift', reply, words);
const stillFlagged = (reply: string, at: number) => stillFlaggedFor('blame-shift', reply, at);

function expectSwap(reply: string, words: string, expected: string): void {
  const { after, finding } = swappedBy(reply, words);
  expect(after).toBe(expected);
  expect(stillFlagged(after, swapRange(finding).start)).toBe(false);
}

/** No Swap on the flag on `words` (where it fires at all), or none that makes `kind` of rewrite. */
function expectNone(reply: string, words: string, kind?: RegExp): void {
  const f = blameOf(reply).find((x) => x.text === words);
  if (!f?.swap) return;
  expect(kind, `no Swap on ${JSON.stringify(words)}, but got ${JSON.stringify(f.replacement)}`).toBeDefined();
  expect(f.replacement).not.toMatch(kind!);
}

describe('the customer’s omission given as the cause is said from our side', () => {
  test.each([
    // What we were to be given: we didn't have it.
    ['Your March bill was estimated because you didn’t provide a meter reading for the quarter.', 'because you didn’t provide', 'Your March bill was estimated because we didn’t have a meter reading for the quarter.'],
    ['The claim was paused because you never sent us the repair invoice, and the assessor could not finish it.', 'because you never sent', 'The claim was paused because we didn’t have the repair invoice, and the assessor could not finish it.'],
    // What we were to be told: we didn't know it.
    ['The welcome pack went to the old flat because you didn’t tell us you had moved.', 'because you didn’t tell', 'The welcome pack went to the old flat because we didn’t know you had moved.'],
    // A reply we waited for: we didn't hear back.
    ['The case was closed because you didn’t reply within 14 days.', 'because you didn’t reply', 'The case was closed because we didn’t hear back from you within 14 days.'],
    // A step on the form or the account: it wasn't done.
    ['The slot was released because you did not confirm it before the deadline.', 'because you did not confirm', 'The slot was released because it wasn’t confirmed before the deadline.'],
    ['The claim was declined as you did not declare the earlier theft when you renewed.', 'you did not declare', 'The claim was declined as the earlier theft wasn’t declared when you renewed.'],
  ])('%j', (reply, words, expected) => expectSwap(reply, words, expected));

  test.each([
    // Where it was to go, or a plural, or nothing after the verb that a passive could take.
    ['The parcel went back because you didn’t send the form to us in time.', 'because you didn’t send'],
    ['The parcel went back because you never gave the driver access to the building.', 'because you never gave'],
    ['The claim stalled because you did not confirm your details by phone.', 'because you did not confirm'],
    // A condition with nothing after it once the cause is turned.
    ['If it bounced because you didn’t provide a reading, let me know.', 'because you didn’t provide'],
  ])('no rewrite: %j', (reply, words) => expectNone(reply, words));
});

describe('another party’s part with our part denied beside it: the agent takes it up, the denial goes', () => {
  test.each([
    ['Damp in the shared hallway is the landlord’s responsibility, not ours.', 'is the landlord’s responsibility', 'Damp in the shared hallway is something I’ll take up with the landlord for you.'],
    ['The kitchen packs every bag, so a missing drink is a matter for them rather than us.', 'a matter for them', 'The kitchen packs every bag, so a missing drink is something I’ll take up with them for you.'],
    // "that's" as the subject, a job for them and a denial after it.
    ['If the prescription hasn’t arrived, that’s a matter for the pharmacy to look into, not the surgery.', 'a matter for the pharmacy', 'If the prescription hasn’t arrived, that’s something I’ll take up with the pharmacy for you.'],
  ])('%j', (reply, words, expected) => expectSwap(reply, words, expected));

  test.each([
    // Not a party the agent takes a matter up with.
    ['Import duty is handled by the government, not us.', 'is handled by the government', /take up/],
    // A verdict after the denial still sends the customer there; a possessive is not "that's".
    ['Any loss after delivery is a matter for the courier, not us, so please contact them.', 'a matter for the courier', /take up/],
    ['The shop’s a matter for the courier.', 'a matter for the courier', /take up/],
  ])('no take-up: %j', (reply, words, kind) => expectNone(reply, words, kind));
});

describe('sent on to another party, the agent goes there for the customer', () => {
  test.each([
    ['Game refunds are handled by the console store, you have to contact them for this.', 'you have to contact them', 'Game refunds are handled by the console store, I’ll contact them about it for you and let you know what they say.'],
    ['The parcel has already left us, so it’s on you to contact the courier to change the address.', 'it’s on you to', 'The parcel has already left us, so I’ll contact the courier to change the address for you.'],
    ['Hi, street cleaning is run by our contractor Cleanway, please report fly-tipping on Cleanway’s own line.', 'on Cleanway’s own line', 'Hi, street cleaning is run by our contractor Cleanway, so I’ll report fly-tipping to Cleanway for you.'],
  ])('%j', (reply, words, expected) => {
    const f = blameOf(reply).find((x) => x.text === words);
    expect(f?.swap).toBe(true);
    expect(applySwap(reply, f!)).toBe(expected);
    expect(stillFlagged(expected, swapRange(f!).start)).toBe(false);
  });

  test.each([
    // The customer's own bank: the agent cannot act for them there.
    ['The parcel has already left us, so it’s on you to contact your bank about the refund.', 'it’s on you to', /I’ll/],
  ])('no take-over: %j', (reply, words, kind) => expectNone(reply, words, kind));
});

describe('a reminder for next time goes, the account stays', () => {
  test.each([
    ['Your order went to the old address on file. Please double check your address before ordering in future.', 'Your order went to the old address on file.'],
    ['Hi, your meter reading came in late, so the bill was estimated – you’ll need to send it before the 1st next time.', 'Hi, your meter reading came in late, so the bill was estimated.'],
  ])('%j', (reply, expected) => {
    const f = blameOf(reply).find((x) => x.swap);
    expect(f).toBeDefined();
    const after = applySwap(reply, f!);
    expect(after).toBe(expected);
    expect(blameOf(after)).toEqual([]);
  });

  test('not a reminder that is only part of its sentence', () => {
    expectNone('Please double check your details when ordering in future, and let me know if the code fails.', 'Please double check your details when ordering in future', /^$/);
  });
});

describe('a sentence opened by the finger is said from the fact', () => {
  test.each([
    // The customer's own people's slip: what wasn't done.
    ['Your administrator did not complete the setup, which is why the invoices stopped syncing.', 'Your administrator did not complete', 'The setup wasn’t completed, which is why the invoices stopped syncing.'],
    ['Hi, your accountant didn’t update the filing address before the deadline.', 'your accountant didn’t update', 'Hi, the filing address wasn’t updated before the deadline.'],
    // A check the customer should have made, of what the agent then states: the fact alone.
    ['You should have read the size notes, which say the boots run small. I’ve sent a return label.', 'You should have read', 'The size notes say the boots run small. I’ve sent a return label.'],
  ])('%j', (reply, words, expected) => expectSwap(reply, words, expected));

  test.each([
    // More than one thing, or the customer's English without an article: a passive would not read.
    ['Your administrator did not complete the migrations.', 'Your administrator did not complete', /wasn’t/],
    ['You should have read the size notes, which is why we list them.', 'You should have read', /^The size notes/],
  ])('no rewrite: %j', (reply, words, kind) => expectNone(reply, words, kind));
});

describe('who handles it is kept, and the agent goes to them', () => {
  test.each([
    // Another party's part, and our own said to stop there.
    ['Hi there, the lifts are managed centrally by building management so unfortunately that’s out of our hands.', 'managed centrally by building management so', 'Hi there, the lifts are managed centrally by building management, and I’ll pass this on to them for you.'],
    ['Opening hours are decided by our head office, so this is not something the branch can change.', 'decided by our head office, so', 'Opening hours are decided by our head office, and I’ll pass this on to them for you.'],
    ['Pothole repairs are handled by the Roads team, not Customer Services, so that’s not something we deal with here.', 'handled by the Roads team, not Customer Services', 'Pothole repairs are handled by the Roads team, and I’ll pass this on to them for you.'],
    // The party's part with the reason: the reason kept, the capital "I" kept after a greeting.
    ['Hi there, this is a matter for the courier as they handle the last mile.', 'this is a matter for the courier', 'Hi there, I’ll take this up with the courier for you, as they handle the last mile.'],
    ['Please contact the game studio directly, as they’re responsible for patches.', 'Please contact the game studio directly, as they’re responsible for patches.', 'I’ll contact the game studio for you, as they’re responsible for patches.'],
    // Whole sentences that only send the customer on.
    ['If you have a complaint about the courier’s behaviour, you must send it to them.', 'If you have a complaint about the courier’s behaviour, you must send it to them.', 'If you have a complaint about the courier’s behaviour, send it to me and I’ll take it up with them for you.'],
    ['Thanks for the photos. You should contact the Claims Office directly by letter.', 'You should contact the Claims Office directly by letter.', 'Thanks for the photos. I’ll contact the Claims Office for you and let you know what they say.'],
    ['@sam_k Responsibility lies with the installer in that case — please contact them directly.', '@sam_k Responsibility lies with the installer in that case — please contact them directly.', '@sam_k I’ll take this up with the installer for you.'],
  ])('%j', (reply, words, expected) => {
    const f = blameOf(reply).find((x) => x.text === words);
    expect(f?.swap, `a Swap on ${JSON.stringify(words)}`).toBe(true);
    const after = applySwap(reply, f!);
    expect(after).toBe(expected);
    expect(stillFlagged(after, swapRange(f!).start)).toBe(false);
  });

  test.each([
    // The customer's own bank or provider; a reason that is itself a denial.
    ['Hi there, this is a matter for your bank as they hold the funds.', 'this is a matter for your bank', /take this up/],
    ['Hi there, this is a matter for the courier as they are not part of us.', 'this is a matter for the courier', /take this up/],
    // A condition before the redirect: no whole-sentence take-over (the clause is the agent's own).
    ['If the fault comes back, you’ll need to contact the manufacturer, as the warranty is with them.', 'you’ll need to contact the manufacturer', /^/],
  ])('no take-over: %j', (reply, words, kind) => expectNone(reply, words, kind));
});

describe('hindsight tacked on after the account goes', () => {
  test('%j', () => {
    const reply = 'The return cost a £9.50 fee, which could have been avoided by checking the size chart first.';
    const f = blameOf(reply).find((x) => x.swap);
    expect(f).toBeDefined();
    const after = applySwap(reply, f!);
    expect(after).toBe('The return cost a £9.50 fee.');
    expect(blameOf(after)).toEqual([]);
  });
});

describe('more of the same fact, said without the finger', () => {
  test.each([
    ['Hi Sam, that’s because you didn’t select next-day delivery at checkout.', 'that’s because you didn’t', 'Hi Sam, that’s because next-day delivery wasn’t selected at checkout.'],
    ['Hello, your employer did not renew the dental plan on 1 March, so this is a matter for your employer, not the practice.', 'your employer did not renew', 'Hello, the dental plan wasn’t renewed on 1 March.'],
    ['The voucher was emailed on 4 May, so it looks like it hasn’t been activated on your end.', 'hasn’t been activated on your end', 'The voucher was emailed on 4 May, so it looks like it hasn’t been activated.'],
    ['If the webhooks weren’t updated on your side, that would explain the missing orders.', 'on your side, that would explain', 'If the webhooks weren’t updated, that would explain the missing orders.'],
    ['That error shows when the app is closed mid-payment, which is what must have happened on your end.', 'must have happened on your end', 'That error shows when the app is closed mid-payment, which may be what happened here.'],
  ])('%j', (reply, words, expected) => expectSwap(reply, words, expected));
});

describe('hindsight that only leads into the agent’s own step goes', () => {
  test('the step takes the capital', () => {
    const reply = 'Had the bike been registered when it was bought, the claim would have been paid at once, but I’ve asked the team to review it with your receipt.';
    const { after, finding } = swappedBy(reply, 'Had the bike been registered');
    expect(after).toBe('I’ve asked the team to review it with your receipt.');
    expect(stillFlagged(after, swapRange(finding).start)).toBe(false);
  });

  test('not where the turn is not the agent’s own step', () => {
    expectNone('Had the bike been registered when it was bought, the claim would have been paid at once, but it was not.', 'Had the bike been registered', /^$/);
  });
});

describe('a dispute put between the customer and another party, our part only the agent’s', () => {
  test.each([
    ['Repair disputes are between you and the hire company, we’re only the booking agent.', 'are between you and the', 'Repair disputes are something I’ll take up with the hire company for you.'],
    ['That lamp was sold by a partner shop, so that’s between you and the seller — we’re just the marketplace.', 'that’s between you and the', 'That lamp was sold by a partner shop, so I’ll take it up with the seller for you.'],
    ['That’s one for the shop, so you’ll need to go back to them.', 'one for the shop', 'I’ll take this up with the shop for you.'],
  ])('%j', (reply, words, expected) => expectSwap(reply, words, expected));
});

describe('a reproach tacked on after the account goes, the account stays', () => {
  test.each([
    ['Dear member, we sent you two reminders by post in March, you ignored them.', 'Dear member, we sent you two reminders by post in March.'],
    ['The line test is clean, so the drop-outs come from the hub sitting behind the TV, which is really something you should have checked before booking an engineer.', 'The line test is clean, so the drop-outs come from the hub sitting behind the TV.'],
    ['The excess is set out on page one of the schedule, which I would have expected you to read before accepting.', 'The excess is set out on page one of the schedule.'],
  ])('%j', (reply, expected) => {
    const f = blameOf(reply).find((x) => x.swap);
    expect(f).toBeDefined();
    const after = applySwap(reply, f!);
    expect(after).toBe(expected);
    expect(blameOf(after)).toEqual([]);
  });

  test('not where what is left is only a condition', () => {
    expectNone('If we sent you two reminders, you ignored them.', 'you ignored', /^\.$/);
  });
});

describe('another team or a colleague given as a wall: the agent goes to them, or owns it', () => {
  test.each([
    ['Hi Jo, the branch staff aren’t part of our online team so I can’t comment on what they told you.', 'aren’t part of our online team', 'Hi Jo, I’ll check with the branch staff about what they told you and come back to you.'],
    ['Hello, I see the previous agent did not submit the refund request, it was his mistake.', 'the previous agent did not', 'Hello, I see the refund request wasn’t submitted, which was our mistake, and I’m sorry.'],
  ])('%j', (reply, words, expected) => expectSwap(reply, words, expected));
});

describe('a record read as the customer’s choice: the record alone', () => {
  test('%j', () => {
    const reply = 'Thanks for the photos. The packing slip shows a size 10, which means a size 10 was selected at checkout.';
    const f = blameOf(reply).find((x) => x.swap);
    expect(f).toBeDefined();
    const after = applySwap(reply, f!);
    expect(after).toBe('Thanks for the photos. The packing slip shows a size 10.');
    expect(blameOf(after)).toEqual([]);
  });
});

describe('sent to another party with what we "only" handle: the agent contacts them', () => {
  test('%j', () => {
    const reply = 'Since the train was cancelled by the operator, you’ll have to contact them directly for a refund — we only handle the hotel part.';
    const { after, finding } = swappedBy(reply, 'you’ll have to contact them');
    expect(after).toBe('Since the train was cancelled by the operator, I’ll contact them about a refund for you.');
    expect(stillFlagged(after, swapRange(finding).start)).toBe(false);
  });
});
