// Dismiss (this reply) and Never flag this phrase (the agent's own list): the engine leaves
// such flags out of the findings and the scores; the list is a setting of the agent's own,
// within its limits, that a policy file or the organisation can turn off but never set.
import { describe, expect, it } from 'vitest';
import { withNeverFlag } from '../../src/background/never-flag';
import { createScorer } from '../../src/engine';
import { checkSettings, parsePolicy, toPolicy } from '../../src/shared/policy';
import { SETTINGS_KEY } from '../../src/shared/settings';
import { engineSettings, importOver, MAX_NEVER_FLAG, MAX_NEVER_FLAG_LENGTH, type TeamSettings } from '../../src/shared/settings-fields';
import { mergeManaged, parseManaged } from '../../src/shared/settings-managed';
import { loadEffectiveSettings, loadSaved, updateSettings } from '../../src/shared/settings-store';
import { fakeArea } from './settings-fakes';

const REPLY = 'Hi Dana. It is our policy not to refund. Sorry for the inconvenience, I will check it today.';
const CANNED = { ruleId: 'canned-empathy', phrase: 'sorry for the inconvenience' };
// Compiling the rules takes a while on a busy machine: one scorer per settings.
const scorers = new Map<string, ReturnType<typeof createScorer>>();
const scorerFor = (settings: TeamSettings) => {
  const key = JSON.stringify(settings);
  if (!scorers.has(key)) scorers.set(key, createScorer(engineSettings(settings)));
  return scorers.get(key)!;
};
const flagged = (settings: TeamSettings, dismissed?: { ruleId: string; phrase: string }[]) =>
  scorerFor(settings)({ reply: REPLY, ...(dismissed ? { dismissed } : {}) });
const ruleIds = (result: ReturnType<typeof flagged>) => result.findings.filter((f) => f.kind === 'flag').map((f) => f.ruleId);

describe('the engine leaves quiet phrases out', { timeout: 30_000 }, () => {
  it('a never-flag entry removes the flag from the findings and raises the score it cost', () => {
    const before = flagged({});
    expect(ruleIds(before)).toContain('canned-empathy');
    const after = flagged({ neverFlag: [CANNED] });
    expect(ruleIds(after)).not.toContain('canned-empathy');
    expect(ruleIds(after)).toContain('policy-shield');
    expect(after.scores.listening!).toBeGreaterThan(before.scores.listening!);
  });

  it('a dismissal does the same for one check, and scores exactly as the never-flag list would', () => {
    const dismissed = flagged({}, [CANNED]);
    expect(ruleIds(dismissed)).not.toContain('canned-empathy');
    expect(dismissed).toEqual(flagged({ neverFlag: [CANNED] }));
    // The next check without it flags it again.
    expect(ruleIds(flagged({}))).toContain('canned-empathy');
  });

  it.each([
    ['case and spacing', { ruleId: 'canned-empathy', phrase: '  SORRY for   the inconvenience ' }, true],
    ['contractions', { ruleId: 'policy-shield', phrase: "it's our policy" }, true],
    ['another rule', { ruleId: 'dead-end', phrase: 'sorry for the inconvenience' }, false],
    ['other words', { ruleId: 'canned-empathy', phrase: 'sorry for any inconvenience' }, false],
  ])('matches the flag’s own words whatever their %s, under its own rule only', (_, entry, quiet) => {
    const id = entry.ruleId === 'dead-end' ? 'canned-empathy' : entry.ruleId;
    expect(ruleIds(flagged({ neverFlag: [entry] })).includes(id)).toBe(!quiet);
  });

  it('quiets a team phrase too', () => {
    const team: TeamSettings = { phrases: [{ ruleId: 'dead-end', phrase: 'nothing can be done' }] };
    const reply = 'Nothing can be done.';
    expect(scorerFor(team)({ reply }).findings.some((f) => f.team)).toBe(true);
    const quiet = { ...team, neverFlag: [{ ruleId: 'dead-end', phrase: 'Nothing can be done' }] };
    expect(scorerFor(quiet)({ reply }).findings.some((f) => f.team)).toBe(false);
  });
});

describe('the agent’s never-flag list as a setting', () => {
  it('is applied unless a policy turns such lists off, saved or pushed', () => {
    expect(engineSettings({ neverFlag: [CANNED] }).neverFlag).toEqual([CANNED]);
    expect(engineSettings({ neverFlag: [CANNED], agentNeverFlag: false })).toEqual({});
    const managed = parseManaged({ organization: 'Acme', agentNeverFlag: false })!;
    expect(managed.problems).toEqual([]);
    expect(engineSettings(mergeManaged({ neverFlag: [CANNED] }, managed))).toEqual({});
  });

  it('the worker runs without it when the organisation turns the lists off', async () => {
    const saved = { [SETTINGS_KEY]: { version: 2, rev: 'r', neverFlag: [CANNED] } };
    expect((await loadEffectiveSettings({ sync: fakeArea(saved), local: fakeArea() })).neverFlag).toEqual([CANNED]);
    const pushed = { sync: fakeArea(saved), local: fakeArea(), managed: fakeArea({ agentNeverFlag: false }) };
    expect(await loadEffectiveSettings(pushed)).toEqual({});
  });

  it('never travels in a policy: an export leaves it out, a file or a pushed policy carrying one is refused', () => {
    expect(toPolicy({ name: 'Desk', neverFlag: [CANNED], agentNeverFlag: false })).toEqual({ version: 1, name: 'Desk', agentNeverFlag: false });
    const file = parsePolicy({ version: 1, neverFlag: [CANNED] });
    expect(file.ok ? [] : file.errors).toEqual(['neverFlag: unknown field']);
    const managed = parseManaged({ neverFlag: [CANNED], rules: { 'dead-end': { severity: 'off' } } })!;
    expect(managed.problems).toEqual(['neverFlag: unknown field']);
    expect(managed.settings).toEqual({ rules: { 'dead-end': { severity: 'off' } } });
  });

  it('survives a policy file imported on the options page, unless the file turns the lists off', () => {
    const current: TeamSettings = { name: 'Old', rules: { 'dead-end': { severity: 'hint' } }, neverFlag: [CANNED] };
    expect(importOver(current, { name: 'New' })).toEqual({ name: 'New', neverFlag: [CANNED] });
    expect(importOver(current, { name: 'New', agentNeverFlag: false })).toEqual({ name: 'New', agentNeverFlag: false });
  });

  it('is checked like every save: a known flag rule, limited length and count, in words that say so', () => {
    const long = { ruleId: 'dead-end', phrase: 'x'.repeat(MAX_NEVER_FLAG_LENGTH + 1) };
    const many = Array.from({ length: MAX_NEVER_FLAG + 1 }, (_, i) => ({ ruleId: 'dead-end', phrase: `phrase ${i}` }));
    const errors = (settings: TeamSettings) => {
      const checked = checkSettings(settings);
      return checked.ok ? [] : checked.errors;
    };
    expect(errors({ neverFlag: [long] })).toEqual([`neverFlag[0].phrase: expected at most ${MAX_NEVER_FLAG_LENGTH} characters, got ${MAX_NEVER_FLAG_LENGTH + 1}`]);
    expect(errors({ neverFlag: many })).toEqual([`neverFlag: expected at most ${MAX_NEVER_FLAG} phrases, got ${MAX_NEVER_FLAG + 1}`]);
    expect(errors({ neverFlag: [{ ruleId: 'own-it', phrase: 'hello' }] })[0]).toMatch(/^neverFlag\[0\]\.ruleId: "own-it" is not a flag rule/);
    expect(errors(JSON.parse('{"neverFlag": [{"ruleId": "dead-end", "phrase": "x", "__proto__": {}}]}'))).toEqual(['neverFlag[0].__proto__: "__proto__" is not allowed as a key']);
    expect(checkSettings({ neverFlag: [{ ruleId: 'dead-end', phrase: '  no can do ' }] })).toEqual({ ok: true, settings: { neverFlag: [{ ruleId: 'dead-end', phrase: 'no can do' }] } });
  });
});

describe('Never flag this phrase (the worker’s side)', () => {
  it('adds the phrase once, tidied, and refuses with a reason past the limits or when turned off', () => {
    const added = withNeverFlag({ name: 'Desk' }, { ruleId: 'canned-empathy', phrase: ' Sorry for the\ninconvenience ' });
    expect(added).toEqual({ name: 'Desk', neverFlag: [{ ruleId: 'canned-empathy', phrase: 'Sorry for the inconvenience' }] });
    expect(withNeverFlag(added as TeamSettings, CANNED)).toBe(added); // already there (case aside)
    const full: TeamSettings = { neverFlag: Array.from({ length: MAX_NEVER_FLAG }, (_, i) => ({ ruleId: 'dead-end', phrase: `phrase ${i}` })) };
    expect(withNeverFlag(full, CANNED)).toEqual({ refused: 'full' });
    expect(withNeverFlag({}, { ruleId: 'dead-end', phrase: 'x'.repeat(MAX_NEVER_FLAG_LENGTH + 1) })).toEqual({ refused: 'too-long' });
    expect(withNeverFlag({}, { ruleId: 'own-it', phrase: 'hello' })).toEqual({ refused: 'unknown' });
    expect(withNeverFlag({}, { ruleId: 'dead-end', phrase: '   ' })).toEqual({ refused: 'unknown' });
    expect(withNeverFlag({ agentNeverFlag: false }, CANNED)).toEqual({ refused: 'off' });
  });

  it('writes through the saved settings, keeping the rest, and never over settings still arriving', async () => {
    const store = { sync: fakeArea({ [SETTINGS_KEY]: { version: 2, rev: 'r', name: 'Desk', rules: { 'dead-end': { severity: 'hint' } } } }), local: fakeArea() };
    expect(await updateSettings(store, (saved) => withNeverFlag(saved, CANNED) as TeamSettings)).toEqual({ ok: true });
    expect((await loadSaved(store)).settings).toEqual({ name: 'Desk', rules: { 'dead-end': { severity: 'hint' } }, neverFlag: [CANNED] });
    expect(await updateSettings(store, () => ({ refused: 'list full' }))).toEqual({ ok: false, error: 'list full' });

    const arriving = { sync: fakeArea({ [SETTINGS_KEY]: { version: 2, rev: 'new', phraseStore: { area: 'sync', chunks: 2 } } }), local: fakeArea() };
    const result = await updateSettings(arriving, (saved) => ({ ...saved, neverFlag: [CANNED] }));
    expect(result.ok).toBe(false);
    expect((arriving.sync.data[SETTINGS_KEY] as { rev: string }).rev).toBe('new');
  });
});
