import type { Category } from '../types';

/** A pattern of the rule language (see ../pattern.ts), optionally with its own better phrasing. */
export type PatternData = string | { p: string; better: string; swap?: boolean };

interface RuleBase {
  id: string;
  category: Category;
  weight: number;
  severity: 'hint' | 'warn';
  title: string;
  /** Why it matters to the customer, shown with each finding. */
  why: string;
}

/** A phrase that hurts: fires on each match in the agent's own text. */
export interface FlagRuleData extends RuleBase {
  /** The generic better move, used when a pattern has none of its own. */
  better: string;
  patterns: PatternData[];
  /** If the sentence around a match also matches one of these, the use is hedged or reversed. */
  unlessSentence?: string[];
}

/**
 * Named signals read from the customer message or the reply. Patterns are in
 * ../rules/signals.ts; a few are computed (content overlap, heat, sincere apology).
 */
export type Signal =
  | 'customer.present'
  | 'customer.problem'
  | 'customer.unhappy'
  | 'customer.errorReport'
  | 'customer.heated'
  | 'customer.wantUnclear'
  | 'reply.problemContext'
  | 'reply.refusal'
  | 'reply.alternative'
  | 'reply.commitment'
  | 'reply.hiddenOwnership'
  | 'reply.admission'
  | 'reply.sincereApology'
  | 'reply.nextStep'
  | 'reply.question'
  | 'reply.thanks'
  | 'reply.callOffer'
  | 'reply.restates'
  | 'reply.namesIssue';

/** A move that is missing: fires once when all `when` signals hold and no `unless` signal does. */
export interface SuggestionRuleData extends RuleBase {
  when: Signal[];
  /** Any one of these alternatives (each a list of signals that must all hold) also triggers it. */
  orWhen?: Signal[][];
  unless: Signal[];
  /** The ready sentence; `{issue}` is the customer's problem in the agent's words. */
  template: string;
  /** Used when there is no customer message to fill `{issue}` from. */
  fallback: string;
}
