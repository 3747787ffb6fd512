// The wordings the options page shows as each flag's built-in phrases: every one is caught by
// its rule, as written, so a team lead never reads a promise the engine does not keep.
import { expect, test } from 'vitest';
import { createScorer, RULES } from '../../src/engine';
import { RULE_CATALOGUE } from '../../src/engine/catalogue';

const score = createScorer();
const flags = RULES.filter((rule) => rule.kind === 'flag');

test('every flag rule shows a few built-in wordings, and the catalogue carries them', () => {
  for (const rule of flags) expect(rule.examples?.length, rule.id).toBeGreaterThan(0);
  expect(RULE_CATALOGUE.filter((rule) => rule.kind === 'flag').map((rule) => rule.examples)).toEqual(flags.map((rule) => rule.examples));
  expect(RULES.filter((rule) => rule.kind === 'suggestion').every((rule) => rule.examples === undefined)).toBe(true);
});

test.each(flags.flatMap((rule) => (rule.examples ?? []).map((example) => [rule.id, example] as const)))('%s catches “%s” as written', (ruleId, example) => {
  // A customer named Dana Reyes, so that a greeting naming someone else is a wrong name.
  const findings = score({ reply: example, customerName: 'Dana Reyes' }).findings.filter((f) => f.ruleId === ruleId);
  expect(findings.length, `${ruleId}: ${example}`).toBeGreaterThan(0);
});
