// `we-for-i` (RULES.md, *Added rules*, kind `flag`). Patterns use the rule language of
// ../../pattern.ts over canonical text ("we'll" is "we will", "we're" is "we are").
//
// One frame: "we" with a future that commits to an action ("we will look into this", "we'll get
// back to you", "we are going to refund you", "we shall arrange"). The span is the subject and
// its auxiliary only, so "I'll" / "I'm going to" can replace it and leave the rest of the
// sentence as it was. Quiet on what "we" states about the company rather than promises: its
// standing policy and facts ("we will never ask for your PIN", "we will be closed on Monday",
// "we will need a photo", "we fly to Denver daily"), and on "we will all / both".
import type { FlagRuleData } from '../types';

/** Adverbs that may sit between the auxiliary and the verb: "we will also", "we'll now". */
const ADV = '(?:(?:also|now|then|just|certainly|definitely|personally|happily|gladly|immediately|promptly|urgently|quickly|soon|first|next|still|of course|absolutely|right away|straight away) )?';

/**
 * What follows "we will" when it is not a promise to act: a negation or a standing habit
 * ("never", "always"), a need or a state ("need", "have to", "be closed", "be happy to"),
 * knowing or hearing ("we'll know", "we'll hear back"), "we will all".
 */
const NOT_AN_ACTION =
  '(?:not|never|always|usually|normally|generally|typically|often|sometimes|only|all|both|each|ever|hopefully|probably|likely|possibly|maybe|perhaps|still be|no longer' +
  '|need|needs|require|want|wish|have to|has to|must|expect|hope|know|hear|learn|receive|accept|miss|see you|welcome|remain|stay|continue to be|like|love' +
  '|be(?! (?:in (?:touch|contact)|back in (?:touch|contact)|(?:sure|certain) to|[a-z]+ing(?![a-z0-9])))' +
  '|(?:open|close|reopen)(?= (?:at|on|from|until|till|early|late|for|again|over|between|during|daily|weekly|as normal)(?![a-z0-9])))(?![a-z0-9])';

/** A verb follows: a word, not punctuation ("as soon as we will."), not a number. */
const VERB_NEXT = `(?= ${ADV}(?!${NOT_AN_ACTION})[a-z])`;

/** Not inside a refusal: "this isn't something we'll be revisiting". */
const NOT_AFTER = '(?<!(?:not|nothing|no) (?:something |anything |a thing |what |one )?(?:that |which )?)';

/** The agent already commits as "I" in the same sentence: "I'll pass this on and we'll call you". */
const I_COMMIT = '\\bi (?:will|shall|am going to)\\b';

/** An action under way, in the present: "reprinting", "sending you"; not a state ("experiencing", "having"). */
const DOING =
  "(?!(?:experiencing|having|seeing|expecting|running|open|closing|opening|currently|still|looking forward|hoping|waiting|working|getting|seeking|facing|dealing|trying|going|being|doing|thinking|feeling|planning|offering|operating|flying|celebrating|hiring|moving)(?![a-z0-9]))[a-z]+ing";

/** A time that makes the present a plan: "… today", "… first thing tomorrow". */
const SOON_TIME = '(?:[^ .!?\\n]+ ){0,6}(?:today|tonight|tomorrow|right away|straight away|this (?:morning|afternoon|evening))(?![a-z0-9])';

export const weForI: FlagRuleData = {
  id: 'we-for-i',
  category: 'ownership',
  weight: 5,
  severity: 'hint',
  title: 'Say I, not we',
  why: 'Customers are more satisfied when the agent commits as "I" rather than "we" (Packard, Moore and McFerran, Journal of Marketing Research, 2018).',
  better: "I'll look into this.",
  examples: ['We will look into this today', 'We’ll get back to you by Friday', 'We are going to refund you in full', 'We shall arrange a collection for Thursday'],
  patterns: [
    { p: `${NOT_AFTER}we (?:will|shall)${VERB_NEXT}`, better: 'I’ll', swap: true },
    { p: `${NOT_AFTER}we are (?:going to|gonna)${VERB_NEXT}`, better: 'I’m going to', swap: true },
    // The present for a planned action, with its time: "we're reprinting it today", "we are sending a new one tomorrow".
    { p: `${NOT_AFTER}we are(?= ${ADV}${DOING} ${SOON_TIME})`, better: 'I’m', swap: true },
  ],
  unlessSentence: [
    // Standing offers and policy: "if you return it within 30 days, we will refund any unused item".
    '\\b(?:any|all|every) (?:unused |faulty |damaged |eligible |returned )?(?:orders?|items?|products?|purchases?|customers?|members?|claims?|returns?)\\b(?! (?:you|that you))',
    // Hypotheticals: "if we were to…", "we would", "in case we will" are not promises.
    '\\b(?:in case|whether|what if|unless) we\\b',
    I_COMMIT,
  ],
};
