// The team's saved settings: one versioned schema, validated on every read, migrated
// from older versions, and laid out to fit storage.sync's quotas (8 kB an item, 100 kB
// in all). Pure data in and out: settings-store.ts does the reading and writing.
import * as v from 'valibot';
import type { TeamPhrase } from '../engine/types';
import { fieldEntries, settingsIn, type TeamSettings } from './settings-fields';

export const SETTINGS_VERSION = 2;
/** storage.sync: the settings head (rules, templates, and the phrases when they fit). */
export const SETTINGS_KEY = 'settings';
/** storage.sync: `settings.phrases.0`, `.1`, … when the phrases need several items. */
export const CHUNK_PREFIX = 'settings.phrases.';
/** storage.local: the phrases when they are too many to sync. */
export const LOCAL_PHRASES_KEY = 'settings.phrases';

// chrome.storage.sync's quotas; an item's size is its key plus its value as JSON.
export const QUOTA_BYTES_PER_ITEM = 8192;
const QUOTA_BYTES = 102_400;
/** What the settings may use of storage.sync, leaving room for sync's own bookkeeping. */
export const SYNC_BUDGET = QUOTA_BYTES - 4096;
const MAX_CHUNKS = Math.ceil(SYNC_BUDGET / 1024);

/** Where the team phrases are kept, which the options page tells the user. */
export type PhraseHome = 'sync' | 'sync-split' | 'local';

/** Saved settings are read leniently about rule ids (see settings-fields.ts). */
const SAVED = fieldEntries({ strict: false, rules: [] }, 'all');

/** Version 1 (ReplyCoach 0.1): the engine's Settings object as it was, with no version field. */
const V1Schema = v.object({ rules: SAVED.rules!, phrases: SAVED.phrases!, templates: SAVED.templates! });

const PhraseStoreSchema = v.variant('area', [
  v.object({ area: v.literal('sync'), chunks: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_CHUNKS)) }),
  v.object({ area: v.literal('local') }),
]);

/** Version 2: the head item in storage.sync. */
const HeadSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  /** Ties the head to its phrase items, so a half-synced save is never mixed with an older one. */
  rev: v.pipe(v.string(), v.maxLength(40)),
  ...SAVED,
  phraseStore: v.optional(PhraseStoreSchema),
});
const PhraseItemSchema = v.object({ rev: v.string(), phrases: SAVED.phrases! });

type Head = TeamSettings & { version: typeof SETTINGS_VERSION; rev: string; phraseStore?: v.InferOutput<typeof PhraseStoreSchema> };

export interface Decoded {
  settings: TeamSettings;
  phrasesIn: PhraseHome;
  /** What could not be read, for the options page; the rest still applies. */
  problems: string[];
}

/** Older stored versions, each migrated one step up. */
const MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  1: (old) => {
    const parsed = v.safeParse(V1Schema, old);
    if (!parsed.success) throw new Error(`saved settings (version 1): ${issueText(parsed.issues)}`);
    const { phrases, ...rest } = parsed.output as TeamSettings;
    return { version: 2, rev: 'v1', ...rest, ...(phrases?.length ? { phrases } : {}) };
  },
};

/** The version a stored head says it is; a head without one was written by version 1. */
const versionOf = (raw: unknown): number =>
  typeof raw === 'object' && raw !== null && 'version' in raw && typeof raw.version === 'number' ? raw.version : 1;

/** Reads the saved settings from what storage.sync and storage.local hold. */
export function decodeSettings(sync: Record<string, unknown>, local: Record<string, unknown>): Decoded {
  let raw = sync[SETTINGS_KEY];
  if (raw === undefined) return { settings: {}, phrasesIn: 'sync', problems: [] };
  try {
    let version = versionOf(raw);
    if (version > SETTINGS_VERSION) throw new Error(`saved settings are version ${version}, newer than this ReplyCoach (${SETTINGS_VERSION}): update the extension`);
    for (; version < SETTINGS_VERSION; version++) {
      const migrate = MIGRATIONS[version];
      if (!migrate) throw new Error(`saved settings are version ${version}, which cannot be read`);
      raw = migrate(raw);
    }
  } catch (error) {
    return { settings: {}, phrasesIn: 'sync', problems: [(error as Error).message] };
  }
  const parsed = v.safeParse(HeadSchema, raw);
  if (!parsed.success) return { settings: {}, phrasesIn: 'sync', problems: [`saved settings: ${issueText(parsed.issues)}`] };
  const head = parsed.output as Head;
  const settings = settingsIn(head);
  const store = head.phraseStore;
  if (!store) return { settings, phrasesIn: 'sync', problems: [] };

  const where: PhraseHome = store.area === 'local' ? 'local' : 'sync-split';
  const items = store.area === 'local' ? [local[LOCAL_PHRASES_KEY]] : Array.from({ length: store.chunks }, (_, i) => sync[CHUNK_PREFIX + i]);
  const phrases: TeamPhrase[] = [];
  for (const item of items) {
    const chunk = v.safeParse(PhraseItemSchema, item) as v.SafeParseResult<v.GenericSchema<unknown, { rev: string; phrases: TeamPhrase[] }>>;
    // A save still syncing in from another device: the phrases follow with the next change event.
    if (!chunk.success || chunk.output.rev !== head.rev) {
      return { settings, phrasesIn: where, problems: ['the team phrases are still arriving from another device, or were damaged; they apply once complete'] };
    }
    phrases.push(...chunk.output.phrases);
  }
  if (phrases.length > 0) settings.phrases = phrases;
  return { settings, phrasesIn: where, problems: [] };
}

export interface Layout {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
  phrasesIn: PhraseHome;
  /** What the settings will use of storage.sync, in bytes. */
  syncBytes: number;
}

class SettingsTooLarge extends Error {}

const encoder = new TextEncoder();
/** An item's size as storage.sync counts it: key plus value as JSON, in UTF-8 bytes. */
export const itemBytes = (key: string, value: unknown): number => encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

/**
 * Lays the settings out in storage items: everything in one sync item when it fits;
 * else the phrases split over several sync items; else the phrases in storage.local
 * (this device only) and the rest in sync.
 */
export function layoutSettings(settings: TeamSettings, rev: string): Layout {
  const { phrases = [], ...rest } = settings;
  const head: Head = { version: SETTINGS_VERSION, rev, ...rest };
  const whole = phrases.length > 0 ? { ...head, phrases } : head;
  if (itemBytes(SETTINGS_KEY, whole) <= QUOTA_BYTES_PER_ITEM) {
    return { sync: { [SETTINGS_KEY]: whole }, local: {}, phrasesIn: 'sync', syncBytes: itemBytes(SETTINGS_KEY, whole) };
  }
  const chunks = splitPhrases(phrases, rev);
  const splitHead: Head = { ...head, phraseStore: { area: 'sync', chunks: chunks.length } };
  const headBytes = itemBytes(SETTINGS_KEY, splitHead);
  if (headBytes > QUOTA_BYTES_PER_ITEM) {
    throw new SettingsTooLarge(
      `the rule settings, preferred sentences and never-flag list take ${kb(headBytes)} of the ${kb(QUOTA_BYTES_PER_ITEM)} storage.sync allows in one item: shorten the preferred sentences or the never-flag list`,
    );
  }
  const sync: Record<string, unknown> = { [SETTINGS_KEY]: splitHead };
  chunks.forEach((chunk, i) => (sync[CHUNK_PREFIX + i] = chunk));
  const syncBytes = Object.entries(sync).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  if (syncBytes <= SYNC_BUDGET && chunks.length <= MAX_CHUNKS) return { sync, local: {}, phrasesIn: 'sync-split', syncBytes };

  const localHead: Head = { ...head, phraseStore: { area: 'local' } };
  return {
    sync: { [SETTINGS_KEY]: localHead },
    local: { [LOCAL_PHRASES_KEY]: { rev, phrases } },
    phrasesIn: 'local',
    syncBytes: itemBytes(SETTINGS_KEY, localHead),
  };
}

/** Packs phrases in order into as few items of at most QUOTA_BYTES_PER_ITEM as it can. */
function splitPhrases(phrases: TeamPhrase[], rev: string): { rev: string; phrases: TeamPhrase[] }[] {
  const key = CHUNK_PREFIX + '00';
  const chunks: { rev: string; phrases: TeamPhrase[] }[] = [];
  let current: TeamPhrase[] = [];
  let bytes = itemBytes(key, { rev, phrases: [] });
  for (const phrase of phrases) {
    const size = itemBytes('', phrase) + 1;
    if (current.length > 0 && bytes + size > QUOTA_BYTES_PER_ITEM) {
      chunks.push({ rev, phrases: current });
      current = [];
      bytes = itemBytes(key, { rev, phrases: [] });
    }
    current.push(phrase);
    bytes += size;
  }
  if (current.length > 0) chunks.push({ rev, phrases: current });
  return chunks;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} kB`;

function issueText(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = (issue.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('').replace(/^\./, '');
      return `${path || 'value'}: ${issue.message}`;
    })
    .join('; ');
}
