// Public entry of the scoring engine (pure TypeScript, no browser API).
// Work in progress: the real implementation lands in the following commits.
import type { Result, RuleInfo, ScoreInput, Settings } from './types';
export type * from './types';

export const RULES: readonly RuleInfo[] = [];

export type Scorer = (input: ScoreInput) => Result;

/** Compiles rules and settings once; the returned scorer is called per keystroke. */
export function createScorer(_settings: Settings = {}): Scorer {
  return ({ reply }) => (reply.trim() === '' ? { scores: { listening: null, ownership: null }, findings: [] } : { scores: { listening: 100, ownership: 100 }, findings: [] });
}

export function score(input: ScoreInput, settings?: Settings): Result {
  return createScorer(settings)(input);
}
