// Stop 39's precision round: near-misses that must stay quiet, each beside the use the rule must
// still flag. Our own wording, written over the families tune half a showed, not any case's words.
// Scored with the shipped model, as `npm run eval` is.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const score = createScorer();
const fires = (rule: string, reply: string) =>
  score({ reply }).findings.some((f) => f.kind === 'flag' && f.ruleId === rule);

type Case = [rule: string, family: string, reply: string];

const QUIET: Case[] = [
  // A door shut only in a condition, with what the agent will do then.
  ['dead-end', 'a condition with the agent’s fallback', 'If the booking cannot be restored, I will rebook you on the next flight at no cost.'],
  // A short stock apology in a reply that owns the specific fault in its own words.
  ['canned-empathy', 'stock close after the fault owned', 'Thanks for the screenshot. The second charge came from our payment run on Monday, which is our mistake, and I have refunded the £12 today. Sorry for the trouble.'],
  ['canned-empathy', 'stock close after the customer is granted right', 'You are right that the price on the shelf was lower, so I have refunded the difference to your card. Sorry for the hassle.'],
];

const FIRES: Case[] = [
  // The door shut outright.
  ['dead-end', 'a door shut outright', 'The booking cannot be restored and there is nothing more we can do.'],
  // The same stock apology where nothing is owned, or where it is about "any" trouble.
  ['canned-empathy', 'stock apology with nothing owned', 'The second charge is a pending authorisation and will drop off in three days. Sorry for the trouble.'],
  ['canned-empathy', 'any-trouble apology beside a fault owned', 'We apologise for any inconvenience. The second charge came from our payment run, which is our mistake, and I have refunded it.'],
];

describe('stop 39 precision: near-misses stay quiet', () => {
  test.each(QUIET)('%s quiet: %s — %s', (rule, _family, reply) => {
    expect(fires(rule, reply)).toBe(false);
  });
});

describe('stop 39 precision: the rule still fires', () => {
  test.each(FIRES)('%s fires: %s — %s', (rule, _family, reply) => {
    expect(fires(rule, reply)).toBe(true);
  });
});
