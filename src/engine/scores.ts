// Two 0-100 scores, one per category: what the reply avoided (its flags) times what it did (the
// moves the conversation calls for). A move the conversation does not call for, such as
// answering a threat to leave that nobody made, is not in play: it neither costs nor counts.
// Flags that did not fire are no credit for missing moves: "ok" to an angry customer avoids
// every flag and makes none of the moves, and needs work on both scores rather than being "Fair".
import type { Category, Kind, Scores } from './types';

export interface ActiveRule {
  category: Category;
  kind: Kind;
  weight: number;
}

/**
 * Moves are counted as if one more of ordinary weight had been made: one missed move among few
 * costs half a category, not all of it, while missing all of many still leaves little.
 */
const MOVE_PRIOR = 10;

/** A repeated flag costs more, but never more than twice its weight. */
const flagCost = (weight: number, count: number) => weight * Math.min(2, 1 + 0.25 * (count - 1));

/** `fired[i]` counts the findings of `active[i]` (a suggestion fires at most once); `inPlay[i]` is 0 for a rule left out. */
export function computeScores(active: readonly ActiveRule[], fired: ArrayLike<number>, inPlay?: ArrayLike<number>): Scores {
  const score = (category: Category): number | null => {
    let flagTotal = 0;
    let flagLost = 0;
    let moveTotal = 0;
    let moveLost = 0;
    for (let i = 0; i < active.length; i++) {
      const rule = active[i]!;
      if (rule.category !== category || inPlay?.[i] === 0) continue;
      const count = fired[i]!;
      if (rule.kind === 'flag') {
        flagTotal += rule.weight;
        if (count > 0) flagLost += flagCost(rule.weight, count);
      } else {
        moveTotal += rule.weight;
        if (count > 0) moveLost += rule.weight;
      }
    }
    if (flagTotal === 0 && moveTotal === 0) return null;
    const avoided = flagTotal === 0 ? 1 : Math.max(0, 1 - flagLost / flagTotal);
    const made = (moveTotal - moveLost + MOVE_PRIOR) / (moveTotal + MOVE_PRIOR);
    return Math.round(100 * avoided * made);
  };
  return { listening: score('listening'), ownership: score('ownership') };
}
