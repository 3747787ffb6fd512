// Saved settings: schema, migration, storage.sync quotas, the organisation's policy.
import { describe, expect, it } from 'vitest';
import type { TeamPhrase } from '../../src/engine';
import { createScorer } from '../../src/engine';
import {
  CHUNK_PREFIX,
  decodeSettings,
  itemBytes,
  layoutSettings,
  LOCAL_PHRASES_KEY,
  QUOTA_BYTES_PER_ITEM,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  SYNC_BUDGET,
} from '../../src/shared/settings';
import type { TeamSettings } from '../../src/shared/settings-fields';
import { DEFAULT_ADMIN, locksOf, mergeManaged, ownPhrases, parseManaged } from '../../src/shared/settings-managed';
import { loadEffectiveSettings, loadSaved, saveSettings, type Areas } from '../../src/shared/settings-store';
import { fakeArea } from './settings-fakes';

const areas = (sync: Record<string, unknown> = {}, managed?: Record<string, unknown>) => ({
  sync: fakeArea(sync, QUOTA_BYTES_PER_ITEM),
  local: fakeArea(),
  ...(managed ? { managed: fakeArea(managed) } : {}),
});

const phrases = (count: number, length: number): TeamPhrase[] =>
  Array.from({ length: count }, (_, i) => ({
    ruleId: 'dead-end',
    phrase: `banned phrase ${i} `.padEnd(Math.min(length, 200), 'x'),
    message: 'Our desk does not say this.'.padEnd(Math.max(0, length - 200), '.'),
    replacement: 'Here is what I can do.',
  }));

const FULL: TeamSettings = {
  name: 'Tier 1',
  rules: { 'policy-shield': { severity: 'hint', weight: 30 }, 'offer-call': { severity: 'off' } },
  templates: { 'own-it': 'I will look into {issue} myself.' },
  phrases: [{ ruleId: 'dead-end', phrase: 'computer says no', replacement: 'Let me check.' }],
};

describe('saved settings: schema and migration', () => {
  it('reads nothing saved as the defaults', () => {
    expect(decodeSettings({}, {})).toEqual({ settings: {}, phrasesIn: 'sync', problems: [] });
  });

  it('migrates version 1 (the engine settings object with no version) to the current version', async () => {
    const v1 = { rules: { 'policy-shield': { severity: 'off' } }, phrases: [{ ruleId: 'dead-end', phrase: 'no can do' }], templates: { 'own-it': 'Mine.' } };
    expect(decodeSettings({ [SETTINGS_KEY]: v1 }, {})).toEqual({ settings: v1, phrasesIn: 'sync', problems: [] });
    // Saving again writes the current version; reading it gives the same settings.
    const store = areas({ [SETTINGS_KEY]: v1 });
    await saveSettings(store, (await loadSaved(store)).settings);
    expect((store.sync.data[SETTINGS_KEY] as { version: number }).version).toBe(SETTINGS_VERSION);
    expect((await loadSaved(store)).settings).toEqual(v1);
  });

  it.each([
    [{ rules: 'all off', phrases: [{ phrase: 42 }] }, /saved settings \(version 1\): rules: /],
    [{ version: 2, rev: 'x', rules: { 'dead-end': { severity: 'loud' } } }, /rules\.dead-end\.severity/],
    [{ version: 2, rev: 'x', rules: { 'dead-end': { weight: 1000 } } }, /rules\.dead-end\.weight/],
    [{ version: 2, rev: 'x', phrases: [{ ruleId: 'dead-end', phrase: '' }] }, /phrases\[0\]\.phrase/],
    [{ version: 9, rev: 'x' }, /version 9, newer than this ReplyCoach/],
    ['settings', /saved settings/],
  ])('falls back to the defaults on %j and says why', (stored, problem) => {
    const decoded = decodeSettings({ [SETTINGS_KEY]: stored }, {});
    expect(decoded.settings).toEqual({});
    expect(decoded.problems.join('\n')).toMatch(problem);
  });

  it('the worker gets the saved settings without the name, ready for the engine', async () => {
    const store = areas();
    await saveSettings(store, FULL);
    const { name: _, ...engine } = FULL;
    expect(await loadEffectiveSettings(store)).toEqual(engine);
  });
});

describe('saved settings: storage.sync quotas', () => {
  it('keeps small settings in one sync item', async () => {
    const store = areas();
    const layout = await saveSettings(store, FULL);
    expect(layout.phrasesIn).toBe('sync');
    expect(Object.keys(store.sync.data)).toEqual([SETTINGS_KEY]);
    expect((await loadSaved(store)).settings).toEqual(FULL);
  });

  it('splits a phrase list over several sync items of at most 8 kB each', async () => {
    const store = areas();
    const list = phrases(120, 200);
    const layout = await saveSettings(store, { ...FULL, phrases: list });
    expect(layout.phrasesIn).toBe('sync-split');
    const keys = Object.keys(store.sync.data);
    expect(keys.filter((k) => k.startsWith(CHUNK_PREFIX)).length).toBeGreaterThan(1);
    for (const key of keys) expect(itemBytes(key, store.sync.data[key])).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
    expect(layout.syncBytes).toBeLessThanOrEqual(SYNC_BUDGET);
    const loaded = await loadSaved(store);
    expect(loaded).toEqual({ settings: { ...FULL, phrases: list }, phrasesIn: 'sync-split', problems: [] });
  });

  it('keeps a phrase list too large for sync in storage.local, and says so', async () => {
    const store = areas();
    const list = phrases(500, 600);
    const layout = await saveSettings(store, { ...FULL, phrases: list });
    expect(layout.phrasesIn).toBe('local');
    expect(Object.keys(store.sync.data)).toEqual([SETTINGS_KEY]);
    expect(store.local.data[LOCAL_PHRASES_KEY]).toBeDefined();
    expect((await loadSaved(store)).settings.phrases).toEqual(list);
  });

  it('removes the items of a larger earlier save', async () => {
    const store = areas();
    await saveSettings(store, { phrases: phrases(500, 600) });
    await saveSettings(store, { phrases: phrases(120, 200) });
    expect(store.local.data).toEqual({});
    await saveSettings(store, FULL);
    expect(Object.keys(store.sync.data)).toEqual([SETTINGS_KEY]);
    expect((await loadSaved(store)).settings).toEqual(FULL);
  });

  it('does not mix phrase items from different saves (a save half-synced from another device)', async () => {
    const store = areas();
    await saveSettings(store, { phrases: phrases(120, 200) }, 'first');
    const head = store.sync.data[SETTINGS_KEY] as Record<string, unknown>;
    store.sync.data[SETTINGS_KEY] = { ...head, rev: 'second', rules: { 'dead-end': { severity: 'hint' } } };
    const loaded = await loadSaved(store);
    expect(loaded.settings).toEqual({ rules: { 'dead-end': { severity: 'hint' } } });
    expect(loaded.problems[0]).toMatch(/still arriving/);
  });

  it('refuses preferred sentences too long for one sync item, naming the limit', () => {
    const templates = Object.fromEntries(['own-it', 'next-steps', 'offer-call', 'restate-problem', 'admit-error', 'thank-feedback', 'sincere-apology', 'ask-what-they-want', 'offer-alternative'].map((id) => [id, '€'.repeat(500)]));
    expect(() => layoutSettings({ templates, phrases: phrases(60, 200) }, 'r')).toThrow(/8\.0 kB storage\.sync allows in one item/);
  });
});

describe('organisation policy (storage.managed)', () => {
  const managed = {
    organization: 'Acme Support Operations',
    rules: { 'policy-shield': { severity: 'warn' }, 'dead-end': { weight: 50 } },
    phrases: [{ ruleId: 'blame-shift', phrase: 'a vendor matter' }],
    templates: { 'own-it': 'Acme: I will own {issue}.' },
  };

  it('applies on top of the team settings, field by field', async () => {
    const effective = await loadEffectiveSettings(areas({ [SETTINGS_KEY]: { version: 2, rev: 'r', ...FULL } }, managed));
    expect(effective.rules).toEqual({
      'policy-shield': { severity: 'warn', weight: 30 },
      'offer-call': { severity: 'off' },
      'dead-end': { weight: 50 },
    });
    expect(effective.templates).toEqual({ 'own-it': 'Acme: I will own {issue}.' });
    expect(effective.phrases).toEqual([{ ruleId: 'blame-shift', phrase: 'a vendor matter' }, ...FULL.phrases!]);
    const finding = createScorer(effective)({ reply: 'That is a vendor matter.' }).findings.find((f) => f.team);
    expect(finding?.ruleId).toBe('blame-shift');
  });

  it('locks what it sets and says who set it', () => {
    const locks = locksOf(parseManaged(managed))!;
    expect(locks.by).toBe('Acme Support Operations');
    expect([...locks.severity]).toEqual(['policy-shield']);
    expect([...locks.weight]).toEqual(['dead-end']);
    expect([...locks.templates]).toEqual(['own-it']);
    expect(locks.phrases).toHaveLength(1);
    expect(parseManaged({ rules: {} })!.by).toBe(DEFAULT_ADMIN);
    const merged = mergeManaged(FULL, parseManaged(managed));
    expect(ownPhrases(merged, locks)).toEqual(FULL.phrases);
  });

  it('leaves out only the invalid parts: every valid part applies and stays locked, and each problem names its field', () => {
    const pushed = {
      organization: 'Acme',
      name: 'Acme standard',
      rules: {
        'dead-end': { severity: 'loud', weight: 40 },
        'policy-shield': { severity: 'warn' },
        'polcy-shield': { severity: 'off' },
        'offer-call': 'off',
      },
      phrases: [
        { ruleId: 'blame-shift', phrase: 'a vendor matter' },
        { ruleId: 'blame-shift', phrase: '' },
        { ruleId: 'no-such-rule', phrase: 'per our terms' },
        { ruleId: 'policy-shield', phrase: 'per our terms', replacement: 'Here is what I can do.' },
      ],
      templates: { 'own-it': 'I will sort out {issue} myself.', 'own-itt': 'typo', 'offer-call': '' },
      colour: 'blue',
    };
    const managed = parseManaged(pushed)!;
    expect(managed.problems).toEqual([
      'rules.dead-end.severity: expected "off" | "hint" | "warn", got "loud"',
      'rules.polcy-shield: unknown rule id "polcy-shield" (did you mean "policy-shield"?)',
      'rules.offer-call: expected Object, got "off"',
      'phrases[1].phrase: expected a non-empty string',
      expect.stringMatching(/^phrases\[2\]\.ruleId: unknown flag rule id "no-such-rule"/),
      expect.stringMatching(/^templates\.own-itt: unknown suggestion rule id "own-itt"/),
      'templates.offer-call: expected a non-empty string',
      'colour: unknown field',
    ]);
    expect(managed.settings).toEqual({
      name: 'Acme standard',
      rules: { 'dead-end': { weight: 40 }, 'policy-shield': { severity: 'warn' } },
      phrases: [
        { ruleId: 'blame-shift', phrase: 'a vendor matter' },
        { ruleId: 'policy-shield', phrase: 'per our terms', replacement: 'Here is what I can do.' },
      ],
      templates: { 'own-it': 'I will sort out {issue} myself.' },
    });
    // Applied over the team's own settings, and locked, despite the problems.
    const merged = mergeManaged(FULL, managed);
    expect(merged.rules!['dead-end']).toEqual({ weight: 40 });
    expect(merged.rules!['policy-shield']).toEqual({ severity: 'warn', weight: 30 });
    expect(merged.templates!['own-it']).toBe('I will sort out {issue} myself.');
    const locks = locksOf(managed)!;
    expect(locks.by).toBe('Acme');
    expect([...locks.severity]).toEqual(['policy-shield']);
    expect([...locks.weight]).toEqual(['dead-end']);
    expect([...locks.templates]).toEqual(['own-it']);
    expect(locks.phrases).toHaveLength(2);
  });

  it('keeps a bad weight from unlocking the same rule’s severity, and the reverse', () => {
    const managed = parseManaged({ rules: { 'dead-end': { severity: 'off', weight: 400 }, 'blame-shift': { severity: 'lowd', weight: 10 } } })!;
    expect(managed.problems).toHaveLength(2);
    expect(managed.settings.rules).toEqual({ 'dead-end': { severity: 'off' }, 'blame-shift': { weight: 10 } });
  });

  it('refuses prototype keys by name without dropping the rest', () => {
    const rules = JSON.parse('{"__proto__": {"severity": "off"}, "dead-end": {"severity": "off"}}');
    const managed = parseManaged({ rules })!;
    expect(managed.problems).toEqual(['rules.__proto__: "__proto__" is not allowed as a key']);
    expect(managed.settings.rules).toEqual({ 'dead-end': { severity: 'off' } });
    expect(Object.getPrototypeOf(managed.settings.rules)).toBe(Object.prototype);
  });

  it('keeps the first phrases within the caps and names the ones left out', () => {
    const many = Array.from({ length: 503 }, (_, i) => ({ ruleId: 'blame-shift', phrase: `phrase number ${i}` }));
    const managed = parseManaged({ phrases: many })!;
    expect(managed.settings.phrases).toHaveLength(500);
    expect(managed.problems).toEqual([0, 1, 2].map((i) => `phrases[${500 + i}]: left out, the policy may set at most 500 phrases`));
  });

  it('lists at most 20 problems, with a count of the rest', () => {
    const templates = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`nope-${i}`, 'x']));
    const managed = parseManaged({ templates, rules: { 'dead-end': { severity: 'off' } } })!;
    expect(managed.problems).toHaveLength(21);
    expect(managed.problems.at(-1)).toBe('… and 5 more problems');
    expect(locksOf(managed)!.severity.has('dead-end')).toBe(true);
  });

  it('warns in the worker about each problem while applying the rest', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => void warnings.push(message);
    try {
      const effective = await loadEffectiveSettings(areas({}, { rules: { 'dead-end': { severity: 'off', weight: 'heavy' } } }));
      expect(effective.rules).toEqual({ 'dead-end': { severity: 'off' } });
    } finally {
      console.warn = warn;
    }
    expect(warnings).toEqual([expect.stringMatching(/^ReplyCoach: rules\.dead-end\.weight: /)]);
  });

  // Right after install (and at browser start) Chromium answers the first storage.managed read
  // only 2.5-4 s later, once its policy service has the extension's schema: the first check
  // waited for it, so highlights came seconds after the agent's last key.
  it('does not hold the first check for a slow managed read, and asks to load again when the policy comes', async () => {
    let answer: (value: Record<string, unknown>) => void = () => {};
    const slow: Areas = { ...areas({ [SETTINGS_KEY]: { version: 2, rev: 'r', ...FULL } }), managed: { get: () => new Promise((done) => (answer = done)) } };
    let late = 0;
    const started = Date.now();
    const effective = await loadEffectiveSettings(slow, { managedGrace: 20, onLatePolicy: () => late++ });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(effective.rules).toEqual(FULL.rules); // the saved settings, without the policy yet
    expect(late).toBe(0);
    answer(managed);
    await new Promise((done) => setTimeout(done, 0));
    expect(late).toBe(1);
    // Loaded again, the policy applies.
    const again = await loadEffectiveSettings({ ...slow, managed: { get: async () => managed } }, { managedGrace: 20 });
    expect(again.rules!['dead-end']).toEqual({ weight: 50 });
  });

  it('a late managed read with no policy asks for nothing; without a grace the load waits for it', async () => {
    let answer: (value: Record<string, unknown>) => void = () => {};
    let late = 0;
    const slow: Areas = { ...areas(), managed: { get: () => new Promise((done) => (answer = done)) } };
    await loadEffectiveSettings(slow, { managedGrace: 5, onLatePolicy: () => late++ });
    answer({});
    await new Promise((done) => setTimeout(done, 0));
    expect(late).toBe(0);
    const waiting = loadEffectiveSettings({ ...areas(), managed: { get: () => new Promise((done) => setTimeout(() => done(managed), 50)) } });
    expect((await waiting).rules!['dead-end']).toEqual({ weight: 50 });
  });

  it('is absent when nothing is pushed or the browser has no managed storage', async () => {
    expect(parseManaged({})).toBeUndefined();
    const failing: Areas = { ...areas(), managed: { get: () => Promise.reject(new Error('Managed storage is not available')) } };
    expect(await loadEffectiveSettings(failing)).toEqual({});
  });
});

describe('saves from two pages at once', () => {
  // A stand-in for navigator.locks: tasks under one name run one after the other.
  const fakeLocks = () => {
    let tail: Promise<unknown> = Promise.resolve();
    return {
      request<T>(_name: string, task: () => Promise<T>): Promise<T> {
        const run = tail.then(task, task);
        tail = run.catch(() => undefined);
        return run;
      },
    };
  };

  it('end with one whole save, its phrases included, never a mix of the two', async () => {
    const store = areas();
    // Storage writes land out of order, as they can across two pages: the second save's
    // head lands last, after the first save has rewritten the phrase items.
    const set = store.sync.set.bind(store.sync);
    const delays = [5, 0, 20, 0];
    store.sync.set = async (items) => {
      const delay = delays.shift() ?? 0;
      await new Promise((done) => setTimeout(done, delay));
      return set(items);
    };
    const locks = fakeLocks();
    const a = { ...FULL, name: 'A', phrases: phrases(120, 200) };
    const b = { ...FULL, name: 'B', phrases: phrases(110, 190) };
    await Promise.all([saveSettings(store, a, 'reva', locks), saveSettings(store, b, 'revb', locks)]);
    const loaded = await loadSaved(store);
    expect(loaded.problems).toEqual([]);
    expect([a, b]).toContainEqual(loaded.settings);
  });
});
