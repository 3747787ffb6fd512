// restate-problem: a reply that says why it happened has taken up the customer's specific issue,
// even in words of its own; saying their problem back above the cause repeats what the answer covers.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const scoreReply = createScorer();
const suggests = (customer: string, reply: string) =>
  scoreReply({ customer, reply })
    .findings.filter((f) => f.kind === 'suggestion')
    .some((f) => f.ruleId === 'restate-problem');

describe('restate-problem: a cause given is the issue taken up', () => {
  test.each([
    ['Why is my parcel still not here?', 'That happened because the depot shut for snow on Monday.'],
    ['How come my card got refused at the till?', 'It was declined after three wrong PIN entries earlier that day.'],
    ['What is going on with the heating in flat 4?', 'It is down to a faulty valve the plumber replaces on Thursday.'],
  ])('%s', (customer, reply) => expect(suggests(customer, reply)).toBe(false));
});

describe('restate-problem: a reply with no cause and no restating still gets it', () => {
  test.each([
    ['Why is my parcel still not here?', 'Thanks for getting in touch. A colleague will reply.'],
    ['How come my card got refused at the till?', 'Please call us on the number on the back.'],
  ])('%s', (customer, reply) => expect(suggests(customer, reply)).toBe(true));
});
