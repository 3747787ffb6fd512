import type { RuleInfo } from '../types';
import { FLAG_RULES } from './flags';
import { REBUTTING_FLAGS, SUGGESTION_RULES } from './suggestions';

export { FLAG_RULES, REBUTTING_FLAGS, SUGGESTION_RULES };

/** Every rule as the UIs describe it, in RULES.md order. */
export const RULES: readonly RuleInfo[] = [
  ...FLAG_RULES.map((r) => ({
    id: r.id, kind: 'flag' as const, category: r.category, title: r.title, why: r.why, better: r.better,
    defaultSeverity: r.severity, defaultWeight: r.weight, examples: r.examples,
  })),
  ...SUGGESTION_RULES.map((r) => ({
    id: r.id, kind: 'suggestion' as const, category: r.category, title: r.title, why: r.why,
    // What the move says: the ready sentence, or its bracketed form where it names the customer's problem.
    better: r.template.includes('{issue}') ? r.fallback : r.template,
    defaultSeverity: r.severity, defaultWeight: r.weight,
  })),
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
