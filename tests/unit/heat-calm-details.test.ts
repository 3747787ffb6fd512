// A calm message full of details is not a heated one: a car's registration or a booking code in
// capitals is no raised voice, a house move is no threat to leave, and the solicitor handling a
// sale is no legal threat. Long helpdesk emails (batch xi) got "Could I call you today?" on these.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const score = createScorer();
const offersCall = (customer: string) =>
  score({ reply: 'Thanks for your message. I have passed this to the team.', customer }).findings.some((f) => f.ruleId === 'offer-call');

describe('offer-call reads heat, not details', () => {
  test.each([
    'Hi, my car is booked in for its MOT on Friday. Can you also check the wiper? Reg FD20 WTA. Thanks',
    'We fly on 3 April (booking FL-70219) and the ESTA for my son still says pending. Should I worry?',
    'Hi, I’m moving from Leeds to York on 12 April.',
    'My solicitor still hasn’t received the redemption statement. Can you send it today please?',
  ])('calm: %s', (customer) => expect(offersCall(customer)).toBe(false));

  test.each([
    'I have waited 3 WEEKS and NOTHING has happened.',
    'I have NOT received my refund and YOUR staff keep ignoring me.',
    'Sort this out by Friday or my solicitor will be in touch.',
    'I’m moving my savings to another bank.',
  ])('heated: %s', (customer) => expect(offersCall(customer)).toBe(true));
});
