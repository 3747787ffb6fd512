// The options page's edits: only what differs from the defaults is kept, and nothing
// invalid is saved.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine';
import { finish, same, setPhrases, setPreference, setTemplate } from '../../src/options/draft';
import { levelOf, weightFor } from '../../src/options/weight';

const deadEnd = RULES.find((r) => r.id === 'dead-end')!;

describe('options page edits', () => {
  it('keeps only preferences that differ from the rule’s defaults', () => {
    let s = setPreference({}, 'dead-end', { severity: 'hint' });
    expect(s).toEqual({ rules: { 'dead-end': { severity: 'hint' } } });
    s = setPreference(s, 'dead-end', { weight: deadEnd.defaultWeight + 5 });
    expect(s.rules!['dead-end']).toEqual({ severity: 'hint', weight: deadEnd.defaultWeight + 5 });
    s = setPreference(s, 'dead-end', { severity: deadEnd.defaultSeverity, weight: deadEnd.defaultWeight });
    expect(s).toEqual({});
  });

  it('sets and clears preferred sentences', () => {
    const s = setTemplate({}, 'own-it', 'I will fix {issue}.');
    expect(s).toEqual({ templates: { 'own-it': 'I will fix {issue}.' } });
    expect(setTemplate(s, 'own-it', '  ')).toEqual({});
  });

  it('replaces one rule’s phrases and keeps the others', () => {
    const s = setPhrases({ phrases: [{ ruleId: 'blame-shift', phrase: 'user error' }] }, 'dead-end', [{ ruleId: 'dead-end', phrase: 'no can do' }]);
    expect(s.phrases).toEqual([{ ruleId: 'blame-shift', phrase: 'user error' }, { ruleId: 'dead-end', phrase: 'no can do' }]);
    expect(setPhrases(s, 'dead-end', []).phrases).toEqual([{ ruleId: 'blame-shift', phrase: 'user error' }]);
  });

  it('drops blank phrase rows and trims text before saving', () => {
    const checked = finish({
      name: 'Desk',
      phrases: [
        { ruleId: 'dead-end', phrase: '  no can do ', message: ' ', replacement: ' Let me check. ' },
        { ruleId: 'dead-end', phrase: '' },
      ],
    });
    expect(checked).toEqual({ ok: true, settings: { name: 'Desk', phrases: [{ ruleId: 'dead-end', phrase: 'no can do', replacement: 'Let me check.' }] } });
  });

  it('refuses what the policy file format refuses, in words for people', () => {
    const checked = finish({ phrases: [{ ruleId: 'dead-end', phrase: '', message: 'Why it hurts' }, { ruleId: 'dead-end', phrase: 'x'.repeat(201) }] });
    expect(checked).toEqual({
      ok: false,
      errors: ['Team phrase 1, phrase: expected a non-empty string', 'Team phrase 2, phrase: expected at most 200 characters, got 201'],
    });
  });

  it('compares settings regardless of key order', () => {
    expect(same({ rules: { a: { severity: 'off', weight: 1 } }, name: 'x' }, { name: 'x', rules: { a: { weight: 1, severity: 'off' } } })).toBe(true);
    expect(same({ name: 'x' }, { name: 'y' })).toBe(false);
  });
});

describe('weight levels', () => {
  it('Medium is each rule’s default, Low half of it, High twice it; other numbers are custom', () => {
    for (const rule of RULES) {
      expect(weightFor(rule, 'medium')).toBe(rule.defaultWeight);
      expect(levelOf(rule, rule.defaultWeight)).toBe('medium');
      expect(levelOf(rule, weightFor(rule, 'low'))).toBe('low');
      expect(levelOf(rule, weightFor(rule, 'high'))).toBe('high');
    }
    expect([weightFor(deadEnd, 'low'), weightFor(deadEnd, 'high')]).toEqual([8, 30]);
    expect(levelOf(deadEnd, 40)).toBeUndefined();
    expect(weightFor({ defaultWeight: 80 }, 'high')).toBe(100);
  });

  it('a level picked is stored as its number, and Medium as no preference at all', () => {
    const s = setPreference({}, 'dead-end', { weight: weightFor(deadEnd, 'high') });
    expect(s).toEqual({ rules: { 'dead-end': { weight: 30 } } });
    expect(setPreference(s, 'dead-end', { weight: weightFor(deadEnd, 'medium') })).toEqual({});
  });
});
