// A team policy file: the JSON a team lead saves and shares, turned into settings. Its
// fields are the team settings' (settings-fields.ts), read strictly, inside a versioned
// envelope. Pure (no browser or Node API): the command line's --policy and the options
// page both use it.
import * as v from 'valibot';
import { RULES } from '../engine';
import type { RuleInfo } from '../engine';
import { fieldEntries, fieldProperties, settingsIn, type JsonSchema, type TeamSettings } from './settings-fields';

const POLICY_VERSION = 1;

/** A policy's settings; its name apart, as the options page shows it. */
export type PolicyResult = { ok: true; settings: Omit<TeamSettings, 'name'>; name?: string } | { ok: false; errors: string[] };

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
  const { name, ...settings } = settingsIn(result.output, 'policy');
  return name === undefined ? { ok: true, settings } : { ok: true, settings, name };
}

/**
 * Checks settings about to be saved as strictly as a policy file, the agent's own fields
 * included, so that nothing invalid is ever stored. Gives them back trimmed.
 */
export function checkSettings(settings: TeamSettings): { ok: true; settings: TeamSettings } | { ok: false; errors: string[] } {
  const forbidden = forbiddenKeys(settings, '');
  if (forbidden.length > 0) return { ok: false, errors: capped(forbidden) };
  const result = v.safeParse(v.strictObject(fieldEntries({ strict: true, rules: RULES }, 'all')), settingsIn(settings));
  if (!result.success) return { ok: false, errors: capped(result.issues.map(describeIssue)) };
  return { ok: true, settings: settingsIn(result.output) };
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

const schemas = new WeakMap<readonly RuleInfo[], ReturnType<typeof buildPolicySchema>>();
/** Built once per rule list: the organisation's policy is checked part by part with it. */
const policySchema = (rules: readonly RuleInfo[]) => schemas.get(rules) ?? schemas.set(rules, buildPolicySchema(rules)).get(rules)!;

const buildPolicySchema = (rules: readonly RuleInfo[]) =>
  v.strictObject({
    $schema: v.optional(v.string()),
    version: v.literal(POLICY_VERSION),
    ...fieldEntries({ strict: true, rules }, 'policy'),
  });

/** A key as a message shows it: a huge one is cut. */
const shortKey = (key: string) => (key.length > 60 ? `${key.slice(0, 60)}…` : key);

type Issue = v.BaseIssue<unknown>;

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

/** The policy file for settings, as the options page exports it: the agent's own fields stay out. */
export function toPolicy(settings: TeamSettings): Record<string, unknown> {
  return { version: POLICY_VERSION, ...settingsIn(settings, 'policy') };
}

const POLICY_SCHEMA_ID = 'urn:replycoach:policy:1';

/**
 * The policy file's JSON Schema (committed as policy.schema.json, for editors), built from
 * the same declaration and rule list as the valibot schema above. `chrome: true` gives the
 * subset Chrome accepts for an extension's storage.managed_schema (see `Describing`), plus
 * `organization`, who set the policy.
 */
export function policyJsonSchema(rules: readonly RuleInfo[] = RULES, options: { chrome?: boolean } = {}): JsonSchema {
  const chrome = options.chrome === true;
  const properties: Record<string, JsonSchema> = {
    ...(chrome
      ? { organization: { type: 'string', description: 'Who set this policy, shown beside the settings it locks.' } }
      : { $schema: { type: 'string' }, version: { type: 'integer', enum: [POLICY_VERSION], description: 'The file format version.' } }),
    ...fieldProperties({ chrome, rules }),
  };
  if (chrome) return { type: 'object', properties };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: POLICY_SCHEMA_ID,
    title: 'ReplyCoach team policy',
    type: 'object',
    required: ['version'],
    properties,
    additionalProperties: false,
  };
}
