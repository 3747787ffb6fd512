// `vague-time` (RULES.md, *Added rules*, kind `flag`). Patterns use the rule language of
// ../../pattern.ts over canonical text ("we'll" is "we will").
//
// Two frames: a time word that names no time ("shortly", "in due course", "at some point",
// "in the coming weeks", "once we hear back"), and a promise to come back that carries none
// ("we'll get back to you", "someone will be in touch"). Either is quiet when the same sentence
// names a day or a time the customer can hold the agent to ("by 5pm", "within 3 working days",
// "on Friday", "tomorrow morning", "14 March").
import type { FlagRuleData } from '../types';

/** Units of time a vague amount can be counted in. */
const UNIT = '(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|business days?|working days?)';

/** An amount that counts nothing: "a few", "some", "the next few". */
const FEW = '(?:a few|a couple of|a couple|few|some|several|a number of)';

/** Time words that name no time. Each is a whole expression; `soon` has its own frame below. */
const VAGUE =
  '(?:shortly(?! (?:after|before|afterwards|thereafter)(?![a-z0-9]))|eventually(?= ?[.!,;)]| ?$)|asap|a\\.s\\.a\\.p\\.?' +
  '|as (?:soon|quickly|early|fast|promptly|swiftly|speedily) as (?:(?:humanly|reasonably) )?(?:possible|we (?:can|are able)|i can|feasible|practicable|practical)' +
  '|at the (?:earliest|soonest)(?: (?:possible )?(?:opportunity|time|date|moment|convenience))?|at the earliest possible (?:opportunity|time|date|moment)' +
  '|at (?:our|the) (?:first|earliest|next) (?:available )?opportunity|soonest(?= ?[.!,;]| ?$| possible)|imminently|momentarily|in a jiffy|in short order|before you know it|as and when|one of these days|at a future (?:date|point|time)|(?:later|sometime|some time|at some point) (?:this|next|later this|in the) (?:year|month|season|quarter)' +
  // From batch wq/wr (tune): someone else's "earliest opportunity", "as soon as they can", "an upcoming patch".
  '|at (?:their|his|her) (?:first|earliest|next) (?:available )?(?:opportunity|convenience)' +
  '|as (?:soon|quickly) as (?:they|he|she|(?:the|our) [a-z]+|someone|one) (?:can|(?:is|are) able|becomes? (?:available|free)|(?:is|are) (?:available|free))(?= ?[.!,;]| ?$)' +
  '|in an? (?:upcoming|future|later|forthcoming|coming) (?:patch|update|release|version|build|fix)' +
  '|(?:when|once|as soon as) (?:more )?(?:information|news|an update|details|further details) (?:is|are|becomes?) available' +
  '|in due (?:course|time)|in the fullness of time|in the (?:near|not too distant|not-too-distant|foreseeable) (?:future|term)|in the near term' +
  '|in (?:a|an) (?:timely|prompt|expedient|reasonable) (?:manner|fashion|way)|(?:within|in) a reasonable (?:time|timeframe|time frame|period|amount of time)(?: of time)?' +
  '|without (?:(?:any|undue|further|unnecessary) )?delay' +
  '|(?:when|once|as soon as) (?:we are|i am|we|i|they are) able(?= ?[.!,;]| ?$| to)' +
  '|at (?:some|a later|an appropriate|the appropriate|a suitable|the right|some later) (?:point|stage|time|date|juncture)(?: in time)?' +
  '|at a later (?:point|stage|time|date)|at some stage|at some point|at an appropriate time' +
  `|(?:in|over|during|within) the (?:coming|following) (?:${FEW} )?(?:little while|while|hours|days|weeks|months|business days|working days)` +
  `|(?:in|over|during|within) the next (?:${FEW} )?(?:days|weeks|months|business days|working days|little while|while)` +
  '|(?:over|in) the (?:coming|next) period' +
  `|in (?:a|one) (?:bit|little while|short while|short time)|(?<!once )in a while|in short time|in a short (?:time|while|period)` +
  '|before (?:too|very) long|before long|any (?:day|time) now|any (?:moment|minute|second)(?: now)?|sooner rather than later|in no time|(?:when|whenever) (?:possible|feasible|we can|time (?:allows|permits))' +
  '|(?:when|once|whenever) (?:we|i|someone|they|the team) (?:get|have|find|gets|has|finds) (?:a )?(?:chance|moment|minute|second|spare moment)' +
  '|(?:once|when|as soon as|after) (?:we|i|they|the team|our team|someone) (?:(?:hear|have heard|get|receive|have) (?:more|an update|news|more (?:information|info|details|news)|the results|results|a response|a reply|an answer|word)|(?:hear|have heard) back)' +
  '|(?:once|when|as soon as) (?:we|i) know more' +
  ')';

/** Vague times that a time can replace word for word, at the end of their clause. */
const ADVERBIAL_TIME =
  'shortly|asap|as soon as (?:possible|we can|i can)|at the earliest(?: (?:possible )?opportunity)?|at (?:our|the) earliest (?:convenience|opportunity)|in due course|in the near future|without (?:(?:any|undue|further) )?delay|(?<!(?:speak|talk|chat|see you|well|hear from you|meet|any time|anytime) )(?:very |really )?soon';

/** "Soon", but not a farewell ("speak soon", "get well soon") or "as soon as she arrives". */
const SOON =
  '(?<!(?:speak|talk|chat|see you|well|hear from you|meet|any time|anytime) )(?:very |quite |really )?soon(?:er or later)?(?! (?:as|after|enough|afterwards|than)(?![a-z0-9]))';

/** Promises to come back that hold no time of their own. */
const COME_BACK =
  '(?:be (?:back )?in (?:touch|contact)|get (?:back )?in touch|get back to (?:you|u)|come back to (?:you|u)|revert(?: back)?(?: to (?:you|u))?|reach out(?: to (?:you|u))?(?= ?[.!,;]| with| again| once| when| if| about| regarding)|follow up(?: with (?:you|u))?(?= ?[.!,;]| with| once| when| about)|hear (?:back )?from (?:us|me|them|someone|the team|him|her)|circle back(?: to (?:you|u))?|keep (?:you|u) (?:posted|updated|informed|in the loop)|(?:receive|get) (?:an? )?(?:update|response|reply|answer)(?= ?[.!]| ?$| ?\\n| from (?:us|me|the team|them))|respond(?= ?[.!]| ?$)|be back to (?:you|u)|get back with (?:you|u)|call (?:you|u) back(?= ?[.!]| ?$| ?\\n)|touch base(?: with (?:you|u))?|hear back(?= ?[.!,;]| ?$| (?:soon|shortly|about))|contact (?:you|u)(?= ?[.!]| ?$| (?:again|directly|about|regarding))|(?:respond|reply) to (?:you|u|your (?:email|message|query|enquiry|inquiry|request|complaint|letter))(?= ?[.!]| ?$)|let (?:you|u) know(?= ?[.!]| ?$| (?:the (?:outcome|result|decision|next steps)|what (?:we|they|i) find|more|how (?:it|we|this) (?:goes|gets on)|of any (?:updates|changes|news)))|update (?:you|u)(?= ?[.!,;]| on (?:this|that|progress|the (?:status|progress|outcome|situation)|its progress|next steps)| with (?:any|more|news|an update|progress|the outcome|the result|the findings)| about))';

/** At the end of its clause: a stop, a line's end, an emoji ("we'll sort it asap 👍"). */
const CLAUSE_ENDS = "(?= ?(?:[.!,;]|$|\\n|[^a-z0-9 '\\n-]))";

/** After a vague time, what the promise brings ("at the earliest with confirmation"): the time's place still fits before it. */
// Also what they come to do ("call you back in a bit to look into it", "will be with you at the
// first available opportunity to investigate") and "with next steps": the time's place reads before them too.
// And a second step joined by "and" ("we'll sort your permit asap and get it emailed over"): the
// time's place closes the first.
const THEN_WHAT =
  "(?= (?:with (?:the|an?|your|more|confirmation|news|details|our|his|her|their|next steps)|about|regarding|to (?:confirm|discuss|arrange|explain|book|agree|go over|look into|investigate|inspect|assess)|and (?:then )?(?:i|we|it|they|you|get|send|let|email|call|text|post|confirm|update|pop|book|arrange|refund|credit)|and (?:i|we|it|they) (?:will|shall|can|should|is|are))\\b)";

/**
 * What the contact is for, after it ("to discuss it", "with his assessment", "about the refund"),
 * with no other time word, nor a condition ("once", "when"), after it in the sentence.
 */
const FOR_WHAT =
  "(?= (?:to (?:discuss|talk|arrange|confirm|explain|go over|book|agree)|with (?:the|an?|his|her|their|your|more|next|any|our|my)|about|regarding|on (?:this|that|the|your))\\b)(?![^.!?\\n]*\\b(?:soon|shortly|asap|due course|as soon as|timely|earliest|soonest|near future|good time|presently|coming|in a bit|at some point|later|once|when|after|before|until|by|eventually|as quickly|promptly|quickly)\\b)";

/** Who comes back: the agent, the company, a team or a person it sends. */
const WILL = '(?:will|shall|are going to|am going to|is going to|(?<!you |u )(?:should|would)|let me|let us)';

/** Words that make a sentence a promise about the future. */
const FUTURE = '(?:will|shall|should|would|going to|is coming|are coming|aim to|expect to|hope to|be)';

/** A day or a time the customer can hold the agent to: in the same sentence, it makes the promise concrete. */
const DAY =
  '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|weekend|tomorrow|tonight|today|midday|noon|midnight|eod|cob|end of (?:the |this |next )?(?:day|week|month|business)|close of (?:business|play)|this (?:morning|afternoon|evening|week)|next week';
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|twenty-four|thirty|forty-eight|seventy-two|an?|24|48|72)';
const CONCRETE = [
  `\\b(?:${DAY})\\b`,
  '\\b\\d{1,2}(?:[:.]\\d\\d)? ?(?:am|pm|a\\.m\\.|p\\.m\\.)',
  '\\b\\d{1,2}[:.]\\d\\d\\b',
  `\\b\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}(?![a-z])`,
  `\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?\\b`,
  '\\bthe \\d{1,2}(?:st|nd|rd|th)\\b',
  '\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b',
  '\\b(?:in|by|before|during|from|until|till|early|mid|late|end of) (?:january|february|march|april|june|july|august|september|october|november|december)\\b',
  '\\b(?:within|in|under) \\d+ ?(?:h|hrs?|mins?)\\b',
  `\\b\\d+(?: ?(?:-|to|or|–) ?\\d+)? (?:working |business |calendar )?${UNIT}\\b`,
  '\\bnext (?:business |working )?day\\b',
  `\\b(?:within|in|under|inside|after) (?:the next |the )?${NUMBER}(?:-| )(?:working |business |calendar |full )?${UNIT}`,
  `\\b(?:within|in|under) (?:an|one|the next|the) hour\\b`,
  // The time's place a Swap left for the agent: the blank is flagged as a blank, not as vague.
  '\\[(?:day|date|time)[^\\]]*\\]',
];

/** From the sentence's start to a promise ("Our coordinator will", "We'll raise this with the team and"), as the agent wrote it. */
const PROMISED = "[^.!?\\n]*?\\b(?:will|shall|going to|(?:'|’)ll)(?: [^.!?\\n]{1,80}? and(?: then)?)?(?: (?:also|then|just|now|certainly|definitely))?";

/**
 * A manner or a leave in place of a time: "when she can", "promptly", "presently", "in good time".
 * Not words the rule flags of their own ("when we can", "in a timely manner"): those are their own flag.
 */
const NO_TIME = '(?:when (?:she|he|they|someone) (?:can|is able|are able|gets? (?:a|the) chance)|promptly|presently|in good time)';

export const vagueTime: FlagRuleData = {
  id: 'vague-time',
  category: 'ownership',
  weight: 10,
  severity: 'warn',
  title: 'Vague time',
  why: '"Shortly" or "as soon as possible" commits to nothing; a day or a time ends the uncertainty, and concrete words read as listening (Packard and Berger, Journal of Consumer Research, 2021).',
  better: 'Give a day or a time you can keep, such as "by 5pm tomorrow".',
  examples: ['shortly', 'as soon as possible', 'in due course', 'in the coming days', 'ASAP', 'I will check and get back to you'],
  patterns: [
    // Words that stand where a time would: a Swap puts the time's place there ("will be refunded
    // by [day and time]"), selected for the agent to type into.
    { p: `(?<= )(?:${ADVERBIAL_TIME})(?:${CLAUSE_ENDS}|${THEN_WHAT})`, better: 'by [day and time]', swap: true },
    { p: `(?<= )(?:${VAGUE}|${SOON})(?:${CLAUSE_ENDS}|${THEN_WHAT})`, better: 'by [day and time]', swap: true },
    // A vague time before the condition that really decides when ("…will be credited at a later
    // date once the bank confirms it"): the condition says when, so the vague words go.
    { p: `(?<= )(?:${VAGUE})(?= (?:once|if|as soon as|after) )`, better: '', swap: true },
    VAGUE,
    SOON,
    // "someone will be in touch." keeps its words and gains the time's place.
    { p: `(?<=${WILL} (?:(?:also|then|just|soon|now|certainly|definitely) )?)${COME_BACK}${CLAUSE_ENDS}`, better: '{words} by [day and time]', swap: true },
    // "someone will be in touch to discuss it", "we'll get back to you with his assessment": the
    // time's place fits before what the contact is for, where no other time word (or "once…")
    // follows in the sentence to say it twice.
    { p: `(?<=${WILL} (?:(?:also|then|just|soon|now|certainly|definitely) )?)${COME_BACK}${FOR_WHAT}`, better: '{words} by [day and time]', swap: true },
    // "we'll get back to you", "someone will be in touch", "they'll update you once it's signed".
    `(?<=${WILL} (?:(?:also|then|just|soon|now|certainly|definitely) )?)${COME_BACK}`,
    // "Supply will be back later on.": the time's place where "later" stood.
    { p: `(?<=(?<![a-z])(?:will|shall|going to) (?:[^ .!?\\n]+ ){0,8})later(?: on)?(?= ?[.!]| ?$| ?\\n)`, better: 'by [day and time]', swap: true },
    // "I'll call you later", "it will arrive in good time": only in a promise ("thanks for telling us in good time" is not one).
    `(?<=${FUTURE} (?:[^ .!?\\n]+ ){0,8})(?:later(?: on)?(?= ?[.!,;]| ?$| ?\\n)|in good time|(?:further )?down the (?:line|road|track))`,
    // "we'll look for another hotel and get back to you".
    { p: `(?<=${WILL} [^.!?\\n]{1,80} and (?:then )?)${COME_BACK}(?:${CLAUSE_ENDS}|${FOR_WHAT})`, better: '{words} by [day and time]', swap: true },
    `(?<=${WILL} [^.!?\\n]{1,80} and (?:then )?)${COME_BACK}`,
    // A few days or weeks, promised at the end of its clause ("it'll be ready in a few days."): the
    // time's place stands where they did. Only after "will", "shall" or "going to" as words.
    { p: `(?<=(?<![a-z])(?:will|shall|going to) (?:[^ .!?\\n]+ ){0,8})(?:in|within) (?:${FEW}) (?:more )?days${CLAUSE_ENDS}`, better: 'by [day and time]', swap: true },
    { p: `(?<=(?<![a-z])(?:will|shall|going to) (?:[^ .!?\\n]+ ){0,8})(?:in|within) (?:${FEW}) (?:more )?(?:weeks|months)${CLAUSE_ENDS}`, better: 'by [date]', swap: true },
    // A few days or weeks, promised: "it'll be ready in a few days" (not "it drops off within a few days").
    `(?<=${FUTURE} (?:[^ .!?\\n]+ ){0,8})(?:in|within|over) (?:${FEW}) (?:more )?(?:days|weeks|months)`,
    `(?<=${FUTURE} (?:[^ .!?\\n]+ ){0,8})in the (?:days|weeks|months) (?:ahead|to come)`,
  ],
  unlessSentence: CONCRETE,
  // A promise to come back that runs on into a manner or a leave that names no time ("will be in
  // touch when she can", "come back to you promptly", "be in contact with you presently"): the
  // time's place takes those words, the promise stays as the agent wrote it. Not a condition that
  // says what the contact waits on ("once the report is ready"): that is a fact the reply keeps.
  rewrites: [
    { when: '.*', afterSubject: PROMISED, restIs: `(?<with>with (?:you|u) )${NO_TIME}`, whole: true, better: '{words} {with}by [day and time]' },
    { when: '.*', afterSubject: PROMISED, restIs: `(?<what>with (?:an?|the|your|more|our|his|her|their) [a-z][a-z -]{0,40} )${NO_TIME}`, whole: true, better: '{words} {what}by [day and time]' },
    { when: '.*', afterSubject: PROMISED, restIs: NO_TIME, whole: true, better: '{words} by [day and time]' },
  ],
};
