import { RULES } from '../engine';

const humanise = (id: string): string => {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** A rule's display title and why it matters, from the engine's rule list. */
export function ruleInfo(id: string): { title: string; why: string | undefined } {
  const rule = RULES.find((r) => r.id === id);
  return { title: rule?.title ?? humanise(id), why: rule?.why };
}

export type Grade = 'good' | 'fair' | 'poor';

export const gradeOf = (score: number): Grade => (score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor');
export const GRADE_LABEL: Record<Grade, string> = { good: 'Good', fair: 'Fair', poor: 'Needs work' };
