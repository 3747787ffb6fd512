// Near-misses of the "hiding" flags (policy-shield, system-says, dead-end) that must stay quiet,
// and the doors they must still see shut. Our own wording, written over the families the rules
// name, not any case's words. Scored with the shipped model, as `npm run eval` is.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const score = createScorer();
const fires = (rule: string, reply: string) =>
  score({ reply }).findings.some((f) => f.kind === 'flag' && f.ruleId === rule);

type Case = [rule: string, family: string, reply: string];

const QUIET: Case[] = [
  // A charge drawn from the reason just given: a plain refusal with its reason (RULES.md), not a dead end.
  ['dead-end', 'a charge drawn from its reason', 'The courier tried twice and left a card both times, so the redelivery fee stands.'],
  ['dead-end', 'a charge drawn from its reason', 'Your plan renewed before the cancellation came in, therefore the June bill remains payable.'],
];

const FIRES: Case[] = [
  // The same charge with the door shut after it, a decision upheld, or the verdict on its own.
  ['dead-end', 'a charge that shuts the door', 'The courier tried twice, so the redelivery fee stands and won’t be reversed.'],
  ['dead-end', 'a decision upheld', 'The panel looked at your photos again, so the decision stands.'],
  ['dead-end', 'the verdict on its own', 'The redelivery fee stands.'],
];

describe('hiding flags: near-misses stay quiet', () => {
  test.each(QUIET)('%s quiet: %s — %s', (rule, _family, reply) => {
    expect(fires(rule, reply)).toBe(false);
  });
});

describe('hiding flags: the door still shut', () => {
  test.each(FIRES)('%s fires: %s — %s', (rule, _family, reply) => {
    expect(fires(rule, reply)).toBe(true);
  });
});
