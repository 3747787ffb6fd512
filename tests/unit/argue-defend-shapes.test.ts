// argue-defend, by shape: an insistence on our correctness, a correction of the customer with
// no acknowledgement, a reminder that it was said or agreed before, each over word classes;
// and the near-misses that must stay quiet (a sign-off, the customer praised, an invitation).
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf } from './swap-helpers';

const flagged = (reply: string) => ruleFlagsOf('argue-defend', reply).length > 0;

const caught: Record<string, string[]> = {
  'an insistence that a thing of ours was done right': [
    'I can assure you the voucher was applied correctly.',
    'I can confirm that the deposit was calculated accurately.',
    'We don’t believe we made any error with the booking.',
    'The gardener has not done anything wrong here.',
    'Our servers were stable all afternoon.',
    'The booking app is not broken, it is simply busy.',
    'Our invoices definitely went out on the 2nd.',
    'The surveyor did attend on two occasions.',
    'The plumbing was fitted to a professional standard.',
    'Our tutor has never had a single complaint.',
  ],
  'a correction of the customer with no acknowledgement': [
    'It isn’t true that nobody answered the phone.',
    'You’re not right about the opening hours.',
    'I don’t agree that the sofa was damaged.',
    'You must be mistaken about the date.',
    'You may be misremembering the conversation.',
    'You did receive the voucher on 4 June.',
    'That was never the case.',
    'It wasn’t fraud.',
    'The log proves otherwise.',
    'The call recording is clear.',
    'I appreciate you may remember things differently, but the form was signed.',
  ],
  'a reminder that it was said or agreed before': [
    'The late fee was made clear when you joined.',
    'You were told about the surcharge when you ordered.',
    'You’ll recall that you agreed to the minimum term.',
    'I have explained to you countless times that the lounge is closed.',
    'You have already been told about the waiting list.',
    'How many times do I have to say it?',
    'As advised, the spa is closed on Mondays.',
    'I want to make it clear that the deposit is not refundable.',
    'For the avoidance of doubt, the offer ended in May.',
  ],
};

const quiet = [
  // A sign-off is not a lead-in.
  'Thanks for your patience.\n\nRespectfully,\nThe Service Desk',
  // The customer praised, and invited to tell it their way.
  'You did everything right: the note was on the order.',
  'I’d like to hear what happened in your own words.',
  // A promise, or a fact confirmed, not a verdict insisted on.
  'I can assure you I’ll sort this out today.',
  'I can confirm your refund was sent this morning.',
  // The customer’s own evidence, the agent’s own mistake, a question, a future act.
  'Your photos clearly show the scratch, so I’ve approved the claim.',
  'If you were told the wrong date when you booked, I’m sorry; I’ll fix it now.',
  'I’ll definitely call you tomorrow.',
  'I don’t think you made any mistake here.',
];

describe('argue-defend shapes', () => {
  for (const [family, replies] of Object.entries(caught)) {
    test.each(replies)(`${family}: %s`, (reply) => expect(flagged(reply)).toBe(true));
  }
  test.each(quiet)('stays quiet: %s', (reply) => expect(flagged(reply)).toBe(false));
});
