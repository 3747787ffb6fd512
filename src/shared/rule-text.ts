// What the popup and the options page say about a rule and a grade, in the browser's language.
import { RULE_CATALOGUE } from '../engine/catalogue';
import type { Finding } from '../engine/types';
import type { Grade } from './grade';
import { optionalMessage, reasonOf, ruleKey, t } from './i18n';

const humanise = (id: string): string => {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * A rule's display title and why it matters, in the browser's language: from _locales by
 * rule id, else the engine's English text (a rule added to the engine shows up at once).
 */
export function ruleInfo(id: string): { title: string; why: string | undefined } {
  const rule = RULE_CATALOGUE.find((r) => r.id === id);
  return {
    title: optionalMessage(ruleKey(id, 'title')) ?? rule?.title ?? humanise(id),
    why: optionalMessage(ruleKey(id, 'why')) ?? rule?.why,
  };
}

/** Why a finding hurts: the localised reason when it is the rule's own, a team's message as written. */
export function whyOf(finding: Finding): string {
  return reasonOf(finding, RULE_CATALOGUE.find((r) => r.id === finding.ruleId)?.why ?? '');
}

export { gradeOf, type Grade } from './grade';
export const gradeLabel = (grade: Grade): string => t(grade === 'good' ? 'grade_good' : grade === 'fair' ? 'grade_fair' : 'grade_poor');
export const GRADE_LABEL: Record<Grade, string> = { good: gradeLabel('good'), fair: gradeLabel('fair'), poor: gradeLabel('poor') };
