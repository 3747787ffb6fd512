// The organisation's policy, pushed by an administrator into storage.managed (Chrome
// and Chromium policy, Firefox's policies.json "3rdparty" section). It has the policy
// file's fields plus `organization`, who set it. Whatever it sets wins over the team's
// own settings and is locked in the options page. Parts with a problem are left out one
// by one (and listed on the options page); the rest still applies and stays locked.
import type { Settings, TeamPhrase } from '../engine/types';
import { capped, parsePolicy, type PolicyResult } from './policy';
import { overlay, phraseKey, teamField, type FieldName, type TeamSettings } from './settings-fields';

export interface ManagedPolicy {
  settings: TeamSettings;
  /** Who set it, for the note beside locked fields. */
  by: string;
  /**
   * Problems with what the administrator pushed. Each names the one field it is about, and
   * only that field is left out: every valid part still applies and stays locked, so one
   * typo never unlocks the rest of the policy for every agent.
   */
  problems: string[];
}

export const DEFAULT_ADMIN = 'your organisation’s administrator';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One part of the policy, checked alone by the policy file's own rules (same messages). */
function checkPart(part: Record<string, unknown>): PolicyResult {
  return parsePolicy({ ...part, version: 1 });
}

/** The settings a part that passed stands for, its name included. */
const settingsOf = (ok: Extract<PolicyResult, { ok: true }>): TeamSettings => (ok.name === undefined ? ok.settings : { ...ok.settings, name: ok.name });

/**
 * The parts of a field's value that are checked one by one, as values of the field: the
 * whole value, or one per key (`rules`: one per key of each key), or one per item.
 */
function partsOf(value: unknown, depth: 0 | 1 | 2): unknown[] {
  if (depth === 0) return [value];
  if (Array.isArray(value)) return value.map((item) => [item]);
  if (!isRecord(value)) return [value];
  return Object.entries(value).flatMap(([key, inner]) =>
    depth === 2 && isRecord(inner) && Object.keys(inner).length > 0
      ? Object.entries(inner).map(([innerKey, setting]) => ({ [key]: { [innerKey]: setting } }))
      : [{ [key]: inner }],
  );
}

/** Adds a part that passed to what was kept of the field so far. */
function join(kept: unknown, part: unknown, depth: 0 | 1 | 2): unknown {
  if (depth === 0 || kept === undefined) return part;
  if (Array.isArray(part)) return [...(kept as unknown[]), ...part];
  const joined = { ...(kept as Record<string, unknown>) };
  for (const [key, value] of Object.entries(part as Record<string, unknown>)) {
    joined[key] = depth === 2 ? { ...(joined[key] as object | undefined), ...(value as object) } : value;
  }
  return joined;
}

/** Reads storage.managed's contents; undefined when no policy is pushed. */
export function parseManaged(raw: Record<string, unknown> | undefined): ManagedPolicy | undefined {
  if (!raw || Object.keys(raw).length === 0) return undefined;
  const { organization, version: _version, $schema: _schema, ...fields } = raw;
  const by = typeof organization === 'string' && organization.trim() ? organization.trim().slice(0, 200) : DEFAULT_ADMIN;
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];

  for (const [name, value] of Object.entries(fields)) {
    const declared = teamField(name);
    if (!declared) {
      // Unknown, or the agent's own: the policy file's message says which field.
      const parsed = checkPart({ [name]: value });
      if (!parsed.ok) problems.push(...parsed.errors);
      continue;
    }
    let kept: unknown;
    partsOf(value, declared.parts).forEach((part, index) => {
      const parsed = checkPart({ [name]: part });
      // An item is checked as the list's first: its problems name its own place.
      const item = Array.isArray(value) && declared.parts > 0;
      if (!parsed.ok) {
        problems.push(...parsed.errors.map((problem) => (item && problem.startsWith(`${name}[0]`) ? `${name}[${index}]${problem.slice(name.length + 3)}` : problem)));
        return;
      }
      const valid: unknown = settingsOf(parsed)[name as FieldName];
      if (valid === undefined) return;
      const next = join(kept, valid, declared.parts);
      const why = item ? declared.leftOut?.(next) : undefined;
      if (why) problems.push(`${name}[${index}]: left out, ${why}`);
      else kept = next;
    });
    if (kept !== undefined) settings[name] = kept;
  }
  return { settings: settings as TeamSettings, by, problems: capped([...new Set(problems)]) };
}

/** The settings the engine runs with: the team's, with the organisation's (valid parts) on top. */
export function mergeManaged(own: TeamSettings, managed: ManagedPolicy | undefined): TeamSettings {
  return managed ? overlay(own, managed.settings) : own;
}

/** Which fields the organisation set, and so which the options page locks. */
export interface Locks {
  by: string;
  /** Every field the organisation set (a part of). */
  fields: ReadonlySet<FieldName>;
  severity: ReadonlySet<string>;
  weight: ReadonlySet<string>;
  templates: ReadonlySet<string>;
  phrases: readonly TeamPhrase[];
}

/** Every valid part the organisation set is locked, even when other parts had problems. */
export function locksOf(managed: ManagedPolicy | undefined): Locks | undefined {
  if (!managed) return undefined;
  const rules = Object.entries(managed.settings.rules ?? {});
  return {
    by: managed.by,
    fields: new Set(Object.keys(managed.settings) as FieldName[]),
    severity: new Set(rules.filter(([, p]) => p.severity !== undefined).map(([id]) => id)),
    weight: new Set(rules.filter(([, p]) => p.weight !== undefined).map(([id]) => id)),
    templates: new Set(Object.keys(managed.settings.templates ?? {})),
    phrases: managed.settings.phrases ?? [],
  };
}

/** The team's own part of merged settings: what is left once the organisation's phrases are taken out. */
export function ownPhrases(settings: Settings, locks: Locks | undefined): TeamPhrase[] {
  const locked = new Set((locks?.phrases ?? []).map(phraseKey));
  return (settings.phrases ?? []).filter((p) => !locked.has(phraseKey(p)));
}
