// dead-end and policy-shield Swaps by shape, not wording (issue 11): a door that is a whole
// clause, after a lead-in or a short lead; a book cited inside the clause it decides; a door or a
// rule tagged on after a fact, left out; an emoji before the door. Invented sentences.
import { describe, expect, test } from 'vitest';
import { flagsOf, swappedFor } from './swap-helpers';

const noSwap = (ruleId: string, reply: string) => {
  const flags = flagsOf(reply).filter((f) => f.ruleId === ruleId);
  expect(flags.length).toBeGreaterThan(0);
  expect(flags.filter((f) => f.swap).map((f) => f.text)).toEqual([]);
};

describe('dead-end: a door that is its whole clause becomes the limit said honestly, with the offer', () => {
  test.each([
    [
      'Please be advised that no further action will be taken on the voucher.',
      'no further action will be taken',
      'Please be advised that my options are limited on the voucher, but here is what I can do: [what you can offer].',
    ],
    [
      'Kindly note that we cannot do anything further.',
      'we cannot do anything further',
      'Kindly note that my options are limited, but here is what I can do: [what you can offer].',
    ],
    [
      'Please note that there is nothing more I can do regarding the missing pages.',
      'there is nothing more I can do',
      'Please note that my options are limited regarding the missing pages, but here is what I can do: [what you can offer].',
    ],
    [
      'Without a photo of the seal, there is nothing more that can be done.',
      'there is nothing more that can be done',
      'Without a photo of the seal, my options are limited, but here is what I can do: [what you can offer].',
    ],
  ])('%s', (reply, words, expected) => {
    expect(swappedFor('dead-end', reply, words).after).toBe(expected);
  });

  test('after "there is" the flagged words leave out, how far the agent can go', () => {
    expect(swappedFor('dead-end', 'Since the tickets were scanned, there is no further action available on this booking.').after).toBe(
      'Since the tickets were scanned, there is only so much I can do on this booking, but here is what I can offer: [what you can offer].',
    );
  });

  test('after an emoji with its variation selector, the door opens', () => {
    expect(swappedFor('dead-end', 'the van log says the box was left in the porch ✌️ nothing more we can do on our end').after).toBe(
      'the van log says the box was left in the porch ✌️ here is what I can do on our end: [what you can offer]',
    );
  });

  test.each([
    ['Opened earphones are not refundable, no other options exist for this.', 'Opened earphones are not refundable, but here is what I can do: [what you can offer].'],
    ['late swaps are past the cut-off sorry, nothing i can do there', 'late swaps are past the cut-off sorry, but here is what I can do: [what you can offer]'],
  ])('a door tagged on after the refusal, with where it stands ("for this", "there"): %s', (reply, expected) => {
    expect(swappedFor('dead-end', reply).after).toBe(expected);
  });

  test('not where the door holds its condition: that is the way on', () => {
    noSwap('dead-end', 'Please note that nothing more can be done until the landlord signs the form.');
  });
});

describe('policy-shield: a book cited inside the clause it decides goes, the clause kept', () => {
  test.each([
    ['Spare keys are posted in line with our lettings policy once the lease is signed.', 'Spare keys are posted once the lease is signed.'],
    ['Loan bikes are serviced in accordance with the hire terms before each rental.', 'Loan bikes are serviced before each rental.'],
    ['Meal credits are pooled under the canteen rules to cover the whole term.', 'Meal credits are pooled to cover the whole term.'],
    ['Samples are kept as set out in our lab procedures and cannot be posted back.', 'Samples are kept and cannot be posted back.'],
  ])('%s', (reply, expected) => {
    expect(swappedFor('policy-shield', reply).after).toBe(expected);
  });

  test.each([
    ['what follows names more of the book', 'Late fees are charged under our Terms of Hire, clause 7.'],
    ['nothing is left to say without it', 'Parking permits are issued under the estate rules and we cannot make exceptions.'],
  ])('not where %s', (_, reply) => {
    const cited = flagsOf(reply).filter((f) => f.ruleId === 'policy-shield' && f.text.startsWith('under'));
    expect(cited.length).toBe(1);
    expect(cited[0]!.swap === true && cited[0]!.replacement === '').toBe(false);
  });
});

describe('a rule or a door tagged on after the fact is left out, the fact kept', () => {
  test('policy-shield after a dash', () => {
    expect(swappedFor('policy-shield', 'Sample kits can only go to a home address — our courier rules are very strict on that. Our drop-in desk opens at nine.').after).toBe(
      'Sample kits can only go to a home address. Our drop-in desk opens at nine.',
    );
  });
});
