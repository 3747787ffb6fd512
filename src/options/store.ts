// What the options page reads and writes: the saved settings, the organisation's
// policy and the fire counts, all through browser.storage.
import browser from 'webextension-polyfill';
import { locksOf, type Locks, type ManagedPolicy } from '../shared/settings-managed';
import type { Decoded, Layout } from '../shared/settings';
import type { TeamSettings } from '../shared/settings-fields';
import { touchesSettings } from '../shared/messages';
import { loadManaged, loadSaved, saveSettings, type Areas } from '../shared/settings-store';
import { parseStats, STATS_KEY, type Stats } from '../shared/settings-stats';

const areas = (): Areas => ({ sync: browser.storage.sync, local: browser.storage.local, managed: browser.storage.managed });

export interface Loaded {
  saved: Decoded;
  managed: ManagedPolicy | undefined;
  locks: Locks | undefined;
}

export async function load(): Promise<Loaded> {
  const [saved, managed] = await Promise.all([loadSaved(areas()), loadManaged(areas())]);
  return { saved, managed, locks: locksOf(managed) };
}

export const save = (settings: TeamSettings): Promise<Layout> => saveSettings(areas(), settings);

export async function loadStats(): Promise<Stats> {
  return parseStats((await browser.storage.local.get(STATS_KEY))[STATS_KEY]);
}

export const clearStats = (): Promise<void> => browser.storage.local.remove(STATS_KEY);

/** Calls `onSettings` when the settings change elsewhere (another device, the administrator), `onStats` when counts do. */
export function watch(onSettings: () => void, onStats: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (touchesSettings(changes, area)) onSettings();
    if (area === 'local' && STATS_KEY in changes) onStats();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
