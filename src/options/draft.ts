// Edits to the team's settings as the options page makes them: pure functions that
// return new settings, keeping only what differs from the defaults.
import { RULE_CATALOGUE } from '../engine/catalogue';
import type { RuleInfo, RulePreference, Severity, TeamPhrase } from '../engine';
import { checkSettings } from '../shared/policy';
import type { TeamSettings } from '../shared/settings-fields';

const ruleById = new Map<string, RuleInfo>(RULE_CATALOGUE.map((rule) => [rule.id, rule]));

export function setPreference(settings: TeamSettings, ruleId: string, patch: RulePreference): TeamSettings {
  const rule = ruleById.get(ruleId)!;
  const next: RulePreference = { ...settings.rules?.[ruleId], ...patch };
  if (next.severity === rule.defaultSeverity) delete next.severity;
  if (next.weight === rule.defaultWeight) delete next.weight;
  const rules = { ...settings.rules };
  if (Object.keys(next).length === 0) delete rules[ruleId];
  else rules[ruleId] = next;
  return withField(settings, 'rules', Object.keys(rules).length > 0 ? rules : undefined);
}

export function setTemplate(settings: TeamSettings, ruleId: string, text: string): TeamSettings {
  const templates = { ...settings.templates };
  if (text.trim() === '') delete templates[ruleId];
  else templates[ruleId] = text;
  return withField(settings, 'templates', Object.keys(templates).length > 0 ? templates : undefined);
}

/** Replaces the team's own phrases under one rule, keeping the others in order. */
export function setPhrases(settings: TeamSettings, ruleId: string, list: TeamPhrase[]): TeamSettings {
  const others = (settings.phrases ?? []).filter((p) => p.ruleId !== ruleId);
  const phrases = [...others, ...list];
  return withField(settings, 'phrases', phrases.length > 0 ? phrases : undefined);
}

function withField<K extends keyof TeamSettings>(settings: TeamSettings, key: K, value: TeamSettings[K] | undefined): TeamSettings {
  const next = { ...settings };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

export const severityOf = (settings: TeamSettings, rule: RuleInfo): Severity => settings.rules?.[rule.id]?.severity ?? rule.defaultSeverity;
export const weightOf = (settings: TeamSettings, rule: RuleInfo): number => settings.rules?.[rule.id]?.weight ?? rule.defaultWeight;

/**
 * The settings as they will be saved: blank phrase rows dropped, text trimmed, then
 * checked against the policy file's schema so that nothing invalid is ever stored.
 */
export function finish(settings: TeamSettings): { ok: true; settings: TeamSettings } | { ok: false; errors: string[] } {
  const phrases = (settings.phrases ?? [])
    .map((p) => ({ ...p, phrase: p.phrase.trim(), message: p.message?.trim() || undefined, replacement: p.replacement?.trim() || undefined }))
    .filter((p) => p.phrase !== '' || p.message || p.replacement)
    .map(({ message, replacement, ...p }) => ({ ...p, ...(message ? { message } : {}), ...(replacement ? { replacement } : {}) }));
  const checked = checkSettings({ ...settings, phrases });
  return checked.ok ? checked : { ok: false, errors: checked.errors.map(readable) };
}

/** "phrases[3].phrase: …" → "Team phrase 4 (dead-end): …", for people rather than files. */
function readable(error: string): string {
  return error.replace(/^phrases\[(\d+)\]\.(\w+)/, (_, i: string, field: string) => `Team phrase ${Number(i) + 1}, ${field === 'replacement' ? 'better phrasing' : field}`);
}

export const same = (a: TeamSettings, b: TeamSettings): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}
