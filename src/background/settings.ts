// The team's settings, from storage.sync key `settings` (written by the options
// page). Anything missing or malformed falls back to the engine's defaults.
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import type { Settings } from '../engine/types';

const severity = v.picklist(['off', 'hint', 'warn']);
const SettingsSchema = v.object({
  rules: v.optional(v.record(v.string(), v.object({ severity: v.optional(severity), weight: v.optional(v.number()) }))),
  phrases: v.optional(
    v.array(
      v.object({
        ruleId: v.string(),
        phrase: v.pipe(v.string(), v.minLength(1)),
        message: v.optional(v.string()),
        replacement: v.optional(v.string()),
      }),
    ),
  ),
  templates: v.optional(v.record(v.string(), v.string())),
});

export function parseSettings(raw: unknown): Settings {
  const parsed = v.safeParse(SettingsSchema, raw);
  if (raw !== undefined && !parsed.success) console.warn('ReplyCoach: ignoring invalid settings', parsed.issues[0]?.message);
  return parsed.success ? parsed.output : {};
}

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get('settings');
    return parseSettings(stored.settings);
  } catch {
    return {};
  }
}
