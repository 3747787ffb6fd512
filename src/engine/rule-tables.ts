// The default rules' compiled tables, as the build ships them (vite.config.ts's `ruleTables`
// plugin runs this and writes the virtual module the scorer imports): every built-in pattern
// registered in the two anchor indexes the scorer makes, the reply's and the customer's, with
// its proven literals and their automaton. Only data, no code: a table can only be missing a
// pattern (then it is proven at run time) and never make a match differ, as the unit test
// `engine-rule-tables.test.ts` checks against compiling at run time.
import type { IndexTables } from './anchors';
import { AnchorIndex } from './anchors';
import { compileFlagRule } from './flags';
import './issue';
import { anchorsOf, gatesOf } from './literals';
import { provenTestedLiterals } from './regex';
import { FLAG_RULES } from './rules';
import { SignalReader } from './signals';

export interface RuleTables {
  reply: IndexTables;
  customer: IndexTables;
}

/** Compiles the built-in flag rules and signal cues, without a team's phrases, as createScorer does. */
export function buildRuleTables(): RuleTables {
  const reply = new AnchorIndex();
  const customer = new AnchorIndex();
  for (const rule of FLAG_RULES) {
    const compiled = compileFlagRule(rule, [], reply);
    // The hedges prove their literals when first read: read now, they are in the tables.
    for (const hedges of [compiled.unlessSentence, compiled.unlessNear, compiled.unlessReply]) hedges?.ready();
    // …and so do the clause rewrites' `when`s.
    void compiled.rewrites;
  }
  new SignalReader(customer, reply);
  // The ready-sentence clause's tested regexes: made as issue.ts and issue-confidence.ts load (imported above).
  const testedLiterals = provenTestedLiterals(
    (source) => anchorsOf(source)?.map((a) => a.text) ?? null,
    (source) => gatesOf(source).map((gate) => gate.map((a) => a.text)),
  );
  return { reply: { ...reply.tables(), testedLiterals }, customer: customer.tables() };
}
