// blame-shift Swaps, ninth round (issue 11): another party's part said as who handles it, the
// customer's own party as the one who can help, our liability for a loss refused plainly with an
// offer, hindsight about a message said as what the message said; and longer sentences of blame
// left out where the reply reads on. Invented sentences, one family per shape.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf, swappedFor } from './swap-helpers';

/** Each family: the reply as an agent wrote it, and the reply after the Swap. */
const families: Record<string, [string, string][]> = {
  'the message the customer is said to have ignored: the message we sent': [
    ['Thanks for writing. As stated in the email you ignored, the deposit is due on Friday.', 'Thanks for writing. As stated in the email we sent, the deposit is due on Friday.'],
    ['The new opening hours were in the letters you simply ignored.', 'The new opening hours were in the letters we sent.'],
    ['As explained in the reminder that you ignored, the fee applies.', 'As explained in the reminder that we sent, the fee applies.'],
  ],
  'a party of the customer’s own said to be responsible: the one who can help, with what we hold': [
    ['Damp inside the flat is your landlord’s responsibility, not ours.', 'Damp inside the flat is something your landlord can help with, and I can send you what we have on this to share with them.'],
    ['The meter sits in the hallway, so any repair is your landlord’s responsibility.', 'The meter sits in the hallway, so any repair is something your landlord can help with, and I can send you what we have on this to share with them.'],
  ],
  'a question for the customer’s bank: what the bank can do, with our record': [
    ['That’s one for your bank, I’m afraid.', 'Your bank can help with this, and I can send you our record of the transaction to share with them.'],
    ['This is one for your bank to look into.', 'Your bank can help with this, and I can send you our record of the transaction to share with them.'],
    ['The pending hold is one for your bank.', 'The pending hold is something your bank can help with, and I can send you our record of the transaction to share with them.'],
    ['Hi Jo, that’s a question for your bank.', 'Hi Jo, that’s something your bank can help with, and I can send you our record of the transaction to share with them.'],
    ['That’s between you and your bank.', 'Your bank can help with this, and I can send you our record of the transaction to share with them.'],
    ['You’ll need to ring your bank and ask them to release the hold.', 'Your bank can release the hold, and I can send you our record of the transaction to share with them.'],
  ],
  'another company’s part held in their hands, or ours denied before sending the customer there: the agent takes it up': [
    ['Season tickets are sold by our ticketing partner, so any refund is really in their hands rather than the club’s.', 'Season tickets are sold by our ticketing partner, so any refund is something I’ll take up with them for you.'],
    ['The noise from the building site is not our problem, please complain to the council.', 'The noise from the building site is something I’ll take up with the council for you.'],
    ['The driver’s manner is not our problem, you will need to contact the courier directly.', 'The driver’s manner is something I’ll take up with the courier for you.'],
  ],
  'another party said to be responsible for a thing: who handles it, as a plain fact': [
    ['Your bank is responsible for chargebacks.', 'Your bank handles chargebacks.'],
    ['After six months, please write to the maker, as the manufacturer is responsible for repairs.', 'After six months, please write to the maker, as the manufacturer handles repairs.'],
  ],
  'another company said to be a separate one: the aside or the clause goes, the fact stays': [
    ['Fitting is done by local engineers, who are a separate company.', 'Fitting is done by local engineers.'],
    ['All our couriers are independent contractors and must follow our code of conduct.', 'All our couriers must follow our code of conduct.'],
  ],
  'another team given as a wall after a comma: the agent passes it on': [
    ['@sam_k Address changes are dealt with by a different team, we can’t help on this account.', '@sam_k Address changes are dealt with by another team, and I’ll pass this to them for you.'],
  ],
  'our liability for a loss denied: the same refusal said plainly, with the offer after it': [
    ['We can’t be held responsible for items left in the room.', 'We can’t cover items left in the room, but here is what I can do: [what you can offer].'],
    ['Unfortunately, the hotel cannot be held liable for delays caused by the weather.', 'Unfortunately, the hotel can’t cover delays caused by the weather, but here is what I can do: [what you can offer].'],
    ['We are not responsible for damage caused by the courier.', 'We can’t cover damage caused by the courier, but here is what I can do: [what you can offer].'],
  ],
  'a document the customer is said not to have read, or hindsight about it: what it says': [
    ['You didn’t read the instructions, which say to charge it first.', 'The instructions say to charge it first.'],
    ['Had you read our email of 3 May, you would have known about the change.', 'Our email of 3 May mentioned the change; here is what I’ll do now: [the next step you’ll take].'],
    ['Had you read the letter from Priya, you’d have seen the new date.', 'The letter from Priya mentioned the new date; here is what I’ll do now: [the next step you’ll take].'],
  ],
  'a blame told at length, left out where the reply reads on': [
    [
      'Had the extension and the garage been declared when they were built, the claim would have been settled without a deduction. I’ve paid the agreed £2,400 today. I’ve also added both rooms to the policy so you’re covered from now on.',
      'I’ve paid the agreed £2,400 today. I’ve also added both rooms to the policy so you’re covered from now on.',
    ],
  ],
};

describe.each(Object.entries(families))('%s', (_family, rows) => {
  test.each(rows)('%j', (reply, expected) => {
    expect(swappedFor('blame-shift', reply).after).toBe(expected);
  });
});

describe('what stays as it was', () => {
  const replacements = (reply: string) => ruleFlagsOf('blame-shift', reply).map((f) => (f.swap ? f.replacement : ''));
  test('a doing, not a thing, is not said to be what a party "handles"', () => {
    for (const r of replacements('The hold is from the first attempt, and your bank is responsible for releasing it.')) expect(r).not.toMatch(/handles/);
  });
  test('a person’s words are not a loss that "we can’t cover"', () => {
    for (const r of replacements('We can’t be held responsible for what the seller told you.')) expect(r).not.toMatch(/can’t cover/);
  });
  test('a denial of liability before a verdict of its own is not rewritten as an offer', () => {
    for (const r of replacements('We can’t be held responsible for items left in the room, so the claim is closed.')) expect(r).not.toMatch(/what you can offer/);
  });
  test('an adverb after the thing not read is not read as part of it', () => {
    for (const r of replacements('You didn’t read the email properly.')) expect(r).not.toMatch(/properly wasn/);
  });
  test('a longer sentence that carries a step the customer must take is not left out', () => {
    const reply = 'You must quote the reference from the bill when you pay by transfer, or the payment cannot be matched to your account. I’ve matched this one by hand today.';
    for (const f of ruleFlagsOf('blame-shift', reply)) if (f.swap) expect(f.replacement).not.toBe('');
  });
});
