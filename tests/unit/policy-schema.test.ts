// The committed JSON Schemas (the policy file's, and the managed_schema Chrome reads)
// are generated from the same rules and limits as the valibot schema, and agree with it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine';
import { parsePolicy, policyJsonSchema, toPolicy } from '../../src/shared/policy';
import { parseManaged } from '../../src/shared/settings-managed';

const ROOT = join(import.meta.dirname, '../..');
const FILES = {
  'src/shared/policy.schema.json': policyJsonSchema(RULES),
  'public/managed-schema.json': policyJsonSchema(RULES, { chrome: true }),
};

type Schema = Record<string, any>;

/** A validator for the part of JSON Schema the generated schemas use; returns the failing paths. */
function validate(schema: Schema, value: unknown, path = ''): string[] {
  const fail = (what: string) => [`${path || '(root)'}: ${what}`];
  const type = schema.type as string | undefined;
  if (type === 'object' && (typeof value !== 'object' || value === null || Array.isArray(value))) return fail('type');
  if (type === 'array' && !Array.isArray(value)) return fail('type');
  if (type === 'string' && typeof value !== 'string') return fail('type');
  if (type === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) return fail('type');
  if (type === 'integer' && !Number.isInteger(value)) return fail('type');
  if (schema.enum && !schema.enum.includes(value)) return fail('enum');
  if (typeof value === 'number' && ((schema.minimum !== undefined && value < schema.minimum) || (schema.maximum !== undefined && value > schema.maximum))) return fail('range');
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) return fail('minLength');
    if (schema.maxLength !== undefined && value.length > schema.maxLength) return fail('maxLength');
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) return fail('pattern');
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return fail('maxItems');
    return value.flatMap((item, i) => validate(schema.items ?? {}, item, `${path}[${i}]`));
  }
  if (type === 'object') {
    const object = value as Record<string, unknown>;
    const problems = (schema.required ?? []).filter((key: string) => !(key in object)).map((key: string) => `${path}.${key}: required`);
    for (const [key, item] of Object.entries(object)) {
      const sub = schema.properties?.[key];
      if (sub) problems.push(...validate(sub, item, `${path}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${path}.${key}: additional`);
    }
    return problems;
  }
  return [];
}

const phrase = { ruleId: 'dead-end', phrase: 'computer says no', message: 'Ours.', replacement: 'Let me check.' };
const DOCUMENTS: [string, unknown][] = [
  ['smallest', { version: 1 }],
  ['full', { version: 1, name: 'Desk', rules: { 'policy-shield': { severity: 'hint', weight: 12.5 } }, phrases: [phrase], templates: { 'own-it': 'I will fix {issue}.' } }],
  ['every rule', { version: 1, rules: Object.fromEntries(RULES.map((r) => [r.id, { severity: 'off', weight: 0 }])) }],
  ['no version', { rules: {} }],
  ['version 2', { version: 2 }],
  ['unknown field', { version: 1, colour: 'red' }],
  ['unknown rule', { version: 1, rules: { 'dead-ends': {} } }],
  ['bad severity', { version: 1, rules: { 'dead-end': { severity: 'loud' } } }],
  ['weight too high', { version: 1, rules: { 'dead-end': { weight: 101 } } }],
  ['weight as text', { version: 1, rules: { 'dead-end': { weight: '5' } } }],
  ['unknown rule field', { version: 1, rules: { 'dead-end': { level: 'warn' } } }],
  ['suggestion as phrase rule', { version: 1, phrases: [{ ...phrase, ruleId: 'own-it' }] }],
  ['blank phrase', { version: 1, phrases: [{ ...phrase, phrase: '   ' }] }],
  ['long phrase', { version: 1, phrases: [{ ...phrase, phrase: 'x'.repeat(201) }] }],
  ['phrase without text', { version: 1, phrases: [{ ruleId: 'dead-end' }] }],
  ['too many phrases', { version: 1, phrases: Array.from({ length: 501 }, () => phrase) }],
  ['flag rule template', { version: 1, templates: { 'dead-end': 'No.' } }],
  ['not an object', []],
];

describe('policy JSON Schema', () => {
  it.each(Object.entries(FILES))('%s is up to date (UPDATE_SCHEMAS=1 regenerates it)', (path, schema) => {
    const text = `${JSON.stringify(schema, null, 2)}\n`;
    if (process.env.UPDATE_SCHEMAS) writeFileSync(join(ROOT, path), text);
    expect(readFileSync(join(ROOT, path), 'utf8')).toBe(text);
  });

  it.each(DOCUMENTS)('agrees with the valibot schema on "%s"', (_, document) => {
    const valibot = parsePolicy(document).ok;
    expect(validate(FILES['src/shared/policy.schema.json'], document).length === 0).toBe(valibot);
  });

  it('accepts what the options page exports', () => {
    const exported = toPolicy({ name: 'Desk', rules: { 'dead-end': { severity: 'off' } }, phrases: [phrase], templates: { 'own-it': 'Mine.' } });
    expect(validate(FILES['src/shared/policy.schema.json'], exported)).toEqual([]);
    expect(parsePolicy(exported).ok).toBe(true);
  });

  it('the managed schema uses only what Chrome accepts, and a valid managed policy passes both', () => {
    const chrome = JSON.stringify(FILES['public/managed-schema.json']);
    // Chrome refuses the whole extension over these: `additionalProperties: false`, bounds on a number, `$schema`.
    expect(chrome).not.toMatch(/"additionalProperties"|"\$schema"|"minLength"|"maxLength"|"maxItems"|"required"|"\$id"/);
    expect(chrome).not.toMatch(/"type":"number","minimum"/);
    const managed = { organization: 'Acme IT', rules: { 'dead-end': { severity: 'off', weight: 20 } }, phrases: [phrase] };
    expect(validate(FILES['public/managed-schema.json'], managed)).toEqual([]);
    expect(parseManaged(managed)?.problems).toEqual([]);
  });
});
