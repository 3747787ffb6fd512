import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine';
import type { RuleInfo } from '../../src/engine';
import { MAX_PROBLEMS, parsePolicy, parsePolicyText } from '../../src/shared/policy';
import { MAX_PHRASES } from '../../src/shared/settings-fields';

// RULES.md's stable ids, so these tests pin the file format independently of the engine's data.
const FLAGS = ['policy-shield', 'system-says', 'canned-empathy', 'dead-end', 'blame-shift', 'argue-defend', 'corporate-speak'];
const SUGGESTIONS = ['restate-problem', 'admit-error', 'offer-alternative', 'own-it', 'sincere-apology', 'next-steps', 'ask-what-they-want', 'thank-feedback', 'offer-call'];
const rule = (id: string, kind: RuleInfo['kind']): RuleInfo => ({
  id, kind, category: 'ownership', title: id, why: '', better: '', defaultSeverity: 'warn', defaultWeight: 10,
});
const CONTRACT_RULES = [...FLAGS.map((id) => rule(id, 'flag')), ...SUGGESTIONS.map((id) => rule(id, 'suggestion'))];

const errorsOf = (json: unknown) => {
  const result = parsePolicy(json, CONTRACT_RULES);
  if (result.ok) throw new Error('expected the policy to be refused');
  return result.errors;
};

describe('team policy file', () => {
  it('turns a full policy into engine settings', () => {
    const result = parsePolicy(
      {
        $schema: './replycoach-policy.json',
        version: 1,
        name: 'Tier 1 airline desk',
        rules: { 'policy-shield': { severity: 'warn', weight: 30 }, 'offer-call': { severity: 'off' } },
        phrases: [{ ruleId: 'dead-end', phrase: '  computer says no ', message: 'Our own catch-phrase to avoid.' }],
        templates: { 'own-it': "I'll look into {issue} myself today." },
      },
      CONTRACT_RULES,
    );
    expect(result).toEqual({
      ok: true,
      name: 'Tier 1 airline desk',
      settings: {
        rules: { 'policy-shield': { severity: 'warn', weight: 30 }, 'offer-call': { severity: 'off' } },
        phrases: [{ ruleId: 'dead-end', phrase: 'computer says no', message: 'Our own catch-phrase to avoid.' }],
        templates: { 'own-it': "I'll look into {issue} myself today." },
      },
    });
  });

  it('accepts the smallest policy', () => {
    expect(parsePolicy({ version: 1 }, CONTRACT_RULES)).toEqual({ ok: true, settings: {} });
  });

  it('accepts every rule id the engine exports', () => {
    const rules = Object.fromEntries(RULES.map((r) => [r.id, { severity: 'hint', weight: r.defaultWeight }]));
    expect(parsePolicy({ version: 1, rules }).ok).toBe(true);
  });

  it.each([
    [{ version: 1, rules: { 'policy-shield': { severity: 'loud' } } }, 'rules.policy-shield.severity: expected "off" | "hint" | "warn", got "loud"'],
    [{ version: 1, rules: { 'policy-shield': { weight: 101 } } }, 'rules.policy-shield.weight: expected a number from 0 to 100, got 101'],
    [{ version: 1, rules: { 'policy-shield': { weight: -1 } } }, 'rules.policy-shield.weight: expected a number from 0 to 100, got -1'],
    [{ version: 1, rules: { 'policy-shield': { weight: '5' } } }, 'rules.policy-shield.weight: expected number, got "5"'],
    [{ version: 1, rules: { 'policy-sheild': { severity: 'off' } } }, 'rules.policy-sheild: unknown rule id "policy-sheild" (did you mean "policy-shield"?)'],
    [{ version: 1, rules: { 'no-such-rule': {} } }, 'rules.no-such-rule: unknown rule id "no-such-rule" (expected one of'],
    [{ version: 1, rules: { 'dead-end': { level: 'warn' } } }, 'rules.dead-end.level: unknown field'],
    [{ version: 2 }, 'version: expected 1, got 2'],
    [{}, 'version: required'],
    [{ version: 1, rule: {} }, 'rule: unknown field'],
    [[], 'policy: expected a JSON object, got an array'],
    [null, 'policy: expected a JSON object, got null'],
    [{ version: 1, phrases: [{ ruleId: 'dead-end', phrase: '   ' }] }, 'phrases[0].phrase: expected a non-empty string'],
    [{ version: 1, phrases: [{ ruleId: 'dead-end', phrase: 'x'.repeat(201) }] }, 'phrases[0].phrase: expected at most 200 characters, got 201'],
    [{ version: 1, phrases: [{ ruleId: 'dead-end' }] }, 'phrases[0].phrase: required'],
    [{ version: 1, phrases: [{ ruleId: 'own-it', phrase: 'hello' }] }, 'phrases[0].ruleId: "own-it" is not a flag rule (expected one of policy-shield,'],
    [{ version: 1, phrases: 'please be advised' }, 'phrases: expected Array, got "please be advised"'],
    [{ version: 1, templates: { 'dead-end': 'Try this.' } }, 'templates.dead-end: "dead-end" is not a suggestion rule'],
  ])('refuses %j with a message naming the field', (json, message) => {
    expect(errorsOf(json).join('\n')).toContain(message);
  });

  it('bounds the number of team phrases', () => {
    const phrases = Array.from({ length: MAX_PHRASES + 1 }, (_, i) => ({ ruleId: 'dead-end', phrase: `phrase ${i}` }));
    expect(errorsOf({ version: 1, phrases })).toEqual([`phrases: expected at most ${MAX_PHRASES} phrases, got ${MAX_PHRASES + 1}`]);
  });

  it('reports every problem, not only the first', () => {
    expect(errorsOf({ version: 1, rules: { 'dead-end': { severity: 'loud', weight: 500 } } })).toHaveLength(2);
  });

  it('reports text that is not JSON', () => {
    const result = parsePolicyText('{ "version": 1, }', CONTRACT_RULES);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^not valid JSON: /);
  });
});

describe('hostile policy files', () => {
  it('prototype keys in rules and templates are refused, naming the key, not dropped', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const rules = parsePolicyText(`{"version": 1, "rules": {"${key}": {"weight": 1e9}}}`);
      expect(rules).toEqual({ ok: false, errors: [`rules.${key}: "${key}" is not allowed as a key`] });
      const templates = parsePolicyText(`{"version": 1, "templates": {"${key}": "Hello"}}`);
      expect(templates).toEqual({ ok: false, errors: [`templates.${key}: "${key}" is not allowed as a key`] });
    }
  });

  it('thousands of unknown ids give twenty problems and a count, not megabytes', () => {
    const rules = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`no-such-rule-${i}`, { weight: 1 }]));
    const result = parsePolicy({ version: 1, rules });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(MAX_PROBLEMS + 1);
    expect(result.errors.at(-1)).toBe(`… and ${5000 - MAX_PROBLEMS} more problems`);
  });

  it('a very long unknown id is shown cut, without a "did you mean"', () => {
    const id = 'x'.repeat(900_000);
    const result = parsePolicyText(JSON.stringify({ version: 1, rules: { [id]: { weight: 1 } } }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.length).toBeLessThan(1000);
    expect(result.errors[0]).toContain('(900000 characters)');
    expect(result.errors[0]).not.toContain('did you mean');
  });
});
