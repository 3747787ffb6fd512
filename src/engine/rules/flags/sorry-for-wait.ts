// `sorry-for-wait` (RULES.md, *Added rules*, kind `flag`). Patterns use the rule language of
// ../../pattern.ts over canonical text ("it's" is "it is", "I'm" is "i am").
//
// One frame: an apology (APOLOGY) for the reply's own wait (WAIT): "sorry for the wait",
// "apologies for the delay in getting back to you", "sorry to keep you waiting", "sorry this
// took so long to answer". A delay that is the customer's problem ("sorry your parcel was
// delayed", "sorry for the delay to your flight") is not the reply's wait and stays quiet.
// Where the apology ends its clause, "Thank you for your patience" can replace it in place.
import type { FlagRuleData, PatternContext } from '../types';

/** An apology: "I'm so sorry", "please accept our apologies", "we apologise", "I regret". */
const SORRY =
  '(?:(?:(?:i|we) (?:am|are) )?(?:so |very |really |truly |terribly |extremely |awfully |deeply |super )?sorry' +
  '|(?:(?:please )?accept (?:my|our) )?(?:(?:sincere|sincerest|deepest|humble|many|my|our) )?apologies' +
  '|(?:i|we) (?:do |sincerely |truly |must |would like to )?apologi[sz]e|(?:(?:i|we) (?:sincerely |deeply )?)?regret)';

/** An apology before what it is for: "sorry for", "we regret", "please excuse", "forgive me for". */
const APOLOGY_FOR = `(?:${SORRY} (?:for|about)|(?:(?:i|we) (?:sincerely |deeply )?)?regret|(?:please )?(?:excuse|forgive|pardon)(?: (?:me|us))?(?: for)?)`;

/** An apology before a clause: "sorry it took", "apologies that my answer took", "sorry to keep you waiting". */
const APOLOGY_THAT = `(?:${SORRY}(?: that| for)?|(?:please )?(?:excuse|forgive|pardon)(?: (?:me|us))?(?: for)?)`;

/** A reply, as the agent calls it. */
const REPLY = '(?:reply|replies|response|responses|answer|revert|turnaround|turn-around|follow-up|update)';

/** What the customer wrote. */
const THEIR_MESSAGE =
  '(?:(?:email|e-mail|message|letter|query|complaint|request|ticket|case|question|dm|comment|note|chat|call|voicemail|post|review)s?|mail|enquir(?:y|ies)|inquir(?:y|ies)|correspondence|matter)';

/** Replying, as a verb: "getting back to you", "responding", "attending to your matter". */
const REPLYING =
  `(?:getting back(?: to (?:you|u))?|getting in touch|coming back to (?:you|u)|responding|replying|answering|reverting|following up|writing back|updating you|reaching out|contacting you|(?:getting to|dealing with|attending to|looking into|handling) (?:your|this|it)(?: ${THEIR_MESSAGE})?)`;

/** Where a reply goes: "to you", "to your email". */
const TO_YOU = `(?: to (?:you|u|your (?:[a-z]+ )?${THEIR_MESSAGE}|this|that))?`;

/** Whose wait it was, after the noun: "in getting back to you", "of this reply", "on our end". */
const WAIT_TAIL =
  `(?: (?:in|with|on|for|of) (?:(?:my|our|the|this|a|an) )?(?:${REPLY}|${REPLYING})${TO_YOU}|(?: in)? ${REPLYING}${TO_YOU}|(?: in| to)? (?:my|our) ${REPLY}${TO_YOU}` +
  `| to (?:you|u|your (?:[a-z]+ )?${THEIR_MESSAGE})| on (?:this|this one|that|our end|our side|my end|my side|my part|our part|here)| here| with (?:this|that)(?: one)?(?= ?[.!,;]| ?$| ?\\n))`;

/** The reply's wait: "the wait", "the delay", "the radio silence", "the slow response", "late reply". */
const WAIT_WORD =
  '(?:(?:the |this |my |our |that |a )?(?:(?:long|lengthy|extended|slight|slow|continued|huge|massive|big|considerable|significant|unacceptable|unexpected|unfortunate|excessive|further|additional|recent) )?(?:wait|waiting|delay|lateness|hold-up|holdup|radio silence|silence|lag|wait time|hold time|hold)' +
  `|(?:the |this |my |our |a )?(?:late|slow|delayed|belated|tardy|overdue|lengthy|long-awaited) ${REPLY}` +
  `|(?:replying|responding|answering|getting back(?: to (?:you|u))?|reverting) (?:so )?(?:late|slowly)` +
  `|being (?:so |a (?:bit|little) |rather )?(?:slow|late)(?: (?:to|in) (?:reply|respond|answer|get back|getting back|replying|responding|answering|come back|coming back)(?: to (?:you|u))?)?` +
  `|(?:the |this |my |our )?(?:lack of|absence of) (?:a |any )?(?:${REPLY}s?|communication|contact|news))`;

/** What a delay is about when it is not the reply: "the delay in your refund", "the wait for your card". */
const SOMETHING_ELSE = '(?! (?:in|with|to|on|of|for|at|getting|receiving|processing|affecting|caused|from|you (?:had|have had|experienced|faced|endured|were given))(?![a-z0-9]))';

/** How long the reply took: "the length of time it has taken to respond", "the time it took me to reply". */
const TIME_TAKEN =
  `(?:the )?(?:length of time|time) (?:(?:it )?(?:has |had )?(?:taken|took|is taking)) (?:(?:me|us) )?(?:to (?:reply|respond|answer|get back|come back|get to (?:you|this|your [a-z]+)|revert)|with (?:my|our|this) ${REPLY})${TO_YOU}`;

/** Taking long to reply: "it took us so long to respond", "this reply has taken so long", "taking ages to get back to you". */
const LONG =
  "(?:so long|too long|this long|that long|a (?:long|little) while|a while|a long time|such a long time|so much time|ages|an age|forever|a bit|longer than (?:it should|expected|usual|we would like|i would like)|some (?:time|days)" +
  '|(?:over |more than |nearly |almost |about |around |a good )?(?:a|one|two|three|four|five|six|several|a few|a couple of|\\d+) (?:days?|weeks?|hours?|months?))';
const TO_REPLY = `(?:to|for) (?:reply|respond|answer|get back|come back|get to (?:you|this|your (?:[a-z]+ )?${THEIR_MESSAGE})|write back|revert|a reply|a response|an answer)${TO_YOU}`;
const TOOK_LONG =
  `(?:(?:(?:it|this|this reply|my reply|our reply|this response|my response|our response|my answer|our answer|the reply|the response) (?:has |had |is )?(?:taken|took|taking)|(?:we|i) (?:have |had )?(?:took|taken)) (?:(?:me|us) )?${LONG}(?: ${TO_REPLY}| on (?:this|that)(?: one)?|(?! (?:for|to|before|until)(?![a-z0-9])))` +
  `|(?:taking|having taken|it taking) (?:(?:me|us) )?${LONG}(?: ${TO_REPLY}| on (?:this|that)(?: one)?|(?= ?[.!,;]| ?$| ?\\n))` +
  `|(?:this|my|our) (?:reply|response|answer) (?:is|was|comes|has come) (?:so |a (?:bit|little) |rather )?(?:late|delayed|overdue)` +
  `|it (?:has|had) been (?:so long|too long|a while|ages|forever|a few days|a week|some time|some days)(?= ?[.!;]| ?$| since (?:you (?:wrote|emailed|messaged|contacted us|got in touch|reached out|called|asked)|your (?:email|message|last message|letter|query|enquiry)|(?:we|i) (?:last )?(?:replied|responded|got back|spoke|heard)))` +
  `|how long (?:(?:this|it) (?:has|had) taken|(?:i|we) took|it (?:has )?took(?: (?:me|us))?)(?: ${TO_REPLY})?)`;

/** Keeping the customer waiting: "sorry to keep you waiting", "sorry you have been waiting so long to get through". */
const KEPT_WAITING =
  `(?:(?:to (?:have )?(?:kept|keep|make|made|leave|left)|(?:for )?(?:keeping|making|leaving|having kept|having left)) you (?:waiting|wait|hanging(?: on)?|on hold|without (?:a |an )?(?:reply|response|answer|update))(?: (?:for|on) (?:(?:a|an|my|our|this) )?(?:${REPLY}|this|this one|that))?` +
  `|you (?:have|had) (?:been waiting|had to wait|waited)(?: so long| this long| a while)?(?: to (?:get through(?: to (?:me|us))?|hear back|get (?:a|an) (?:reply|answer|response))| for (?:a|my|our) (?:reply|response|answer))` +
  '|you (?:have|had) (?:had )?no (?:reply|response|answer)(?: from (?:me|us))?)';

/** Not replying sooner: "sorry for not getting back to you sooner", "sorry I didn't reply earlier". */
const NOT_SOONER =
  '(?:(?:for )?(?:not|never) (?:having )?|(?:that )?(?:i|we) (?:did not|have not|had not|could not) )(?:reply|replied|replying|respond|responded|responding|answer|answered|answering|get|got|getting|gotten|come|came|coming|write|wrote|writing)(?: back)?(?: to (?:you|u|your [a-z]+))?(?: (?:sooner|earlier|before now|straight away|right away|in time|quicker|more quickly))';
/** Only replying now: "sorry I'm only getting back to you now", "apologies for only just replying". */
const ONLY_NOW =
  '(?:(?:that )?(?:i am|we are|i have|we have) )?(?:for )?only (?:just |now )?(?:getting back|replying|responding|answering|getting to (?:this|your [a-z]+))(?: to (?:you|u))?(?: (?:now|today))?';

/**
 * What an apology is for, frame by frame. Each is a pattern of its own: joined, the frames were one
 * 5-6 kB regex that compiled wherever any of their words was (a fresh worker's first reply compiled
 * it for "before" or "time"); apart, each runs only where its own words are.
 */
const WAITED_FOR = [`${WAIT_WORD}(?:${WAIT_TAIL}|${SOMETHING_ELSE})`, TIME_TAKEN];
const WAITED_THAT = [TOOK_LONG, KEPT_WAITING, NOT_SOONER, ONLY_NOW];
/** The patterns of an apology for the wait, "sorry for the wait" and "sorry it took so long", frame by frame. */
const apologies = (before: string, after: string): string[] => [
  ...WAITED_FOR.map((what) => `${before}${APOLOGY_FOR} (?:${what})${after}`),
  ...WAITED_THAT.map((what) => `${before}${APOLOGY_THAT} (?:${what})${after}`),
];

/** Where the apology ends its clause, so the thank-you can stand in its place. */
// Also before a clause of the agent's own after a comma ("Sorry for the delay, I've been helping
// other customers", "…, it's been a busy week"), a second apology or thanks joined by ", and" (an
// apology by "and" alone), or an emoji: the thank-you
// reads in its place there too (not before ", and for any upset caused", which it would not govern).
const CLAUSE_END = '(?= ?[.!;:)]| ?$| ?\\n| [-–—] |, [a-z]+ ?[.!]|, and (?:i|we|sorry|apologies|thank|thanks)\\b| and (?:sorry|apologies)\\b|, (?:i|we|the|our|it|things|everything|there)\\b| ?[\\ud83c-\\udbff])';

const THANKS = 'thank you for your patience';

/**
 * Where the customer's message complains of waiting on us ("still waiting", "third email", "no
 * reply for days", "on hold for 40 minutes", "three weeks and have not heard a thing"), the
 * thank-you alone drops the apology they are owed; blind readers called that Swap worse four stops
 * running. There it keeps one, even beside the reply's own "sorry you had to write a third time":
 * that apology is for the chasing, not for the slow answer (stop 38's read).
 */
const WAITED_ON_US: PatternContext[] = ['customer.waitedOnUs'];
/**
 * The reply owns a repeat the customer did not complain of as a wait ("I'm sorry you had to
 * chase this"): the thank-you alone, not a second sorry. (Read after WAITED_ON_US: a condition
 * holds when any of its signals does, so the order of the patterns says "and not".)
 */
const APOLOGY_MADE: PatternContext[] = ['reply.ownsRepeat'];
const THANKS_AND_SORRY = 'thank you for your patience, and I’m sorry it took us this long';
const THANKS_AND_SORRY_SENTENCE = 'Thank you for your patience, and I’m sorry it took us this long.';
/**
 * Where the longer thank-you fits: where the apology ends its clause as CLAUSE_END says, but not
 * before a second apology or thanks joined by "and" ("…this long, and thanks for the photos").
 */
const NOT_JOINED_END = '(?= ?[.!;:)]| ?$| ?\\n| [-–—] |, [a-z]+ ?[.!]|, (?:i|we|the|our|it|things|everything|there)\\b| ?[\\ud83c-\\udbff])';

/** A thank-you for the customer's message, joined by "and" to what follows: "Thank you for your email and ". */
const AFTER_THANKS = `(?<=\\bthank(?:s| you) (?:so much |very much )?for (?:your|the) (?:[a-z]+ )?${THEIR_MESSAGE},? and )`;
/** Where that apology ends its sentence, so "for your patience" closes it. */
const THANKS_ENDS = '(?= ?[.!]| ?$| ?\\n)';

export const sorryForWait: FlagRuleData = {
  id: 'sorry-for-wait',
  category: 'listening',
  weight: 5,
  severity: 'hint',
  title: 'Thank them for their patience',
  why: 'Thanking the customer for their patience leaves them more satisfied than apologising for the wait (You, Yang, Wang and Deng, Journal of Marketing, 2020).',
  better: 'Thank you for your patience.',
  examples: ['Sorry for the wait', 'Apologies for the delay in getting back to you', 'I’m sorry for the late reply', 'So sorry to keep you waiting'],
  patterns: [
    // A second apology joined by "and" to the one before it ("I'm sorry you've had no reply, and
    // apologies for how long this has taken"): the thank-you and its apology in its place would
    // run three clauses on "and". No Swap there, where the customer complained of the wait.
    ...apologies('(?<=\\band )', CLAUSE_END).map((p) => ({ p, better: THANKS_AND_SORRY_SENTENCE, onlyIf: WAITED_ON_US })),
    // Where the customer complained of the wait, the thank-you and the apology they are owed;
    // before a second apology or thanks joined by "and" ("Sorry for the delay, and thanks for the
    // photos"), no Swap, rather than one that drops the apology. (The same words as the patterns
    // below, so the flag is the same either way: only its Swap differs.)
    ...apologies('', NOT_JOINED_END).map((p) => ({ p, better: THANKS_AND_SORRY, swap: true, onlyIf: WAITED_ON_US })),
    ...apologies('', CLAUSE_END).map((p) => ({ p, better: THANKS_AND_SORRY_SENTENCE, onlyIf: WAITED_ON_US })),
    // An apology for the wait joined to a thank-you for their message ("Thank you for your email
    // and apologies for the delay in replying."): the thank-you they had reads on to their patience.
    ...apologies(AFTER_THANKS, THANKS_ENDS).map((p) => ({ p, better: 'for your patience', swap: true })),
    // The whole clause can be swapped: "Sorry for the wait!", "I apologise for the delay in responding."
    // Where the reply already owns a repeat that was not complained of as a wait ("I'm sorry you
    // had to write again"), the apology they are owed is there: the thank-you alone.
    ...apologies('', CLAUSE_END).map((p) => ({ p, better: THANKS, swap: true, onlyIf: APOLOGY_MADE })),
    // Elsewhere, the thank-you (RULES.md).
    ...apologies('', CLAUSE_END).map((p) => ({ p, better: THANKS, swap: true })),
    // The same apologies mid-sentence ("sorry for the slow reply and for any confusion"): flagged, not swapped.
    ...apologies('', ''),
  ],
  // An apology for the wait whose clause runs on past it ("Sorry for taking so long to answer
  // you.", "So sorry about the wait today!", "Apologies that it's taken me so long to come back
  // to you on this."): the thank-you takes the whole clause, keeping when or what it was about.
  // Only where nothing follows in the sentence: "…, and for any upset caused" would be left
  // hanging off the thank-you.
  rewrites: [
    // …and where the customer complained of the wait, with the apology they are owed (as above),
    // even beside the reply's own "sorry you had to write again"; else the thank-you alone there.
    { when: '.*', restIs: '(?:you|u)', whole: true, better: 'Thank you for your patience, and I’m sorry it took us this long', onlyIf: WAITED_ON_US },
    { when: '.*', restIs: "(?:on (?:this|that)(?: one)?|today|tonight|this (?:week|morning|afternoon|evening)|(?:over|during) the (?:weekend|holidays|holiday period|break))", whole: true, better: 'Thank you for your patience {rest?}, and I’m sorry it took us this long', onlyIf: WAITED_ON_US },
    { when: '.*', restOpens: 'times?', restIs: "(?:today|this (?:week|morning|afternoon|evening)|(?:over|during) the (?:weekend|holidays|break))", whole: true, better: 'Thank you for your patience {rest?}, and I’m sorry it took us this long', onlyIf: WAITED_ON_US },
    { when: '.*', restIs: '(?:you|u)', whole: true, better: 'Thank you for your patience', onlyIf: APOLOGY_MADE },
    { when: '.*', restIs: "(?:on (?:this|that)(?: one)?|today|tonight|this (?:week|morning|afternoon|evening)|(?:over|during) the (?:weekend|holidays|holiday period|break))", whole: true, better: 'Thank you for your patience {rest?}', onlyIf: APOLOGY_MADE },
    { when: '.*', restOpens: 'times?', restIs: "(?:today|this (?:week|morning|afternoon|evening)|(?:over|during) the (?:weekend|holidays|break))", whole: true, better: 'Thank you for your patience {rest?}', onlyIf: APOLOGY_MADE },
    { when: '.*', restIs: '(?:you|u)', whole: true, better: 'Thank you for your patience' },
    { when: '.*', restIs: "(?:on (?:this|that)(?: one)?|today|tonight|this (?:week|morning|afternoon|evening)|(?:over|during) the (?:weekend|holidays|holiday period|break))", whole: true, better: 'Thank you for your patience {rest?}' },
    // "…for the extended wait time today": the noun's "time" goes with the wait.
    { when: '.*', restOpens: 'times?', restIs: "(?:today|this (?:week|morning|afternoon|evening)|(?:over|during) the (?:weekend|holidays|break))", whole: true, better: 'Thank you for your patience {rest?}' },
  ],
  unlessSentence: [
    // The Swap's own words where the customer complained of the wait: its apology is the one they
    // are owed, beside the thank-you, and a Swap must not raise its own flag again.
    '\\bthank you for your patience[^.!?\\n]{0,40}?,? and i am sorry it took us this long\\b',
    // The customer's wait for something else: "sorry for the delay with your refund" is caught by
    // NOT_OURS; a wait they had elsewhere ("the wait at the airport", "the wait on the phone line") is theirs.
    '\\b(?:wait|delay|waiting) (?:at|in) (?:the )?(?:airport|station|branch|store|shop|clinic|surgery|hospital|queue|line|gate|counter|desk|reception|phone|lobby)\\b',
  ],
};
