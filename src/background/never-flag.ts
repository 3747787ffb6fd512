// The agent's Never flag: a flagged phrase, with its rule, added to their own list in the
// saved settings, within the list's limits and only where no policy turned such lists off.
// Pure (the worker says why in the browser's language), so unit tests call it as it is.
import * as v from 'valibot';
import { RULES } from '../engine';
import type { QuietPhrase } from '../engine/types';
import { allowed, FIELDS, MAX_NEVER_FLAG, phraseKey, MAX_NEVER_FLAG_LENGTH, type TeamSettings } from '../shared/settings-fields';

/** Why a phrase was not added: lists turned off, not a flag the list can hold, too long, list full. */
export type Refusal = 'off' | 'unknown' | 'too-long' | 'full';

const FLAG_IDS = new Set(RULES.filter((rule) => rule.kind === 'flag').map((rule) => rule.id));
const LIST = FIELDS.neverFlag.schema({ strict: true, rules: RULES });

/** The saved settings with the phrase on the agent's list (unchanged when it is there already), or why not. */
export function withNeverFlag(saved: TeamSettings, request: QuietPhrase): TeamSettings | { refused: Refusal } {
  if (!allowed(saved, 'neverFlag')) return { refused: 'off' };
  const entry = { ruleId: request.ruleId, phrase: request.phrase.replace(/\s+/g, ' ').trim() };
  if (!FLAG_IDS.has(entry.ruleId) || entry.phrase === '') return { refused: 'unknown' };
  if (entry.phrase.length > MAX_NEVER_FLAG_LENGTH) return { refused: 'too-long' };
  const list = saved.neverFlag ?? [];
  if (list.some((q) => phraseKey(q) === phraseKey(entry))) return saved;
  if (list.length >= MAX_NEVER_FLAG) return { refused: 'full' };
  const neverFlag = [...list, entry];
  // The declaration's own check, as for every save: nothing invalid is stored.
  if (!v.safeParse(LIST, neverFlag).success) return { refused: 'unknown' };
  return { ...saved, neverFlag };
}
