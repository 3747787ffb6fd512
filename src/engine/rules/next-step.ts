/**
 * The agent's next step as a blank the agent fills, where a rewrite keeps the facts of a blaming
 * sentence and drops the blame, and the sentence offers no step of its own (issue 11 §2, the
 * lead's decision at stop 42): one slot, the first [placeholder] of the rewrite, so that the
 * content script selects it on insert. One wording everywhere, so that a reader meets it once.
 */
export const NEXT_STEP = 'here is what I’ll do now: [the next step you’ll take]';
