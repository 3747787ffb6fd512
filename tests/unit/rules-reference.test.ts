// The committed rules reference is the one the rule data writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FLAG_RULES, SUGGESTION_RULES } from '../../src/engine/rules';
import { rulesReference } from '../../src/engine/rules/reference';

const FILE = join(import.meta.dirname, '../../src/engine/rules/README.md');

test('src/engine/rules/README.md is written from the rules (UPDATE_RULES_REFERENCE=1 rewrites it)', () => {
  const text = rulesReference(FLAG_RULES, SUGGESTION_RULES);
  if (process.env.UPDATE_RULES_REFERENCE) writeFileSync(FILE, text);
  expect(readFileSync(FILE, 'utf8')).toBe(text);
});

test('the reference names every rule with its title and reason', () => {
  const text = rulesReference(FLAG_RULES, SUGGESTION_RULES);
  for (const rule of [...FLAG_RULES, ...SUGGESTION_RULES]) {
    expect(text).toContain(`\`${rule.id}\`: ${rule.title}`);
    expect(text).toContain(rule.why);
  }
});
