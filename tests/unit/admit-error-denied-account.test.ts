// admit-error, session 32: a reply that says the customer's account is not so has met a report
// of something that may be ours, whatever words the report came in; and the reply's admission
// read where it takes their word over the record or allows the record to lag.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const scoreReply = createScorer();
const suggests = (customer: string, reply: string) =>
  scoreReply({ customer, reply })
    .findings.filter((f) => f.kind === 'suggestion')
    .some((f) => f.ruleId === 'admit-error');

describe('admit-error: the reply denies their account', () => {
  test.each([
    ['The radiators in my flat are stone cold every morning.', 'The boiler has been working normally all week, so I will leave it there.'],
    ['Our shop card machine sat idle half of Saturday.', 'The terminal line test came back green on Saturday afternoon.'],
  ])('%s', (customer, reply) => expect(suggests(customer, reply)).toBe(true));

  test('not without a customer message', () => {
    expect(scoreReply({ reply: 'The boiler has been working normally all week.' }).findings.some((f) => f.ruleId === 'admit-error')).toBe(false);
  });
});

describe('admit-error: the reply already allows the error may be ours', () => {
  test.each([
    ['You charged me twice for one gym pass.', 'You say you bought one pass, and I believe you, so the second one is being looked at by Friday.'],
    ['Your app says my order is still pending after a week.', 'The app often lags behind the warehouse, so the team will check the order by noon.'],
    ['You billed me for a lesson I never booked.', 'It is possible it was entered on the wrong account, so the team will check it today.'],
    ['Your tracker says my parcel was delivered, it never came.', 'I rang the depot rather than relying on the tracker, and they will call you by 3pm.'],
  ])('%s', (customer, reply) => expect(suggests(customer, reply)).toBe(false));
});
