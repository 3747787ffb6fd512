// A clause the agent joined on with "and" ("It is our policy to hold refunds until the cycle
// closes, and our records indicate both payments went through"): a Swap that rewrites the
// clause before it may take the join only where what follows is the refusal or verdict the
// rewrite stands in for ("…, and I can't change that", "…, and the decision is final"). A fact
// of its own with its own subject is not the rewrite's to replace: it stays, as a sentence of
// its own after the rewrite. Shared by the clause rewrites (rewrite.ts) and the sentence
// rewrites (sentence-rewrite.ts), which both cut a sentence at its verdict.
import { LazyRegex } from './regex';

/**
 * What closes the door or vouches for the record, at the start of the joined words: what the
 * rewrite's offer or doubt replaces. Made and primed on first use (regex.ts): compiled the way
 * V8 compiles a short subject's regex, this one alone took ~15 ms of a fresh worker's first check.
 */
const CLOSES = new LazyRegex(
  [
    // A refusal or a duty: "I can't change that", "we're unable to…", "I must apply…", "I have no authority".
    "(?:i|we)(?:['’]m|['’]re| am| are)?(?: (?:still|simply|just|really|afraid))* (?:not|never|can['’]t|cannot|can not|won['’]t|will not|unable|have no|do not|don['’]t|must|have to|need to|am bound|are bound|bound|consider)\\b",
    // The agent vouching for it: "and we are confident it was the right decision", "and I can assure you…".
    "(?:i|we)(?:['’]m|['’]re| am| are)? (?:(?:fully |entirely |completely |very )?(?:confident|satisfied|sure|certain)|can assure you|(?:would |must )?(?:stand by|maintain|insist))\\b",
    // Nothing left: "there is no way round it", "no exceptions", "nothing will change that", "nobody can change that".
    "there(?:['’]s| is| are| was| were| will be)? (?:no|nothing|not)\\b|no (?:further|other|more|exceptions?|allowance|way|alternative|flexibility|appeal|discussion|correspondence)\\b|nothing\\b|(?:nobody|no one|no-one)\\b",
    // A verdict drawn ("and therefore a refund cannot be issued").
    '(?:therefore|so|thus|hence|on that basis|as such|consequently)\\b',
    // The decision, the fee or the record said to stand, be final or be right: "and the decision is
    // final", "and this position won't change", "and our figures are accurate to the megabyte",
    // "and the recovery rate has been applied correctly", "and it doesn't make mistakes".
    "(?:[\\p{L}\\p{N}£$€'’-]+ ){1,6}?(?:(?:is|are|was|were|remains?|stays?|will (?:remain|stay|be))(?: (?:now|still|also|always|fully|entirely|completely|absolutely|totally|very|quite|100%))* (?:final|non-negotiable|closed|correct|accurate|right|valid|conclusive|complete|exact|reliable|definitive|fair|binding|not something|not going to|not open|too late|impossible|not possible|not in question|beyond (?:doubt|question|dispute))\\b|(?:stands?|stood)\\b|(?:is|are|was|were) (?:our|the|my) (?:final|last)\\b|(?:has|have) (?:now )?been (?:closed|finali[sz]ed|resolved|marked as (?:closed|resolved))\\b|(?:is|are|was|were) not (?:faulty|at fault|to blame|defective|the cause)\\b|(?:is|are) (?:what|all) (?:[\\p{L}\\p{N}£$€%'’-]+ ){0,4}(?:based on|relies on|rely on)\\b|(?:is|are) what (?:generates|triggers|justifies|applies)\\b|(?:must|has to|have to|is required to|are required to) (?:be (?:followed|applied|enforced|adhered to)|stick to|follow|apply|enforce|adhere to|go by|abide by|comply with)\\b|(?:has been|have been|was|were|is|are) (?:[\\p{L}]+ )?(?:correctly|accurately|properly|rightly|fairly|accordingly)\\b|(?:can['’]t|cannot|can not|won['’]t|will not|isn['’]t going to|is not going to|could not|couldn['’]t|may not|must not)(?: be)? (?:change[ds]?|changed|reversed|reopened|restored|reviewed|reconsidered|amended|waived|overturned|altered|undone|backdated|made|granted|discussed|entered into|taken (?:any )?further|refunded|issued|overridden|overruled|lifted|appealed|be wrong|wrong|lie|err)\\b|(?:does not|doesn['’]t|do not|don['’]t|never) (?:make mistakes|lie|get (?:it|things) wrong|err)\\b)",
    // The fault put on the customer, or the rule book as the one that decides: "and that was down
    // to you", "and the ban is applied by the rules".
    "(?:[\\p{L}\\p{N}'’-]+ ){0,6}?(?:(?:is|was|were|are) (?:entirely |all )?(?:down to you|your (?:own )?(?:fault|responsibility|error|mistake|choice))|(?:by|under|per) (?:the|our) (?:rules|polic(?:y|ies)|terms|procedures?|regulations))\\b",
    // The rule named as the reason, and nothing more: "and that's the policy", "and that is how it works".
    "(?:that|this|it)(?:['’]s| is) (?:just |simply |only )?(?:(?:the|our|company|standard) (?:[\\p{L}-]+ )?(?:polic(?:y|ies)|rules?|process|procedure|protocol|position|way)|how (?:it|things|this|that) (?:is|are|works?))(?: (?:here|too|again|i['’]m afraid|for everyone))?$",
  ]
    .map((words) => `^(?:${words})`)
    .join('|'),
  'iu',
);

/** The opening of a clause with a subject of its own: a pronoun, or a noun said with its determiner, or a figure. */
const OWN_SUBJECT =
  /^(?:(?:then|also|now|meanwhile|since then|today|yesterday|in the meantime),? )?(?:(?:i|we|you|he|she|it|they|there)\b|(?:the|our|your|my|his|her|their|its|this|these|those|a|an|each|every|both|all|one|two|three|any|some)\s+[\p{L}\p{N}]|that\s+(?!(?:the|a|an|your|our|my|his|her|their|its|this|these|those|i|we|you|he|she|it|they|there|no)\b)[\p{L}\p{N}]|[\p{N}£$€])/iu;
/** A name as the subject ("…, and Dr Hale acted…", "…, and Maria rang you"): a capital mid-sentence, so told apart from other words by its case. */
const NAMED_SUBJECT = /^\p{Lu}\p{Ll}+\s+[\p{L}]/u;

/**
 * A verdict drawn further on in the joined words, before any turn ("…, and it reflects the change
 * in risk, so it is correct", "…, and we did nothing wrong here"): the words lead up to it, so
 * they are the verdict's too. (After a "but", a "so" is the hedge a Swap wrote: "…, but they may
 * be wrong, so I'm checking".)
 */
const DRAWN = /^(?:(?!\bbut\b).)*?\b(?:so|therefore|hence|thus|which means|on that basis|accordingly|correctly|accurately|(?:did|done) nothing wrong|(?:is|are) (?:the )?(?:correct|accurate|source of truth))\b/iu;

/** Whether `words` (what follows an "and", the "and" left out) are the refusal or verdict a rewrite replaces: "I can't change that". */
export const closesDoor = (words: string): boolean => CLOSES.get().test(words) || DRAWN.test(words);

/**
 * Whether `words` (what follows an "and", the "and" left out) are a clause of the agent's own,
 * not the verdict a rewrite replaces: true for "our records indicate both payments went
 * through", false for "I can't change that" or "only to the original card".
 */
export const isJoinedFact = (words: string): boolean => (OWN_SUBJECT.test(words) || NAMED_SUBJECT.test(words)) && !closesDoor(words);

/** A join of a clause of its own: the comma, then "and" (without the comma, "…closes and the refund is processed" is one clause). */
export const COMMA_AND = /^,[ \t]+and[ \t]+/iu;

/** `replacement` ended as a sentence, for a rewrite that leaves a joined fact after it; undefined where it cannot end one ("…:"). */
export const endingSentence = (replacement: string): string | undefined =>
  /[.!?]$/u.test(replacement) ? replacement : /[\p{L}\p{N}\])'’"”%]$/u.test(replacement) ? `${replacement}.` : undefined;
