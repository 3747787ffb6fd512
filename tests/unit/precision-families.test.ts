// Near-misses that must stay quiet, and a blame family that must fire, from the ww–wz batches
// (tune): each family is written over word classes, so every reply here is our own wording, not a
// tune case. Scored with the shipped model as `npm run eval` is: a hedge quiets the model's reading
// of the sentence too.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const score = createScorer();
const fires = (rule: string, reply: string) =>
  score({ reply }).findings.some((f) => f.kind === 'flag' && f.ruleId === rule);

type Case = [rule: string, family: string, reply: string];

const QUIET: Case[] = [
  // policy-shield: the agent's own reach, with a way on; a door the customer can open; the rule owned as our error.
  ['policy-shield', 'own reach, then a way on', 'I can’t overturn the assessor’s decision on my own, but I can ask a senior reviewer to look at it again today.'],
  ['policy-shield', 'own reach, then a way on', 'I’m not able to waive it myself, but I can put it to my team leader this afternoon.'],
  ['policy-shield', 'a door the customer can open', 'The policy excludes wear and tear, but if you send photos from before the storm our surveyor will review it.'],
  ['policy-shield', 'a code that is no rule book', 'Losing £400 in your first month because of the emergency tax code is a real blow, and I’m sorry.'],
  ['policy-shield', 'a code that is no rule book', 'The order failed because of the promo code, which had expired; I’ve applied the discount by hand.'],
  ['policy-shield', 'the rule owned as our error', 'The rule is that credits lapse after a year, and yours lapsed because our reminder emails never went out, which is our mistake.'],
  // system-says: the record doubted in the agent's own words, or sent for.
  ['system-says', 'the record doubted', 'Our records show an estimated reading of 48,210, and I suspect that estimate is where this has gone wrong.'],
  ['system-says', 'the record doubted', 'The match log has it as a loss, which doesn’t square with what you saw.'],
  ['system-says', 'the record doubted', 'The bill was built on a reading of 48213, so either it was mistyped or our meter data has gone wrong.'],
  ['system-says', 'the record doubted', 'Our system shows the parcel as delivered, but I’m not ruling out a wrong scan.'],
  // argue-defend: a verdict drawn from a record, which system-says reads.
  ['argue-defend', 'a verdict drawn from a record', 'Our booking engine logged the stay as a no-show on 14 May, so the €540 was charged correctly.'],
  ['argue-defend', 'a verdict drawn from a record', 'The meter read on file shows 58,210 kWh, which means the bill is accurate.'],
  // canned-empathy: a stock opener that goes straight on to name what is hard for this customer.
  ['canned-empathy', 'a stock opener that names the problem', 'I understand, two missed deliveries in one week while you’re working from home is a real headache.'],
  ['canned-empathy', 'a stock opener that names the problem', 'I understand, a UK broadband contract isn’t much use once you’ve moved to Lisbon.'],
  // blame-shift: a verdict that only says the customer was right not to worry is no blame.
  ['blame-shift', 'a verdict with no one blamed', 'Prices are set per region to match local taxes, so it’s not a mistake.'],
  ['blame-shift', 'a desk of our own', 'Please call the front desk when you arrive and they’ll bring the key up.'],
  // blame-shift: a third party named while the agent owns the fix or the chase; the customer cleared.
  ['blame-shift', 'a third party named, the fix owned', 'The strap came loose because of a stitching fault at the factory’s end, but sorting it out is my responsibility, not yours.'],
  ['blame-shift', 'a third party named, the fix owned', 'The delay was the ferry operator’s decision, but your trip is booked with us, so the hotel nights are mine to sort.'],
  ['blame-shift', 'a third party named, the fix owned', 'The fault lies with us: our booking request to the venue never went through.'],
  ['blame-shift', 'a third party named, the fix owned', 'The error was in the courier’s handheld scanner, not with you.'],
  // argue-defend: a correction that goes straight on to what the customer can do.
  ['argue-defend', 'a correction with a way', 'The shop assistant was right that two vouchers can’t go on one item, but you can use one voucher on each item.'],
];

const FIRES: Case[] = [
  // The book named, then the customer sent round it: still answering with the book.
  ['policy-shield', 'the book named, with a way round', 'Our refund policy doesn’t let me refund a month you have used, but I can move you to a cheaper plan.'],
  ['policy-shield', 'the book named, with a way round', 'Company policy doesn’t allow refunds on sale items, but I can offer you store credit.'],
  ['policy-shield', 'a code that is a rule book', 'Swearing at our drivers is against our code of conduct.'],
  ['system-says', 'the record stood on', 'Our records show the engineer attended at 11:40 and got no answer.'],
  ['argue-defend', 'the customer told they are wrong', 'I checked and the reading is correct, so you are wrong about this.'],
  ['argue-defend', 'certainty pressed against their account', 'The app doesn’t delete saved playlists, I can promise you that.'],
  ['argue-defend', 'certainty pressed against their account', 'The new layout was tested with 500 members, so we’re confident it’s an improvement.'],
  ['argue-defend', 'certainty pressed against their account', 'Our tickets are all verified, so I would strongly dispute that.'],
  ['canned-empathy', 'a stock opener that turns', 'I understand, but there is nothing more I can do.'],
  ['canned-empathy', 'a stock opener that turns', 'I understand your frustration.'],
  ['canned-empathy', 'a stock opener that turns', 'I understand where you’re coming from, we’ll pass this on.'],
  // blame-shift: the verdict drawn from a cause just given, put on their side or another party's.
  ['blame-shift', 'a verdict pinned elsewhere', 'We only support the newest Safari, so it’s not a problem on our end.'],
  ['blame-shift', 'a verdict pinned elsewhere', 'There’s no outage in your area tonight, so it’ll be your router.'],
  ['blame-shift', 'a verdict pinned elsewhere', 'The label says dry clean only, so the shrinking isn’t a manufacturing fault.'],
  ['blame-shift', 'a verdict pinned elsewhere', 'Repairs are handled by the building contractor, so delays aren’t something we can answer for.'],
  // blame-shift: the customer sent to someone else's line or desk, in a formal register too.
  ['blame-shift', 'sent to another party’s line', 'The tablet is under the maker’s warranty, so I’d suggest you contact their customer care line.'],
  ['blame-shift', 'sent to another party’s line', 'Kindly liaise with the hospital billing desk regarding the discharge summary.'],
];

describe('near-misses stay quiet', () => {
  test.each(QUIET)('%s: %s: %s', (rule, _family, reply) => {
    expect(fires(rule, reply)).toBe(false);
  });
});

describe('the flagged wordings beside them still fire', () => {
  test.each(FIRES)('%s: %s: %s', (rule, _family, reply) => {
    expect(fires(rule, reply)).toBe(true);
  });
});
