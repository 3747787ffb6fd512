// One declaration of the team settings drives the saved settings, the policy file, the
// organisation's policy and both JSON Schemas: every declared field goes through each of
// them, and each keeps its own strictness.
import { describe, expect, it } from 'vitest';
import { parsePolicy, policyJsonSchema, toPolicy } from '../../src/shared/policy';
import { decodeSettings, SETTINGS_KEY } from '../../src/shared/settings';
import { FIELD_NAMES, FIELDS, POLICY_FIELDS, type FieldName, type TeamSettings } from '../../src/shared/settings-fields';
import { locksOf, mergeManaged, parseManaged } from '../../src/shared/settings-managed';
import { loadSaved, saveSettings } from '../../src/shared/settings-store';
import { fakeArea } from './settings-fakes';

/** A valid value for every declared field: a new field without one fails to compile here. */
const SAMPLES: { [K in FieldName]-?: NonNullable<TeamSettings[K]> } = {
  name: 'Tier 1',
  rules: { 'dead-end': { severity: 'hint', weight: 20 } },
  phrases: [{ ruleId: 'dead-end', phrase: 'computer says no', replacement: 'Let me check.' }],
  templates: { 'own-it': 'I will sort out {issue} myself.' },
  agentNeverFlag: false,
  neverFlag: [{ ruleId: 'canned-empathy', phrase: 'sorry for the inconvenience' }],
};
const ALL = SAMPLES as TeamSettings;
const isPersonal = (name: FieldName): boolean => (FIELDS[name] as { personal?: boolean }).personal === true;

describe('the settings declaration', () => {
  it.each(FIELD_NAMES)('saved settings keep "%s" through a save and a load', async (name) => {
    const store = { sync: fakeArea(), local: fakeArea() };
    await saveSettings(store, { [name]: SAMPLES[name] });
    expect((await loadSaved(store)).settings).toEqual({ [name]: SAMPLES[name] });
  });

  it.each(POLICY_FIELDS)('a policy file carries "%s" out and back in', (name) => {
    const exported = toPolicy({ [name]: SAMPLES[name] });
    expect(exported).toEqual({ version: 1, [name]: SAMPLES[name] });
    const parsed = parsePolicy(exported);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(name === 'name' ? parsed.name : parsed.settings[name as Exclude<FieldName, 'name'>]).toEqual(SAMPLES[name]);
  });

  it.each(POLICY_FIELDS)('the organisation can set "%s": it applies over the team’s own and is locked', (name) => {
    const managed = parseManaged({ organization: 'Acme', [name]: SAMPLES[name] })!;
    expect(managed.problems).toEqual([]);
    expect(managed.settings).toEqual({ [name]: SAMPLES[name] });
    expect(locksOf(managed)!.fields.has(name)).toBe(true);
    expect(mergeManaged({}, managed)[name]).toEqual(SAMPLES[name]);
  });

  it('both JSON Schemas describe exactly the fields a policy may set', () => {
    const envelope = ['$schema', 'version'];
    const file = Object.keys(policyJsonSchema().properties as object);
    const chrome = Object.keys(policyJsonSchema(undefined, { chrome: true }).properties as object);
    expect(file).toEqual([...envelope, ...POLICY_FIELDS]);
    expect(chrome).toEqual(['organization', ...POLICY_FIELDS]);
    expect(POLICY_FIELDS).toEqual(FIELD_NAMES.filter((name) => !isPersonal(name)));
  });

  it('saved settings stay lenient where a policy is strict: unknown rule ids and fields', () => {
    // A newer ReplyCoach may know more rules and fields: an older one keeps the ids and drops the fields.
    const saved = { version: 2, rev: 'r', ...ALL, rules: { 'rule-from-the-future': { severity: 'off' } }, colour: 'red' };
    const decoded = decodeSettings({ [SETTINGS_KEY]: saved }, {});
    expect(decoded.problems).toEqual([]);
    expect(decoded.settings.rules).toEqual({ 'rule-from-the-future': { severity: 'off' } });
    expect(decoded.settings).not.toHaveProperty('colour');
    const policy = parsePolicy({ version: 1, rules: { 'rule-from-the-future': { severity: 'off' } }, colour: 'red' });
    expect(policy.ok ? [] : policy.errors).toEqual([
      expect.stringMatching(/^rules\.rule-from-the-future: unknown rule id/),
      'colour: unknown field',
    ]);
  });

  it('a saved value that breaks a field’s limits is refused as before (the defaults apply, with the reason)', () => {
    const decoded = decodeSettings({ [SETTINGS_KEY]: { version: 2, rev: 'r', templates: { 'own-it': 'x'.repeat(501) } } }, {});
    expect(decoded.settings).toEqual({});
    expect(decoded.problems.join()).toMatch(/templates\.own-it: expected at most 500 characters/);
  });
});
