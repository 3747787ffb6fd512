// Following the coach (issue 16 §3, stop 41): a ready sentence inserted as it stands must not
// contradict what the reply keeps. Judges' reasons for a followed reply read worse, in general
// form: a stock commitment beside a no no Swap removes; "you've had to contact us again" where
// what recurs is the trouble, not their contact; a call offered on a line with nothing to sort.
// The move still fires in each (its advice shows); only the sentence waits. Each failed before.
// Customer messages and replies are our own.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const scoreReply = createScorer();
const sentence = (customer: string, reply: string, ruleId: string) => scoreReply({ customer, reply }).findings.find((f) => f.kind === 'suggestion' && f.ruleId === ruleId)?.replacement;
/** Fires, but with nothing a follower could insert as it stands: a placeholder or no sentence. */
const waits = (s: string | undefined) => s !== undefined && (s === '' || s.includes('['));
const ready = (s: string | undefined) => s !== undefined && s !== '' && !s.includes('[');

describe('a sentence that owns it or promises to sort it waits beside a no the reply keeps', () => {
  const late = 'why does the tracker say my engineer is 5 min away for the last hour??';
  test('a record quoted as proof with no Swap: "I’ll see it through until it’s sorted" would take it back', () => {
    expect(waits(sentence(late, 'the tracker updates live, so your engineer will be there any moment', 'own-it'))).toBe(true);
  });
  test('arguing to be right with no Swap: "I’d like to sort this out with you directly" would take it back', () => {
    expect(waits(sentence('why is there a $30 fee to close my account?! this is a rip-off', 'it is not a rip-off, and we have never hidden that fee from anyone', 'offer-call'))).toBe(true);
  });
  test('a reply that holds nothing against them still gets the ready sentence', () => {
    expect(ready(sentence(late, 'sorry, that is not good enough from us', 'own-it'))).toBe(true);
    expect(ready(sentence('why is there a $30 fee to close my account?! this is a rip-off', 'thanks for telling us about the fee', 'offer-call'))).toBe(true);
  });
});

describe('acknowledge-repeat: "contact us again" only for a contact repeated', () => {
  const reply = 'Hi Sam, the crew will come back for it tomorrow morning.';
  test.each([
    'Bin not collected AGAIN. Third week running.',
    'The 8:10 train was cancelled again. Fourth time this month.',
  ])('the trouble recurs, no contact said: the move fires with no sentence (%s)', (customer) => {
    expect(sentence(customer, reply, 'acknowledge-repeat')).toBe('');
  });
  test.each([
    'This is the third time I’m emailing about my bin not being collected.',
    'I reported my bin missed on Monday and it still has not been collected.',
    'Bin not collected AGAIN. I have called you three times about it.',
  ])('a contact made before keeps the sentence (%s)', (customer) => {
    expect(ready(sentence(customer, reply, 'acknowledge-repeat'))).toBe(true);
  });
});

describe('offer-call: a call where there is trouble to sort', () => {
  test('heated praise gets no call sentence inserted', () => {
    expect(waits(sentence('BEST breakfast ever at your hotel!!! those pancakes!!!', 'Thank you so much, we will tell the chef!', 'offer-call'))).toBe(true);
  });
  test('a heated complaint with trouble in it keeps the call sentence', () => {
    expect(ready(sentence('My heating has been broken for FIVE days!!! Nobody has come!!!', 'Hi, that should not have happened.', 'offer-call'))).toBe(true);
  });
});

describe('a correction of the customer is a no the reply keeps', () => {
  const customer = 'your app logged me out at the gate and I missed my flight check-in. Great.';
  test.each([
    'Hi, please ensure you are logged in before you reach the gate.',
    'Hi! Make sure you are on the latest version of the app.',
    'Hi, the boarding pass was in your email. Check your inbox next time!',
  ])('"our system may have got this wrong" would take it back (%s)', (reply) => {
    expect(waits(sentence(customer, reply, 'admit-error'))).toBe(true);
  });
  test('a reply that corrects nothing still gets the ready sentence', () => {
    expect(ready(sentence(customer, 'Hi, sorry to hear about the gate. Thanks for telling us.', 'admit-error'))).toBe(true);
  });
});

describe('acknowledge-repeat: a reply that owns the repeat in its own words gets no second one', () => {
  const customer = 'This is the third time I have emailed about my export limit.';
  test.each([
    'I’m sorry you’ve had to go round in circles with us. I have removed the limit today.',
    'I’m sorry you’ve had to get in touch three times about this. I have removed the limit today.',
  ])('%s', (reply) => {
    expect(sentence(customer, reply, 'acknowledge-repeat')).toBeUndefined();
  });
  test('a reply that does not still gets the move', () => {
    expect(sentence(customer, 'I have removed the limit today.', 'acknowledge-repeat')).toBeDefined();
  });
});

describe('offer-call: a customer who chased or asked for a call keeps the sentence, shouting alone does not bring it', () => {
  test('chased three times and asking to be rung', () => {
    expect(ready(sentence('WHERE IS MY ORDER. 9 days. I have called 3 times, nobody calls back. RING ME TODAY.', 'Hello, thanks for your message.', 'offer-call'))).toBe(true);
  });
});
