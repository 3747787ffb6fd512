// The team settings, declared once. Each field says how its value is checked, how JSON
// Schema describes it, whether a policy may set it, and how an organisation's value goes
// over the team's own. The saved settings (settings.ts), the policy file (policy.ts), the
// organisation's policy (settings-managed.ts) and both JSON Schemas are derived from this
// table: adding a setting is one entry here, plus the options page's control for it.
//
// Saved settings are read leniently about rule ids (a newer version may know more rules,
// and the engine ignores ids it does not know); a policy, written by hand, is read strictly:
// known ids of the right kind, no unknown keys, and messages meant for people.
import * as v from 'valibot';
import { MAX_TEAM_PHRASE_LENGTH } from '../engine/flags';
import type { QuietPhrase, RuleInfo, RulePreference, Settings } from '../engine/types';
import { expandPattern, expandPhrases, forEngine, MAX_EXPANDED_PHRASES, type PatternPhrase } from './settings-patterns';

export const MAX_PHRASES = 500;
const MAX_PHRASE_LENGTH = MAX_TEAM_PHRASE_LENGTH;
const MAX_TEXT_LENGTH = 500;
/**
 * The agent's own "never flag" list: at most this many phrases of at most this length, so
 * that it stays well inside the one storage.sync item it shares with the rule settings.
 */
export const MAX_NEVER_FLAG = 50;
export const MAX_NEVER_FLAG_LENGTH = 100;

const SEVERITIES = ['off', 'hint', 'warn'] as const;

/** How a field's value is read. */
export interface Reading {
  /** A policy (a file or the organisation's) rather than saved settings. */
  strict: boolean;
  /** The rules a strict reading accepts ids of. */
  rules: readonly RuleInfo[];
}

/** How a field is described in JSON Schema. */
export interface Describing {
  /**
   * The subset Chrome accepts for an extension's storage.managed_schema: `additionalProperties`
   * only as a schema, bounds only on integers, no string lengths (the extension checks those).
   */
  chrome: boolean;
  rules: readonly RuleInfo[];
}

export type JsonSchema = Record<string, unknown>;

interface Common<T> {
  schema(reading: Reading): v.GenericSchema<unknown, T>;
  /** Not read by the engine (the policy's name, a rule about other fields). */
  engine?: false;
}

/** A setting a policy may set too. */
interface TeamField<T> extends Common<T> {
  personal?: false;
  json(describing: Describing): JsonSchema;
  /**
   * How far an organisation's value is cut into parts that are checked, and left out when
   * invalid, one by one: 0 the whole value, 1 each key or item, 2 each key of each key.
   */
  parts: 0 | 1 | 2;
  /** Why the last item of a list, valid on its own, cannot be kept with those before it. */
  leftOut?(list: T): string | undefined;
  /** The organisation's value over the team's own. */
  over(own: T | undefined, top: T): T;
}

/** The agent's own setting: saved, never set (or exported) by a policy file or the organisation. */
interface PersonalField<T> extends Common<T> {
  personal: true;
  /** The boolean team field that, set to false by a policy, turns this one off (not applied, and cleared on import). */
  allowedBy?: string;
}

type Field<T> = TeamField<T> | PersonalField<T>;
const field = <T>(declared: Field<T>): Field<T> => declared;

const text = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty('expected a non-empty string'),
    v.maxLength(max, (issue) => `expected at most ${max} characters, got ${String(issue.received)}`),
  );

const range = (issue: v.BaseIssue<unknown>) => `expected a number from 0 to 100, got ${String(issue.input)}`;
const weight = v.pipe(v.number(), v.finite(), v.minValue(0, range), v.maxValue(100, range));

/** A rule id: any string when saved; an id of the right kind when strict, with "did you mean". */
function ruleId(reading: Reading, kind?: RuleInfo['kind']): v.GenericSchema<string> {
  if (!reading.strict) return v.string();
  const ids = reading.rules.map((rule) => rule.id);
  const allowed = kind === undefined ? ids : reading.rules.filter((rule) => rule.kind === kind).map((rule) => rule.id);
  const what = kind === undefined ? 'rule' : `${kind} rule`;
  return v.pipe(
    v.string(),
    v.check((id) => allowed.includes(id), (issue) => unknownId(String(issue.input), allowed, ids, what)),
  );
}

/** A strict reading refuses unknown keys; a saved one drops them (an older version reading a newer save). */
const object = <E extends v.ObjectEntries>(reading: Reading, entries: E) => (reading.strict ? v.strictObject(entries) : v.object(entries));

const list = <T>(max: number, noun: string, item: v.GenericSchema<unknown, T>) =>
  v.pipe(v.array(item), v.maxLength(max, (issue) => `expected at most ${max} ${noun}, got ${String(issue.received)}`));

const closed = (describing: Describing, schema: JsonSchema): JsonSchema => (describing.chrome ? schema : { ...schema, additionalProperties: false });
const jsonText = (describing: Describing, max: number, description: string): JsonSchema =>
  describing.chrome ? { type: 'string', description } : { type: 'string', minLength: 1, maxLength: max, pattern: '\\S', description };

/** A team phrase, as the organisation's and the team's lists are told apart and merged. */
export const phraseKey = (p: { ruleId: string; phrase: string }): string => `${p.ruleId}\u0000${p.phrase.trim().toLowerCase().replace(/\s+/g, ' ')}`;

/** What is wrong with a phrase pattern, if anything (an expansion too long counts). */
function patternProblem(phrase: string): string | undefined {
  const expanded = expandPattern(phrase);
  if (!expanded.ok) return expanded.error;
  const long = expanded.phrases.find((p) => p.length > MAX_PHRASE_LENGTH);
  return long === undefined ? undefined : `pattern: "${long.slice(0, 40)}…" is longer than ${MAX_PHRASE_LENGTH} characters`;
}

/** The fields, in the order files and schemas list them. */
export const FIELDS = {
  name: field<string>({
    engine: false,
    schema: () => text(MAX_TEXT_LENGTH),
    json: (d) => jsonText(d, MAX_TEXT_LENGTH, 'The policy’s name, e.g. the team it is for.'),
    parts: 0,
    over: (_, top) => top,
  }),

  rules: field<Record<string, RulePreference>>({
    schema: (r) => v.record(ruleId(r), object(r, { severity: v.optional(v.picklist(SEVERITIES)), weight: v.optional(weight) })),
    json: (d) =>
      closed(d, {
        type: 'object',
        description: 'Severity and weight per rule id.',
        properties: Object.fromEntries(
          d.rules.map((rule) => [
            rule.id,
            closed(d, {
              type: 'object',
              description: `${rule.title} (${rule.kind}, ${rule.category}; default ${rule.defaultSeverity}, weight ${rule.defaultWeight})`,
              properties: {
                severity: { type: 'string', enum: [...SEVERITIES] },
                // Chrome's schema format allows bounds only on integers.
                weight: { type: d.chrome ? 'integer' : 'number', minimum: 0, maximum: 100, description: 'Share in its score (0-100).' },
              },
            }),
          ]),
        ),
      }),
    // Each rule's severity and weight apart: a bad weight keeps the severity locked.
    parts: 2,
    over: (own, top) => {
      const rules: Record<string, RulePreference> = { ...own };
      for (const [id, pref] of Object.entries(top)) rules[id] = { ...rules[id], ...pref };
      return rules;
    },
  }),

  phrases: field<PatternPhrase[]>({
    schema: (r) => {
      const phrase = object(r, {
        ruleId: ruleId(r, 'flag'),
        phrase: text(MAX_PHRASE_LENGTH),
        message: v.optional(text(MAX_TEXT_LENGTH)),
        replacement: v.optional(text(MAX_TEXT_LENGTH)),
        pattern: v.optional(v.boolean()),
      });
      if (!r.strict) return list(MAX_PHRASES, 'phrases', phrase);
      const checked = v.pipe(
        phrase,
        v.forward(
          v.check(
            (p) => !p.pattern || patternProblem(p.phrase) === undefined,
            (issue) => patternProblem((issue.input as { phrase: string }).phrase) ?? 'invalid pattern',
          ),
          ['phrase'],
        ),
      );
      return v.pipe(
        list(MAX_PHRASES, 'phrases', checked),
        v.check(
          (all) => expandPhrases(all).length < MAX_EXPANDED_PHRASES,
          `the patterns stand for ${MAX_EXPANDED_PHRASES} phrases or more together; expected fewer`,
        ),
      );
    },
    json: (d) => ({
      type: 'array',
      ...(d.chrome ? {} : { maxItems: MAX_PHRASES }),
      description: 'Extra phrases to flag.',
      items: closed(d, {
        type: 'object',
        ...(d.chrome ? {} : { required: ['ruleId', 'phrase'] }),
        properties: {
          ruleId: { type: 'string', enum: d.rules.filter((rule) => rule.kind === 'flag').map((rule) => rule.id), description: 'The flag rule the phrase is reported under.' },
          phrase: jsonText(d, MAX_PHRASE_LENGTH, 'Wording to flag, matched literally (case, spacing and quotes tolerated).'),
          message: jsonText(d, MAX_TEXT_LENGTH, 'Why it hurts, shown to the agent.'),
          replacement: jsonText(d, MAX_TEXT_LENGTH, 'A better phrasing.'),
          pattern: {
            type: 'boolean',
            description: 'The phrase is a pattern: (a|b) for choices, [words] for optional words; it is expanded into the literal phrases it stands for.',
          },
        },
      }),
    }),
    parts: 1,
    // The first phrases within the caps are kept.
    leftOut: (all) => {
      if (all.length > MAX_PHRASES) return `the policy may set at most ${MAX_PHRASES} phrases`;
      if (expandPhrases(all).length >= MAX_EXPANDED_PHRASES) return `with the phrases before it the patterns would stand for ${MAX_EXPANDED_PHRASES} phrases or more`;
      return undefined;
    },
    // The organisation's phrases first; the team's own that say the same are not repeated.
    over: (own, top) => {
      const seen = new Set(top.map(phraseKey));
      return [...top, ...(own ?? []).filter((p) => !seen.has(phraseKey(p)))];
    },
  }),

  templates: field<Record<string, string>>({
    schema: (r) => v.record(ruleId(r, 'suggestion'), text(MAX_TEXT_LENGTH)),
    json: (d) =>
      closed(d, {
        type: 'object',
        description: 'A suggestion rule’s ready sentence in the team’s words; {issue} is filled from the customer’s message.',
        properties: Object.fromEntries(d.rules.filter((rule) => rule.kind === 'suggestion').map((rule) => [rule.id, jsonText(d, MAX_TEXT_LENGTH, rule.title)])),
      }),
    parts: 1,
    over: (own, top) => ({ ...own, ...top }),
  }),

  agentNeverFlag: field<boolean>({
    engine: false,
    schema: () => v.boolean(),
    json: () => ({
      type: 'boolean',
      description:
        'Whether agents may keep their own "never flag this phrase" list (true, the default). false: their lists are not applied and Never flag is not offered; importing the file clears the list.',
    }),
    parts: 0,
    over: (_, top) => top,
  }),

  neverFlag: field<QuietPhrase[]>({
    personal: true,
    allowedBy: 'agentNeverFlag',
    schema: (r) => list(MAX_NEVER_FLAG, 'phrases', object(r, { ruleId: ruleId(r, 'flag'), phrase: text(MAX_NEVER_FLAG_LENGTH) })),
  }),
};

type Fields = typeof FIELDS;
export type FieldName = keyof Fields;
type ValueOf<F> = F extends Field<infer T> ? T : never;

/** What the options page edits and saves. */
export type TeamSettings = { [K in FieldName]?: ValueOf<Fields[K]> };

export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];
/** The fields a policy (file or organisation's) may set. */
export const POLICY_FIELDS = FIELD_NAMES.filter((name) => FIELDS[name].personal !== true);

/** A field a policy may set, with what that needs; undefined for a personal or unknown one. */
export function teamField(name: string): TeamField<unknown> | undefined {
  const declared = (FIELDS as Record<string, Field<unknown>>)[name];
  return declared && declared.personal !== true && Object.hasOwn(FIELDS, name) ? declared : undefined;
}

/** The fields' schemas, each optional, for a valibot object: every field, or the policy's. */
export function fieldEntries(reading: Reading, which: 'all' | 'policy'): v.ObjectEntries {
  const names = which === 'all' ? FIELD_NAMES : POLICY_FIELDS;
  return Object.fromEntries(names.map((name) => [name, v.optional(FIELDS[name].schema(reading) as v.GenericSchema)]));
}

/** The fields as JSON Schema properties, for the policy file's and the managed schema. */
export function fieldProperties(describing: Describing): Record<string, JsonSchema> {
  return Object.fromEntries(POLICY_FIELDS.map((name) => [name, (FIELDS[name] as TeamField<unknown>).json(describing)]));
}

const isEmpty = (value: unknown): boolean =>
  value === undefined || (Array.isArray(value) ? value.length === 0 : typeof value === 'object' && value !== null && Object.keys(value).length === 0);

/** The declared fields of `value` (the policy's only, when asked), leaving out empty ones. */
export function settingsIn(value: Record<string, unknown>, which: 'all' | 'policy' = 'all'): TeamSettings {
  const settings: Record<string, unknown> = {};
  for (const name of which === 'all' ? FIELD_NAMES : POLICY_FIELDS) if (!isEmpty(value[name])) settings[name] = value[name];
  return settings as TeamSettings;
}

/** Whether the agent's own field `name` applies: no policy turned it off. */
export function allowed(settings: TeamSettings, name: FieldName): boolean {
  const declared = FIELDS[name] as Field<unknown>;
  return !(declared.personal === true && declared.allowedBy !== undefined && settings[declared.allowedBy as FieldName] === false);
}

/**
 * A policy file imported over the settings on the page: its fields replace the team's,
 * and the agent's own stay, unless the policy turns them off.
 */
export function importOver(current: TeamSettings, imported: TeamSettings): TeamSettings {
  const next: Record<string, unknown> = { ...imported };
  for (const name of FIELD_NAMES) {
    if (FIELDS[name].personal === true && current[name] !== undefined && allowed(imported, name)) next[name] = current[name];
  }
  return next as TeamSettings;
}

/** The organisation's valid parts over the team's own settings, field by field. */
export function overlay(own: TeamSettings, top: TeamSettings): TeamSettings {
  const merged: Record<string, unknown> = { ...own };
  for (const name of POLICY_FIELDS) {
    const value = top[name];
    if (value !== undefined) merged[name] = teamField(name)!.over(own[name], value);
  }
  return merged as TeamSettings;
}

/**
 * What the engine runs with: the fields it reads, pattern phrases expanded, and the agent's
 * never-flag list only where no policy turned such lists off.
 */
export function engineSettings(settings: TeamSettings): Settings {
  const engine: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) {
    if (FIELDS[name].engine !== false && settings[name] !== undefined && allowed(settings, name)) engine[name] = settings[name];
  }
  return forEngine(engine as Settings);
}

function unknownId(id: string, allowed: string[], all: string[], what: string): string {
  if (all.includes(id)) return `"${id}" is not a ${what} (expected one of ${allowed.join(', ')})`;
  const near = closest(id, allowed);
  const shown = id.length > 60 ? `${id.slice(0, 60)}… (${id.length} characters)` : id;
  return `unknown ${what} id "${shown}"` + (near ? ` (did you mean "${near}"?)` : ` (expected one of ${allowed.join(', ')})`);
}

/** The allowed id within edit distance 2 of `id`, for "did you mean". */
function closest(id: string, allowed: string[]): string | undefined {
  // No id within distance 2 can be found for one much longer than every allowed id; this
  // also keeps a megabyte-long unknown id from costing a megabyte-squared comparison.
  if (id.length > Math.max(...allowed.map((a) => a.length)) + 2) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of allowed) {
    const d = editDistance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
