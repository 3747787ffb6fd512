// Public entry of the scoring engine: pure TypeScript, no browser API, so the
// same code runs in the extension's worker, in tests and on the command line.
import { createScorer } from './scorer';
import type { Result, ScoreInput, Settings } from './types';

export type * from './types';
export type { Scorer } from './scorer';
export { createScorer };
export { RULES, RULE_IDS } from './rules';

/** One-off scoring; compile once with createScorer when scoring many replies. */
export function score(input: ScoreInput, settings?: Settings): Result {
  return createScorer(settings)(input);
}
