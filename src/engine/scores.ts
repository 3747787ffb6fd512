// Two 0-100 scores: each category starts at 100 and loses the weight of every
// active rule that fired in it, relative to the weight of its active rules in play (a move the
// conversation does not call for, such as answering a threat to leave that nobody made, is
// not in play: it neither costs nor dilutes what the other rules cost).
import type { Category, Scores } from './types';

export interface ActiveRule {
  category: Category;
  weight: number;
}

/** `fired[i]` counts the findings of `active[i]` (a suggestion fires at most once); `inPlay[i]` is 0 for a rule left out. */
export function computeScores(active: readonly ActiveRule[], fired: ArrayLike<number>, inPlay?: ArrayLike<number>): Scores {
  const score = (category: Category): number | null => {
    let total = 0;
    let lost = 0;
    for (let i = 0; i < active.length; i++) {
      const rule = active[i]!;
      if (rule.category !== category || inPlay?.[i] === 0) continue;
      total += rule.weight;
      const count = fired[i]!;
      // A repeated flag costs more, but never more than twice its weight.
      if (count > 0) lost += rule.weight * Math.min(2, 1 + 0.25 * (count - 1));
    }
    if (total === 0) return null;
    return Math.max(0, Math.round(100 * (1 - lost / total)));
  };
  return { listening: score('listening'), ownership: score('ownership') };
}
