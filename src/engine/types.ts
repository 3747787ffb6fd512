// The engine's public vocabulary. Everything here is plain data so that results
// cross the extension's message boundary and the command line's JSON unchanged.

export type Kind = 'flag' | 'suggestion';
export type Category = 'listening' | 'ownership';
export type Severity = 'off' | 'hint' | 'warn';

export interface Finding {
  ruleId: string;
  kind: Kind;
  category: Category;
  severity: Exclude<Severity, 'off'>;
  /** UTF-16 offsets into the reply; a suggestion marks no span (0, 0). */
  start: number;
  end: number;
  /** The reply text at [start, end) for a flag; empty for a suggestion. */
  text: string;
  /** Why it matters (a flag), or why the move helps (a suggestion); the rule's title is in RULES. */
  message: string;
  /**
   * A flag's better phrasing, or a suggestion's ready sentence; empty for a suggestion when a
   * flag's better phrasing already offers that sentence (its Swap makes the move).
   */
  replacement: string;
  /**
   * True when `replacement` can directly replace the flagged span; an empty
   * replacement then means the phrase can simply be removed ("Please be advised that").
   */
  swap?: boolean;
  /**
   * Set when the Swap replaces more than the flagged words: a rewrite of their clause from the
   * agent's own words ("the system shows the payment was taken" → "our records show the payment
   * was taken, but they may be wrong, so I'm checking"). The stretch replaced, and its text.
   */
  swapSpan?: SwapSpan;
  /** Set on findings that come from a team phrase rather than a built-in rule. */
  team?: boolean;
  /**
   * Where a suggestion's ready sentence belongs when it is not at the end: an opening move (an
   * apology, a restatement) goes after the greeting, before the answer.
   */
  insertAt?: InsertPoint;
}

/** An offset in the reply, with the text that follows it when it was scored (up to 40 characters). */
export interface InsertPoint {
  offset: number;
  next: string;
}

export interface SwapSpan {
  start: number;
  end: number;
  text: string;
}

export interface Scores {
  listening: number | null;
  ownership: number | null;
}

export interface Result {
  scores: Scores;
  findings: Finding[];
  /** Set (an ISO 639-3 code) when the reply is not in English: nothing is scored or offered. */
  language?: string;
}

export interface RulePreference {
  severity?: Severity;
  weight?: number;
}

/** An extra phrase a team wants flagged under one of the flag rules. */
export interface TeamPhrase {
  ruleId: string;
  phrase: string;
  message?: string;
  replacement?: string;
}

/**
 * Wording that is not to be flagged under one rule: a flag whose text is this phrase (case,
 * spacing, quotes and contractions aside) is left out of the findings and the scores.
 */
export interface QuietPhrase {
  ruleId: string;
  phrase: string;
}

/** What a team policy or the options page can change. All fields optional. */
export interface Settings {
  rules?: Record<string, RulePreference>;
  phrases?: TeamPhrase[];
  /** A team's own ready sentence per suggestion rule; `{issue}` is filled from the customer's words. */
  templates?: Record<string, string>;
  /** The agent's own "never flag this phrase" list. */
  neverFlag?: QuietPhrase[];
}

export interface ScoreInput {
  reply: string;
  /** The customer's latest message in the thread, when the page shows one. */
  customer?: string;
  /** The requester's display name ("Dana Reyes"), when the page shows one; `wrong-name` reads it. */
  customerName?: string;
  /** Flags the agent dismissed in this reply: not reported, not counted in the scores. */
  dismissed?: QuietPhrase[];
}

/** Describes a rule for UIs (options page, popup, CLI help). */
export interface RuleInfo {
  id: string;
  kind: Kind;
  category: Category;
  title: string;
  why: string;
  better: string;
  defaultSeverity: Exclude<Severity, 'off'>;
  defaultWeight: number;
  /** A flag's built-in wordings, for people to read (the patterns catch many more). */
  examples?: readonly string[];
}
