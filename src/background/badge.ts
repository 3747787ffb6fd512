// The toolbar badge for a tab: how many warnings (or, with none, how many hints), coloured by the lower score.
import type { Result } from '../engine/types';
import { gradeOf } from '../shared/grade';

export interface Badge {
  text: string;
  color: string;
}

export const BADGE_COLORS = { good: '#188038', fair: '#b06000', poor: '#c5221f' } as const;

/** Grey: not a grade, a reply the English rules do not read. */
const NOT_CHECKED = '#5f6368';

export function badgeFor(result: Result): Badge {
  if (result.language) return { text: 'EN?', color: NOT_CHECKED };
  const { listening, ownership } = result.scores;
  const scores = [listening, ownership].filter((s): s is number => s !== null);
  if (scores.length === 0) return { text: '', color: BADGE_COLORS.good };
  const grade = gradeOf(Math.min(...scores));
  const warnings = result.findings.filter((f) => f.severity === 'warn').length;
  // A tick only for a reply that grades good: "ok" to an angry customer has no warnings, but
  // its missing moves are what to look at, and they are counted instead.
  const text = warnings > 0 ? String(warnings) : grade === 'good' ? '✓' : String(result.findings.length || '!');
  return { text, color: BADGE_COLORS[grade] };
}
