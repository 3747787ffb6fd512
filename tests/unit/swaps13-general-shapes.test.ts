// Swaps, stop 39 (issue 11 §2): general shapes rather than families of wording. A denial of our
// part tacked on before a dash, a colon or the comma that closes a lead; the customer's act given
// as the cause, said with the thing done as its subject; a figure declared right, whatever words
// name it, filled in as the agent wrote them. Invented sentences, each with what must stay as it was.
import { describe, expect, test } from 'vitest';
import { expectSwap, ruleFlagsOf, swappedFor } from './swap-helpers';

/** Each shape: the reply as an agent wrote it, the flagged words, and the reply after their Swap. */
const shapes: Record<string, { rule: string; rows: [string, string, string][] }> = {
  'a denial of our part before a dash or a colon: it goes with its comma, the dash or colon stays': {
    rule: 'blame-shift',
    rows: [
      ['Gift card refunds are handled by the retailer, not us — their number is on the receipt.', 'not us', 'Gift card refunds are handled by the retailer — their number is on the receipt.'],
      ['Warranty repairs are Sony’s problem, not ours — open a ticket with Sony Support.', 'not ours', 'Warranty repairs are Sony’s problem — open a ticket with Sony Support.'],
      ['The app store refund is down to Apple, not us - I’ve sent you their form.', 'not us', 'The app store refund is down to Apple - I’ve sent you their form.'],
      ['The outage came from your router settings, not us: the log shows a changed DNS entry.', 'not us', 'The outage came from your router settings: the log shows a changed DNS entry.'],
    ],
  },
  'a denial joined by a space before the comma that closes a lead: it goes, the agent’s comma stays': {
    rule: 'blame-shift',
    rows: [['As the fence is the landlord’s and not ours, repairs are arranged through the letting agent.', 'and not ours', 'As the fence is the landlord’s, repairs are arranged through the letting agent.']],
  },
  'the customer’s act given as the cause: the thing done as its subject, what followed kept': {
    rule: 'blame-shift',
    rows: [
      ['The claim was declined because you missed the March payment, so the cover had lapsed.', 'because you missed', 'The claim was declined because the March payment was missed, so the cover had lapsed.'],
      ['The transcript was not accepted because you uploaded it as a photo, so it could not be read.', 'because you uploaded', 'The transcript was not accepted because it was uploaded as a photo, so it could not be read.'],
      ['The booking was cancelled since you changed the dates twice, so the deposit was kept.', 'since you changed', 'The booking was cancelled since the dates were changed twice, so the deposit was kept.'],
      ['The parcel was returned because you refused it at the door.', 'because you refused', 'The parcel was returned because it was refused at the door.'],
      ['The account was suspended because you shared your login with a friend.', 'because you shared', 'The account was suspended because your login was shared with a friend.'],
    ],
  },
  'agreement claimed before the customer gives it, leading into the point: the claim goes, the point stays': {
    rule: 'argue-defend',
    rows: [
      ['I’m sure you’ll agree we can’t refund a ticket that was used.', 'I’m sure you’ll agree', 'We can’t refund a ticket that was used.'],
      ['I’m sure you’ll appreciate that the room had been let by then.', 'I’m sure you’ll appreciate', 'The room had been let by then.'],
    ],
  },
  'a figure declared right, named in any words: how it was worked out, the words as written': {
    rule: 'argue-defend',
    rows: [
      ['The refund amount is correct.', 'The refund amount is correct', 'The refund amount is based on [how it was worked out].'],
      ['The breakfast charge of €36 is correct.', 'The breakfast charge of €36 is correct', 'The breakfast charge of €36 is based on [how it was worked out].'],
      ['The Heathrow parking fee is correct.', 'The Heathrow parking fee is correct', 'The Heathrow parking fee is based on [how it was worked out].'],
      ['Your Netflix charge is valid.', 'Your Netflix charge is valid', 'Your Netflix charge is based on [how it was worked out].'],
    ],
  },
};

/** Shapes whose Swap clears the rule from the sentence: nothing of it is left to flag, and the words put in raise no other. */
const clearing: Record<string, { rule: string; rows: [string, string, string][] }> = {
  'a document said to be clear: what it says, without the "clearly" that argues it': {
    rule: 'argue-defend',
    rows: [
      ["The listing clearly states 'sleeps 4'.", 'The listing clearly states', "The listing states 'sleeps 4'."],
      ['The booking page clearly says the fare is non-refundable.', 'The booking page clearly says', 'The booking page says the fare is non-refundable.'],
    ],
  },
  'a step the customer was told again and again: the step, asked once': {
    rule: 'argue-defend',
    rows: [['I’ve already told you twice to check your spam folder.', 'I’ve already told you twice', 'Please check your spam folder.']],
  },
  'a figure declared right, cleared': {
    rule: 'argue-defend',
    rows: [['The refund amount is correct.', 'The refund amount is correct', 'The refund amount is based on [how it was worked out].']],
  },
  'the customer’s act as the cause, cleared': {
    rule: 'blame-shift',
    rows: [['The parcel was returned because you refused it at the door.', 'because you refused', 'The parcel was returned because it was refused at the door.']],
  },
};

describe.each(Object.entries(clearing))('%s', (_shape, { rule, rows }) => {
  test.each(rows)('%j', (reply, words, expected) => expectSwap(rule, reply, words, expected));
});

describe.each(Object.entries(shapes))('%s', (_shape, { rule, rows }) => {
  test.each(rows)('%j', (reply, words, expected) => {
    expect(swappedFor(rule, reply, words).after).toBe(expected);
  });
});

describe('what stays as it was', () => {
  const swapsOf = (rule: string, reply: string, words: string) => ruleFlagsOf(rule, reply).filter((f) => f.text === words && f.swap);
  test('a denial before a clause of its own after a comma is not dropped: "they" would point at nothing', () => {
    // Without "not our servers", "they've been fine" would follow "your connection".
    expect(swapsOf('blame-shift', 'That’s your connection, not our servers, they were fine all night.', 'not our servers')).toEqual([]);
  });
  test('an act with no thing done is not put in the passive', () => {
    expect(swapsOf('blame-shift', 'The fee was charged because you arrived late.', 'because you arrived')).toEqual([]);
  });
  test('a word of how often is not read as the thing done', () => {
    for (const f of ruleFlagsOf('blame-shift', 'The booking was cancelled since you changed the dates twice, so the deposit was kept.')) {
      if (f.swap) expect(f.replacement).not.toMatch(/twice was/);
    }
  });
  test('a figure declared right with more said after it keeps it: no blank for how it was worked out in its place', () => {
    for (const f of ruleFlagsOf('argue-defend', 'The refund amount is correct at the time of purchase.')) if (f.swap) expect(f.replacement).not.toMatch(/how it was worked out\]$/);
  });
  test('a document said to say something of the customer is not turned: that is an argument of its own', () => {
    for (const f of ruleFlagsOf('argue-defend', 'The form clearly says you agreed to the fee.')) if (f.swap) expect(f.replacement).not.toMatch(/^the form says$/i);
  });
  test('what was told again that is not a step is not asked of them as one', () => {
    for (const f of ruleFlagsOf('argue-defend', 'I’ve already told you twice that the fee is final.')) if (f.swap) expect(f.replacement).not.toMatch(/^please/i);
  });
  test('agreement claimed before a reason it points at stays: the reason would be left without its verb', () => {
    expect(swapsOf('argue-defend', 'Surely you can see why the fee applies.', 'Surely you can see')).toEqual([]);
  });
  test('words of a clause before the figure are not read as naming it', () => {
    for (const f of ruleFlagsOf('argue-defend', 'The fee that we charged on the invoice was correct.')) if (f.swap) expect(f.replacement).not.toMatch(/we charged.*based on/i);
  });
});
