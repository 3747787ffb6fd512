// Scoring a labeled evaluation set exactly as RULES.md ("Evaluation sets") defines it.
import type { Finding } from '../../src/engine';

export interface LabeledCase {
  id: string;
  customer?: string;
  /** The requester's display name, when the page shows one (read by `wrong-name`). */
  customerName?: string;
  reply: string;
  /** The complete list of flag ids that must fire: any other flag is a false positive. */
  flags: string[];
  suggest: string[];
  nosuggest: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** Suggestions only: a `nosuggest` label left quiet. */
  tn: number;
}

export interface CaseOutcome {
  case: LabeledCase;
  findings: Finding[];
  missedFlags: string[];
  extraFlags: string[];
  missedSuggestions: string[];
  wrongSuggestions: string[];
}

export interface Evaluation {
  flags: Map<string, Counts>;
  suggestions: Map<string, Counts>;
  outcomes: CaseOutcome[];
  flagMicro: { precision: number; recall: number; f1: number };
  suggestionBalanced: { recall: number; quiet: number; accuracy: number };
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const ratio = (n: number, d: number) => (d === 0 ? NaN : n / d);

/** `flagIds` are the flag rules micro-F1 runs over (RULES.md's seven). */
export function evaluate(cases: LabeledCase[], findingsOf: (c: LabeledCase) => Finding[], flagIds: readonly string[], suggestionIds: readonly string[]): Evaluation {
  const flags = new Map(flagIds.map((id) => [id, zero()]));
  const suggestions = new Map(suggestionIds.map((id) => [id, zero()]));
  const counts = (table: Map<string, Counts>, id: string) => table.get(id) ?? table.set(id, zero()).get(id)!;

  const outcomes = cases.map((c): CaseOutcome => {
    const findings = findingsOf(c);
    const firedFlags = new Set(findings.filter((f) => f.kind === 'flag').map((f) => f.ruleId));
    const firedSuggestions = new Set(findings.filter((f) => f.kind === 'suggestion').map((f) => f.ruleId));
    const expected = new Set(c.flags);
    for (const id of new Set([...expected, ...firedFlags])) {
      const n = counts(flags, id);
      if (expected.has(id) && firedFlags.has(id)) n.tp++;
      else if (expected.has(id)) n.fn++;
      else n.fp++;
    }
    for (const id of c.suggest) counts(suggestions, id)[firedSuggestions.has(id) ? 'tp' : 'fn']++;
    for (const id of c.nosuggest) counts(suggestions, id)[firedSuggestions.has(id) ? 'fp' : 'tn']++;
    return {
      case: c,
      findings,
      missedFlags: [...expected].filter((id) => !firedFlags.has(id)),
      extraFlags: [...firedFlags].filter((id) => !expected.has(id)),
      missedSuggestions: c.suggest.filter((id) => !firedSuggestions.has(id)),
      wrongSuggestions: c.nosuggest.filter((id) => firedSuggestions.has(id)),
    };
  });

  const sum = (table: Map<string, Counts>, ids: Iterable<string>) => {
    const total = zero();
    for (const id of ids) {
      const n = table.get(id);
      if (n) for (const key of ['tp', 'fp', 'fn', 'tn'] as const) total[key] += n[key];
    }
    return total;
  };
  const f = sum(flags, flagIds);
  const precision = ratio(f.tp, f.tp + f.fp);
  const recall = ratio(f.tp, f.tp + f.fn);
  const s = sum(suggestions, suggestions.keys());
  const suggestRecall = ratio(s.tp, s.tp + s.fn);
  const quiet = ratio(s.tn, s.tn + s.fp);
  return {
    flags,
    suggestions,
    outcomes,
    flagMicro: { precision, recall, f1: f.tp === 0 ? 0 : (2 * precision * recall) / (precision + recall) },
    suggestionBalanced: { recall: suggestRecall, quiet, accuracy: (suggestRecall + quiet) / 2 },
  };
}

export const precisionOf = (n: Counts) => ratio(n.tp, n.tp + n.fp);
export const recallOf = (n: Counts) => ratio(n.tp, n.tp + n.fn);
export const quietOf = (n: Counts) => ratio(n.tn, n.tn + n.fp);
