// Stop 39: where a filled ready sentence is usually turned down by blind readers on tune half a, it
// waits with its placeholder (issue 16 §3: "use the template with a bracketed placeholder rather than
// a wrong clause"). Three conditions, each shown both ways: the clause carries the customer's case
// beside the trouble where the reply has not granted it; the customer owns the slip; a restatement
// beside a reply that already apologises. The messages here are our own.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import { carriesTheirCase } from '../../src/engine/issue-confidence';

const scoreReply = createScorer();
const restateOnly = createScorer({ rules: { 'sincere-apology': { severity: 'off' } } });
const APOLOGY_BLANK = 'I’m sorry [name what went wrong for them].';
const RESTATE_BLANK = 'I can see [their problem in your words].';
const ready = (customer: string, reply: string, rule: string, score = scoreReply) => score({ customer, reply }).findings.find((f) => f.ruleId === rule)?.replacement;
const apology = (customer: string, reply: string) => ready(customer, reply, 'sincere-apology');

describe('carriesTheirCase: the customer’s case said beside the trouble', () => {
  test.each([
    'you were charged for a gym class you cancelled',
    'you missed the 9:15 ferry because the ticket office was shut',
    'the spa has been closed for three weeks and you’re still paying for it',
    'you were refused a refund without any reason',
    'your plan was changed without telling you',
    'you’ve been billed for texts to a number you’ve never texted',
  ])('carries it: %s', (clause) => expect(carriesTheirCase(clause)).toBe(true));

  test.each(['you were charged a £40 late fee', 'your parcel has been at the depot for 9 days', 'you were fined for not displaying your permit', 'you’ve been without hot water for 4 days'])(
    'the trouble alone: %s',
    (clause) => expect(carriesTheirCase(clause)).toBe(false),
  );
});

describe('their case beside a reply that has not granted it: the apology waits with its blank', () => {
  const CANCELLED = 'I was charged £30 for a gym class I cancelled two days before.';

  test('the reply refuses', () => {
    expect(apology(CANCELLED, 'Hi Sam, classes cancelled within 72 hours are charged in full under our booking terms, so I can’t refund the £30.')).toBe(APOLOGY_BLANK);
  });

  test('the reply is still checking', () => {
    expect(apology(CANCELLED, 'Hi Sam, it’s possible our system got this wrong, so I’m checking the booking now and I’ll reply by Friday.')).toBe(APOLOGY_BLANK);
  });

  test('the reply puts it right: the filled apology stays', () => {
    expect(apology(CANCELLED, 'Hi Sam, I’ve refunded the £30 to your card today.')).toMatch(/^I’m sorry (?:to hear )?you were charged £30 for a gym class you cancelled/);
  });

  test('the trouble alone beside a refusal: the filled apology stays', () => {
    const customer = 'My boiler has been broken for 6 days.';
    expect(apology(customer, 'Our contract gives us 7 working days for repairs that are not emergencies, so I can’t send anyone sooner.')).toMatch(/^I’m sorry (?:to hear )?your boiler/);
  });

  test('the restatement waits too, where the apology is off', () => {
    expect(ready(CANCELLED, 'Hi Sam, I’m afraid that isn’t something we can undo under our terms.', 'restate-problem', restateOnly)).toBe(RESTATE_BLANK);
  });
});

describe('the customer owns the slip: no apology in their words', () => {
  test('they forgot to renew: the restatement waits too', () => {
    expect(ready('I forgot to renew my parking permit and now I have a £60 fine on the windscreen.', 'I’ll look at what can be done and reply today.', 'restate-problem')).toBe(RESTATE_BLANK);
  });

  test('they overslept', () => {
    expect(apology('Missed my driving lesson this morning, overslept, sorry! Can I rebook?', 'No worries! I’ve moved you to Thursday at 10.')).toBe(APOLOGY_BLANK);
  });

  test('what they lost after a cause of ours is not their slip: the filled restatement stays', () => {
    expect(ready('I lost my whole photo library after your last update.', 'Please send us your account email and we’ll look.', 'restate-problem')).toMatch(/^I can see you lost your whole photo library/);
  });

  test('the same trouble not of their doing keeps the filled restatement', () => {
    expect(ready('My permit is valid until May but I have a £60 fine on the windscreen.', 'I’ll look at what can be done and reply today.', 'restate-problem')).toBe('I can see you have a £60 fine on the windscreen.');
  });
});

describe('a restatement beside a reply that already apologises', () => {
  const CUSTOMER = 'The shelf your fitter put up has come off the wall.';

  test('the reply apologises: "I can see…" waits with its blank', () => {
    expect(ready(CUSTOMER, 'I’m so sorry, that’s not the standard we aim for. Please send us a photo.', 'restate-problem', restateOnly)).toBe(RESTATE_BLANK);
  });

  test('no apology in the reply: the filled restatement stays', () => {
    expect(ready(CUSTOMER, 'Please send us a photo.', 'restate-problem', restateOnly)).toMatch(/^I can see the shelf/);
  });
});
