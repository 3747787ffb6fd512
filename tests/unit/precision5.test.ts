// Near-misses from new writers (batches xa/xb) that must stay quiet, and the rules' own examples
// beside them that must still fire. A bend, a doubt or an offer is as often a sentence of its own
// as a clause: the rules read it in the sentence after the flagged words too (`unlessNear`, or
// `hedgedInNextSentence` for system-says). Every reply is our own wording, not an eval case.
// Scored with the shipped model as `npm run eval` is: a hedge quiets the model's reading too.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const score = createScorer();
const fires = (rule: string, reply: string) => score({ reply }).findings.some((f) => f.kind === 'flag' && f.ruleId === rule);

type Case = [rule: string, family: string, reply: string];

const QUIET: Case[] = [
  // policy-shield: the rule explained, then set aside by the agent in the next sentence.
  ['policy-shield', 'the rule bent in the next sentence', 'Per our terms the deposit is non-refundable. In your case, though, I’ve waived it and the money is on its way back.'],
  ['policy-shield', 'the rule bent in the next sentence', 'Under our terms the late fee applies. I’ve decided to waive it this time, given the outage.'],
  ['policy-shield', 'the rule bent in the next sentence', 'According to our terms, the cancellation fee is due. I’ve set it aside for you.'],
  ['policy-shield', 'the rule bent in the next sentence', 'Strictly speaking our policy says refunds stop after 14 days. I’ve gone ahead and refunded you in full.'],
  ['policy-shield', 'the rule bent in the next sentence', 'Our policy is no refunds once the class has started. As a goodwill gesture, I’ve refunded the last two sessions.'],
  // system-says: the record doubted, or questioned against the customer's word, in the next sentence.
  ['system-says', 'the record doubted in the next sentence', 'Our records show a reading of 4,210. That could be an estimate rather than a real reading, so I’ve booked a meter check.'],
  ['system-says', 'the record questioned', 'The system shows the payment failed. I’ve raised it with our payments team to find out why, since you say your bank shows it went through.'],
  ['system-says', 'the record questioned', 'Our booking log shows the room as cancelled on the 3rd, and I’ve asked the hotel to work out whether that was a mix-up.'],
  ['system-says', 'the record owned as our gap', 'Our system shows no record of your call on the 4th. That’s an oversight on our side, so I’ve logged it now.'],
  ['system-says', 'the record owned as our gap', 'The portal has you down as unpaid. That’s a failing on our end: your payment reached us on time.'],
  ['system-says', 'the record doubted further on in the reply', 'Our tracking shows the parcel as delivered at 13:40. Thanks for checking with the neighbours already. Drivers’ scans are sometimes wrong, so I’m asking the depot for the photo.'],
  ['system-says', 'the record doubted further on in the reply', 'The system shows your order as collected. I know how frustrating that is. Records like this can be wrong, and I’ve asked the store to check the CCTV.'],
  // dead-end: a plain refusal followed by the nearest thing the agent can do.
  ['dead-end', 'a refusal, then what the agent can do', 'There’s no way to recover the deleted photos from our side. What I can do is send you a guide to recovering them from your phone’s backup.'],
  ['dead-end', 'a refusal, then what the agent can do', 'We can’t take any further action on the old ticket, so I’ve opened a new one and I’ll handle it myself.'],
  ['dead-end', 'a refusal, then what the agent can do', 'The booking can’t be changed under any circumstances once the ferry has sailed. Instead, I can put the fare towards your next crossing.'],
  // dead-end: a harmless "nothing".
  ['dead-end', 'a harmless nothing', 'Once the refund lands, there will be nothing further to pay.'],
  ['dead-end', 'a harmless nothing', 'Once that’s done, there will be nothing further needed from you.'],
  ['dead-end', 'a harmless nothing', 'There’s nothing more for you to worry about on this one.'],
];

const FIRES: Case[] = [
  // The rule stood on, with no bend, or with only an alternative.
  ['policy-shield', 'the rule stood on', 'Per our terms the deposit is non-refundable.'],
  ['policy-shield', 'the rule stood on', 'It’s our policy not to refund opened items. Thanks for understanding.'],
  ['policy-shield', 'the rule stood on, an alternative only', 'Company policy doesn’t allow refunds on sale items, but I can offer you store credit.'],
  ['policy-shield', 'something else waived instead', 'Our terms don’t let me refund a saver ticket. I’ll waive the £20 seat fee on your next booking, though.'],
  ['policy-shield', 'a bend refused', 'Under our terms the late fee applies. We do not waive it for anyone.'],
  ['policy-shield', 'a rule example', 'We don’t make exceptions.'],
  // The record stood on, or a check only promised.
  ['system-says', 'the record stood on', 'Our records show the parcel was delivered at 2pm, so the charge stands.'],
  ['system-says', 'the record stood on', 'The tracking shows it as delivered. Please check with your neighbours.'],
  ['system-says', 'the customer doubted, not the record', 'Our records show the engineer arrived at 10:05. Thanks for your message. You may be mistaken about the time.'],
  ['system-says', 'a rule example', 'According to our system, the engineer attended.'],
  // The door shut, with no way forward from the agent.
  ['dead-end', 'a rule example', 'There is nothing we can do.'],
  ['dead-end', 'a rule example', 'The decision is final.'],
  ['dead-end', 'the door shut, a trivial offer after it', 'The decision is final. If you’d like, I can send you a copy of the letter.'],
  ['dead-end', 'the door shut, the customer sent elsewhere', 'The outcome cannot be revisited. If you remain unhappy, you can refer your complaint to the ombudsman.'],
  ['dead-end', 'nothing left to do', 'There is nothing more we can do for you.'],
];

describe('near-misses stay quiet: a bend, a doubt or an offer in the same or the next sentence', () => {
  test.each(QUIET)('%s (%s): %j', (rule, _family, reply) => {
    expect(fires(rule, reply)).toBe(false);
  });
});

describe('the rule still fires where nothing bends, doubts or offers', () => {
  test.each(FIRES)('%s (%s): %j', (rule, _family, reply) => {
    expect(fires(rule, reply)).toBe(true);
  });
});
