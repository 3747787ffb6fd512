// A team policy file: the JSON a team lead saves and shares, turned into engine Settings.
// Pure (no browser or Node API): the command line's --policy and the options page both use it.
import * as v from 'valibot';
import { MAX_TEAM_PHRASE_LENGTH, RULES } from '../engine';
import type { RuleInfo, Settings } from '../engine';
import { expandPattern, expandPhrases, MAX_EXPANDED_PHRASES } from './settings-patterns';

const POLICY_VERSION = 1;
export const MAX_PHRASES = 500;
export const MAX_PHRASE_LENGTH = MAX_TEAM_PHRASE_LENGTH;
export const MAX_TEXT_LENGTH = 500;

export type PolicyResult = { ok: true; settings: Settings; name?: string } | { ok: false; errors: string[] };

const SEVERITIES = ['off', 'hint', 'warn'] as const;
/** Problems listed one by one; past this a count says how many more there are. */
export const MAX_PROBLEMS = 20;
/** Keys that name an object's prototype machinery: never a rule id, so refused rather than dropped. */
const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Parses a policy file's text; errors say where (field path) and what was expected. */
export function parsePolicyText(text: string, rules: readonly RuleInfo[] = RULES): PolicyResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
  return parsePolicy(json, rules);
}

/** Validates an already-parsed policy. `rules` defaults to the engine's; tests may pass their own. */
export function parsePolicy(json: unknown, rules: readonly RuleInfo[] = RULES): PolicyResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, errors: [`policy: expected a JSON object, got ${Array.isArray(json) ? 'an array' : JSON.stringify(json)}`] };
  }
  const forbidden = forbiddenKeys(json, '');
  if (forbidden.length > 0) return { ok: false, errors: capped(forbidden) };
  const result = v.safeParse(policySchema(rules), json);
  if (!result.success) return { ok: false, errors: capped(result.issues.map(describeIssue)) };
  const { name, rules: prefs, phrases, templates } = result.output;
  const settings: Settings = {};
  if (prefs) settings.rules = prefs;
  if (phrases) settings.phrases = phrases;
  if (templates) settings.templates = templates;
  return name === undefined ? { ok: true, settings } : { ok: true, settings, name };
}

/** Where the file uses `__proto__`, `constructor` or `prototype` as a key (JSON.parse keeps them as own keys). */
function forbiddenKeys(value: unknown, path: string): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const found: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const where = Array.isArray(value) ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
    if (!Array.isArray(value) && FORBIDDEN_KEYS.includes(key)) found.push(`${where}: "${key}" is not allowed as a key`);
    else found.push(...forbiddenKeys(child, where));
  }
  return found;
}

/** The first MAX_PROBLEMS problems, then one line with how many more there are. */
export function capped(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more problems`];
}

function policySchema(rules: readonly RuleInfo[]) {
  const ids = rules.map((rule) => rule.id);
  const flagIds = rules.filter((rule) => rule.kind === 'flag').map((rule) => rule.id);
  const suggestionIds = rules.filter((rule) => rule.kind === 'suggestion').map((rule) => rule.id);
  const ruleId = (allowed: string[], what: string) =>
    v.pipe(
      v.string(),
      v.check((id) => allowed.includes(id), (issue) => unknownId(String(issue.input), allowed, ids, what)),
    );
  const text = (max: number) =>
    v.pipe(
      v.string(),
      v.trim(),
      v.nonEmpty('expected a non-empty string'),
      v.maxLength(max, (issue) => `expected at most ${max} characters, got ${String(issue.received)}`),
    );

  return v.strictObject({
    $schema: v.optional(v.string()),
    version: v.literal(POLICY_VERSION),
    name: v.optional(text(MAX_TEXT_LENGTH)),
    rules: v.optional(
      v.record(
        ruleId(ids, 'rule'),
        v.strictObject({
          severity: v.optional(v.picklist(SEVERITIES)),
          weight: v.optional(
            v.pipe(
              v.number(),
              v.finite(),
              v.minValue(0, (issue) => `expected a number from 0 to 100, got ${String(issue.input)}`),
              v.maxValue(100, (issue) => `expected a number from 0 to 100, got ${String(issue.input)}`),
            ),
          ),
        }),
      ),
    ),
    phrases: v.optional(
      v.pipe(
        v.array(
          v.pipe(
            v.strictObject({
              ruleId: ruleId(flagIds, 'flag rule'),
              phrase: text(MAX_PHRASE_LENGTH),
              message: v.optional(text(MAX_TEXT_LENGTH)),
              replacement: v.optional(text(MAX_TEXT_LENGTH)),
              pattern: v.optional(v.boolean()),
            }),
            v.forward(
              v.check(
                (p) => !p.pattern || patternProblem(p.phrase) === undefined,
                (issue) => patternProblem((issue.input as { phrase: string }).phrase) ?? 'invalid pattern',
              ),
              ['phrase'],
            ),
          ),
        ),
        v.maxLength(MAX_PHRASES, (issue) => `expected at most ${MAX_PHRASES} phrases, got ${String(issue.received)}`),
        v.check(
          (list) => expandPhrases(list).length < MAX_EXPANDED_PHRASES,
          `the patterns stand for ${MAX_EXPANDED_PHRASES} phrases or more together; expected fewer`,
        ),
      ),
    ),
    templates: v.optional(v.record(ruleId(suggestionIds, 'suggestion rule'), text(MAX_TEXT_LENGTH))),
  });
}

/** What is wrong with a phrase pattern, if anything (an expansion too long counts). */
function patternProblem(phrase: string): string | undefined {
  const expanded = expandPattern(phrase);
  if (!expanded.ok) return expanded.error;
  const long = expanded.phrases.find((p) => p.length > MAX_PHRASE_LENGTH);
  return long === undefined ? undefined : `pattern: "${long.slice(0, 40)}…" is longer than ${MAX_PHRASE_LENGTH} characters`;
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

/** A key as a message shows it: a huge one is cut. */
const shortKey = (key: string) => (key.length > 60 ? `${key.slice(0, 60)}…` : key);

type Issue = v.InferIssue<ReturnType<typeof policySchema>>;

function describeIssue(issue: Issue): string {
  const path = (issue.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${shortKey(String(item.key))}`)).join('').replace(/^\./, '');
  const where = path === '' ? 'policy' : path;
  const lastKey = issue.path?.at(-1);
  if (issue.type === 'strict_object' && lastKey?.origin === 'key') {
    return issue.received === 'undefined' ? `${where}: required` : `${where}: unknown field`;
  }
  if (issue.kind === 'schema') return `${where}: expected ${issue.expected?.replace(/^\((.*)\)$/, '$1')}, got ${issue.received}`;
  return `${where}: ${issue.message}`;
}

/** The policy file for settings, as the options page exports it. */
export function toPolicy(settings: Settings & { name?: string }): Record<string, unknown> {
  const policy: Record<string, unknown> = { version: POLICY_VERSION };
  if (settings.name) policy.name = settings.name;
  if (settings.rules && Object.keys(settings.rules).length > 0) policy.rules = settings.rules;
  if (settings.phrases && settings.phrases.length > 0) policy.phrases = settings.phrases;
  if (settings.templates && Object.keys(settings.templates).length > 0) policy.templates = settings.templates;
  return policy;
}

const POLICY_SCHEMA_ID = 'urn:replycoach:policy:1';

type JsonSchema = Record<string, unknown>;

/**
 * The policy file's JSON Schema (committed as policy.schema.json, for editors), built
 * from the same rule list and limits as the valibot schema above. `chrome: true` gives
 * the subset Chrome accepts for an extension's storage.managed_schema: no `$schema`,
 * `additionalProperties` only as a schema, bounds only on integers, no string lengths
 * (the extension checks those), plus `organization`, who set the policy.
 */
export function policyJsonSchema(rules: readonly RuleInfo[] = RULES, options: { chrome?: boolean } = {}): JsonSchema {
  const chrome = options.chrome === true;
  const ids = (kind?: RuleInfo['kind']) => rules.filter((rule) => kind === undefined || rule.kind === kind);
  const closed = (schema: JsonSchema): JsonSchema => (chrome ? schema : { ...schema, additionalProperties: false });
  const text = (max: number, description: string): JsonSchema =>
    chrome ? { type: 'string', description } : { type: 'string', minLength: 1, maxLength: max, pattern: '\\S', description };
  const weight: JsonSchema = chrome
    ? { type: 'integer', minimum: 0, maximum: 100, description: 'Share in its score (0-100).' }
    : { type: 'number', minimum: 0, maximum: 100, description: 'Share in its score (0-100).' };
  const rulePreference = (rule: RuleInfo): JsonSchema =>
    closed({
      type: 'object',
      description: `${rule.title} (${rule.kind}, ${rule.category}; default ${rule.defaultSeverity}, weight ${rule.defaultWeight})`,
      properties: { severity: { type: 'string', enum: [...SEVERITIES] }, weight },
    });
  const phrase = closed({
    type: 'object',
    ...(chrome ? {} : { required: ['ruleId', 'phrase'] }),
    properties: {
      ruleId: { type: 'string', enum: ids('flag').map((rule) => rule.id), description: 'The flag rule the phrase is reported under.' },
      phrase: text(MAX_PHRASE_LENGTH, 'Wording to flag, matched literally (case, spacing and quotes tolerated).'),
      message: text(MAX_TEXT_LENGTH, 'Why it hurts, shown to the agent.'),
      replacement: text(MAX_TEXT_LENGTH, 'A better phrasing.'),
      pattern: {
        type: 'boolean',
        description: 'The phrase is a pattern: (a|b) for choices, [words] for optional words; it is expanded into the literal phrases it stands for.',
      },
    },
  });
  const properties: Record<string, JsonSchema> = {
    ...(chrome
      ? { organization: { type: 'string', description: 'Who set this policy, shown beside the settings it locks.' } }
      : { $schema: { type: 'string' }, version: { type: 'integer', enum: [POLICY_VERSION], description: 'The file format version.' } }),
    name: text(MAX_TEXT_LENGTH, 'The policy’s name, e.g. the team it is for.'),
    rules: closed({
      type: 'object',
      description: 'Severity and weight per rule id.',
      properties: Object.fromEntries(ids().map((rule) => [rule.id, rulePreference(rule)])),
    }),
    phrases: { type: 'array', ...(chrome ? {} : { maxItems: MAX_PHRASES }), description: 'Extra phrases to flag.', items: phrase },
    templates: closed({
      type: 'object',
      description: 'A suggestion rule’s ready sentence in the team’s words; {issue} is filled from the customer’s message.',
      properties: Object.fromEntries(ids('suggestion').map((rule) => [rule.id, text(MAX_TEXT_LENGTH, rule.title)])),
    }),
  };
  if (chrome) return { type: 'object', properties };
  return closed({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: POLICY_SCHEMA_ID,
    title: 'ReplyCoach team policy',
    type: 'object',
    required: ['version'],
    properties,
  });
}
