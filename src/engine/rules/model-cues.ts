// Where the learned second opinion may add a rule's flag: a sentence that holds one of the
// rule's own cue classes. The model reads every word of a sentence, so a near miss (a plain
// refusal read as a dead end, a neutral "you" sentence read as blame) can score high for words
// that are not the rule's; held to sentences where the rule could be, its additions stay where
// a reader would look for the rule, and its thresholds can sit lower at the same precision.
// The classes are the engine's shared concepts (../rules/concepts.ts) and the closed-class words
// (pronouns, modals, negations, finality) that RULES.md's definitions are written in; none is a
// case's wording. A rule without a class here is not anchored. Over canonical text
// (../normalize.ts: lower case, contractions expanded), each one regex test a sentence. Kept
// with the rule tables because it is data about rules (only they name rule ids). The same
// classes, by name, can also be features of the model (CUE_CLASSES; tests/model/README.md).
import { RECORDS, RULEBOOK, THIRD_PARTY } from './concepts';
import { LazyRegex } from '../regex';

const anyOf = (...parts: string[]) => new LazyRegex(`\\b(?:${parts.join('|')})\\b`);

/** Duty or fault put on the customer: past obligation, a slip with "you" as subject, "your" fault. */
const CUSTOMER_FAULT = [
  '(?:should|must|ought to|could|would) (?:not |never )?have',
  '(?:supposed|required|meant|expected|responsible|obliged) to',
  'if you (?:had|would have)',
  'had you',
  "you (?:[a-z']+ )?(?:failed|forgot|neglected|missed|ignored|overlooked|did not|chose|opted|agreed|accepted|selected|entered|clicked|misread|misunderstood|need to|needed to|had to|have to|must|should)",
  "your (?:own )?(?:[a-z']+ )?(?:fault|mistake|error|responsibility|side|end|decision|choice|oversight|doing)",
];
/** Ownership denied or passed on: whose fault or job it is, and sending the customer to them. */
const NOT_OURS = [
  'responsib[a-z]*', 'liab[a-z]*', 'fault', 'blame[a-z]*', 'caused by', 'because (?:you|your)', 'down to', 'directly',
  '(?:handled|managed|dealt with|run|operated|controlled|decided) by',
  "not (?:our|my|the company's|within our|in our|something we|something i|something our) (?:[a-z']+ )?(?:fault|responsibility|department|problem|concern|remit|area|doing|control|hands|team|job)",
  '(?:up to|on|with) you',
  '(?:down|due) to (?:you|your)',
  'outside (?:of )?our',
  'beyond our',
];
/** Contradicting, correcting, insisting or reminding. */
const CONTRADICTION = [
  'actually', 'in fact', 'already', 'again', 'clearly', 'obviously', 'respectfully', 'due respect',
  "as (?:i|we|previously|already) (?:[a-z']+ )?(?:said|stated|mentioned|explained|advised|noted|informed|indicated|outlined|pointed out)",
  'as (?:stated|mentioned|explained|noted|advised|outlined|previously)',
  'to be clear', 'to clarify', 'let me be clear', 'make (?:it )?clear', 'made (?:it )?clear',
  'incorrect', 'inaccurate', 'not true', 'untrue', 'not the case', 'wrong', 'mistaken', 'misunderstanding', 'misunderstood',
  'correct(?:ly)?', 'accurate(?:ly)?', 'properly', 'definitely', 'certainly', 'assure', 'nothing wrong',
  'no (?:error|mistake|fault|wrongdoing)', 'did (?:receive|get|agree|sign|accept|consent)',
  'remind(?:er|ed)?', 'recall', 'reiterate', 'repeat', 'per my', '(?:my|our) (?:last|previous|earlier|prior)',
  '(?:were|was) (?:told|informed|advised|made aware|notified|explained)',
];
/** Words that close every door. */
const FINALITY = [
  'final', 'finali[sz]ed', 'nothing', 'no (?:way|options?|alternatives?|further|other|exceptions?|means|possibility|longer|chance|recourse|room|flexibility)',
  'not (?:possible|an option|negotiable|up for)', 'impossible', 'only', 'never', 'nobody', 'no one', 'none', 'stands', 'upheld', 'uphold',
  'closed', 'decision', 'irreversible', 'permanent(?:ly)?', 'whatsoever', 'under any', 'in any (?:way|case)', 'any further', 'end of',
  'beyond', 'out of (?:my|our) hands',
];
/** Rules cited as the reason: the rule books, and being barred or bound by them. */
const BARRED = [
  RULEBOOK, 'not (?:allowed|permitted|authori[sz]ed)', 'prohibit[a-z]*', 'forbid[a-z]*', 'exceptions?', 'override',
  'strict(?:ly)?', 'mandatory', 'requirements?', 'required', 'standard', 'practice', 'hands are tied', 'bound',
];
/** Systems and records, and what they are said to show. */
const SHOWN = [RECORDS, 'shows?', 'showing', 'shown', 'indicates?', 'states?', 'says', 'reflects?', 'registered', 'logged', 'recorded', 'flagged', 'marked', 'listed'];

/**
 * The cue classes by name, each one regex over a sentence: the model also reads them as
 * features (../model/features.ts), so a wording no tune case used still scores like its class.
 */
export const CUE_CLASSES: ReadonlyMap<string, LazyRegex> = new Map([
  ['fault', anyOf(...CUSTOMER_FAULT)],
  ['not-ours', anyOf(THIRD_PARTY, ...NOT_OURS)],
  ['contra', anyOf(...CONTRADICTION)],
  ['final', anyOf(...FINALITY)],
  ['barred', anyOf(...BARRED)],
  ['shown', anyOf(...SHOWN)],
]);

/** A rule's cue classes, by rule id. */
export const ANCHORS: ReadonlyMap<string, LazyRegex> = new Map([
  ['policy-shield', anyOf(...BARRED)],
  ['system-says', anyOf(...SHOWN)],
  ['dead-end', anyOf(...FINALITY)],
  ['blame-shift', anyOf(THIRD_PARTY, ...CUSTOMER_FAULT, ...NOT_OURS)],
  ['argue-defend', anyOf(...CONTRADICTION)],
]);

/** Whether the model may add `ruleId` to this sentence of canonical text. */
export function anchored(ruleId: string, sentence: string): boolean {
  const anchor = ANCHORS.get(ruleId);
  return anchor === undefined || anchor.get().test(sentence);
}
