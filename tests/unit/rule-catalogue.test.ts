// The catalogue the pages import instead of the engine is the engine's own rule list.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { RULES } from '../../src/engine';
import { RULE_CATALOGUE } from '../../src/engine/catalogue';

const FILE = join(import.meta.dirname, '../../src/engine/rules/catalogue.json');

test('src/engine/rules/catalogue.json is the rules as the engine holds them (UPDATE_CATALOGUE=1 regenerates it)', () => {
  const text = `${JSON.stringify(RULES, null, 2)}\n`;
  if (process.env.UPDATE_CATALOGUE) writeFileSync(FILE, text);
  expect(readFileSync(FILE, 'utf8')).toBe(text);
  expect(RULE_CATALOGUE).toEqual(RULES);
});
