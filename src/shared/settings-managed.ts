// The organisation's policy, pushed by an administrator into storage.managed (Chrome
// and Chromium policy, Firefox's policies.json "3rdparty" section). It has the policy
// file's fields plus `organization`, who set it. Whatever it sets wins over the team's
// own settings and is locked in the options page.
import type { RulePreference, Settings, TeamPhrase } from '../engine/types';
import { parsePolicy } from './policy';
import type { TeamSettings } from './settings';

export interface ManagedPolicy {
  settings: TeamSettings;
  /** Who set it, for the note beside locked fields. */
  by: string;
  /** Problems with what the administrator pushed; a policy with problems is not applied. */
  problems: string[];
}

export const DEFAULT_ADMIN = 'your organisation’s administrator';

/** Reads storage.managed's contents; undefined when no policy is pushed. */
export function parseManaged(raw: Record<string, unknown> | undefined): ManagedPolicy | undefined {
  if (!raw || Object.keys(raw).length === 0) return undefined;
  const { organization, version: _version, $schema: _schema, ...fields } = raw;
  const by = typeof organization === 'string' && organization.trim() ? organization.trim().slice(0, 200) : DEFAULT_ADMIN;
  const parsed = parsePolicy({ ...fields, version: 1 });
  if (!parsed.ok) return { settings: {}, by, problems: parsed.errors };
  const settings: TeamSettings = parsed.settings;
  if (parsed.name !== undefined) settings.name = parsed.name;
  return { settings, by, problems: [] };
}

/** The settings the engine runs with: the team's, with the organisation's on top. */
export function mergeManaged(own: TeamSettings, managed: ManagedPolicy | undefined): TeamSettings {
  if (!managed || managed.problems.length > 0) return own;
  const top = managed.settings;
  const merged: TeamSettings = { ...own };
  if (top.name !== undefined) merged.name = top.name;
  if (top.rules) {
    const rules: Record<string, RulePreference> = { ...own.rules };
    for (const [id, pref] of Object.entries(top.rules)) rules[id] = { ...rules[id], ...pref };
    merged.rules = rules;
  }
  if (top.templates) merged.templates = { ...own.templates, ...top.templates };
  if (top.phrases) {
    const seen = new Set(top.phrases.map(phraseKey));
    merged.phrases = [...top.phrases, ...(own.phrases ?? []).filter((p) => !seen.has(phraseKey(p)))];
  }
  return merged;
}

export const phraseKey = (p: TeamPhrase): string => `${p.ruleId}\u0000${p.phrase.trim().toLowerCase().replace(/\s+/g, ' ')}`;

/** Which fields the organisation set, and so which the options page locks. */
export interface Locks {
  by: string;
  severity: ReadonlySet<string>;
  weight: ReadonlySet<string>;
  templates: ReadonlySet<string>;
  phrases: readonly TeamPhrase[];
}

export function locksOf(managed: ManagedPolicy | undefined): Locks | undefined {
  if (!managed || managed.problems.length > 0) return undefined;
  const rules = Object.entries(managed.settings.rules ?? {});
  return {
    by: managed.by,
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
