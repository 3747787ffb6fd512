// The toolbar badge for a tab: how many warnings, coloured by the lower score.
import type { Result } from '../engine/types';
import { gradeOf } from '../shared/grade';

export interface Badge {
  text: string;
  color: string;
}

export const BADGE_COLORS = { good: '#188038', fair: '#b06000', poor: '#c5221f' } as const;

export function badgeFor(result: Result): Badge {
  const { listening, ownership } = result.scores;
  const scores = [listening, ownership].filter((s): s is number => s !== null);
  if (scores.length === 0) return { text: '', color: BADGE_COLORS.good };
  const low = Math.min(...scores);
  const color = BADGE_COLORS[gradeOf(low)];
  const warnings = result.findings.filter((f) => f.severity === 'warn').length;
  return { text: warnings > 0 ? String(warnings) : '✓', color };
}
