// Stop 40, round 2: a Swap that answers a no with "…, but here is what I can do: [what you can
// offer]" adds no offer where the words just after it already offer something or say what
// happens next (blind readers: a second offer beside the reply's own, clearly worse and read as
// ungrammatical). The rule-citing words still go where that reads whole; where the offer was all
// the Swap added, there is no Swap. Without an offer after it, the Swap still asks for one.
import { describe, expect, test } from 'vitest';
import { withoutOffer } from '../../src/engine/offer-once';
import { expectSwap, flagsWith } from './swap-helpers';

const flagOn = (rule: string, reply: string, words: string) => flagsWith(reply).find((f) => f.ruleId === rule && f.text === words);

function expectNoSwap(rule: string, reply: string, words: string): void {
  const f = flagOn(rule, reply, words);
  expect(f, `flagged: ${words}`).toBeDefined();
  expect(f!.swap ?? false).toBe(false);
}

describe('the reply offers or says what happens next just after the Swap: no offer placeholder', () => {
  test.each([
    // The rule-citing words go; the offer the reply makes next is left to do its work.
    ['policy-shield', 'Unfortunately our policy does not allow us to refund opened items. What I can do is send you a 20% voucher.', 'our policy does not allow', 'Unfortunately I can’t refund opened items. What I can do is send you a 20% voucher.'],
    ['policy-shield', "We are not permitted to change the name on the ticket. I've added a note so the gate staff will be expecting you.", 'We are not permitted to', "I can't change the name on the ticket. I've added a note so the gate staff will be expecting you."],
    ['dead-end', 'Without the receipt there is nothing we can do. You can still bring it to any of our stores for an exchange.', 'there is nothing we can do', 'Without the receipt my options are limited. You can still bring it to any of our stores for an exchange.'],
  ])('%s: %j', (rule, reply, words, expected) => expectSwap(rule, reply, words, expected));

  test.each([
    // A step the reply takes next, untimed: "we'll send the refund once…".
    ['policy-shield', "Refunds are issued in line with our returns procedures, which need the parcel back at the warehouse first. We'll send the refund once the parcel is scanned in.", 'in line with our returns procedures'],
    // A dead end whose Swap is only the offer, beside the slot the reply books.
    ['dead-end', "I'm afraid there is nothing more we can do about the missed delivery. I'll book a new slot for you on Thursday morning.", 'there is nothing more we can do'],
  ])('no Swap, %s: %j', (rule, reply, words) => expectNoSwap(rule, reply, words));
});

describe('nothing offered after it: the Swap still asks for the offer', () => {
  test.each([
    ['policy-shield', 'Unfortunately our policy does not allow us to refund opened items. Sorry.', 'our policy does not allow', 'Unfortunately I can’t refund opened items, but here is what I can do: [what you can offer]. Sorry.'],
    ['policy-shield', "I can't release the deposit yet; that is a requirement set by our compliance team. Thanks for bearing with us.", 'a requirement set by', "I can't release the deposit yet; that is a requirement set by our compliance team, but here is what I can do instead: [what you can offer]. Thanks for bearing with us."],
    ['dead-end', 'Without the receipt there is nothing we can do. Have a good weekend.', 'there is nothing we can do', 'Without the receipt my options are limited, but here is what I can do: [what you can offer]. Have a good weekend.'],
  ])('%s: %j', (rule, reply, words, expected) => expectSwap(rule, reply, words, expected));
});

describe('withoutOffer: the offer goes only as the tail of a rewrite that still says something new', () => {
  test.each([
    ['I can’t refund it, but here is what I can do: [what you can offer]', 'our policy does not allow', 'I can’t refund it'],
    ['the reason is [the real reason], and here is what I can do: [what you can offer].', 'as per policy', 'the reason is [the real reason].'],
    ['can’t be moved, but I can [what you can do instead]', 'cannot be moved', 'can’t be moved'],
  ])('%j', (replacement, flagged, expected) => expect(withoutOffer(replacement, flagged)).toBe(expected));

  test.each([
    ['here is what I can do about this: [what you can offer]', 'there is nothing we can do about this'],
    ['besides a refund, here is what I can do: [what you can offer]', 'there are no options beyond a refund'],
    ['it is our policy, but here is what I can do instead: [what you can offer].', 'it is our policy'],
    // The offer stood where a refusal was: without it, the refusal would go too.
    ['Same-day slots are kept for urgent cases under clinic policy, but here is what I can do instead: [what you can offer].', 'Same-day slots are kept for urgent cases under clinic policy, and I can’t book her in.'],
  ])('null: %j', (replacement, flagged) => expect(withoutOffer(replacement, flagged)).toBeNull());
});
