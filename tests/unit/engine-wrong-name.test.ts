// `wrong-name`: the greeting names someone other than the requester. A computed check (not
// phrases): tables of greetings that must be flagged, with the exact name marked, and of
// greetings that must stay quiet.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';
import type { ScoreInput } from '../../src/engine';

const scoreReply = createScorer();
const wrongNames = (input: ScoreInput) => scoreReply(input).findings.filter((f) => f.ruleId === 'wrong-name');

type Fires = [reply: string, customerName: string, marked: string, swap: string, customer?: string];
const FIRES: Fires[] = [
  ['Hi Sam,\nI’ve refunded the fee today.', 'Dana Reyes', 'Sam', 'Dana'],
  ['Hello Hannah, the mast near you is fixed.', 'Olivia Mensah', 'Hannah', 'Olivia'],
  ['hi jake, sorry to hear that!', 'Tyler Brooks', 'jake', 'Tyler'],
  ['Hey Mike! Your drops are in your mailbox now.', 'Marcus Hill', 'Mike', 'Marcus'],
  ['Good morning Oksana,\nYes, it’s possible.', 'Olena Kovalenko', 'Oksana', 'Olena'],
  // The name takes the reply's apostrophe, as all the coach's text does.
  ['Dear Mr O’Brien,\nThank you for letting us know.', "Patrick O'Neill", 'O’Brien', 'O’Neill'],
  ["Dear Mr O'Brien,\nThank you for letting us know.", 'Patrick O’Neill', "O'Brien", "O'Neill"],
  ['Dear Mrs. Johnson,\nPlease find your contract attached.', 'Patricia Miles', 'Johnson', 'Miles'],
  ['Dear Dr Qureshi,\nThank you for your objection.', 'Dr. Imran Siddiqui', 'Qureshi', 'Siddiqui'],
  ['@dylanp Hi Daniel, I’m on it.', 'Dylan Price', 'Daniel', 'Dylan'],
  // Close is not the same: a longer name, or another name that shares the start.
  ['Hi Priyanka, your freeze runs 1-30 June.', 'Priya Patel', 'Priyanka', 'Priya'],
  ['Hi Leon! Folded e-scooters are fine.', 'Leo Fischer', 'Leon', 'Leo'],
  // A display name in capitals or lower case is offered written as a name.
  ['Hi Gina! Parcels are held for 7 days.', 'TINA WALSH', 'Gina', 'Tina'],
  // A name the customer did not sign with.
  ['Hi Tania! The next round is on Tuesday.', 'Natasha Green', 'Tania', 'Natasha', 'when is the next bulky waste collection? - Tash'],
];

type Quiet = [reply: string, customerName: string | undefined, customer?: string];
const QUIET: Quiet[] = [
  ['Hi Sam, I’ve refunded the fee today.', undefined],
  ['Hi Dana, I’ve refunded the fee today.', 'Dana Reyes'],
  ['hi dana! done.', 'Dana Reyes'],
  ['Hi Dana Reyes,\nDone.', 'Dana Reyes'],
  ['Dear Ms Reyes,\nDone.', 'Dana Reyes'],
  ['Dear Ms Reyes,\nDone.', 'Reyes, Dana'],
  ['Dear Ms Zielinska,\nYour accounts are separate now.', 'Ewa Zielińska'],
  ['Hello Jose, all sorted.', 'José Ruiz'],
  ['Hi there,\nAll sorted.', 'Dana Reyes'],
  ['Hi team, all sorted.', 'Dana Reyes'],
  ['Hey, sorry about that!', 'Dana Reyes'],
  ['Hi, thanks for waiting.', 'Dana Reyes'],
  ['Dear customer,\nAll sorted.', 'Dana Reyes'],
  ['Dear Sir or Madam,\nAll sorted.', 'Dana Reyes'],
  ['Dear Mr and Mrs Kerr,\nAll sorted.', 'Dana Reyes'],
  // A title before the first name, as agents in Manila or Pune write it: the name is right.
  ["Hi Ma'am Dana,\nAll sorted.", 'Dana Reyes'],
  ['Hello Ma’am Dana, all sorted.', 'Dana Reyes'],
  ['Good morning Maam,\nAll sorted.', 'Dana Reyes'],
  // A nickname the customer used, a familiar form, or the start of their name.
  ['Hi Bob, I’ve fixed it.', 'Robert Hale', 'My router is down again. Bob'],
  ['Hi Tash! Tuesday.', 'Natasha Green', 'when is the next collection? - Tash'],
  ['Hi Brian, it’s sorted.', 'Brian O’Neill', 'Hi, it’s Brian. My flight was cancelled.'],
  ['Hi Mike, it’s sorted.', 'Michael Grant'],
  ['Hi Chris, it’s sorted.', 'Christopher Lane'],
  // A title with no surname shown: nothing to compare.
  ['Dear Mr Lewis,\nDone.', 'Gareth'],
  // Not a person's name we can read: never guess.
  ['Hi Sam, done.', 'dana.reyes@example.com'],
  ['Hi Sam, done.', '   '],
  // Not a greeting at the start of the text or of a line.
  ['I passed this to Sam, who handles refunds.', 'Dana Reyes'],
  // Quoted text is not the agent's.
  ['Hi Dana,\nDone.\n\nOn Mon, 3 Jun 2024, Sam wrote:\n> Hi Sam, thanks', 'Dana Reyes'],
];

describe('wrong-name', () => {
  test.each(FIRES)('flags %j (customer %j)', (reply, customerName, marked, swap, customer) => {
    const found = wrongNames({ reply, customerName, ...(customer ? { customer } : {}) });
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(reply.slice(f.start, f.end)).toBe(marked);
    expect(f).toMatchObject({ text: marked, kind: 'flag', category: 'listening', severity: 'warn', replacement: swap, swap: true });
  });

  test.each(QUIET)('stays quiet on %j (customer %j)', (reply, customerName, customer) => {
    const input: ScoreInput = { reply };
    if (customerName !== undefined) input.customerName = customerName;
    if (customer !== undefined) input.customer = customer;
    expect(wrongNames(input)).toEqual([]);
  });

  test('the swap, applied, leaves a greeting that is no longer flagged', () => {
    const reply = 'Hi 😀 team — no.\nHi Sam,\r\nYour refund went out today.';
    const [f] = wrongNames({ reply, customerName: 'Dana Reyes' });
    expect(f).toBeDefined();
    const fixed = reply.slice(0, f!.start) + f!.replacement + reply.slice(f!.end);
    expect(fixed).toBe('Hi 😀 team — no.\nHi Dana,\r\nYour refund went out today.');
    expect(wrongNames({ reply: fixed, customerName: 'Dana Reyes' })).toEqual([]);
  });

  test('offsets are UTF-16 offsets into the reply, after emoji and expanded contractions', () => {
    const reply = 'It’s sorted 👍 don’t worry.\nHello Ana, see below.';
    const [f] = wrongNames({ reply, customerName: 'Dana Reyes' });
    expect(reply.slice(f!.start, f!.end)).toBe('Ana');
  });

  test('is off when a policy turns it off, and counts in listening when on', () => {
    const input = { reply: 'Hi Sam, I’ve refunded the fee today and will email you by 5pm.', customerName: 'Dana Reyes' };
    expect(createScorer({ rules: { 'wrong-name': { severity: 'off' } } })(input).findings.map((f) => f.ruleId)).not.toContain('wrong-name');
    expect(createScorer({ rules: { 'wrong-name': { severity: 'hint' } } })(input).findings.find((f) => f.ruleId === 'wrong-name')?.severity).toBe('hint');
    const right = scoreReply({ ...input, customerName: 'Sam Reyes' }).scores.listening!;
    expect(scoreReply(input).scores.listening!).toBeLessThan(right);
  });

  test('the customer’s name changing between calls is read afresh', () => {
    expect(wrongNames({ reply: 'Hi Sam,', customerName: 'Dana Reyes' })).toHaveLength(1);
    expect(wrongNames({ reply: 'Hi Sam,', customerName: 'Sam Reyes' })).toEqual([]);
    expect(wrongNames({ reply: 'Hi Sam,' })).toEqual([]);
  });
});

describe('with no display name, the name the customer signs with', () => {
  const flagged = (customer: string, reply = 'Hi Sam, your refund is on its way.') =>
    scoreReply({ customer, reply }).findings.filter((f) => f.ruleId === 'wrong-name');
  test.each([
    ['My refund has not arrived.\n\nThanks,\nDana Reyes'],
    ['My refund has not arrived. Thanks, Dana'],
    ['My refund has not arrived.\nCheers Dana'],
    ['My refund has not arrived.\n\nKind regards\nDana'],
    ['My refund has not arrived.\n- Dana'],
    ['where is my refund?? - Dana'],
  ])('%j: "Hi Sam" is flagged, with a swap to Dana', (customer) => {
    expect(flagged(customer)).toMatchObject([{ text: 'Sam', replacement: 'Dana', swap: true }]);
    expect(flagged(customer, 'Hi Dana, your refund is on its way.')).toEqual([]);
  });
  test.each([
    ['My refund has not arrived. Seriously'],
    ['My refund has not arrived.\nRegards'],
    ['My refund has not arrived.\n\nThanks'],
    ['Thanks, but my refund has not arrived.'],
    ['My refund has not arrived.\nDana Reyes\n07700 900123'],
  ])('%j: no plain sign-off, no flag', (customer) => {
    expect(flagged(customer)).toEqual([]);
  });
  test('a display name from the page wins over the sign-off', () => {
    expect(scoreReply({ customer: 'Refund?\nThanks, Dana', customerName: 'Sam Reyes', reply: 'Hi Sam, done.' }).findings.filter((f) => f.ruleId === 'wrong-name')).toEqual([]);
  });
});
