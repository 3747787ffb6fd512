// A rule's weight as a team lead picks it: Low, Medium or High, stored as the number the
// engine reads (settings keep `rules[id].weight`, 0–100, unchanged).
//
// Weights are shares within a score (src/engine/scores.ts): only how one rule's weight
// compares with the others' counts. So the three levels are relative to each rule's own
// default rather than fixed numbers: Medium is the default, Low half of it, High twice it
// (at most 100). The defaults differ from rule to rule (5 for "Say I, not we", 20 for
// "Restate the problem"), and every rule starts at Medium. Any other number, from a policy
// file written by hand or an organisation's policy, is kept as it is and shown as Custom.
import type { RuleInfo } from '../engine';

export type WeightLevel = 'low' | 'medium' | 'high';
export const WEIGHT_LEVELS: readonly WeightLevel[] = ['low', 'medium', 'high'];

export function weightFor(rule: Pick<RuleInfo, 'defaultWeight'>, level: WeightLevel): number {
  const base = rule.defaultWeight;
  if (level === 'low') return Math.round(base / 2);
  if (level === 'high') return Math.min(100, base * 2);
  return base;
}

/** The level a stored weight stands for, or undefined for a custom number. */
export function levelOf(rule: Pick<RuleInfo, 'defaultWeight'>, weight: number): WeightLevel | undefined {
  return WEIGHT_LEVELS.find((level) => weightFor(rule, level) === weight);
}
