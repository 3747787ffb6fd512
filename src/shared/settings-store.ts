// Reading and writing the team's settings in the browser's storage areas, which are
// passed in (the worker and the options page pass `browser.storage`; tests a fake).
import type { Settings } from '../engine/types';
import { mergeManaged, parseManaged, type ManagedPolicy } from './settings-managed';
import {
  CHUNK_PREFIX,
  decodeSettings,
  layoutSettings,
  LOCAL_PHRASES_KEY,
  SETTINGS_KEY,
  type Decoded,
  type Layout,
} from './settings';
import { engineSettings, type TeamSettings } from './settings-fields';

export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface Areas {
  sync: StorageArea;
  local: StorageArea;
  /** Absent or throwing where the browser has no managed storage (or no schema for it). */
  managed?: Pick<StorageArea, 'get'>;
}

/** The part of the Web Locks API a save needs; pages pass `navigator.locks`. */
export interface SaveLock {
  request<T>(name: string, task: () => Promise<T>): Promise<T>;
}

const SAVE_LOCK = 'replycoach-settings-save';

/** Web Locks where the page has them (every extension page does), else none. */
function pageLocks(): SaveLock | undefined {
  return (globalThis as { navigator?: { locks?: SaveLock } }).navigator?.locks;
}

const isOurs = (key: string): boolean => key === SETTINGS_KEY || key.startsWith(CHUNK_PREFIX);

export async function loadSaved(areas: Areas): Promise<Decoded> {
  try {
    const [sync, local] = await Promise.all([areas.sync.get(null), areas.local.get(LOCAL_PHRASES_KEY)]);
    return decodeSettings(sync, local);
  } catch (error) {
    return { settings: {}, phrasesIn: 'sync', problems: [`cannot read saved settings: ${(error as Error).message}`] };
  }
}

export async function loadManaged(areas: Areas): Promise<ManagedPolicy | undefined> {
  try {
    return parseManaged(await areas.managed?.get(null));
  } catch {
    return undefined; // no managed storage here: nothing is pushed
  }
}

export interface LoadOptions {
  /**
   * How long to wait for storage.managed before going on without it (ms). Right after the
   * extension is installed (and as the browser starts), Chromium answers the first
   * storage.managed read only once its policy service has loaded the extension's schema,
   * 2.5 to 4 s later, while sync and local answer in milliseconds: the agent's first check
   * must not wait for that. Unset: wait as long as it takes (the options page).
   */
  managedGrace?: number;
  /** Called when a policy read that came after the grace holds a policy: load again to apply it. */
  onLatePolicy?: () => void;
}

const LATE = Symbol('late');

/** What the engine should run with: saved settings with the organisation's policy on top. */
export async function loadEffectiveSettings(areas: Areas, options: LoadOptions = {}): Promise<Settings> {
  return engineSettings(await loadInForce(areas, options));
}

/** The settings in force: saved settings with the organisation's policy on top, before the engine's cut. */
export async function loadInForce(areas: Areas, options: LoadOptions = {}): Promise<TeamSettings> {
  const reading = loadManaged(areas);
  const timely =
    options.managedGrace === undefined
      ? reading
      : Promise.race([reading, new Promise<typeof LATE>((done) => setTimeout(() => done(LATE), options.managedGrace))]);
  const [saved, first] = await Promise.all([loadSaved(areas), timely]);
  let managed: ManagedPolicy | undefined;
  if (first === LATE) {
    void reading.then((late) => {
      if (late) options.onLatePolicy?.();
    });
  } else managed = first;
  for (const problem of [...saved.problems, ...(managed?.problems ?? [])]) console.warn(`ReplyCoach: ${problem}`);
  return mergeManaged(saved.settings, managed);
}

/**
 * Saves the team's settings within storage.sync's quotas: items are written before the
 * head that names them, then items of an earlier save that are no longer needed go.
 * Saves from two options pages at once are taken one after the other (a lock shared by
 * the extension's pages), so one save's head never names the other's phrase items.
 */
export function saveSettings(
  areas: Areas,
  settings: TeamSettings,
  rev = Date.now().toString(36),
  locks: SaveLock | undefined = pageLocks(),
): Promise<Layout> {
  const write = () => writeSettings(areas, settings, rev);
  return locks ? locks.request(SAVE_LOCK, write) : write();
}

/**
 * Changes the saved settings from outside the options page (the agent's Never flag): read,
 * changed and written under the same lock as a save, so that two changes never lose one
 * another. `change` returns the new settings, or why it refuses. Saved settings that cannot
 * be read whole (a save still syncing in) are not written over.
 */
export function updateSettings(
  areas: Areas,
  change: (saved: TeamSettings) => TeamSettings | { refused: string },
  locks: SaveLock | undefined = pageLocks(),
): Promise<{ ok: true } | { ok: false; error: string }> {
  const update = async (): Promise<{ ok: true } | { ok: false; error: string }> => {
    const saved = await loadSaved(areas);
    if (saved.problems.length > 0) return { ok: false, error: saved.problems[0]! };
    const next = change(saved.settings);
    if ('refused' in next) return { ok: false, error: next.refused };
    await writeSettings(areas, next, Date.now().toString(36));
    return { ok: true };
  };
  return locks ? locks.request(SAVE_LOCK, update) : update();
}

async function writeSettings(areas: Areas, settings: TeamSettings, rev: string): Promise<Layout> {
  const layout = layoutSettings(settings, rev);
  const before = Object.keys(await areas.sync.get(null)).filter(isOurs);
  if (Object.keys(layout.local).length > 0) await areas.local.set(layout.local);
  const { [SETTINGS_KEY]: head, ...chunks } = layout.sync;
  if (Object.keys(chunks).length > 0) await areas.sync.set(chunks);
  await areas.sync.set({ [SETTINGS_KEY]: head });
  const stale = before.filter((key) => !(key in layout.sync));
  if (stale.length > 0) await areas.sync.remove(stale);
  if (!(LOCAL_PHRASES_KEY in layout.local)) await areas.local.remove(LOCAL_PHRASES_KEY);
  return layout;
}
