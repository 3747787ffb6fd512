// Public entry of the scoring engine: pure TypeScript, no browser API, so the
// same code runs in the extension's worker, in tests and on the command line.
import { createScorer } from './scorer';
import type { Result, ScoreInput, Settings } from './types';

export type * from './types';
import type { Scorer } from './scorer';
export type { Scorer };
export { createScorer };
export { RULES, RULE_IDS } from './rules';
export { MAX_TEAM_PHRASE_LENGTH } from './flags';

let defaultScorer: Scorer | undefined;

/**
 * One-off scoring. Compiling rules takes milliseconds, so the default rules are
 * compiled once and kept; with team settings, compile once with createScorer
 * and reuse the scorer.
 */
export function score(input: ScoreInput, settings?: Settings): Result {
  if (settings === undefined) return (defaultScorer ??= createScorer())(input);
  return createScorer(settings)(input);
}
