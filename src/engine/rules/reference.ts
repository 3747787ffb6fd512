// The rules' reference, written from the rule data itself, so that the rules, the options
// page, the command line and the documentation can never disagree. Committed as
// ./README.md; a unit test fails when it is stale (UPDATE_RULES_REFERENCE=1 rewrites it).
import type { FlagRuleData, SuggestionRuleData } from './types';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function flagSection(rule: FlagRuleData): string[] {
  const swaps = rule.patterns.filter((p) => typeof p !== 'string' && p.swap).length;
  const kinds = rule.check ? 'computed from the reply and the customer’s name' : `${rule.patterns.length} patterns, ${swaps} with a one-click swap`;
  return [
    `### \`${rule.id}\`: ${rule.title}`,
    '',
    `Flag · ${rule.category} · default ${rule.severity}, weight ${rule.weight} · ${kinds}${rule.unlessSentence ? `, ${rule.unlessSentence.length} hedges that keep a sentence quiet` : ''}${rule.unlessNear ? `, ${rule.unlessNear.length} read in the sentence after it too` : ''}${rule.unlessReply ? `, ${rule.unlessReply.length} anywhere in the reply` : ''}.`,
    '',
    rule.why,
    '',
    `Better: ${rule.better}`,
    '',
  ];
}

function suggestionSection(rule: SuggestionRuleData): string[] {
  return [
    `### \`${rule.id}\`: ${rule.title}`,
    '',
    `Suggestion · ${rule.category} · default ${rule.severity}, weight ${rule.weight} · fires when ${[rule.when, ...(rule.orWhen ?? [])]
      .map((all) => all.map((s) => `\`${s}\``).join(' and '))
      .join(', or when ')}${rule.unless.length ? `, unless ${rule.unless.map((s) => `\`${s}\``).join(' or ')}` : ''}.`,
    '',
    rule.why,
    '',
    `Ready sentence: ${rule.template}`,
    ...(rule.fallback !== rule.template ? ['', `To complete instead (no customer message to name the problem from, or the ready sentence would clash with the reply): ${rule.fallback}`] : []),
    ...(rule.clashesWith?.length ? ['', `Clashes with: ${rule.clashesWith.map((c) => `\`${c}\``).join(', ')}.`] : []),
    ...(rule.variant ? ['', `Said instead when ${rule.variant.when.map((c) => `\`${c}\``).join(' or ')}: ${rule.variant.template} (to complete: ${rule.variant.fallback})`] : []),
    ...(rule.variant?.clashesWith ? ['', `Said that way, it clashes with: ${rule.variant.clashesWith.map((c) => `\`${c}\``).join(', ')}.`] : []),
    '',
  ];
}

export function rulesReference(flags: readonly FlagRuleData[], suggestions: readonly SuggestionRuleData[]): string {
  const index = [
    '| id | kind | category | default | weight | title |',
    '|---|---|---|---|---|---|',
    ...flags.map((r) => `| \`${r.id}\` | flag | ${r.category} | ${r.severity} | ${r.weight} | ${cell(r.title)} |`),
    ...suggestions.map((r) => `| \`${r.id}\` | suggestion | ${r.category} | ${r.severity} | ${r.weight} | ${cell(r.title)} |`),
  ];
  return [
    '# Rules',
    '',
    'Written from the rule data in this folder by `src/engine/rules/reference.ts`; do not edit by hand',
    '(`UPDATE_RULES_REFERENCE=1 npx vitest run tests/unit/rules-reference.test.ts` rewrites it).',
    'Flags mark words in the agent’s reply; suggestions name a move the reply is missing.',
    '',
    ...index,
    '',
    '## Flags',
    '',
    ...flags.flatMap(flagSection),
    '## Suggestions',
    '',
    ...suggestions.flatMap(suggestionSection),
  ].join('\n');
}
