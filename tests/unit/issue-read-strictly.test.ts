// Ready sentences read strictly, as a team lead would before letting an agent send them: the clause
// filled from the customer's words is English in the agent's voice, about their problem, and does
// not concede what the company has not established; otherwise the bracketed placeholder is used.
// Customer messages and clauses are our own.
import { describe, expect, test } from 'vitest';
import { clauseAfter, issueInAgentWords } from '../../src/engine/issue';
import { doubt, polished } from '../../src/engine/issue-confidence';

describe('person, tense and agreement', () => {
  test.each([
    // "and was" after a contracted "I've" agrees with "you've".
    ['I’ve paid for years and was just told my plan is gone.', 'you’ve paid for years and were just told your plan is gone'],
    // A thing's "was" left out before what was done to it.
    ['Train delayed 3 hours from Leeds.', 'the train was delayed 3 hours from Leeds'],
    // "Why am I refused…?" is said as what has happened.
    ['Why am I refused a refund?', 'you’ve been refused a refund'],
    // "has" goes before "been", not after it.
    ['Why has my claim for the roof been rejected?', 'your claim for the roof has been rejected'],
    // "to my brother's account" names the transfer, not where it was declined to.
    ['You declined my transfer to my brother’s account!', 'your transfer to your brother’s account was declined'],
    // "has now been", not "has been now".
    ['You have now cancelled my flight twice.', 'your flight has now been cancelled twice'],
    // What an update wiped is said as wiped, not as "stopped working".
    ['Your update deleted my saved filters.', 'your saved filters were deleted after the update'],
    // Someone of theirs cancelled: nothing was done to them.
    ['The client cancelled on us.', 'the client cancelled on you'],
    // A subject longer than the words read for it: "has" still goes before "been".
    ['Why has my water bill single occupier discount been cancelled?', 'your water bill single occupier discount has been cancelled'],
    // "five days ago" says when, not what was ordered.
    ['Ordered a school blazer five days ago and it still says ‘processing’.', 'the school blazer you ordered five days ago still says ‘processing’'],
    // The word in quotes is what it was marked, not part of the parcel's name.
    ["The courier marked my parcel 'delivered' but it never came.", "your parcel was marked 'delivered' but it never came"],
    // A shouted "MONTHS" is said in lower case like any word.
    ['The meter has sent estimated readings for 8 MONTHS.', 'the meter has sent estimated readings for 8 months'],
  ])('%j -> %j', (text, expected) => {
    expect(issueInAgentWords(text, -1)).toBe(expected);
  });

  test.each([
    // Their own act with nothing named ("Cancelled within…"), a noun read as a verb ("Dropped calls"),
    // a base verb where English needs its participle or a "do".
    'Cancelled within the free trial period.',
    'Dropped calls all week.',
    'The tickets are not arrive yet.',
    'Your guard not let me board.',
  ])('%j falls back', (text) => {
    expect(issueInAgentWords(text, -1)).toBe('');
  });

  test('the failure itself is said, not the act of ours before it that went as it should', () => {
    const text = 'Your assessor agreed the damage to my fence in May and I still haven’t been paid.';
    expect(issueInAgentWords(text, text.indexOf('haven'))).toBe('you still haven’t been paid');
  });

  test('an article the customer left off before "wrong" is put back', () => {
    expect(polished('you put wrong postcode')).toBe('you put the wrong postcode');
  });
});

describe('the clause that says what went wrong', () => {
  test.each([
    // A thing that snapped is a problem; their defence beside it is not.
    ['The handle on my kettle snapped after a week. I wasn’t using it roughly.', 'the handle on your kettle snapped after a week'],
    // "that" is the sofa's, not the £300's.
    ['I sent £300 to a seller for a sofa that never existed.', 'you sent £300 to a seller for a sofa that never existed'],
    // A reference in brackets goes whole, bracket and label with it.
    ['My bike was stolen on 3 May (crime ref 4411-2290).', 'your bike was stolen on 3 May'],
    // A shouted word ending in Y is said in lower case.
    ['The print arrived torn and BLURRY.', 'the print arrived torn and blurry'],
    // A status held for a stretch of time keeps its quotes.
    ['My refund has been ‘in the queue’ for 6 weeks.', 'your refund has been ‘in the queue’ for 6 weeks'],
    // "did NOT" as "did not": a payment they disown is said as a bank says it.
    ['I did NOT make the £45 payment to ShopCo.', 'there’s a £45 payment to ShopCo you didn’t make'],
  ])('%j -> %j', (text, expected) => {
    expect(issueInAgentWords(text, -1)).toBe(expected);
  });

  test.each([
    // One item of a list of notes; their reasoning; their own denial said alone.
    'Hotel Lumo: broken heater, room 12 degrees, no blanket available.',
    'I understand landlords must treat mould properly.',
    'I still don’t get why my bill doubled.',
    'Someone took out a loan in my name. I never applied.',
  ])('%j falls back', (text) => {
    expect(issueInAgentWords(text, -1)).toBe('');
  });
});

describe('doubt: what a strict reader would not send', () => {
  test.each([
    ['you haven’t received a penny', 'tone'],
    ['you have meeting with the bank tomorrow', 'grammar: bare noun'],
    ['you have problem with your login', 'grammar: bare noun'],
    ['you can’t pay loan this month', 'grammar: bare noun'],
    ['your export lost half of rows', 'grammar: bare noun'],
    ['the second one hasn’t', 'dangling'],
    ['none of you were', 'dangling'],
    ['you paid the fine of 60 on 3 June', 'count without unit'],
    ['you have no accidents', 'focus: their record'],
    ['you weren’t doing anything wrong', 'focus: their record'],
    ['the walls were fine when you moved out', 'focus: their case'],
    ['the warranty on your boiler should cover the pump', 'echo: their case'],
    ['the guard told you you were ‘too scruffy to board’', 'echo: put-down'],
    ['you’re 2 weeks past the return window', 'focus: their circumstance'],
    ['you’re disabled and can’t reach the counter', 'focus: their circumstance'],
    ['you set up a transfer on Monday but it hasn’t gone', 'focus: promise or act first'],
    ['you were charged', 'vague'],
    ['you were charged £20 anyway in May', 'leans back'],
    ['your order says delivered but it’s not here', 'leans back'],
    ['you’ve lived here 12 years and never had a leak', 'leans back'],
    ['you have penalty 80 for a late form', 'grammar: bare noun'],
    ['your son wasn’t picked even though he got a B. you’d like it reviewed', 'grammar: two sentences'],
    ['‘we called you’ no we didn’t', 'grammar: quote first'],
    ['your train was late and when you got to the station at 9', 'grammar: fragment'],
    ['your plan is supposed to include calls', 'focus: told only'],
    ['the spare line was supposed to be closed in May when you moved', 'focus: told only'],
  ])('%j: %s', (clause, why) => {
    expect(doubt(clause, '')).toBe(why);
  });

  test.each([
    // Elided after a verb of its own; a main clause after "when"; "a bit" is no circumstance.
    'your parcel was meant to come Monday and still hasn’t',
    'your train was late and when you called nobody answered',
    'you’re a bit lost with the set-up guide',
  ])('%j is sent as is', (clause) => {
    expect(doubt(clause, '')).toBe('');
  });
});

describe('not conceded: heard, as their account', () => {
  test.each([
    ['I’m sorry ', 'the website sold you a seat that did not exist', 'to hear the website sold you a seat that did not exist'],
    ['I can see ', 'you were put on the wrong plan', ''],
    ['I’m sorry ', 'your salary payment was short by £200', 'to hear your salary payment was short by £200'],
    ['I’m sorry ', 'you’ve been sent to collections for a bill you paid in March', 'to hear you’ve been sent to collections for a bill you paid in March'],
    ['I’m sorry ', 'your saved filters were deleted after the update', 'to hear your saved filters were deleted after the update'],
  ])('%j + %j', (lead, clause, expected) => {
    expect(clauseAfter(lead, clause)).toBe(expected);
  });
});
