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
  type TeamSettings,
} from '../../src/shared/settings';
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
    phrases: [{ ruleId: 'blame-shift', phrase: 'user error' }],
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
    expect(effective.phrases).toEqual([{ ruleId: 'blame-shift', phrase: 'user error' }, ...FULL.phrases!]);
    const finding = createScorer(effective)({ reply: 'That was user error.' }).findings.find((f) => f.team);
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

  it('is not applied when invalid, and the problems name the field', () => {
    const bad = parseManaged({ organization: 'Acme', rules: { 'dead-end': { severity: 'loud' } } })!;
    expect(bad.problems).toEqual(['rules.dead-end.severity: expected "off" | "hint" | "warn", got "loud"']);
    expect(mergeManaged(FULL, bad)).toEqual(FULL);
    expect(locksOf(bad)).toBeUndefined();
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
