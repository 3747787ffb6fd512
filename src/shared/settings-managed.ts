// The organisation's policy, pushed by an administrator into storage.managed (Chrome
// and Chromium policy, Firefox's policies.json "3rdparty" section). It has the policy
// file's fields plus `organization`, who set it. Whatever it sets wins over the team's
// own settings and is locked in the options page. Parts with a problem are left out one
// by one (and listed on the options page); the rest still applies and stays locked.
import type { RulePreference, Settings, TeamPhrase } from '../engine/types';
import { capped, MAX_PHRASES, parsePolicy, type PolicyResult } from './policy';
import { expandPhrases, MAX_EXPANDED_PHRASES, type PatternPhrase } from './settings-patterns';
import type { TeamSettings } from './settings';

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

/** Reads storage.managed's contents; undefined when no policy is pushed. */
export function parseManaged(raw: Record<string, unknown> | undefined): ManagedPolicy | undefined {
  if (!raw || Object.keys(raw).length === 0) return undefined;
  const { organization, version: _version, $schema: _schema, ...fields } = raw;
  const by = typeof organization === 'string' && organization.trim() ? organization.trim().slice(0, 200) : DEFAULT_ADMIN;
  const settings: TeamSettings = {};
  const problems: string[] = [];
  const take = (part: Record<string, unknown>, use: (ok: Settings & { name?: string }) => void, rename = (p: string) => p): void => {
    const parsed = checkPart(part);
    if (parsed.ok) use(parsed.name === undefined ? parsed.settings : { ...parsed.settings, name: parsed.name });
    else problems.push(...parsed.errors.map(rename));
  };

  for (const [field, value] of Object.entries(fields)) {
    if (field === 'rules' && isRecord(value)) {
      // Each rule's severity and weight apart: a bad weight keeps the severity locked.
      for (const [id, pref] of Object.entries(value)) {
        if (!isRecord(pref) || Object.keys(pref).length === 0) {
          take({ rules: { [id]: pref } }, () => {});
          continue;
        }
        for (const [key, setting] of Object.entries(pref)) {
          take({ rules: { [id]: { [key]: setting } } }, (ok) => {
            for (const [rule, p] of Object.entries(ok.rules ?? {})) settings.rules = { ...settings.rules, [rule]: { ...settings.rules?.[rule], ...p } };
          });
        }
      }
    } else if (field === 'templates' && isRecord(value)) {
      for (const [id, template] of Object.entries(value)) {
        take({ templates: { [id]: template } }, (ok) => {
          settings.templates = { ...settings.templates, ...ok.templates };
        });
      }
    } else if (field === 'phrases' && Array.isArray(value)) {
      const kept: PatternPhrase[] = [];
      let expanded = 0;
      value.forEach((phrase, index) => {
        if (kept.length >= MAX_PHRASES) {
          problems.push(`phrases[${index}]: left out, the policy may set at most ${MAX_PHRASES} phrases`);
          return;
        }
        take(
          { phrases: [phrase] },
          (ok) => {
            const [p] = ok.phrases ?? [];
            if (!p) return;
            // The patterns together must stay under the engine's cap: the first ones are kept.
            const count = expandPhrases([p]).length;
            if (expanded + count >= MAX_EXPANDED_PHRASES) {
              problems.push(`phrases[${index}]: left out, with the phrases before it the patterns would stand for ${MAX_EXPANDED_PHRASES} phrases or more`);
            } else {
              kept.push(p);
              expanded += count;
            }
          },
          (problem) => problem.replace(/^phrases\[0\]/, `phrases[${index}]`),
        );
      });
      if (kept.length > 0) settings.phrases = kept;
    } else {
      // name, or a field of the wrong shape or unknown: the policy file's message says which.
      take({ [field]: value }, (ok) => {
        if (ok.name !== undefined) settings.name = ok.name;
      });
    }
  }
  return { settings, by, problems: capped([...new Set(problems)]) };
}

/** The settings the engine runs with: the team's, with the organisation's (valid parts) on top. */
export function mergeManaged(own: TeamSettings, managed: ManagedPolicy | undefined): TeamSettings {
  if (!managed) return own;
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

const phraseKey = (p: TeamPhrase): string => `${p.ruleId}\u0000${p.phrase.trim().toLowerCase().replace(/\s+/g, ' ')}`;

/** Which fields the organisation set, and so which the options page locks. */
export interface Locks {
  by: string;
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
