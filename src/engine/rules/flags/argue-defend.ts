// `argue-defend` (RULES.md, kind `flag`). Patterns use the rule language of ../../pattern.ts over
// canonical text, so "It's" / "it is" / "IT IS" are one case.
//
// Five families of frames, each built from the word classes below:
//   1. repeating yourself at the customer ("as stated in our previous letters", "I've gone over
//      this twice", "let me reiterate", "I'd refer you to my previous reply");
//   2. correcting or contradicting them ("I must correct you", "you've misunderstood", "your
//      statement is not accurate", "the facts do not support your account");
//   3. declaring our side right ("the charge is therefore correct", "correctly applied", "there
//      was no mistake", "the logs don't lie", "we stand by our team");
//   4. defending staff instead of hearing the complaint ("our drivers are highly trained",
//      "staff followed the correct procedure", "she was only doing her job");
//   5. combative openers and tone ("with respect,", "let me be very clear", "calm down").
import { LEAVE_OUT_KEEPS } from '../concepts';
import type { FlagRuleData } from '../types';
import { RECALL_FRAMES } from './argue-defend-recall';
import { STAFF } from './argue-defend-words';

/** Verbs of having told someone something (past participle / past). */
const SAID =
  '(?:said|stated|explained|mentioned|noted|advised|told you|informed you|pointed out|outlined|set out|indicated|communicated|made clear|highlighted|clarified|specified|detailed)';
/** The same, as a passive participle ("as already told", "as has been explained"). */
const SAID_PASSIVE =
  '(?:said|stated|explained|mentioned|noted|advised|told|informed|pointed out|outlined|set out|indicated|communicated|made clear|highlighted|clarified|specified|detailed|notified|made aware)';
/** Earlier messages in the thread. */
const COMM =
  '(?:e-?mails?|messages?|replies|reply|responses?|letters?|notes?|correspondence|communications?|chats?|calls?|conversations?|phone calls?|updates?|comments?|posts?|dms?|texts?|tickets?)';
/** Words for an earlier time. */
const PRIOR = '(?:previous|last|earlier|prior|past|original|first|second|third|recent)';
/** Saying it more than once. */
const COUNT =
  '(?:twice|previously|earlier|severally|countless times|time and (?:time )?again|over and over|again and again|(?:two|three|four|five|several|many|multiple|numerous|a few|a number of) times|more than once|repeatedly|(?:on|over) (?:several|multiple|numerous|many|a number of|two|three) occasions|already|before)';
/** Verbs of going over the same ground again. */
const REPEATED =
  '(?:explained|told you|said|gone over|been over|gone through|been through|answered|clarified|stated|informed you|advised you|repeated|addressed|responded to|replied to|covered|discussed)';
/** Things of ours declared right: decisions, figures, charges, records. */
const OURS =
  '(?:decision|outcome|ruling|rejection|refusal|decline|ban|suspension|charges?|fees?|bills?|billing|amounts?|price|pricing|valuation|discount|assessment|conclusion|findings?|diagnosis|calculation|readings?|figures?|numbers?|invoice|data|docs|documentation|rate|tariff|balance|penalty|fine|consumption|arrears|notice|total|deduction|excess|premium|payments?|attempt|information|report|reports|records?|logs?|statement|quote|offer|settlement|advice|guide|size guide|description|listing|measurements|sizing|labelling|instructions)';
/** What only leads into a contradiction and goes with it: "If you think that's wrong, [the data says otherwise]". */
const IF_YOU_THINK = "if you (?:think|believe|feel|say|are saying|claim|insist)[^,.!?;:\\n]{1,40},";
/** A record said to prove the customer wrong, as argue-defend flags it: "log proves otherwise", "data says the opposite". */
const RECORD_SAYS_OTHERWISE =
  '(?:data|records?|logs?|tracking|history|system|systems|numbers|figures) (?:says?|shows?|suggests?|indicates?|tells?|proves?|proved|clearly (?:shows?|proves?)) (?:otherwise|the opposite)';
/** A lead that only announces the denial after it: "To be clear, [we did nothing wrong]". */
const CLEAR_LEAD = '(?:(?:to be clear|let me be clear|just to be clear),? )?';
/** Intensifiers that may sit before a verdict. */
const SO = '(?:therefore |entirely |completely |perfectly |absolutely |fully |both |quite |also |indeed |actually |in fact )?';
/** A verdict that our side is right. */
const RIGHT =
  '(?:correct|right|valid|accurate|justified|fair|legitimate|genuine|in order|the (?:right|correct) (?:one|price|amount|figure|charge|fee|decision)|correctly (?:applied|charged|calculated|made|issued))';
/** Ways of saying the customer's statement is not so. */
const UNTRUE =
  '(?:(?:simply |just |actually )?(?:not (?:accurate|true|correct|right|the case)|inaccurate|incorrect|untrue|false|wrong|mistaken))';
/** What the customer said, as a noun. */
const THEIR_VERSION =
  '(?:statement|claim|assertion|account|version|description|recollection|understanding|suggestion|allegation|interpretation|characteri[sz]ation|comment|point|view|assumption|belief|impression|reading)';
/** Nouns for a customer's charge against us, whatever the determiner. */
const ACCUSAL = '(?:accusation|allegation|assertion|suggestion|insinuation|assumption|characteri[sz]ation|complaint)';
/** Accusations customers throw that an agent might flatly deny. */
const ACCUSATION = '(?:scam|rip-?off|con|fraud|bait and switch|bait-and-switch|cash grab|trick|swindle|lie|cover-?up)';

/** What an agent says was worked out right: an amount, or the figure it comes from. */
const FIGURE =
  '(?:charges?|fees?|prices?|amounts?|bills?|invoices?|premiums?|balances?|totals?|penalty|penalties|fines?|arrears|consumption|quotes?|rates?|calculations?|figures?|refunds?|readings?|deductions?|excess|tariffs?|payments?|renewal quote|sum)';
/** A subject that names the figure, as the agent wrote it: "The renewal quote", "Your £85 late penalty". */
const FIGURE_SUBJECT = `(?:the|this|that|these|those|your|our)(?: (?!(?:i|we|you|is|are|was|were|and|but|so|that|which|because)\\b)[\\p{L}\\p{N}£$€.,'’-]+){0,4}? ${FIGURE}`;
/**
 * FIGURE_SUBJECT for a `when`, which reads canonical (lower-case) text without the `u` flag: up
 * to three words before the figure, not ones of a clause ("The new price", "Your £85 late penalty",
 * "the breakfast charge of €36"). The rewrite fills it in as the agent wrote it (rewrite.ts
 * `groupsAsWritten`), so a name keeps its capital.
 */
const FIGURE_SUBJECT_W = `(?:the|this|that|these|those|your|our)(?: (?!(?:i|we|you|it|is|are|was|were|be|been|has|have|had|and|but|so|that|this|which|because|not|no|as|of|to|in|on|for|at|by|with)\\b)[a-z0-9£$€.,'-]+){0,3}? ${FIGURE}(?: of [£$€]?[0-9][0-9.,]*| (?:you were charged|you paid|on your (?:bill|statement|account|invoice)))?`;
/** "is correct", "was correctly applied", "has been calculated correctly": the verdict on a figure. */
const IS_RIGHT = '(?:correct|accurate|valid|right|the (?:correct|right) (?:price|amount|figure|charge|fee|one))';
const DONE_RIGHT = "(?<aux>is|are|was|were|has been|have been)(?: therefore| also| definitely| absolutely| all)?(?: correctly| properly| accurately)? (?<verb>calculated|applied|charged|issued|levied|billed|worked out|assessed)(?: correctly| properly| accurately)?";

/** Adverbs of a verdict that an act was done right. */
const RIGHTLY = '(?:correctly|properly|rightly|validly|fairly|accurately)';
/** Acts done to a figure or a notice, as the agent reports them. */
const DONE_VERB = '(?:applied|charged|calculated|issued|levied|billed|worked out|assessed|taken|deducted|debited|made|served|raised|imposed|carried out|processed|collected|set)';
/** Whatever opens the sentence up to the verb, a clause and its "so" or "and" included. */
const ANY_SUBJECT = "[^.!?;:\\n]*?[\\p{L}\\p{N}'’%)]";
/** A subject drawn from the facts before it ("…, so April's fee"): the act alone is the point. */
const SO_SUBJECT = "[^.!?;:\\n]*?,? so [^.!?;:\\n]*?[\\p{L}\\p{N}'’%)]";
/** Where, when, how or on what the act was done: "from that reading", "on 2 May", "under the rate terms". */
const BASIS =
  "(?:under|from|using|on|following|in line with|in accordance with|according to|at|to|for|after|within|based on|by|against|in|as per|per) (?!(?:and|but|so|because|which)\\b).+";

/** A subject of a few words after its determiner, not after "satisfied" or "that" (a verdict or a relative clause). */
const PLAIN_SUBJECT =
  "(?:[^.!?;:\\n]*?(?<!\\b(?:satisfied|confident|sure|certain|that|which|who))[ ,] ?)?(?:the|this|these|your|our|my|you)(?: (?!(?:that|which|who|and|but|so)\\b)[\\p{L}\\p{N}£$€'’-]+){0,5}";
/**
 * What may follow an act once its verdict word goes: its basis, or more the agent says after
 * "and" — not "and within our standards" (the verdict goes on), nor a refusal ("and won't be
 * refunded"), which the verdict only props up: the Swap would leave it standing bare.
 */
const DONE_GOES_ON = "(?:and (?!(?:within|in line|in accordance|is|are|was|were|correctly|properly|won(?:'|’)t|will not|can(?:'|’)t|cannot|can not)\\b)|(?:from|on|under|following|in line with|in accordance with|by|using|at|for|after) ).+|";
/** What a figure's clause goes on to say of it, once "is correct and" goes: a verb of its own, not a refusal (as above). */
const FIGURE_GOES_ON = "(?:will(?! not\\b)|remains?|must|reflects?|stays?|stands?|has|have|includes?|covers?) .+";

/** A refusal after its subject: "cannot refund", "'re unable to reverse", "'m not in a position to remove". */
const REFUSES = "(?:(?:(?:'|’)re| are|(?:'|’)m| am) (?:unable to|not able to|not in a position to)| (?:cannot|can not|can(?:'|’)t|will not|won(?:'|’)t))";
/** A lead that points back at the facts just given: "As such,", "On that basis", "For that reason,". */
const DRAWN_FROM = '(?:as such|on (?:that|this) basis|for (?:that|this|these|those) reasons?|in (?:that|this) case|therefore|consequently),?';

/** Saying it was said before/** Saying it was said before: "as I explained", "as has been explained to you", "as you were informed". */
const SAID_BEFORE =
  "(?:as|like) (?:i|we|my colleagues?|our [a-z]+s?|the [a-z]+) (?:have |has |had )?(?:already |previously |just )?(?:explained|said|stated|mentioned|told you|advised|noted|pointed out|set out|outlined|made clear)(?: (?:before|previously|already|earlier|twice|a moment ago))?|as (?:has been|was|have been|had been) (?:already |previously )?(?:explained|said|stated|mentioned|advised|noted|outlined)|as (?:previously|already) (?:stated|explained|communicated|mentioned|advised|noted|told)|as (?:stated|explained|mentioned|noted|outlined|set out) (?:in|on) (?:our|my) (?:[a-z]+ ){0,3}(?:letters?|emails?|correspondence|messages?|replies|reply|responses?|calls?|chats?)|as you (?:were|have been) (?:informed|told|advised)|as (?:our|my) (?:letters?|emails?|replies) (?:have|has) (?:made clear|explained|stated)";

/** What an agent's verdict can be about, at the end of its own account: a figure, a decision, a page. */
const VERDICT_OF = '(?:charges?|fees?|bills?|amounts?|price|penalty|fine|invoice|decision|balance|deduction|premium|closure|rental fee|website|account)';
/**
 * No record named earlier in the sentence (a full stop inside a figure, "203.4 GB", is not the
 * sentence's end): a verdict drawn from a record is system-says's, as the labels have it. Read
 * back at most 160 characters, so a reply with no full stop stays linear.
 */
const NO_RECORD_BEFORE =
  '(?<!\\b(?:shows?|showed|shown|reports?|reported|records?|recorded|logs?|logged|dashboard|app|system|systems|trail|console|data|tracking|gps|meter|scans?|database|platform|engine|footage)\\b(?:[^.!?\\n]|\\.(?=[0-9])){0,160})';

export const argueDefend: FlagRuleData = {
  id: 'argue-defend',
  category: 'listening',
  weight: 15,
  severity: 'warn',
  title: 'Arguing to be right',
  why: 'Winning the argument loses the customer; repeating yourself sounds impatient.',
  better: 'Acknowledge, then explain once, calmly.',
  examples: ['As I already explained', 'Per my last email', 'With all due respect', 'As previously stated', 'Like I said before', 'calm down'],
  patterns: [
    // Shape-level frames: an insistence predicate on our correctness, a correction of the
    // customer with no acknowledgement, a reminder that it was said or agreed before.
    // Insisting, with an assurance, that a thing of ours was done right ("I can assure you the
    // parcel was delivered on time"); not a promise ("I can assure you I'll sort it").
    '(?:i|we) (?:can )?(?:assure|guarantee) you(?: that)?(?= (?!(?:i|we)\\b)(?:[a-z0-9£$€.,-]+ ){1,5}(?:is|are|was|were|has been|have been) (?:[a-z]+ )?(?:correct|correctly|accurate|accurately|right|valid|properly|on time|in full|as (?:agreed|described|advertised|ordered))\\b)',
    // The customer's claim set aside as untrue: "it isn't correct that no one came".
    '(?<!\\b(?:if|whether|when|unless) )(?:it|that) (?:is|was) (?:simply |just |also )?not (?:true|correct|right|accurate) that',
    '(?<!\\b(?:if|whether|when|unless|so) )you (?:are|were) (?:simply |just |quite |also )?not (?:correct|right)(?! to (?:worry|be|feel|ask|expect|want))\\b',
    '{we} (?:do not|can not|could not) agree (?:that|it|this|there)\\b',
    // Said before, at the time: "this was made clear when you signed", "you were told about the fee when you booked".
    '(?:was|were|had been|has been|have been) (?:all )?(?:made (?:very |perfectly |quite |abundantly )?clear|spelled out|spelt out|disclosed) (?:to you )?(?:at the time|beforehand|in advance|up ?front|before you|when you|at the (?:point|time) of)',
    '(?<!\\b(?:if|whether|when|unless) )you were (?:told|informed|advised|made aware|notified) (?:(?!(?:wrong|wrongly|incorrect|incorrectly|mistakenly)\\b)[a-z]+ ){0,4}?(?:at the time|when you|before you|beforehand|in advance|up ?front|on the (?:phone|call)|in writing)',
    '(?:you will|you should|you may|you would) (?:no doubt |surely |well )?(?:recall|remember) (?:that(?= you\\b)|agreeing|signing|being told|ticking)',
    '(?:may|might|will) (?:recall|remember) (?:it|this|that|the [a-z]+|things|events) differently',
    // The record said to prove it, as a verdict: "the log proves otherwise", "the recording is clear".
    '(?:data|facts|evidence|records?|logs?|footage|recordings?|cctv|tracking|gps|photos?|history) (?:prove|proves|proved|clearly shows?|clearly proves?) (?:otherwise|the opposite)',
    '(?:the|our) (?:call |phone |cctv |video )?(?:recording|footage|evidence|cctv|video) (?:is|was) (?:very |perfectly |quite |absolutely |entirely )?clear\\b(?! (?:and|enough|to hear|to see|quality))',
    '(?<!\\byour (?:[a-z]+ )?)(?:recording|footage|cctv|video|logs?|records?|evidence|tracking|gps) (?:clearly|plainly|definitely|categorically) (?:shows?|proves?|confirms?|demonstrates?)',
    // Insisting that we did our part: "our emails definitely went out", "the engineer did attend".
    { p: '(?<=(?:{we}|our [a-z]+|the (?:[a-z]+ )?(?:emails?|parcels?|packages?|orders?|letters?|payments?|refunds?|notices?|reminders?|texts?|messages?|invoices?|items?)) (?:was |were |did |has |have |had )?)(?:definitely|categorically)(?= (?:sent|delivered|went out|gone out|left|attended|arrived|called|emailed|dispatched|posted|issued|processed|visited|knocked|came|turned up|been sent|been delivered|been issued)\\b)', better: '', swap: true },
    `(?:the|our) (?:[a-z]+ )?(?:${STAFF}|riders?|pharmacists?) did (?:actually |in fact )?(?:attend|arrive|call|visit|deliver|knock|turn up|come|explain|go through|send|email|ring)\\b`,
    // Announcing that it is being said plainly: "I want to state clearly that", "for the avoidance of doubt".
    '(?:i|we) (?:want|would like|wish|need|have|must) to (?:state (?:very |quite )?clearly|make (?:it|this) (?:very |quite |perfectly )?clear|be (?:very |quite |perfectly )?clear)(?: that)?',
    '(?<=(?:^|[.!?:] |\\n|, ))for the avoidance of doubt',
    '(?:i am going to|i will|let me|to) be (?:blunt|frank)',
    // Denying the customer's charge against us by its bare name: "it isn't fraud".
    '(?:it|this|that) (?:is|was) (?:simply |just |definitely |certainly )?not (?:fraud|fraudulent|theft|stealing|a con|a scam)\\b',
    // Our service declared fine over the time the customer says it failed.
    '(?:our|the) (?:[a-z]+ )?(?:servers?|systems?|network|platform|service|website|site|app|line)s? (?:was|were|is|are|has been|have been) (?:stable|up|working (?:fine|normally|perfectly)|fully operational|running (?:fine|normally|smoothly))(?: (?:all|the whole|throughout the) (?:day|evening|night|morning|afternoon|weekend|time|period))',
    '(?:our|the) (?:[a-z]+ )?(?:phone |booking )?(?:system|service|website|site|app|network|platform|servers?) (?:is|are|was|were) (?:definitely |simply )?not (?:broken|faulty|down)\\b',
    // What the customer agreed to, turned on them: "so it was in line with what you agreed to".
    '(?:so|therefore|which means)\\b[^.!?\\n]{0,60}\\b(?:in line with|in accordance with|consistent with) what you (?:agreed|signed|accepted|ticked|chose|selected|requested)',
    '(?:so|therefore|which means) (?:notice|warning|a reminder|fair warning) was (?:given|sent|issued)',
    // Confirming our own verdict: "I can confirm the charge is correct" (not a fact confirmed: "I can confirm your refund was sent").
    '(?:i|we) can (?:now )?confirm(?: that)?(?= (?!(?:i|we)\\b)(?:[a-z0-9£$€.,-]+ ){1,5}(?:is|are|was|were|has been|have been) (?:[a-z]+ )?(?:correct|correctly|accurate|accurately|right|valid|in order|properly [a-z]+|[a-z]+ (?:correctly|properly|accurately))\\b)',
    '(?:that|this) (?:is|was) not what (?:was|we|i) (?:agreed|offered|promised|discussed|said)',
    '(?:that|this) (?:was|has|had|is) never (?:been )?(?:the case|agreed|offered|promised)',
    // The customer told their memory or reading is at fault: "you must be mistaken", "you're misremembering".
    '(?<!\\b(?:if|whether|unless) )you (?:must|may|might) (?:be|have been) (?:mistaken|confused|wrong)\\b',
    'you (?:are|may be|might be|must be) misremembering|you (?:have|may have|must have) misremembered',
    'you have (?:this|that|it) (?:wrong|the wrong way round)',
    '(?<!\\b(?:if|whether|when|once|that|as|what|how|unless|yes) )(?<!\\byes, )you did (?:actually |in fact |indeed )?(?:receive|sign|agree|accept|order|book|choose|select|tick|confirm|authori[sz]e|opt in|request|get)\\b',
    // A reminder that leads in bare ("As advised, the refund takes 10 days").
    'as (?:advised|stated|explained)(?= ?,)',
    'you (?:have|had) (?:already )?been (?:informed|told|advised|made aware)(?: (?:of|about) (?:this|that|it))? ' + COUNT,
    'you (?:were|have been|had been) already (?:given|told|informed|advised)|you have already been (?:given|told|informed|advised)',
    'as (?:i|we) (?:keep|kept) (?:saying|telling you|explaining)|(?:i|we) (?:keep|kept) (?:saying|telling you)',
    'how many (?:more )?times (?:do|must|will|should|have) (?:i|we)',
    'as clearly as (?:i|we) (?:can|could|possibly can)|(?:not sure|do not know) what else (?:i|we) can (?:tell|say to) you',
    // No fault of ours, believed: "we don't believe we made a mistake", "we have not done anything wrong".
    '{we} (?:do not|did not) (?:believe|feel|think|consider) (?:that )?(?:we|i|our [a-z]+|the [a-z]+|there|this|it)\\b[^.!?\\n]{0,40}\\b(?:mistake|error|at fault|to blame|in the wrong|anything wrong|(?:is|was|are|were) wrong|incorrect)\\b',
    '(?:{we}|he|she|they|(?:our|the) [a-z]+) (?:have not|has not|did not) (?:done|do) anything wrong',
    '(?:i|we) (?:must |have to )?insist (?:that )?(?:the|this|it|our|we|you)\\b',
    '{we} (?:handled|dealt with|processed|managed|assessed|reviewed) (?:this|it|that|your [a-z]+|the [a-z]+) (?:correctly|properly|fairly|appropriately|by the book|to the letter)',
    '(?:completed|carried out|done|cleaned|finished|performed|fitted|installed) to (?:a|the|our) (?:very )?(?:high|usual|required|expected|proper|professional) standard',
    // Staff vouched for by their record: "he has never had a complaint", "I have full confidence in our team".
    '(?:has|have) never (?:had|received) (?:a|any|one) (?:single )?complaints?',
    `(?:full|complete|every|total) confidence in (?:our|my|the) (?:[a-z]+ )?${STAFF}`,
    // Frames from batches wu/wv (tune), each over word classes rather than the phrase seen.
    // Correcting the record as a lead-in: "just to correct the record", "for the record, notice was given".
    '(?:just )?(?:to|let me|i (?:must|need to|have to|would like to|want to)) (?:just )?correct the record',
    '(?<=(?:^|[.!?:] |\\n|, |— |- ))for the record,',
    'just so (?:we are|you are|we are both) (?:on the same page|clear|aware),? (?:you|your|the|it|this|that)',
    // The customer's own words quoted back at them: "I'd draw your attention to your own email",
    // "as your own message of 3 May says".
    '(?:draw your attention|refer you|point you|direct you) (?:back )?to your (?:own )?(?:e-?mails?|messages?|letters?|words|statements?|posts?|tweets?|replies|reply|forms?|notes?)',
    '(?<!\\bin )your own (?:e-?mails?|messages?|letters?|words|statements?|admission|posts?|tweets?|replies|reply|chat)(?! (?:address|account|inbox|folder|app)s?\\b)',
    // Saying the customer's word for it is unfair or wrong: "it's a bit unfair to say you never
    // agreed", "it's not really fair to say we don't fix leaks", "'spotless' isn't the word I'd use".
    '(?:not|hardly) (?:really |quite |entirely |exactly )?(?:fair|accurate|right|true|correct) to (?:say|claim|suggest|call|describe|imply)',
    '(?:a bit|rather|quite|slightly|somewhat|a little|very|really) (?:unfair|inaccurate|misleading|harsh) to (?:say|claim|suggest|call|describe|imply)',
    '(?:is not|is hardly|would not be) (?:the|a) (?:word|term|description|way) (?:i|we) would (?:use|choose|pick|put it)',
    '(?:not|hardly) how (?:i|we) would (?:describe|put|characteri[sz]e|sum up) (?:it|this|that|them)',
    // Proof turned on the customer: "honestly it proves our point", "the video backs up what we said".
    '(?:proves|prove|proved|proving|supports|backs up|confirms|confirmed) (?:our|my) (?:point|position|case|view|version)',
    '(?:backs up|back up|supports|support|proves|prove|confirms|confirm) (?:exactly )?what (?:we|i) (?:said|told you|explained|wrote)',
    // The customer's belief set aside: "not where you think it was", "not what you think happened".
    '(?<=(?:,|—|-) )not (?:where|what|how|when) you (?:think|thought|believe|believed|claim|claimed|say|said|remember|seem to think)',
    // Repeating oneself, announced: "I'll say it again:", "let me say this once more".
    '(?:i will|i am going to|let me|i have to|i must|i can only) (?:just )?say (?:it|this|that) (?:again|once more|one more time)',
    // Nothing promised, as a retort: "nothing was promised", "nothing was ever guaranteed".
    'nothing was (?:ever )?(?:promised|guaranteed|agreed|committed to)',
    // Setting the customer right with "actually" and what we did: "we actually replied within the hour".
    '(?:we|i) (?:actually|did actually|did in fact|in fact|did) (?:replied|responded|answered|wrote back|called you|emailed you|told you|explained|said|mentioned|sent (?:it|this|that|you)|reply|respond|answer|write back|call you|email you)',
    '(?<!(?:if|whether|when|once|that|as|what|how|unless) )you did (?:actually |in fact |indeed )?(?:agree|sign|receive|accept|confirm|tick|select|authori[sz]e|approve|opt in|request) (?:to )?(?:it|this|that|them|the [a-z-]+)?,? though',
    // The record said to show it plainly: "the booking page definitely said 5pm". Not the customer's
    // own record ("your confirmation clearly says sea view"), which backs them.
    '(?:the|our|that|this) (?:[a-z-]+ )?(?:page|site|website|app|email|listing|confirmation|ticket|booking|receipt|screen|sign|notice|label|invoice|contract|timetable|schedule|advert) (?:definitely|clearly|plainly|categorically) (?:said|says|stated|states|showed|shows|listed|lists|displayed|displays|read)',
    // The customer told they are looking at the wrong thing: "you're looking at the wrong statement".
    'you (?:are|were) (?:probably |likely |just )?(?:looking at|reading|viewing|thinking of) (?:a|an|the) (?:different|wrong|old|older|outdated|previous)',
    // It happened after it left us, so not us: "couldn't have got wet while we had it".
    '(?:could not|can not|cannot) (?:possibly )?have (?:been |got |gotten |become )?(?:[a-z-]+ )?(?:while|when|whilst) (?:we had (?:it|them)|it was (?:with us|in our [a-z]+)|they were (?:with us|in our [a-z]+)|in our (?:care|hands|possession))',
    // It did what it should: "so it did exactly what it should", "the system behaved exactly as it should".
    '(?:did|worked|behaved|performed) exactly (?:what|as) (?:it|they|we|the [a-z]+) (?:should|should have|was meant to|were meant to|is meant to|was supposed to|was designed to)',
    // Saying it was plain all along: "it is very clear in the small print", "we've been perfectly clear
    // about that from day one", "it is written clearly in the documentation".
    '(?:it is|it was|that is|this is) (?:very |perfectly |quite |really |abundantly |crystal )clear(?=[ \\n]*(?:[.,;!]|$)| (?:in|on|from) (?:the|our|your))',
    '(?:has|have|had) been (?:perfectly |very |abundantly |crystal |quite |always )?clear (?:about (?:that|this|it) )?(?:from|since) (?:day one|the (?:start|outset|beginning))',
    // (Not advice about what the customer shows: "please ensure your address is displayed clearly on your door".)
    '(?<!\\b(?:ensure|make sure|check|checking|sure that|ensure that|making sure)\\b[^.!?\\n]{0,40})(?:is|are|was|were) (?:written|stated|explained|shown|displayed|printed|listed|set out|marked|labell?ed) (?:very |quite )?clearly (?:in|on|at)',
    '(?:explained|said|put|made) (?:this|it|that) (?:clearly|plainly|simply) enough',
    // Saying it was written before: "as I wrote to you already on 12 August", "like I wrote you two times before".
    '(?:as|like) (?:i|we) (?:have )?(?:already |previously )?(?:wrote|written)(?: (?:to )?you)? (?:already|before|previously|earlier|twice|in|on|(?:two|three|several|many) times)',
    '(?:i|we) refer (?:again|once again|once more|back) to',
    'as you (?:will|may|should|would|must) (?:no doubt |surely |well |already )?(?:recall|remember|be aware|know|appreciate)',
    'the answer (?:has not|had not|does not|will not) changed?',
    // Rejecting the customer's account by name: "I must reject your statement that…", "I must correct
    // your statement", "we have to challenge your claim".
    `(?:i|we) (?:must|have to|need to|would like to|feel i must|am going to have to) (?:respectfully |firmly )?(?:correct|reject|dispute|challenge|refute) (?:your|the customer's|this|that) (?:statement|claim|assertion|allegation|recollection|version|understanding|suggestion|characteri[sz]ation|interpretation)`,
    'you (?:are|must be|may be|might be|were) (?:probably )?thinking of (?:a|another|the|someone|something|an)',
    '(?:i am|we are) (?:100%|100 %|one hundred percent|completely|absolutely|totally|entirely|fully) (?:sure|certain|confident|positive)',
    '(?:never|not|rarely) (?:have|had|see|seen|get|got) (?:this|that|any such|such a) (?:problem|issue|complaint|fault) (?:with|from) (?:other|any other|our other|any of our(?: other)?) (?:customers|users|clients|members|guests|buyers)',
    'no (?:[a-z-]+ ){1,2}(?:was|were|has been|had been) (?:ever )?(?:promised|guaranteed|agreed|committed to)',
    '(?:in|within) (?:perfect|good|excellent|pristine|full working|working) (?:working )?(?:condition|order) when (?:it|they) (?:left|was dispatched|were dispatched|was sent|were sent|was shipped)',
    '(?:prepared|sent|shipped|delivered|packed|cooked|fitted|installed|built|completed|carried out|processed) (?:[a-z-]+ ){0,3}exactly (?:as|what) (?:was |you )?(?:requested|ordered|asked for|described|specified|instructed|agreed|booked)',
    // Staff vouched for: "our receptionist acted correctly in directing you", "our advisors are trained to
    // treat all customers with respect", "to be fair to my colleagues", "…and did nothing wrong".
    `(?:our|my|the) (?:[a-z]+ )?${STAFF} acted (?:entirely |completely |perfectly |fully )?(?:correctly|appropriately|properly|reasonably|lawfully|fairly|professionally)`,
    `(?:our|my|the) (?:[a-z]+ )?${STAFF} (?:are|is) (?:all )?(?:trained|taught|instructed) to (?:treat|be polite|be courteous|speak|handle (?:every|all|each)|respect)`,
    `to be fair to (?:my|our|the) (?:[a-z]+ )?${STAFF}`,
    '(?:and|who|but) (?:also )?did nothing wrong',
    `(?:nobody|no one) (?:on our (?:side|end|team)|here|at our end|in our team) (?:touched|changed|edited|altered|moved|deleted|cancelled|amended)`,
    '(?:please )?stop (?:claiming|saying|suggesting|insisting|implying|pretending)',
    '{we} (?:fully |firmly |completely |still |will )?stand (?:by|behind) what',
    '(?:to put it|put) (?:plainly|bluntly)',
    // Staff declared right to do what they did: "our staff in Bristol were right to decline".
    `(?:our|the) (?:[a-z]+ )?${STAFF}(?: (?:in|at) [a-z]+)? (?:was|were) (?:quite |entirely |perfectly |absolutely )?(?:right|correct|justified) (?:to|in) (?:decline|refuse|ask|charge|stop|turn|say|apply|deny|reject|remove|issue|fine)`,
    // Broader forms of the same families, for wordings the batches did not use.
    // Not seeing the customer's point: "I don't see what the problem is", "I'm not sure why you think it was cancelled".
    '(?:i|we) (?:do not|fail to|can not|really do not) see (?:what|why|how) (?:the (?:problem|issue|fuss|complaint)|you (?:are|think|feel|would)|this is (?:a|an) (?:problem|issue)|there is (?:a|an) (?:problem|issue))',
    '(?:not sure|do not know|unsure|wonder|do not understand) (?:why|where|how) you (?:think|thought|believe|believed|got the idea|are under the impression|would think|came to think)',
    // The complaint itself judged: "this complaint is unjustified", "your claim doesn't add up".
    '(?:complaint|claim|accusation|criticism|review|allegation|comments?|feedback)s? (?:is|are|was|were) (?:completely |entirely |simply |totally |quite )?(?:unjustified|unwarranted|not justified|not warranted|exaggerated|overstated)',
    '(?:your|the|this|that) (?:[a-z-]+ ){0,2}(?:claim|story|account|timeline|version|explanation|complaint|argument) (?:does not|do not|did not|simply does not) (?:add up|stack up|make sense|hold together)',
    '(?:is|was) not (?:a |really a |quite a )?(?:fair|valid|like-for-like|reasonable|meaningful) comparison',
    // Asking the customer to agree, or telling them what they can't expect: "I think you'll agree that's
    // reasonable", "you can't expect us to refund a used item".
    '(?:i think|i am sure|surely|i trust|i hope) you (?:will|would|can|must) agree',
    'you (?:can not|could not|should not|do not|surely can not) (?:really |honestly |seriously |reasonably )?expect (?:us|me|the company|them) to',
    // Told before, by where: "you were told this on the phone", "you were advised when you booked".
    'you were (?:told|informed|advised|made aware|warned|notified) (?:of this |about this |this |that )?(?:on the (?:phone|call)|during the call|in (?:the|our|my) (?:[a-z]+ )?(?:call|chat|email|letter|message|confirmation)|when you (?:booked|signed|ordered|called|joined|bought|registered))',
    // Pointing at the document that settles it: "it's all in the email we sent you", "the terms are
    // very clear on this", "as you can see from the attached photo".
    '(?:it is|that is|this is|everything is) all (?:in|explained in|set out in|covered in) (?:the|our|my)',
    '(?:terms|contract|wording|email|letter|listing|description|instructions|guide|agreement|confirmation|advert) (?:is|are|was|were) (?:very |perfectly |quite |really |abundantly |crystal )?clear (?:on|about) (?:this|that|it)',
    'as you can (?:clearly )?see (?:from|in|on) (?:the|our|this|my) (?:attached |enclosed )?(?:photos?|footage|video|screenshots?|records?|logs?|report|recording|images?|evidence|e-?mail|thread)',
    // Frames from batches ws/wt (tune): vouching for staff, "so you were informed", "expected behaviour".
    '(?:would|will) never (?:be rude|throw|do (?:that|this|such a thing)|lie|damage|mistreat|treat (?:a|any) (?:guest|customer|patient|member))',
    '(?:so|therefore|which means) you were (?:informed|notified|told|advised|made aware|aware)\\b',
    '(?:so|therefore|which means) (?:this|that|it) is (?:completely |entirely |perfectly )?(?:expected|normal|intended|correct) behaviou?r',
    'actually,? no one (?:told|said to|promised) you',
    '(?:so|therefore) the (?:[a-z-]+ )?(?:damage|fault|problem|issue|delay|error|scratch|dent) was not caused by (?:him|her|them|us|our [a-z]+|the [a-z]+)',
    'followed (?:the |all |our )?(?:[a-z-]+ ){0,3}(?:regulations|guidelines|standards|protocols?) (?:correctly|properly|to the letter|fully)',
    // Frames from batches wq/wr (tune): denying, vouching and proving against the customer.
    '{we} (?:do not|did not) appreciate (?:being called|the (?:accusation|language|tone|suggestion)|your (?:tone|language|accusation|suggestion))',
    '(?:so|therefore|which means) you (?:would|will|should|must) have (?:been (?:informed|notified|told|advised|made aware|aware)|received (?:it|this|that|the [a-z]+)|known)',
    '(?:so|therefore) the (?:[a-z-]+ ){0,2}(?:information|wording|description|advert|listing|page|website|terms|price) (?:there |on (?:the|our) [a-z]+ )?(?:is|was) not (?:wrong|incorrect|misleading|inaccurate)',
    '(?:so|therefore) the (?:[a-z-]+ ){0,2}(?:visit|delivery|call|appointment|attempt|payment|email|letter) did (?:happen|take place|go ahead|go through)',
    '(?:i am|we are) (?:confident|sure|certain|satisfied) (?:that )?(?:he|she|they|(?:the|our|my) [a-z]+) (?:did not|would not|would never|never) (?:intend|mean|meant|want)',
    'there (?:is|was) no (?:mistake|error|fault) (?:from|on) (?:our|my) (?:side|end|part)',
    '(?:i|we) can assure you (?:that )?(?:the|your) (?:[a-z-]+ ){0,2}(?:was|were) (?:intact|undamaged|in (?:perfect|good|working) (?:condition|order)|properly packed|working|fine)',
    '(?:our|the|my) (?:[a-z-]+ )?(?:adjuster|assessor|engineer|technician|driver|agent|advis[eo]r|colleague|staff member|team|surveyor|inspector|officer) (?:handled|dealt with|processed|managed) (?:this|it|that|your [a-z]+|the [a-z]+) (?:by the book|correctly|properly|to the letter|appropriately|fairly)',
    'with your (?:initials|signature) (?:next to|beside|against|on) it',
    '(?:i|we) (?:would|will|must|have to) (?:again )?refer you (?:back )?to (?:my|our) (?:[a-z]+ )?(?:e-?mail|letter|message|reply|response|decision)',
    '(?:i|we) (?:would|must|have to|will have to) (?:respectfully )?disagree (?:that|with you that)',
    'it has (?:already |previously )?been (?:explained|made clear|set out|pointed out|stated|confirmed) to you',
    '(?:he|she|they|(?:the|our) (?:[a-z-]+ )?(?:driver|courier|agent|engineer|technician|staff|team|rider)) (?:did not|was not|were not|never) (?:lie|lying|lied)',
    // 1. Repeating yourself at the customer.
    { p: `as (?:i|we) (?:have )?(?:already |previously |just )?(?:explained|stated|told you|advised|pointed out)`, better: 'To recap,' },
    { p: `as (?:i|we) (?:have )?(?:already |previously )(?:mentioned|said|noted)`, better: 'To recap,' },
    { p: `as (?:i|we) (?:mentioned|said|noted) (?:before|previously|earlier|already|twice|above|just now|a (?:moment|minute|second) ago)`, better: 'To recap,' },
    { p: `as (?:previously|already) (?:stated|explained|mentioned|advised|noted|said)`, better: 'To recap,' },
    // In lower case: it takes the capital of a sentence it opens, and none after "Hi Claire,".
    // (A phrase Swap: a paste that repeats it thousands of times costs no clause look-up.)
    { p: `per my (?:last|previous|earlier) (?:email|message|reply|response|note|letter)`, better: 'to recap,', swap: true },
    // "as stated in our previous two letters", "as mentioned in all previous replies", "as I said in my email on Tuesday"
    { p: `as (?:(?:i|we) (?:have )?)?(?:already |previously |clearly |just |also )?${SAID} (?:to you )?(?:in|on|during|via|over|by) (?:(?:my|our|all|both|several|all of our|all of my|each of our) (?:[a-z0-9]+ ){0,2}|the ${PRIOR} (?:[a-z0-9]+ )?|(?:an? )?${PRIOR} )${COMM}`, better: 'To recap,' },
    // "as already told", "as previously communicated", "as has been explained", "as you were informed"
    { p: `as (?:already|previously|earlier|repeatedly|clearly|(?:i|we) have(?: already| previously| repeatedly| clearly| just)?|has been|has already been|was|had been|you (?:were|have been|had been)(?: already| previously| clearly)?) ${SAID_PASSIVE}`, better: 'To recap,' },
    { p: `as (?:i|we) (?:said|told you|explained|mentioned|noted|stated|advised)(?= ?[,:;]| (?:before|earlier|previously|already|yesterday|last (?:time|week)|on the (?:phone|call)|in (?:chat|writing)))`, better: 'To recap,' },
    { p: `(?:as )?per (?:my|our) ${PRIOR} ${COMM}`, better: 'To recap,' },
    // "as the engineer already told you", "as my colleague explained to you"
    { p: `as (?:(?:my|our|the|your) (?:[a-z]+ )?${STAFF}|he|she|they) (?:has |have |had )?(?:already |previously |clearly )?(?:told you|explained(?: to you)?|advised(?: you)?|informed you|said|made clear)`, better: 'To recap,' },
    '{we} (?:have )?already (?:answered|addressed|responded to|covered|explained) (?:this|that|your)',
    '(?:how much|any) clearer (?:i|we) can be',
    '{we} (?:have )?(?:already )?told you (?:twice|before|already|(?:several|many|three|two|multiple) times|this already)',
    '{we} (?:have )?already (?:told|explained|said|informed you|advised you|clarified|pointed out|gone over|been over|gone through|made (?:it|this|that) clear)',
    // "I've gone over this with you twice now", "we've been over this already", "I explained you already"
    `{we} (?:have |had )?(?:already )?${REPEATED}(?: (?:this|that|it|this point|the same(?: thing)?))?(?: (?:to|with) you)?(?: (?:already|now|again))? ${COUNT}`,
    '{we} (?:explained|told|informed|advised) (?:(?:this|that|it) )?(?:to )?you already',
    { p: 'like i (?:said|told you|mentioned)(?: (?:before|already|earlier|in my (?:previous|last) (?:message|email)))?', better: 'To recap,' },
    // "let me reiterate", "just to reiterate", "I can only repeat what I said", "again I am saying"
    '(?:to|let me|i must|i will|i would|i can only|i have to|i need to|allow me to|i shall|i am going to|i just want to) (?:once again |again |just )?(?:reiterate|repeat (?:myself|what|that|this|again|once more|the same))',
    '(?:once again|again),? (?:i am (?:saying|telling you)|i (?:say|repeat|tell you))',
    // Frames from batches wh/wi: insisting the company got it right, or that it was said already.
    '{we} (?:are|am) (?:very |fully |entirely |quite )?(?:confident|certain|satisfied|sure) (?:that )?(?:that is what happened|this is what happened|(?:we|our [a-z]+|the [a-z]+) (?:got|handled|applied|made|did) (?:this|it|that|the [a-z]+) (?:right|correctly|properly|fairly))',
    '(?:so|therefore|which means) you did (?:receive|get|have|agree|sign|accept|know|see|book|order)',
    '(?:we|our [a-z]+|the [a-z]+) (?:reviewed|checked|looked at|assessed) (?:[a-z-]+ ){1,3}and got (?:this|it|that) right',
    '(?:as|like) (?:our|my) (?:previous |earlier |last )?(?:letters?|emails?|replies|responses|messages|correspondence) (?:have|has) (?:already )?(?:made clear|made it clear|explained|set out|stated|confirmed)',
    '(?:has|have) (?:already )?been (?:fully |thoroughly |carefully )?(?:considered|addressed|reviewed|dealt with) and (?:responded to|answered|replied to|closed)',
    '(?:have|has) (?:already )?(?:set out|explained|stated|given|made clear) (?:our|my) (?:position|decision|view|reasons?) (?:in full|fully|clearly|already|several times|before)',
    '(?:were|was) applied correctly and (?:the|your|this|that) (?:[a-z-]+ )?(?:is|was|are|were) (?:accurate|correct|right|fair)',
    '(?<=(?:^|[.!?] |\\n))(?:once )?again, (?:the|this|that|it|as|your|our)',
    '(?:it|this|that|the (?:[a-z-]+ )?(?:fee|charge|price|cost|term|condition)) (?:is|was) not hidden',
    '(?:the|our|this) (?:[a-z-]+ ){0,2}(?:update|system|app|feature|software|release|product|process|service) (?:worked|works|is working|was working|functioned|behaved|performed) (?:exactly )?as (?:designed|intended)',
    'i will not repeat myself',
    '{we} have been (?:over|through) (?:this|that|it)',
    { p: 'like (?:i|we) (?:said|told you|mentioned|explained)', better: 'To recap,' },
    `{we} (?:already )?(?:explain|tell|inform|say) (?:(?:this|that|it) )?(?:to )?you (?:again|${COUNT})`,
    '(?:i|we) am (?:repeating|telling you|saying (?:to you|it)) (?:again|once more|myself|for the)',
    'same (?:answer|thing|information|reply|response|explanation) (?:that |as |which )?(?:i|we|my colleague|our team|you were) (?:gave|given|told|said|sent|provided|already)',
    { p: '(?:i|we) (?:must|would|have to|need to|will) (?:again |once again |once more )?(?:emphasi[sz]e|stress|underline|reiterate) that', better: '', swap: true },
    '(?:i|we) (?:must|would|have to|need to|will) (?:again |once again |once more )?(?:emphasi[sz]e|stress|underline|reiterate) (?:again|once)',
    'draw your attention (?:again|back|once again) to',
    // "as mentioned previously", "as explained to you before"
    { p: `as ${SAID_PASSIVE} (?:to you )?(?:previously|before|earlier|already|twice|repeatedly|several times|(?:on|over) the (?:phone|call)|in (?:my|our) (?:[a-z0-9]+ ){0,2}${COMM})`, better: 'To recap,' },
    // "it has already been explained to you twice"
    `(?:has|have|had) (?:already )?been (?:explained|said|stated|communicated|made clear|clarified|covered|addressed|answered|confirmed) (?:(?:to|with) you )?${COUNT}`,
    // "I don't know how else to explain this", "I'm not going to keep repeating myself"
    'how (?:else|much more (?:clearly|simply)|many (?:more )?ways) (?:i|we|to) (?:can |could |am supposed to |should )?(?:explain|put|say|make)',
    '(?:not going to|will not|can not|do not intend to|am not going to) (?:keep )?(?:repeat(?:ing)? myself|go(?:ing)? (?:over|through) (?:this|it|that) again|argu(?:e|ing) (?:with you|about (?:this|it|that)|the point))',
    '(?:not sure|do not know|unsure) what (?:else )?you (?:expect|want) (?:us|me) to',
    'how many (?:more )?times (?:do|must|will|should|can|have|am|are|is) (?:i|we) (?:have to |need to |got to )?(?:explain|tell|say|repeat|go over)',
    'how many more times',
    // "I'd refer you to my previous reply", "please re-read our last email"
    `(?:refer|point|direct) you(?: back)? to (?:my|our|the) (?:[a-z]+ )?${PRIOR} ${COMM}`,
    `please (?:re-?read|read|refer (?:back )?to|see|check|look at|go back to) (?:my|our) ${PRIOR} ${COMM}`,
    `if you (?:had )?(?:read|looked at|checked) (?:my|our) (?:[a-z]+ )?${PRIOR} ${COMM}`,
    `(?:was|were|has been|have been|had been) (?:already |previously )?(?:provided|sent|given|explained|set out|answered|addressed|covered|included|confirmed) (?:to you )?in (?:my|our) (?:[a-z]+ )?${PRIOR} ${COMM}`,
    // "it was made clear to you", "as has been explained to you on several occasions"
    '(?<!(?:should|would|could|might|must|may|not|never|ought to) )(?:was|were|has been|have been|had been) (?:already |previously |all |fully |clearly |properly |carefully )?(?:made )?(?:very |perfectly |abundantly |quite )?(?:clear|explained|stated|communicated|pointed out|spelled out|spelt out) to you',
    '{we} (?:have |had )?(?:already )?made (?:it|this|that) (?:very |perfectly |abundantly |quite |crystal )?clear',
    // "writing again will not make it faster"
    '(?:writing|emailing|e-mailing|calling|phoning|chasing|messaging|contacting us|asking|complaining) (?:us )?(?:again|repeatedly|more) (?:will not|does not|can not|is not going to) (?:make|change|speed|get|alter)',

    // 2. Correcting or contradicting the customer.
    // Not "I'm not going to assume you're wrong": a supposition the agent sets aside.
    { p: '(?<!(?:assume|assuming|say|saying|suggest|suggesting|imply|implying|think|thinking) )you (?:are|were|is) (?:simply |just |quite |completely )?(?:wrong|mistaken|incorrect|misinformed)', better: 'Let me explain what I’m seeing.' },
    '(?:i|we) (?:would|will) (?:have to )?(?:strongly |firmly |certainly |respectfully )?dispute (?:that|this)',
    // Certainty pressed against the customer's account (tune, batch wv-wz): "The update doesn't
    // delete automations, I can promise you that"; "…, so we're confident it's an improvement".
    '(?<=[,.;] )(?:i|we) can (?:promise|assure|guarantee) you (?:of )?(?:that|this)(?=[ \\n]*(?:[.!]|$))',
    '(?:so|and) (?:i am|we are) (?:very |fully |quite |completely )?(?:confident|certain|sure) (?:that )?(?:it|this|that|the (?:[a-z-]+ ){0,2}(?:change|update|design|redesign|decision|new [a-z]+)) (?:is|was|will be) (?:an? |the )?(?:improvement|better|right|correct|fine|working)',
    '(?:complaint|claim|argument|point|case) (?:does not|do not|did not|will not) (?:really )?(?:hold up|hold water|stand up)',
    { p: 'you (?:have |seem to have |may have |must have )?(?:misunderstood|misread|misinterpreted|misremembered|got (?:it|this|that) wrong)', better: 'Let me explain what I’m seeing.' },
    { p: '(?:i|we) (?:must|have to|need to|would (?:like to )?|will|should|feel i (?:must|should)|am going to) (?:respectfully |gently |just )?correct you', better: 'Let me explain what I’m seeing.' },
    { p: 'let me (?:just )?correct you', better: 'Let me explain what I’m seeing.' },
    { p: '(?:actually,? )?(?:that|this) is (?:simply |just |actually |absolutely |completely )?(?:incorrect|untrue|not true|not correct|false|not accurate|inaccurate|simply wrong)', better: 'Let me explain what I’m seeing.' },
    { p: '{we} did (?:explain|mention|say|tell you|advise(?: you)?|inform you|point out|make (?:it|this|that) clear|warn you)', better: 'To recap,' },
    'you were (?:clearly |already |specifically |explicitly |fully |properly |also |definitely |certainly |in fact |actually |indeed )(?:told|informed|advised|made aware|warned|notified)',
    'you were (?:told|informed|advised|made aware|warned|notified) (?:of this |about this |this )?(?:at the time|in writing|(?:several|multiple|two|three) times|twice|beforehand|in advance|before you)',
    '(?:was|were) (?:clearly |fully )?explained (?:to you )?(?:in|on|during|at) (?:the|your|our|my) (?:[a-z]+ )?(?:confirmation|call|email|booking|contract|letter|appointment|consultation|time|meeting|visit|chat)',
    'under the (?:impression|misapprehension|misconception|mistaken (?:belief|impression))',
    'misunderstanding on your (?:part|side|end)',
    '(?:i|we) beg to differ',
    '(?:that|this) (?:is|was) (?:a (?:bit|little) |rather |quite |very |really |most )?(?:unfair|uncalled for|harsh|unjust) (?:on|to|towards) (?:us|our|me|the|my)',
    'facts are facts',
    '{we} (?:have|had) nothing to apologi[sz]e for',
    '(?:will not|am not going to|are not going to|do not (?:think|feel|believe) (?:i|we) (?:need|have) to|see no reason to) apologi[sz]e',
    '(?:i|we) (?:can )?assure you (?:that )?(?:our (?:[a-z]+ )?(?:staff|team|drivers?|agents?|colleagues?|employees?|people|engineers?|advis[eo]rs?)|there (?:was|is|has been) no|nothing|no one|nobody|we (?:did|do|have|would|will) (?:not|never)|(?:it|this|that) (?:was|is) not)',
    { p: `(?:the|this|that|any) (?:claim|suggestion|idea|notion|assertion|allegation|accusation|implication|impression) that {gap:4}{gap:4}(?:is|was) ${UNTRUE}`, better: 'Let me explain what I’m seeing.' },
    '(?:your|the customer\'s) (?:version|account|recollection|description) of (?:events|the (?:call|conversation|incident|events|meeting|visit)|what happened) (?:is|was|does|do|did) not',
    '(?:left|was dispatched from|was shipped from|was sent from|was checked|was inspected|was tested|were checked|were inspected|were tested) (?:[^ \\n]+ ){0,3}in (?:perfect|good|excellent|pristine|full) (?:working )?(?:condition|order)',
    { p: `(?:this|that|the|such an?) ${ACCUSAL} (?:that {gap:4}{gap:4})?(?:is|was) ${UNTRUE}`, better: 'Let me explain what I’m seeing.' },
    { p: `your ${THEIR_VERSION} (?:that {gap:4}{gap:4})?(?:is|was) ${UNTRUE}`, better: 'Let me explain what I’m seeing.' },
    { p: '(?:that|this|which|it) (?:is|was) not an? (?:accurate|fair|true|correct|complete) (?:account|description|reflection|summary|representation|picture|version)', better: 'Let me explain what I’m seeing.' },
    '(?:that|this|which|it) (?:is|was) not what you (?:told|said to|wrote to|reported to) (?:us|me|our)',
    { p: '(?<!\\bif |\\bwhere |\\bwhen |\\bin case )(?:that|this|which) is (?:simply |just |actually |absolutely |categorically )?not (?:the case|how (?:it|this|that|things) work(?:s|ed)?|what happened|what (?:i|we) said)', better: 'Let me explain what I’m seeing.' },
    `(?:i|we) (?:do not|can not|will not|could not) accept (?:that|your (?:${THEIR_VERSION}|version|view)|(?:the|this|that|any) ${ACCUSAL})`,
    '{we} (?:am|are|remain) (?:entirely |fully |completely )?(?:satisfied|content) (?:that )?(?:the|our|this|we|it|there|no|nothing|all|he|she|they|your)\\b',
    '(?:remain|are|am) (?:firmly |still )?of the (?:view|opinion) that',
    'it is (?:simply |just )?not the case that',
    'contrary to (?:what you|your (?:claim|statement|assertion|suggestion|belief|understanding|email|message|comments?))',
    'at no (?:point|time|stage) (?:did|was|were|has|have|had|is|are) (?:we|i|our|the|anyone|you|any|there|it|this|he|she|they)',
    'you (?:are|were) (?:clearly |simply )?not (?:listening|reading (?:my|what|our)|paying attention)',
    'you (?:clearly |still |just )?(?:did not|do not|have not) (?:listen|read) (?:to (?:me|what|a word)|my|our|properly)',
    'you (?:are not understanding|(?:still )?(?:do not|did not) (?:seem to )?understand (?:what|that) (?:i|we))',
    '(?:check|get) your facts',
    '(?:completely|totally|entirely|simply|wholly|patently|categorically|utterly) (?:false|untrue|inaccurate|baseless|unfounded|incorrect|wrong)',
    '(?:is|are|was|were) (?:completely |totally |entirely |simply |wholly )?(?:unfounded|baseless|without (?:merit|basis|foundation)|not founded)',
    'there is no (?:truth|basis|substance|foundation) (?:to|in|for) (?:your|the|this|that|these|such)',
    `(?:deny|denies|reject|rejects|refute|refutes|dispute|disputes) (?:the|your|this|that|any|such) (?:${ACCUSAL}|claims? that|version|characteri[sz]ation)`,
    'you (?:are|must be|may be|might be|seem to be) (?:confusing|mixing (?:this|it|us) up)',
    '{we} never (?:said|promised|agreed|told you|stated|claimed|guaranteed|offered)',
    '(?:did|have|has|had) not (?:promise|promised|agree to|agreed to|guarantee|guaranteed|offer|offered) (?:you )?(?:anything|any such|that|this)',
    'no (?:guarantee|promise|commitment|assurance|agreement) (?:was|were|has been|had been) (?:ever )?(?:given|made|offered|agreed)',
    'the (?:fact|reality|truth) (?:is|remains|of the matter is) (?:that|simply)',
    '(?:regardless|irrespective) of what (?:you|your|the|anyone|someone)',
    'whatever you (?:were|may have been|have been) told',
    // "I think you'll find nobody here has lost it": without the lead-in the point is said plainly.
    { p: '(?:i think|i believe|i am sure) you will find', better: '', swap: true },
    '(?:would|must|may i|need to|have to|can i) (?:just )?remind you that',
    `(?:is|are|was|were) not (?:borne out|supported|backed up) by`,
    `(?:do|does|did) not (?:support|match|reflect|bear out) your (?:${THEIR_VERSION}|version of events|account of events)`,
    'there (?:is|was) no (?:inconsistency|contradiction|discrepancy|error|mistake) (?:in|between|with) (?:our|the (?:two|price|prices|pricing|quote|quotes|figures|charges?))',
    'you are (?:comparing|confusing) (?:two|different|apples)',
    '(?:speak|speaks) for (?:itself|themselves)',
    'the facts (?:are|show|say|speak|tell|do not|remain|simply)',
    '(?:the )?(?:data|facts|evidence|records?|logs?|footage|numbers|figures) (?:say|says|show|shows|suggest|suggests|indicate|indicates|tell|tells) otherwise',
    `(?:(?:it|this|that) is|it was|this was) not (?:a|an) ${ACCUSATION}(?! ?[,:;-]? (?:it is|this is|that is) (?:a )?(?:genuine|legitimate|real|official))`,
    // A lead-in that only raises the voice: without it the fact is said plainly ("The form was signed by you").
    { p: '(?:i|we) (?:would|must|should|have to|need to|feel i must|want to) (?:just )?(?:gently )?point out that', better: '', swap: true },
    { p: '(?:i|we) would (?:also |just )?(?:like to )?(?:also )?point out that', better: '', swap: true },
    '(?:i|we) (?:would|must|should|have to|need to|feel i must|want to) (?:just )?(?:gently )?push back',
    '{we} (?:do not|can not|could not) agree(?= ?[:,.;!]| with (?:you|your|this|that))',
    '(?:i|we) (?:respectfully |strongly )?disagree',
    '(?:i|we) (?:have to|must|would have to|am going to have to|will have to|need to) (?:respectfully |strongly )?disagree',
    '(?:is|are|was|were) (?:completely |entirely |totally |simply |quite )?(?:irrelevant|not relevant)',
    '(?:has|have) no (?:bearing|relevance) (?:on|to)',
    '(?:i|we) (?:would|must|will) (?:have to )?ask you to accept',
    'please accept (?:that|the decision|our decision|this decision|the outcome)',
    '(?:please )?(?:do not|stop) (?:accus|blam)(?:e|ing) (?:our|my|the)',
    { p: '(?:just )?to set the record straight(?=,)', better: 'to explain what happened', swap: true },
    { p: '(?:just )?to set the record straight', better: 'To explain what happened,' },
    'no offen[cs]e,? but',
    'you (?:claim|claimed|allege|alleged)(?= that|,| to have)',
    '(?:as|what) you (?:claim|allege)',
    'in which you (?:assert|claim|allege)',
    'who told you that',
    'let me remind you',

    // 3. Declaring our side right.
    `(?<!(?:if|whether|check|confirm|ensure|sure|see|so) )(?:the|our|this|that|these|those|your) (?:[^ \n]+ ){0,2}${OURS} (?:(?!(?:sent|provided|gave|given|entered|submitted|supplied|uploaded|shared|gave us)[ \n])[^ \n]+ ){0,4}(?:is|are|was|were) ${SO}${RIGHT}(?! (?:until|for|till|from|through|if|unless|only|once|when|to|within|now))`,
    `(?:is|are|was|were|has been|have been) ${SO}(?:correctly|properly|rightly|validly|fairly|lawfully|legitimately) (?:applied|charged|calculated|served|issued|assessed|billed|raised|levied|imposed|declined|rejected|refused|made|carried out|taken|deducted|debited|enforced|handled|reached|reviewed)`,
    `(?:was|were|has been|have been) (?:carried out|calculated|assessed|charged|billed|served|issued|handled|made|reached|done) (?:entirely |completely |perfectly |fully )?(?:correctly|properly|fairly|by the book)`,
    '(?:{we}|{it}|he|she|they|staff|team|the [a-z]+) acted (?:entirely |completely |perfectly |fully )?(?:correctly|appropriately|properly|reasonably|lawfully|fairly|within (?:policy|the rules|procedure|guidelines))',
    { p: '{we} (?:am|are|remain) (?:confident|satisfied|sure|certain) (?:that )?(?:the|our|this) (?:decision|outcome|charge|assessment|valuation|figure)', better: 'I can see why this feels wrong; let me explain how we reached it.' },
    "there (?:was|has been|is|were|have been) (?:absolutely )?(?:no|not any) (?:mistake|error|fault|wrongdoing)(?=[.,;:!]| on our| in (?:how|the way|our)| (?:made )?by (?:us|our|the|anyone))",
    'nothing (?:is|was|went) wrong (?:on|at|with|from) (?:our|my) (?:end|side|part)',
    '{we} (?:were|are|was|am) (?:fully |entirely |perfectly |well )?(?:right|correct|justified|entitled|within (?:our|my) rights) (?:to|in)',
    'within (?:our|my) rights',
    // Not the customer praised ("You did everything right: the note was on the order").
    // Nor where "you" is the subject a clause back ("You updated your details and did everything right").
    '(?<!\\byou )(?<!\\byou\\b[^.!?;:\\n]{0,60}\\b(?:and|but|so|then) )(?:did|have done|has done) everything (?:right|correctly|by the book|properly|according to)',
    `(?:{we}|he|she|they|${STAFF}) (?:did|have done|has done|had done) nothing wrong`,
    'no (?:fault|error|mistake) (?:on our part|was found|of ours|lies with us|has been made by)',
    '(?:is|are|was|were) (?:working|functioning|operating|behaving|performing) (?:exactly |entirely |fully )?as (?:intended|designed|expected|it should)',
    '{we} (?:have )?(?:followed|follow|adhered to|complied with) (?:all |the |our )?(?:correct |proper |standard |established |relevant |required |usual |normal |necessary )?(?:procedures?|protocols?|process(?:es)?|rules|guidelines|regulations)(?! (?:for|to) (?:refund|return|cancel))',
    '(?:acted|behaved|operated) (?:entirely |fully |completely )?(?:in (?:accordance|line|compliance) with|within) (?:our|the|all|company|its|their)',
    '(?:the|your|this|that) (?:[a-z]+ )?(?:handset|phone|device|item|product|unit|meter|appliance|machine|equipment|car|vehicle|boiler|part|router|laptop|tv|goods|parcel|package|mattress|tyres?) (?:is|was|are|were) (?:definitely |certainly |simply )?not (?:faulty|defective|broken|damaged|at fault)',
    'there is (?:absolutely )?nothing wrong with (?:the|your|our|this|that) (?:[a-z]+ )?(?:handset|phone|device|item|product|unit|meter|appliance|machine|equipment|car|vehicle|boiler|part|router|laptop|tv|goods|service|bill|invoice|charge|pricing|price)',
    '{it} (?:is|was) (?:not a (?:bug|fault|defect|glitch|error|mistake)|a feature)',
    '{we} (?:are|were|am|was) not (?:at fault|to blame|in the wrong)',
    '(?:to be clear|let me be clear|just to be clear),? (?:we|i|the company|our team) (?:did|have done|do) (?:nothing|not do anything) wrong',
    '(?:let me be clear|to be clear),?:? (?:this|it|that) (?:was|is) not (?:an error|a mistake|our (?:fault|error|mistake))',
    '{it} (?:was|is) not (?:our (?:fault|error|mistake)|an? (?:error|mistake) on our (?:part|side|end))',
    '(?:have|has|had|was|were|is|are) (?:never|not) (?:been )?hidden {gap:3}from (?:you|anyone|customers|our customers)',
    '{we} (?:fully |firmly |completely |still |will |will always )?stand (?:by|behind) (?:our|my|the|this|that|his|her|their)(?! (?:phone|desk|promise|commitment|word|offer|guarantee|pledge))',
    `(?:so|but|and) technically|technically speaking|technically,`,
    "(?:it is|it was|that is) (?:very |quite |perfectly )?(?:plain|clear|obvious|evident|apparent) from (?:the |our |your )?(?:footage|recording|video|evidence|records|camera|cctv|photos|logs|call)",
    `(?:go|goes|went|pass|passes|passed|undergo|undergoes|underwent) (?:through )?(?:strict|rigorous|thorough|extensive|stringent|careful) (?:quality )?(?:testing|tests|checks|control|controls|inspections?)`,
    '(?:no one|nobody) else (?:has )?(?:complained|had (?:this|that|any) (?:problem|issue))',
    `no evidence (?:it|to support|of (?:bias|wrongdoing|any (?:fault|mistake|error|wrongdoing)|(?:a|any) (?:mistake|error) (?:by|on) (?:our|the)))`,
    '(?:as|was|were|which is|which was|been) clearly (?:stated|explained|written|shown|displayed|marked|set out|labell?ed|indicated|communicated|printed|advertised)',

    // 4. Defending staff instead of hearing the complaint.
    `(?:our|the|my) (?:[a-z]+ )?${STAFF} (?:are|is|were|was) (?:all )?(?:highly |fully |well |extensively |properly |very |experienced |all |professionally |properly )?(?:trained|professionals?|experienced|qualified|certified)(?! to)`,
    `(?:our|the|my) (?:[a-z]+ )?${STAFF} (?:was|were|is|are) (?:correct|right|in the right)`,
    '(?:only|just|simply) doing (?:his|her|their|our|my) jobs?',
    `(?:our|the) (?:[a-z]+ )?${STAFF} (?:would|will) never`,
    `(?:our|the) (?:[a-z]+ )?${STAFF} (?:do|does|did) not (?:discriminate|single|profile|target|treat|behave|act|close|ignore|refuse)`,
    '(?:was|were|is|are) (?:just |only |simply )?following (?:our |the |standard |company |correct |established |proper )?(?:procedures?|protocols?|policy|instructions|rules|guidelines|orders|process)',
    `(?:our|the) (?:[a-z]+ )?${STAFF} (?:always|never|all|both|correctly|properly) (?:knock|ring|check|follow|call|wait|leave|try|tries|make|treat|apply|acted|act|followed|do|did)`,
    `(?:our|the) (?:[a-z]+ )?${STAFF} (?:always |correctly |properly |simply |only |just |fully )?(?:followed|follow|follows|applied|applies|adhered to|complied with)(?! up) (?:[a-z]+ ){0,2}(?:correct|correctly|standard|established|proper|properly|exactly|procedures?|process|protocols?|policy|rules|instructions|address|label|terms|guidelines|guidance)`,

    `(?:our|the) (?:[a-z]+ )?${STAFF} (?:are|is|were|was) (?:just|only|simply|merely) (?:doing|following|letting|trying|explaining|making sure|telling|informing|offering)`,
    `(?:our|the) (?:[a-z]+ )?${STAFF} (?:are|is|were|was) (?:all )?(?:instructed|trained|required|told|briefed) to (?:[a-z]+ ){1,4}(?:at all times|always|every time)`,
    '(?:he|she|they) (?:correctly |properly |fully )?(?:followed|complied with|adhered to) (?:that|the|our|this|all|correct|standard) (?:correct )?(?:instructions?|procedures?|process|policy|rules|protocols?|guidelines)',
    // Defending the product or the decision: "was fine when we checked it", "meets industry standards", "after a thorough review".
    '(?:was|were|is|are) (?:fine|working|in (?:good|perfect|full|full working) (?:working )?(?:order|condition)|fully functional|undamaged|intact) when (?:we|it was|they were|our [a-z]+|the [a-z]+) (?:checked|inspected|tested|left|dispatched|serviced|packed)',
    '(?:is|are|was|were) (?:all )?(?:inspected|checked|tested|serviced|vetted|reviewed) (?:thoroughly |rigorously |carefully )?(?:daily|regularly|every day|weekly|before (?:every|each)|after (?:every|each)|thoroughly|rigorously|extensively)',
    '(?:meets?|exceeds?|complies with|comply with|is in line with|are in line with|in line with) (?:all )?(?:industry|market|regulatory|legal|british|european|international|safety|our standard) (?:standards?|requirements|norms|regulations|best practice|rates|prices|pricing)',
    '(?:applied|made|taken|reached|issued|imposed) (?:only )?after (?:a |an )?(?:thorough|careful|full|detailed|extensive|rigorous|comprehensive) (?:review|investigation|check|assessment|consideration)',
    '(?:is|are|was|were) (?:not|in no way) (?:overpriced|unfair|excessive|unreasonable|too (?:high|expensive))',
    '(?:no other|none of our other) (?:customers?|users?|members?|clients?|guests?|passengers?|players?) (?:has|have) (?:reported|complained|raised|experienced|had)',
    '(?:every|all|other|any other) (?:other )?(?:provider|company|bank|airline|retailer|gym|network|insurer|supplier|business|shop|store|operator)s? (?:in the (?:market|industry|country) )?(?:does|do|would do|charges?|has|have) (?:the same|exactly the same|this|likewise)',
    '(?:we are|we) (?:no|not any) different',
    '(?:find it|it is|it\'s) (?:very |really |extremely |quite )?(?:hard|difficult) to believe',
    '(?:i am|we are) (?:sure|certain|confident) (?:that )?there (?:has been|was|must have been) (?:a |some )?misunderstanding',
    '(?:can not|will not|do not|should not) apologi[sz]e for(?! (?:enough|the))',
    `{we} (?:am|are|remain) (?:confident|satisfied|sure|certain) (?:that )?(?:it|this|that|the [a-z]+|our [a-z]+) (?:was|is|were|are) (?:the )?(?:right|correct|fair|appropriate|justified)`,

    '{we} (?:did not|have not|never|had not) (?:make|made) (?:any|a|an|a single) (?:mistakes?|errors?)',
    '(?:not sure|no idea|do not know|wonder) where you (?:got|heard|read) (?:that|this)',
    `(?:{we}|he|she|they|${STAFF}) (?:did|was doing|were doing) (?:his|her|their|our|my) jobs? (?:properly|correctly|well|right|by the book)`,
    '(?:nobody|no one|none of our (?:staff|team|people|drivers|agents)) (?:here |on our team )?would (?:ever )?(?:do|say|treat|act)',
    '{it} {be} (?:just |simply |only )?(?:your opinion|a matter of opinion)',
    '(?:we|i) (?:have|have been|were|was|am|are) (?:already )?(?:more than|extremely|very|incredibly|exceptionally) (?:fair|generous|reasonable|patient|accommodating|flexible)',
    '(?:gone|went|going) above and beyond',
    'you were (?:never|not) (?:promised|guaranteed)',
    '{we} did (?:answer|address|respond to|explain|cover|reply to|tell you|mention)',
    '(?:again|once more),? as (?:stated|explained|mentioned|said|advised|noted)',
    '(?:was|were|is|are) (?:exactly |precisely |fully |entirely )?as (?:described|advertised|pictured|shown|listed)(?! (?:on|in|at|by|below|above))',
    '(?:pricing|prices|price|fees|charges|rates) (?:is|are|was|were) (?:very |highly |entirely |perfectly )?(?:competitive|fair|reasonable)(?: and (?:fair|transparent|reasonable|competitive))?',

    // 5. Combative openers and tone.
    { p: 'with (?:all )?due respect', better: '' },
    // Not a sign-off ("Respectfully,\nCustomer Service"): a line of its own leads into nothing.
    { p: 'with (?:the )?(?:greatest |utmost |great |all |the greatest |the utmost )?respect(?= ?,)(?! ?,[ \\t]*(?:\\n|$))', better: '' },
    { p: 'respectfully(?= ?,)(?! ?,[ \\t]*(?:\\n|$))', better: '' },
    'let me be (?:very |perfectly |absolutely |crystal |quite |completely )clear',
    'let me be clear(?= ?[,:;.!-])',
    'to be (?:very |perfectly |absolutely |crystal )?clear,? (?:the|our|this|that|it|we|i|there|nothing) (?:[a-z]+ ){0,3}(?:is|are|was|were|do|does|did|have|has|had) (?:not|never|no|nothing|valid|correct|right|accurate|fair|final)',
    '(?:there is )?no need (?:for|to) (?:shout|be rude|be abusive|use that tone|that tone|raise your voice|swear|be aggressive|that language|be like that|be so)',
    'calm down',
    'once again,(?! (?:i am |we are |i am so |we are so |we |i |may i )?(?:sorry|apologi|thank|many thanks|please accept|my apologies|our apologies|sincere|welcome|congratulations))',
    'for the (?:last|final|umpteenth|hundredth|nth) time,',
    '(?:i|we) (?:am|are|will|have) (?:now )?(?:telling|tell|told|explain|explaining|explained|say|saying|said) (?:you )?(?:this )?for the (?:second|third|fourth|fifth|last|final|umpteenth|nth) time',
    '(?:please )?stop (?:shouting|yelling|swearing|being rude|using that tone|accusing)',
    '(?:will|do|can) not (?:tolerate|accept) (?:this|that|such|abusive|rude|your) (?:kind of |type of )?(?:language|behaviou?r|tone|abuse|attitude)',
    '(?:do not|did not) appreciate (?:your|the) (?:tone|language|attitude|accusations?|comments?|threats?)',
    '(?:watch|mind|moderate) your (?:tone|language)',
    '(?:your )?(?:attitude|tone|shouting|threats|threatening (?:us|me|legal action)|swearing|yelling|being rude|abuse|insults?|language) (?:will not|does not|is not going to|can not) (?:help|change|make|get|speed)',
    'whether you like it or not',
    'let us be (?:very |perfectly )?(?:clear|honest|realistic)',
    'what is your problem',
    // Frames from session 32 (tune half a; kept where half b gained). Setting the customer
    // right with a bare "Actually," at the head of a clause ("Actually, the parcel left on
    // Monday"), not when it leads into an offer ("Actually, I can move it for you"); "Actually,
    // you are wrong" is left to the frame that names the correction.
    '(?<=(?:^|[.!?] |\\n|, ))(?:actually|in fact),? (?!(?:i|we) (?:can|will|have|would|could|am|are)\\b)(?:the|your|it|this|that|we|our|there|no)\\b',
    // A verdict drawn from the agent's own account, at the end of its clause ("It arrived inside
    // the window, so the charge is valid"). Not after a record in the same sentence ("the log
    // shows…, so the fee was applied correctly"): the record speaks there, which system-says reads.
    `(?<=(?:so|therefore|hence) )${NO_RECORD_BEFORE}(?:the|our|this|that|these|those|your) (?:[^ \\n]+ ){0,2}${VERDICT_OF} (?:is|are|was|were|has been|have been) (?:therefore |also |fully |perfectly )?(?:correct|right|valid|accurate|justified|fair|in order)(?=[ \\n]*(?:[.!,;]|$| at the time))`,
    // Frames for wordings no tune batch used (session 36): ./argue-defend-recall.ts.
    ...RECALL_FRAMES,
  ],
  // Reversed: the agent concedes the customer is right, or owns the mistake, in the same sentence.
  // "As I've explained, refunds take 10 days" says it again as news, without the reproach.
  // A sentence that only contradicts the customer ("That is incorrect.", "I never said that."):
  // the agent's offer to explain in its place, the explanation after it as written. An account
  // that ends by declaring itself right ("…, so our salesman was correct", "…, you've misread
  // it"): the account kept, the verdict dropped.
  sentenceRewrites: [
    // Staff vouched for, then the customer's account doubted on that ground ("Our drivers are fully
    // trained…, so I'd be surprised if this happened as you describe", "Our instructors are
    // qualified…, and we're confident that isn't what was said"): it goes; what happened and what
    // the agent does stand in the sentences around it, and the complaint is no longer argued with.
    // (Not after "I can assure you that": swaps2-argue-defend.test.ts keeps that one as written.)
    {
      is: "(?:all )?(?:our|the) (?:[\\w-]+ ){0,2}(?:staff|team|drivers?|couriers?|engineers?|technicians?|trainers?|instructors?|clinicians?|doctors?|nurses?|advis[eo]rs?|agents?|crew|receptionists?|officers?|guards?|employees?|colleagues?|installers?|inspectors?|surveyors?|assessors?) (?:is|are) (?:all )?(?:[\\w-]+ ){0,2}(?:trained|instructed|qualified|experienced|professionals?)\\b[^;:]{0,140}?,? (?:so|and) (?:(?:i|we)(?:(?:'|’)(?:m|re)| am| are) (?:confident|sure|certain|satisfied)\\b|i(?: find it|(?:'|’)d be| would be) (?:very |really |quite |extremely )?(?:hard to believe|difficult to believe|surprised)\\b|(?:he|she|they) (?:followed|did|acted|would)\\b)[^;:]*",
      instead: '',
    },
    {
      is: "(?:(?:respectfully|with respect|frankly|honestly|actually|sorry),? )?(?:(?:that(?:'|’)s|that is|this is) (?:simply |just |actually )?(?:incorrect|not correct|not true|untrue|false|not what happened)|(?:that|this) isn(?:'|’)t (?:true|correct|what happened))(?: on the day)?|i never said that|your account of events (?:doesn(?:'|’)t|does not) match ours|the facts do not support your (?:account|version)(?: of events)?",
      instead: 'Let me explain what I’m seeing.',
    },
    // A sentence that only sighs at having to explain again: it goes.
    { is: "i(?:'|’)m not going to go over (?:it|this|that) again", instead: '' },
    // A contradiction, or the record said to prove itself: the agent's offer to explain in its place.
    { is: "(?:(?:that|this)(?:'|’)s|(?:that|this) is) not what you (?:told|said to) (?:us|me)(?: (?:on the (?:call|phone)|in (?:chat|your (?:email|message))))?|you(?:'|’)re comparing two (?:different )?(?:things|products|plans|prices)|you are comparing two (?:different )?(?:things|products|plans|prices)", instead: 'Let me explain what I’m seeing.' },
    // "I'm afraid you're mistaken about the meter being faulty; these meters are tested before
    // installation": the customer's point heard, and the facts after it kept as they stand.
    {
      is: "(?:(?:i(?:'|’)m|i am) afraid,? |(?:(?:i(?:'|’)m|i am) )?sorry,? but,? )?you(?:(?:'|’)re| are) (?:simply |quite |just |completely )?(?:mistaken|wrong|incorrect) about (?<what>[^,;:]{3,60}); (?<facts>[^;]{10,})",
      instead: 'I understand your concern about {what}; {facts}.',
    },
    // "I have already set out our position in full in my letter of 4 April.": the letter named as
    // news, without the reproach. (No offer to go over it again: the reply may go on to close the
    // matter, and the offer would contradict it.)
    ...[
      ['set out', 'sets out'], ['explained', 'explains'], ['outlined', 'outlines'],
    ].map(([did, does]) => ({
      is: `(?:i|we)(?: have|(?:'|’)ve) (?:already )?${did} (?<what>(?:our|my|the) [\\w ]{1,40}?) in (?<doc>(?:my|our) (?:letter|email|e-mail|reply|response|message)) (?<date>(?:of|dated|on) [\\w ]{1,20})`,
      instead: `{doc} {date} ${does} {what}.`,
    })),
    // "Our advisors are trained to treat all customers with respect.": a sentence that only vouches for staff goes.
    { is: "(?:our|the) (?:staff|team|drivers?|couriers?|advis[eo]rs?|agents?|colleagues?|employees?|engineers?|technicians?|crew|trainers?|receptionists?) (?:is|are) (?:all )?(?:fully |highly |properly |well )?trained to (?:treat|handle|deal with) (?:all |every |our )?[a-z ]{1,30}? with (?:respect|care|courtesy|dignity)(?: at all times)?", instead: '' },
    // "I'm afraid the record speaks for itself.": it proves nothing the sentences around it do not; it goes.
    { is: "(?:i(?:'|’)m afraid )?the (?:record|records|evidence|footage|data|logs?) (?:speaks?|speak) for (?:itself|themselves)", instead: '' },
    // "The engineer followed the gas safety regulations correctly.": a sentence that only vouches for staff goes.
    { is: "(?:the|our) [a-z ]{1,30} followed (?:the |all |our )?(?:[a-z-]+ ){0,3}(?:regulations|procedures?|process|rules|guidelines|protocols?)(?: (?:correctly|properly|to the letter))?(?: on the day| throughout| at all times)?", instead: '' },
    // Staff vouched for and nothing else ("Our staff are fully trained in customer service and I
    // have every confidence he behaved professionally.", "I can assure you she is one of our most
    // courteous staff members and would never be rude to a guest."): it goes; what happened
    // stands in the sentences around it, and the complaint is no longer argued with.
    { is: "(?:our|the) (?:staff|team|drivers?|assessors?|surveyors?|inspectors?|trainers?|engineers?|technicians?|advis[eo]rs?|clinicians?|receptionists?) (?:is|are) (?:all )?(?:fully |highly |professionally |well )?(?:trained|qualified)(?: professionals?)?(?: in [a-z ]{1,30})?(?: and (?:i|we) have every confidence (?:he|she|they) (?:behaved|acted) (?:professionally|appropriately|correctly)| and (?:his|her|their) findings are not in question)?", instead: '' },
    { is: "(?:i|we) can assure you (?:that )?(?:he|she|they) (?:is|are) (?:one|some) of our most [a-z]+ (?:staff members|colleagues|team members|staff|drivers) and would never be rude to (?:a|any|our) (?:guest|customer|patient|member)s?", instead: '' },
    { is: "our (?:drivers|couriers|staff|team) (?:are|is) trained to handle every (?:package|parcel|item|order) with care and would never (?:throw|drop|kick) (?:one|it|a parcel|a package) (?:over|at|onto) (?:a|the|your) (?:fence|wall|gate|door)", instead: '' },
    // A verdict that the decision, the update or the figure was right, where the sentences before
    // it give the reasons ("The ban was the correct decision.", "Therefore the bill is correct.",
    // "The bills are therefore correct as issued."): it goes, the reasons stand. A figure declared
    // right with no "therefore" is explained instead (the clause rewrites below).
    { is: "(?:i(?:'|’)m|i am|we(?:'|’)re|we are) (?:confident|satisfied|sure) (?:that )?the (?:decision|outcome|assessment) (?:is|was) the (?:right|correct) one", instead: '' },
    { is: "(?:the|this|our) (?:ban|suspension|decision|outcome|refusal) (?:is|was) the (?:right|correct) (?:decision|call|one)", instead: '' },
    {
      is: "therefore,? (?:the|your|this|these|our) [a-z0-9 ]{0,30}?(?:bills?|charges?|fees?|figures?|amount|consumption|balance|total|premium|readings?) (?:is|are|was|were) (?:correct|accurate|right|valid)|(?:the|your|this|these|our) [a-z0-9 ]{0,30}?(?:bills?|charges?|fees?|figures?|amount|consumption|balance|total|premium|readings?)(?: (?:on|for|from) [a-z0-9 ]{1,20})? (?:is|are|was|were) therefore (?:correct|accurate|right|valid)(?: as (?:issued|billed|charged)|, whatever [a-z ]{1,40})?",
      instead: '',
    },
    { is: "(?:the|this|our) (?:update|release|system|app|feature|software|process|freeze) (?:worked|works|is working|behaved|functioned) (?:exactly )?as (?:designed|intended)", instead: '' },
    { is: "there (?:was|is|has been) no (?:mistake|error) in how [a-z ]{1,40}", instead: '' },
    { is: "i (?:repeat|must insist|must reiterate|would repeat|insist) that the [a-z ]{1,40} (?:is|was|are|were) (?:correct|right|accurate|valid)", instead: '' },
    { is: "i would (?:strongly |firmly )?dispute any suggestion that [^,;:]{1,60}", instead: '' },
    { is: "what other (?:residents|customers|people|neighbours|members|users) (?:do|did|have|pay|paid) (?:is|are) (?:irrelevant|not relevant)(?: to (?:your|this) (?:case|claim|account|complaint))?", instead: '' },
    { is: "there is no evidence (?:that )?it [a-z ]{1,30}", instead: '' },
    { is: "(?:the|our) (?:[a-z]+ )?(?:agent|adviser|advisor|colleague|rep|representative) (?:did not|didn(?:'|’)t|never) promise (?:anything|this|that)(?: like (?:this|that))?", instead: '' },
    // Only sends the customer back to an earlier letter ("Please refer to my previous message.",
    // "I'd refer you back to my earlier response on this.", "I already answered your first email
    // on 2 May."): it goes; the answer itself stands in the sentences after it.
    { is: "please (?:re-?read|refer (?:back )?to|see) (?:my|our) (?:previous|last|earlier) (?:message|email|reply|response|letter)", instead: '' },
    { is: "i(?:(?:'|’)d| would)? refer you (?:back )?to (?:my|our) (?:previous|earlier|last) (?:reply|response|email|message|letter)(?: on this| of [0-9]{1,2} [a-z]+, which (?:explained|set out) (?:the|our) position(?: in full)?)?", instead: '' },
    { is: "i(?: have|(?:'|’)ve)? already answered your (?:first |previous |last )?(?:email|message|letter)(?: on [0-9]{1,2} [a-z]+)?", instead: '' },
    { is: "(?:your|our) (?:previous )?(?:correspondence|complaint|emails?|letters?) (?:has|have) been (?:fully |carefully |thoroughly )?(?:considered|reviewed) and (?:responded to|answered|replied to)", instead: '' },
    // A reproach of the customer's words or tone, with nothing of its own: it goes.
    { is: "(?:we|i) (?:do not|don(?:'|’)t) appreciate being called [a-z]+", instead: '' },
    { is: "please (?:don(?:'|’)t|do not) accuse our [a-z]+(?: [a-z]+)? without (?:evidence|proof)", instead: '' },
    { is: "our (?:packaging|products?|boxes|materials) (?:meets?|exceeds?) (?:all )?(?:industry|safety|legal) (?:standards|requirements)(?:, so this is (?:very )?unusual)?", instead: '' },
    // A sentence that is only a reproach, a boast or a stand taken, with no fact of its own ("Please
    // calm down.", "We have nothing to apologise for.", "We stand by our team.", "No other customers
    // have reported this.", "We've been more than fair with you."): it goes; the facts and the
    // next step stand in the sentences around it.
    { is: "(?:(?:please|kindly),? )?(?:calm down|stop (?:shouting|yelling|swearing|being rude|using that tone)|(?:watch|mind|moderate) your (?:tone|language))(?:,? please)?", instead: '' },
    { is: "(?:there(?:'|’)s |there is )?no need (?:for|to) (?:shout|be rude|be abusive|use that tone|that tone|raise your voice|swear|be aggressive|that language|be like that)", instead: '' },
    { is: "(?:i|we) (?:will not|won(?:'|’)t|do not|don(?:'|’)t|cannot|can(?:'|’)t) (?:tolerate|accept) (?:this|that|such|abusive|rude|your) (?:kind of |type of )?(?:language|behaviou?r|tone|abuse|attitude)(?: towards? (?:our|my) (?:staff|team|colleagues?))?", instead: '' },
    { is: "(?:your )?(?:attitude|tone|shouting|threats|swearing|yelling|abuse|language) (?:will not|won(?:'|’)t|does not|doesn(?:'|’)t|is not going to|isn(?:'|’)t going to) (?:help|change anything|speed (?:this|things|it) up)(?: here)?", instead: '' },
    { is: "(?:i|we) (?:have|had|(?:'|’)ve) nothing to apologi[sz]e for(?: here)?", instead: '' },
    { is: "(?:i|we) (?:fully |firmly |completely |still |will |will always )?stand (?:by|behind) (?:our|my|the) (?:team|staff|colleagues?|drivers?|agents?|decision|outcome|people|engineers?|crew)", instead: '' },
    { is: "(?:no other|none of our other) (?:customers?|users?|members?|clients?|guests?|passengers?|players?) (?:has|have) (?:reported|complained about|raised|experienced|had) (?:this|that|any (?:issues?|problems?|complaints?)|(?:a|the) (?:same )?(?:problem|issue|fault))", instead: '' },
    { is: "(?:we|i)(?: have|(?:'|’)ve)?(?: already)? (?:been|gone) (?:more than|extremely|very|incredibly|exceptionally) (?:fair|generous|reasonable|patient|accommodating|flexible)(?: with you)?(?: here| already)?", instead: '' },
    { is: "(?:we|i|our [a-z]+)(?: have|(?:'|’)ve|has)? (?:already )?(?:gone|went) above and beyond(?: (?:for|with) you)?(?: here)?", instead: '' },
    { is: "(?:that|this|it)(?:'|’)s (?:just |simply |only )?(?:your opinion|a matter of opinion)|(?:that|this|it) is (?:just |simply |only )?(?:your opinion|a matter of opinion)", instead: '' },
    { is: "(?:i|we) (?:find it|found it) (?:very |really |extremely |quite )?(?:hard|difficult) to believe (?:that )?[a-z ]{1,60}", instead: '' },
    { is: "(?:our|the) (?:prices?|pricing|fees|charges|rates) (?:is|are) (?:very |highly |entirely |perfectly )?(?:competitive|fair|reasonable)(?: and (?:fair|transparent|reasonable|competitive))?(?: for (?:the|this) (?:market|area|service))?", instead: '' },
    { is: "(?:this|it|that) (?:is|was)(?:n(?:'|’)t| not) (?:a|an) (?:scam|rip-?off|con|fraud|trick|cash grab)", instead: '' },
    { is: "the facts (?:are|remain) (?:clear|the facts|as (?:stated|set out)(?: above)?)", instead: '' },
    { is: "facts are facts|i (?:will not|won(?:'|’)t) (?:keep )?(?:repeat(?:ing)? myself|go over (?:it|this|that) again)(?: again)?", instead: '' },
    // Staff vouched for by an assurance, with nothing else in the sentence ("I can assure you our
    // drivers would never do that.", "The driver did nothing wrong."): it goes. Not where it runs
    // on past a comma, which may carry what happened ("…, and Dr Hale acted appropriately").
    { is: "(?:i|we) can assure you (?:that )?(?:our (?:staff|team|drivers?|couriers?|agents?|colleagues?|employees?|people|engineers?|technicians?|crew)|no ?one|nobody|(?:he|she|they)) [a-z' ]{1,80}", instead: '' },
    { is: "(?:our|the) (?:staff|team|drivers?|couriers?|agents?|colleagues?|engineers?|technicians?|crew|guards?|officers?) (?:did|has done|have done) nothing wrong(?: here| in this case)?", instead: '' },
    // "Have a look at the text again, I think you're mixing it up with a different appointment":
    // the same point, without telling them they're confused.
    { cut: ",? (?:i think |maybe |perhaps )?you(?:'|’)re (?:mixing it up|confusing it|getting it mixed up) with (?<what>(?:a|another) (?:different )?[a-z]+)$", mustCut: true, ends: ': it may be for {what}.' },
    // "Your wait was long, sure, but nothing went wrong on our side and that's simply the reality":
    // the wait owned instead of the verdict on it.
    { cut: ",? (?:sure,? )?but nothing went wrong on our (?:side|end|part)(?: and that(?:'|’)s (?:simply )?the reality)?$", mustCut: true, ends: ', and I’m sorry about that.' },
    { is: "[a-z ]{1,40} (?:—|–) ours are (?:tested|checked|inspected) regularly, so the reading is (?:almost )?(?:certainly )?(?:right|correct|accurate)", instead: '' },
    { is: "i(?:'|’)m not sure how many more times (?:this|it|that) (?:can|has to|needs to|must|should) be (?:explained|said|repeated)", instead: '' },
    {
      cut: ",? (?:so|and) (?:our [a-z]+|they|it|the [a-z ]{1,30}?|this|that) (?:was|were|is|are|has been|have been) (?:correctly [a-z]+|correct|right|accurate|valid)(?: (?:on|in|at) [a-z ]{1,30})?$|,? so there (?:is|was|has been) no (?:basis|mistake|error|fault)[a-z ]{0,40}$|,? so (?:it(?:'|’)s|it is) not a mistake$|,? so we(?:'|’)re no different(?: there)?$|,? so the record speaks for itself$|,? so we(?:'|’)re confident (?:this|that) (?:isn(?:'|’)t|is not) what happened$|,? (?:and |so |but )?(?:i think |i(?:'|’)m afraid )?you(?:(?:'|’)re| are|(?:'|’)ve| have| did not| didn(?:'|’)t)? (?:(?:simply|just|quite) )?(?:wrong|mistaken|incorrect|misread it|misunderstood|misremembered|mixing it up|listen properly)(?: (?:about|there|on) [^,]{0,40})?$|, (?:this|that|your) (?:accusation|claim|complaint) is not (?:correct|true|right)$|,? and (?:we did nothing wrong|we(?:'|’)re not at fault|your claim is not right)[a-z ]{0,40}$|, (?:it(?:'|’)s|it is) not hidden$|,? so you (?:were|would(?: have|(?:'|’)ve) been|should(?: have|(?:'|’)ve) been|will(?: have|(?:'|’)ve) been|had been) (?:informed|notified|told|advised|made aware|aware)(?: of (?:this|that|it))?$|,? so the (?:[a-z-]+ ){0,2}(?:visit|delivery|call|appointment|attempt|payment|email|letter) did (?:happen|take place|go ahead|go through)$|,? so (?:this|that|it)(?:(?:'|’)s| is) (?:completely |entirely |perfectly )?(?:expected|normal|intended|correct) behaviou?r$|,? so the (?:[a-z-]+ ){0,2}(?:information|wording|description|advert|listing|page|website|terms|price)(?: there| on (?:the|our) [a-z]+)? (?:is|was)(?: not|n(?:'|’)t) (?:wrong|incorrect|misleading|inaccurate)$|,? so you did (?:receive|get) (?:a|an|the|your) [a-z ]{1,40}$|[,;] (?:and |so )?there (?:was|is|has been) no (?:error|mistake|fault) (?:on|from) our (?:part|side|end)$|,? so (?:the )?[^,]{1,40}? (?:is|was|are|were) (?:correct|right|accurate|valid)$|,? and (?:this|that) (?:advice|information|answer|decision|guidance) (?:was|is) (?:correct|right|accurate|valid)$|,? so there (?:is|was|has been) no (?:inconsistency|discrepancy|contradiction)[a-z ]{0,40}$|,? so the (?:[a-z-]+ )?(?:damage|fault|problem|issue|delay|error|scratch|dent) was not caused by (?:him|her|them|us|our [a-z]+|the [a-z]+)$|,? (?:and|so) the (?:[a-z]+ )?(?:handset|phone|device|item|product|unit|meter|appliance|machine|router|laptop|boiler|car|vehicle) (?:is|was) (?:definitely |certainly )?not (?:faulty|defective|broken|damaged|at fault)$|,? and (?:to be (?:frank|honest),? )?(?:our|the) [a-z]+ (?:handled|dealt with) (?:this|it|your [a-z]+) (?:by the book|correctly|properly|appropriately|fairly)$|,? so (?:he|she|they|the [a-z]+|our [a-z]+) (?:did not|didn(?:'|’)t|was not|wasn(?:'|’)t|never) (?:lie|lying|lied)(?: about [a-z ]+)?$|,? (?:and|so) the [a-z]+ (?:was|were) (?:right|correct) to [a-z ]+$|, which (?:is|was) (?:(?:entirely|completely|perfectly) )?(?:correct|right|accurate|valid)$|,? as you were (?:told|informed|advised|made aware|warned|notified)(?: (?:at the time|in writing|beforehand|in advance|when you booked|on the call))?$|,? (?:and|so) (?:that|this|it) (?:is|was) (?:the|our) (?:correct|right) (?:decision|outcome|process|procedure)$|,? so (?:we|i) (?:did|have done|(?:'|’)ve done) nothing wrong(?: here)?$|,? so (?:our|the) (?:[a-z]+ )?(?:driver|engineer|staff|team|agent|colleague|crew|officer|guard)s? (?:acted|behaved) (?:correctly|properly|appropriately|professionally)$|,? and (?:i|we) (?:fully |firmly |completely |still )?stand (?:by|behind) (?:the|our|my|this|that) (?:decision|outcome|assessment|team|colleague|staff)$|,? and (?:we(?:'|’)re|we are|i(?:'|’)m|i am) confident (?:that )?it was the (?:right|correct) decision(?: for [a-z ]{1,30})?$|,? but the [a-z ]{1,30} (?:is|are) (?:working|functioning) as (?:it|they) should$|,? so (?:i(?:'|’)m|i am) (?:satisfied|confident) (?:that )?[^,]{1,60}$|,? and (?:i|we) can assure you (?:that )?[^,]{1,80}$| with your (?:initials|signature) (?:next to|beside|against|on) it$",
      // Not where what is left only led into the verdict ("To be honest[, you've misunderstood]").
      unless: '^(?:to be (?:honest|fair|clear)|honestly|frankly|respectfully|with respect|actually|again|so|well|look|sorry)$',
      mustCut: true,
      ends: '.',
    },
  ],
  rewrites: [
    // A record said to prove the customer wrong, and nothing more ("The log proves otherwise.",
    // "If you think that's wrong, the data says otherwise."): the fact kept, what our records
    // show, without the verdict on the customer; a lead that only sets up the contradiction goes.
    // (system-says flags the record in the same words: the one Swap serves both.)
    ...[
      { who: '', afterSubject: `(?:${IF_YOU_THINK} )?(?:the|our|this|that|these|those)(?: (?!(?:and|but|so|or|is|are|was|were)\\b)[\\p{L}-]+){0,2}` },
      { who: '(?:the|our) ', afterSubject: IF_YOU_THINK },
      { who: '(?:the|our) ' },
    ].map(({ who, afterSubject }) => ({
      when: `${who}${RECORD_SAYS_OTHERWISE}`,
      ...(afterSubject ? { afterSubject, subjectGoes: true } : {}),
      restIs: '(?:)',
      better: 'our records show something different, but they may be wrong, so I’m checking',
    })),
    // "Again, the 2% fee is shown before you buy, it's not hidden": flagged with the word after it,
    // that word opens the sentence in the lead's place, the rest kept as written (another flag in
    // it keeps its own Swap; first, so that a rewrite of the whole clause does not carry one). Not
    // "I", which the canonical text holds in lower case.
    { when: '(?:once )?again, (?<w>the|this|that|these|those|it|your|our|my|we|you|they)', words: true, better: '{w}' },
    // A reproach that only leads into the point ("As stated in our previous two letters, the
    // limit is £4,000", "For the last time, the contract was for 24 months"), where nothing
    // turns the clause it leads into: the lead goes, the point stays as the agent made it. The
    // rest of the lead names when or where it was said, or what ("what my colleague told you"),
    // never a clause of its own ("As stated in the contract you signed the fee applies,"). Only
    // the lead is replaced, so a flag further on in the clause ("…, the fee was clearly shown")
    // does not stand in its way, and the point keeps all its clauses.
    {
      when: "(?:as|like) (?:.* )?(?:explained|said|stated|mentioned|told you|advised|noted|pointed out|informed|communicated|made clear|set out|confirmed|discussed|covered|outlined|indicated|clarified|per our (?:previous|last|earlier) [a-z]+)(?: .*)?|(?:to|let me|i can only|i must|i have to|i will) (?:once again |again |just )?(?:reiterate|repeat)(?: what)?|for the last time,?|contrary to (?:your|what you) (?:assertion|claim|statement|suggestion|allegation|belief)s?|once again,?|(?:as )?per (?:my|our) .+|as (?:.* )?told",
      leadsIn: `(?: what [^,:;.!?\\n]{1,60}| (?!what\\b)(?:(?!\\b(?:is|are|was|were|will|would|can|cannot|must|(?<![0-9] )may|applies|apply|applied|does|do|did|has|have|had|been)\\b)[^,:;.!?\\n—–]){1,60})?`,
      better: '',
    },
    // The same lead opened by "Again," ("Again, as I explained in my previous email, the engineer
    // attended at 10:40"): flagged as "Again, as", it goes whole with its comma, the point stays.
    // Only where the lead says it was said before, in the agent's words or a colleague's.
    {
      when: '(?:once )?again,? as',
      leadsIn: " (?:(?:i|we|my colleague|our team|the [a-z]+) )(?:have |has |had )?(?:already |previously |just )?(?:explained|said|stated|mentioned|told you|advised|noted|pointed out|set out|made clear)(?: (?!what\\b)(?:(?!\\b(?:is|are|was|were|will|would|can|cannot|must|may|applies|apply|does|do|did|has|have|had)\\b)[^,:;.!?\\n—–]){1,50})?",
      better: '',
    },
    // The reminder trailing the point as a clause of its own ("The deposit is held for 10 days,
    // this I already explained on the phone."): it goes with its comma. Only where and how often it
    // was said may follow it, never a date, which says when the customer was told.
    {
      when: '(?:i|we) (?:have |had )?(?:already |previously )?(?:explained|told you|said|mentioned)',
      trails: ',? (?:this|that) ',
      restIs: "(?:(?:already|before|earlier|previously|again|twice|to you|yesterday|last week|(?:on|over|during) (?:the )?(?:phone|call)|in (?:chat|writing))(?: |$))*",
      better: '',
    },
    // "Like I wrote you two times before, the API limit is 1000 calls an hour": the reminder that it
    // was written before goes, the point stays. Only how often or where it was written goes with
    // it, never a date ("As I wrote on 12 August, …" keeps the letter it names).
    {
      when: '(?:as|like) (?:i|we) (?:have )?(?:already |previously )?(?:wrote|written)(?: (?:to )?you)?(?: (?:already|before|previously|earlier|twice|(?:two|three|several|many) times))*',
      leadsIn: '(?: (?:already|before|previously|earlier|twice|(?:two|three|several|many) times|in (?:my|our|two|three|both|several|all) (?:[a-z]+ )?(?:e-?mails?|messages?|letters?|replies)))*',
      better: '',
    },
    // "I did mention this in my reply of 3 April": the emphasis that insists it was said goes, the
    // plain past keeps where and when it was said.
    ...[
      ['mention', 'mentioned'], ['explain', 'explained'], ['point out', 'pointed out'], ['warn you', 'warned you'], ['send (?<what>it|this|that)', 'sent {what}'],
    ].map(([verb, done]) => ({ when: `(?<we>i|we) did ${verb}`, words: true as const, better: `{we} ${done}` })),
    // Insisting on a point before making it ("I must reiterate that the parcel was delivered on 3
    // May", "Further to your emails, I have to stress that the deposit is held for 10 days"): the
    // insistence and its "that" go, the point stays as the agent wrote it. Only the lead is
    // replaced, so a flag further on in the point keeps its own Swap.
    ...['', "[^.!?;:\\n]*?[\\p{L}\\p{N}'’)],"].map((lead) => ({
      when: '(?:i|we) (?:must|would|have to|need to|will|shall|can only|feel i must) (?:once again |again |once more |just )?(?:reiterate|repeat|stress|emphasi[sz]e|underline)',
      ...(lead ? { afterSubject: lead } : {}),
      restOpens: 'that',
      words: true as const,
      better: '',
    })),
    // "With respect," and its kin only raise the temperature: the lead goes where it opens its
    // sentence or follows "and" ("…, and with respect, they do not lie"). Not mid-clause ("treat
    // customers with respect, so …"), which a phrase Swap would have cut.
    // Not before a bare verdict ("Respectfully, that is incorrect."): the sentence's own rewrite,
    // the offer to explain, takes both.
    { when: 'with (?:all )?due respect|with (?:the )?(?:greatest |utmost |great |all |the greatest |the utmost )?respect|respectfully', leadsIn: "(?!, (?:that|this)(?:(?:'|’)s| is| isn(?:'|’)t) [^.,:;!?\\n]{0,40}\\.)", better: '' },
    // "I've already told you twice, the promo only applies to new lines", "We've been over this
    // already: the ban stands at 7 days": the reproach leads into the point, which stays. (Not
    // "I've explained this twice:", which tests/unit/engine-rewrite.test.ts keeps as it stands.)
    {
      when: '(?:i|we) (?:have |had )?(?:already )?(?:told you|gone over|been over|been through|gone back over|covered|answered)(?: (?:this|that|it|this point))?(?: (?:with|to) you)?(?: (?:twice|already|before|now|again|several times|many times|three times|more than once|repeatedly))*',
      leadsIn: '(?: (?:this|that|it|with you|to you|twice|already|before|now|again|several times|many times|three times|more than once|repeatedly))*',
      better: '',
    },
    // The same reproach trailing the point, naming where it was said ("…outside your allowance,
    // as stated in our previous DMs."): it goes with its comma. (Who said it, mid-sentence, "The
    // meter is fine, as the engineer already told you, and …", is kept as it stands by
    // tests/unit/engine-rewrite.test.ts.)
    {
      when: "(?:as|like) (?:.* )?(?:explained|said|stated|mentioned|told you|told|advised|noted|pointed out|informed|communicated|made clear|set out|confirmed|outlined|indicated|clarified) (?:.* )?(?:in|on|during|over|via|by) (?:my|our|the|all|both|an?) .+",
      trails: ', ',
      better: '',
    },
    // The agent's own "as I said" set off by commas mid-sentence ("Ma'am, as I already mentioned
    // earlier, early checkout does not change the charge", "…, and, as I said in my email on
    // Tuesday, it is collected before release", "…, however as previously advised, restarting the
    // router is…"): the reproach goes, the point reads on as news. Only the agent's own words said
    // before: who else said it ("as the engineer told you") may be what the customer needs.
    {
      when: "(?:as|like) (?:i|we) (?:have |had )?(?:already |previously |just |also )?(?:explained|said|stated|mentioned|told you|advised|noted|pointed out|set out|outlined|made clear)(?: (?:to you|before|previously|already|earlier))?(?: (?:in|on|during|over|via) (?:my|our|the|your) [a-z ]{1,30})?|as (?:previously|already) (?:advised|stated|explained|mentioned|noted|communicated|discussed)",
      trails: ',? ',
      restIs: "(?:(?:already|before|earlier|previously|to you|with you|a moment ago|twice|yesterday|last week)(?: |$))+|(?:in|on|during|over|via|by|of) [A-Za-z0-9'’ ]{1,40}",
      aside: true,
      better: '',
    },
    // The customer told they are wrong, as the verdict that closes the agent's account ("…the photos
    // are clear on that, so you're wrong about where it was."): it goes with its join; the account
    // answers for itself.
    {
      when: '(?:you are|you were) (?:simply |quite |just |completely |totally )?(?:mistaken|wrong|incorrect)',
      trails: ',? (?:so|and so|which means) ',
      restIs: "(?:about|on) (?:this|that|it|the [a-z0-9' -]{1,40}|where [a-z0-9' -]{1,40}|what [a-z0-9' -]{1,40}|how [a-z0-9' -]{1,40})",
      better: '',
    },
    // …and where the flagged words stop short of where it was said ("…not a valid basis for
    // valuation, as I explained in my email of 3 November."): the words that name it go too.
    {
      when: "(?:as|like) (?:i|we) (?:have |had )?(?:already |previously )?(?:explained|said|stated|mentioned|told you|advised|noted|pointed out|set out|outlined|made clear)",
      trails: ', ',
      restIs: "(?:(?:to you|already|before|previously) )?(?:in|on|during|over|via|by) (?:my|our|the|two|three|several|both|all|an?) [^,;:]{1,50}",
      better: '',
    },
    // "I've already told you in previous letters that the refusal follows the new criteria", "It
    // has already been explained to you that your contract includes …": the point, as news.
    {
      when: "(?:(?:i|we) (?:have |had )?(?:already |previously )?(?:told|informed|advised)(?: you)?|it (?:has|had) (?:already |previously )?been (?:explained|made clear|pointed out|stated) to you)",
      restOpens: "(?:you )?(?:(?:in|on|during|over|by) (?:my |our |the |all |a |an )?(?:(?:previous|last|earlier|prior|several|two|three) )?(?:letters?|e-?mails?|messages?|replies|reply|calls?|chats?|correspondence|phone|dms?) )?that",
      whole: true,
      better: '{rest}',
    },
    // "I would remind you that damage to handles is wear and tear": the fact, without the reminder.
    { when: '(?:would|must|have to|need to) (?:just )?remind you that', afterSubject: '(?:i|we)', subjectGoes: true, whole: true, better: '{rest}' },
    // "The admin fee was clearly stated in your contract summary", "the item was clearly marked
    // final sale": "clearly" is the reproach (you should have seen it); the fact stays.
    {
      when: '(?<aux>is|are|was|were|has been|have been) clearly (?<verb>stated|shown|marked|explained|displayed|set out|labell?ed|indicated|communicated|printed|advertised|written)',
      afterSubject: ANY_SUBJECT,
      restIs: "(?!(?:and|but|so|because|which|to you)\\b)[^\\n]+",
      whole: true,
      better: '{aux} {verb} {rest}',
    },
    // The same with "clearly" after the verb ("the limit is written clearly in the documentation",
    // "Roaming destinations are listed clearly on our website"): where it is, said plainly. Not
    // "displayed clearly", which may be advice to the customer ("make sure it is displayed clearly").
    {
      when: '(?<aux>is|are|was|were|has been|have been) (?<verb>stated|shown|marked|explained|set out|labell?ed|listed|printed|advertised|written) (?:very )?clearly (?<prep>in|on|at)',
      afterSubject: ANY_SUBJECT,
      restIs: "(?!(?:and|but|so|because|which)\\b)[^\\n]+",
      words: true,
      better: '{aux} {verb} {prep}',
    },
    // "Just to reiterate what my colleague told you yesterday: you'll need to pay the $32": the
    // "Just" goes with the lead, which names only what was said and closes with its mark.
    { when: 'to (?:once again |again )?(?:reiterate|repeat)', afterSubject: 'just', subjectGoes: true, restOpens: "what [^,:;.!?\\n]{1,60}[,:]", whole: true, better: '{rest}' },
    // …and where the point goes on past its comma ("…on Monday, our cut-off is 24 hours, and the
    // app message relates to a different class"): what follows is kept as written.
    { when: 'to (?:once again |again )?(?:reiterate|repeat)', afterSubject: 'just', subjectGoes: true, restOpens: "what [^,:;.!?\\n]{1,60}[,:]", better: '{rest}{cut}' },
    { when: 'to (?:once again |again )?(?:reiterate|repeat) what', afterSubject: 'just', subjectGoes: true, restOpens: "[^,:;.!?\\n]{1,60}[,:]", whole: true, better: '{rest}' },
    // "You've misunderstood what your policy covers": the same words, as the agent's offer.
    { when: 'you (?:have |seem to have |may have )?(?:misunderstood|misread)', restIs: "what (?!(?:i|we) (?:said|meant|wrote)\\b)[^,]+", whole: true, better: 'let me explain {rest}' },
    // "Again, the 2% fee is shown at checkout": the point, without "again".
    { when: '(?:once )?again, (?<det>the|this|that|your|our)', whole: true, better: '{det} {rest}' },
    // The same before a clause that goes on ("Again, the 2% fee is shown before you buy, it's not
    // hidden"): only the "again" goes, the rest stays as written for its own flags' Swaps.
    { when: '(?:once )?again, (?<det>the|this|that|your|our)', words: true, better: '{det}' },
    // "Just so we're on the same page, you picked M at checkout": the lead goes, the facts stay.
    { when: 'just so (?:we are|you are|we are both) (?:on the same page|clear|aware),? (?<next>you|your|the|it|this|that)', words: true, better: '{next}' },
    // "The associate was only doing her job.": a sentence that only vouches for staff goes.
    { when: "(?:he|she|they|(?:the|our|my) [a-z'-]+(?: [a-z'-]+)?) (?:is|are|was|were) (?:just |only |simply |merely )doing", restIs: '(?:his|her|their|our|my) jobs?', whole: true, better: '' },
    // A sentence that only says we did nothing wrong ("We've done nothing wrong here.", "There has
    // been no error on our part.", "I'm not going to go over it again."): it goes; the facts stand
    // in the sentences around it.
    { when: '(?:i|we) (?:have )?done nothing wrong', restIs: '(?:here|in this case|on this occasion)?', whole: true, better: '' },
    // The same denial leading into the facts by a comma ("We did nothing wrong here, the engineer
    // arrived at 9:05", "To be clear, there was no error on our side, the refund left us on 3
    // May"): the denial goes, the facts answer for themselves. Not before a word that joins a
    // clause of its own ("…, and…", "…, because…"): that clause needs the denial.
    {
      when: `${CLEAR_LEAD}(?:(?:i|we) (?:did|have done) nothing wrong|there (?:is|was|has been) no (?:mistake|error|fault)(?: (?:on|from) (?:our|my) (?:part|side|end))?)`,
      leadsIn: '(?: (?:here|in this case|on this occasion))?',
      leadJoins: ',(?![ \\t]+(?:and|but|so|or|nor|yet|which|then|because|as|though|although|since|if|when|while|until|unless|whatever|however)\\b)',
      better: '',
    },
    { when: 'there (?:has been|was|is|were) (?:absolutely )?no (?:mistake|error|fault|wrongdoing)', restIs: '(?:on our (?:part|side|end)|from our (?:side|end)|here)?', whole: true, better: '' },
    { when: '(?:i|we) (?:am|are) not going to (?:go over (?:it|this|that) again|argue about (?:it|this|that))', restIs: '(?:again|here|any further)?', whole: true, better: '' },
    // A verdict that leads, by a colon, into the facts that answer it ("There is no mistake from
    // our side: the payment left our bank on 3 March", "The facts do not support your claim: your
    // confirmation said 1:30pm", "…, and I'll stand by her here: she's certified"): the verdict
    // goes. Only before a colon: after a comma the words may be a clause the next one needs.
    {
      when: "there (?:is|was|has been) no (?:mistake|error|fault|inconsistency|discrepancy)(?: .*)?|the facts (?:do|did) not|(?:your|the) (?:[a-z]+ )?(?:statement|claim|assertion|account|version|recollection|understanding|allegation|complaint)(?: .*)? (?:is|was|does|did) not(?: .*)?|(?:your|the) (?:[a-z]+ )?(?:statement|claim|assertion|account|version|recollection|understanding|allegation)(?: .*)? (?:is|was) (?:simply |just |actually )?(?:inaccurate|incorrect|untrue|false|wrong|mistaken)|(?:that|this|it) is not an? (?:accurate|fair|true|correct|complete) (?:account|description|reflection|summary|representation|picture|version)|(?:i|we) (?:will |fully |firmly |completely )?stand (?:by|behind) (?:him|her|them|our [a-z]+|my [a-z]+|the [a-z]+)|(?:complaint|claim|argument|point|case) (?:does not|do not|did not) (?:really )?(?:hold up|hold water|stand up)|(?:i|we) (?:would |must |have to )?(?:respectfully |strongly )?disagree (?:with you )?that",
      leadsIn: '(?: [^,:;.!?\\n]{1,70})?(?=:)',
      better: '',
    },
    // "I have already made this clear in two replies: the listing was removed because…": the
    // reproach that it was said before goes, the point after the colon stays. Only before a colon,
    // where the point follows it.
    {
      when: '(?:i|we) (?:have |had )?(?:already )?made (?:this|that|it|our position|my position) (?:very |quite |perfectly |abundantly )?clear(?: (?:already|before|previously|twice))*',
      leadsIn: '(?: (?:in|on|to you|during|twice|already|before|previously|several times|more than once)\\b[^,:;.!?\\n]{0,60})?(?=:)',
      better: '',
    },
    // "Contrary to what you've written, we have no record of it": the contradiction goes, the
    // record stays. Only a short "what you said" before the comma, not a clause of its own.
    {
      when: 'contrary to what you(?: have| had)?',
      leadsIn: '(?: have| had)? (?:written|said|stated|claimed|suggested|mentioned|told (?:us|me)|been told|heard)(?: (?:in|on|to|during|earlier|before|previously)\\b[^,:;.!?\\n]{0,40})?',
      better: '',
    },
    // "I'm going to have to disagree with you there: the standing charge covers…": the
    // disagreement goes, the explanation after the colon stays.
    {
      when: '(?:i|we) (?:am|are) going to have to (?:respectfully )?disagree',
      leadsIn: '(?: with you)?(?: (?:there|here|on (?:this|that)(?: one| point)?))?(?=:)',
      better: '',
    },
    // Agreement claimed before the customer gives it, leading into the point ("I'm sure you'll agree we
    // can't refund a used ticket", "I'm sure you'll appreciate that the room was let"): the claim goes,
    // the point stays. Not before a reason it points at ("…see why the fee applies"), which would be
    // left without its verb.
    {
      when: '(?:surely|of course|i am sure|i am certain|we are sure|we are certain) (?:that )?you (?:can|could|must|would|will) (?:see|understand|appreciate|agree|accept|recogni[sz]e)',
      leadsIn: "(?: that)?(?![ \\t,]+(?:why|how|what|our (?:position|point|view|side|reasons?)|the (?:reason|reasons|need|position|difficulty))\\b)",
      leadJoins: ',?',
      better: '',
    },
    // "Let me be very clear: every item … was removed": the announcement goes, the point stays.
    { when: '(?:just )?(?:let me|let us|to) be (?:very |absolutely |perfectly |quite |crystal )?clear|to be fair,?|whether you like it or not|(?:once )?again,? i am saying', leadsIn: '', better: '' },
    // The new lead-ins that only set the customer straight ("Just to correct the record, the
    // course moved to Tuesdays", "For the record, notice was given", "Let me say this once more:",
    // "As you will no doubt recall from our call on 12 May, …"): the lead goes, the facts stay.
    // What the recall names (the call, its date) goes with it: the facts after it say enough.
    {
      when: "(?:just )?(?:to|let me|i (?:must|need to|have to|would like to|want to)) (?:just )?correct the record|for the record,|for the avoidance of doubt|(?:i am going to|i will|let me|to) be (?:blunt|frank)|as you (?:will|may|should|would|must) (?:no doubt |surely |well |already )?(?:recall|remember|be aware|know)|(?:i will|i am going to|let me|i have to|i must|i can only) (?:just )?say (?:it|this|that) (?:again|once more|one more time)|(?:to put it|put) (?:plainly|bluntly)",
      leadsIn: '(?: (?:from|in|on|during|after|at) [^,:;.!?\\n—–]{1,60})?',
      better: '',
    },
    // A verdict on the customer that only leads into the facts ("You're mistaken: there is no
    // return on our till system", "I have to correct you here: the 500s are caused by …",
    // "I'd gently push back on the idea that this is a bait and switch: the change was announced
    // 90 days ahead"): the verdict goes, the facts answer for themselves. What the verdict is
    // about may stand in the lead before a colon, not before a comma, which may end a clause
    // that the next one needs.
    {
      when: "(?:you are (?:simply |quite |just |completely )?(?:mistaken|wrong|incorrect)|you (?:have |seem to have |may have )?(?:misunderstood|misread|misinterpreted|got (?:it|this|that) wrong)|(?:actually,? )?(?:that|this) is (?:simply |just |actually )?(?:incorrect|untrue|not true|not correct|false|not accurate|inaccurate|not the case|not what happened)|(?:(?:i|we) (?:must|have to|need to|would (?:like to )?|will|should|feel i (?:must|should)|am going to) (?:respectfully |gently |just )?|let me (?:just )?)correct you|(?:i|we) (?:have to |must |would |would have to |will have to )?(?:respectfully |strongly )?disagree|(?:we|i) do not agree|(?:i|we) (?:would|must|should|have to|need to|feel i must|want to) (?:just )?(?:gently )?push back|(?:this|it|that) is not an? (?:bug|fault|defect|glitch|error|mistake))",
      leadsIn: "(?: (?:there|here|on (?:this|that|one) point|about (?:this|that|it)|on (?:one|this|that|a) (?:point|thing)(?: here)?|with you(?: there)?|on this one|a little))?(?: (?:that|on|about) [^,:;.!?\\n]{1,70}(?=:))?",
      better: '',
    },
    // The same verdicts set off by a dash ("@kev_m That's just not true — the offer ended 31 Jan",
    // "I'd dispute that — our coverage is top 3 nationally"): the verdict and its dash go.
    {
      when: "(?:you are (?:simply |quite |just |completely )?(?:mistaken|wrong|incorrect)|(?:actually,? )?(?:that|this) is (?:simply |just |actually )?(?:incorrect|untrue|not true|not correct|false|not accurate|inaccurate|not the case|not what happened)|(?:i|we) (?:would|will) (?:have to )?dispute (?:that|this))",
      leadsIn: '(?: (?:there|here))?',
      leadJoins: ' [—–]',
      better: '',
    },
    // A correction announced before the colon that gives it ("I'd like to correct a
    // misunderstanding: the receipt shows…", "I must correct one point: the date was an
    // estimate…"): the announcement goes, the facts answer for themselves.
    {
      when: '(?:(?:i|we) (?:would|must|have to|need to|want to|wish to|should)(?: like to)? |let me )(?:just )?(?:correct|clear up|clarify) (?:a|an|one|this|that|the) (?:small |slight |common |important |key |quick )?(?:point|misunderstanding|detail|thing|misconception|inaccuracy|error|assumption)',
      leadsIn: '(?: (?:here|there|first))?',
      leadJoins: ':',
      better: '',
    },
    // A bare verdict on what the customer said, closed by a semicolon before the facts ("You're
    // mistaken; the charge was…", "That is not correct; the permit lists…"): as before a colon.
    // Not where it says what they are wrong about ("…mistaken about the meter being faulty;"),
    // which is the point to answer (heard instead, above).
    {
      when: "you are (?:simply |quite |just |completely )?(?:mistaken|wrong|incorrect)|(?:actually,? )?(?:that|this) is (?:simply |just |actually )?(?:incorrect|untrue|not true|not correct|false|not accurate|inaccurate|not the case)",
      leadsIn: '(?: (?:there|here))?',
      leadJoins: ';',
      better: '',
    },
    // Our side declared right before a colon that gives the facts ("The charge is correct: you
    // used 14GB on 3 May", "Actually the docs are right and nothing is wrong on our end: the 3
    // includes 1 archived project"): the verdict goes, the facts answer for themselves.
    {
      when: "(?:the|our|your) (?:[a-z]+ ){0,2}(?:docs|documentation|data|records?|figures?|numbers|logs?|charges?|fees?|bills?|invoices?|amounts?|readings?|price|premium|decision|balance) (?:is|are|was|were) (?:(?:therefore|also|definitely|absolutely) )?(?:right|correct|accurate|valid)",
      leadsIn: '(?: and [^,:;.!?\\n]{1,50})?',
      leadJoins: ':',
      better: '',
    },
    // The same verdicts on our side or on their account, set off by a dash ("There was no error on
    // our side — the payment left us on 3 May", "The charge is correct — you used 14GB").
    {
      when: "there (?:is|was|has been) no (?:mistake|error|fault)(?: (?:on|from) (?:our|my) (?:part|side|end))?|the facts (?:do|did) not|(?:i|we) (?:have to |must |would )?(?:respectfully |strongly )?disagree|(?:the|our|your) (?:[a-z]+ ){0,2}(?:docs|documentation|data|records?|figures?|numbers|logs?|charges?|fees?|bills?|invoices?|amounts?|readings?|price|premium|decision|balance) (?:is|are|was|were) (?:(?:therefore|also|definitely|absolutely) )?(?:right|correct|accurate|valid)",
      leadsIn: '(?: support (?:that|this|your (?:claim|account|version)(?: of events)?))?',
      leadJoins: ' [—–]',
      better: '',
    },
    // "Actually no one told you it was sent last week, the order was only placed on Monday": the
    // contradiction goes with what it names; the fact answers for itself.
    { when: 'actually,? no one (?:told|said to|promised) you', leadsIn: '(?: [^,:;.!?\\n]{1,60})?', better: '' },
    // "I'm not going to argue about it, the plan is what you asked for": the sigh goes, the point stays.
    { when: '(?:(?:i|we) )?(?:am|are) not going to (?:argue about (?:it|this|that)|go over (?:it|this|that) again)', leadsIn: '', better: '' },
    // An insistence that vouches for our side ("I can assure you the refund was processed
    // correctly", "We can confirm the charge is accurate"): said as a check the customer can
    // answer, the clause as the agent wrote it. Not a vouching for how someone would act.
    {
      when: '(?:i|we) (?:can )?(?:now )?(?:assure|guarantee) you(?: that)?|(?:i|we) can (?:now )?confirm(?: that)?',
      restIs: "(?!.*\\b(?:never|would|always)\\b).+",
      whole: true,
      better: 'I’ve checked and {rest}; if anything on your side looks different, tell me and I’ll look again',
    },
    // Announcing the point, or reminding the customer of it ("I want to make it clear that the
    // deposit is kept", "You'll recall that you signed the lease", "I have explained to you
    // countless times that …"): the point, as news.
    { when: '(?:i|we) (?:want|would like|wish|need|have|must) to (?:state (?:very |quite )?clearly|make (?:it|this) (?:very |quite |perfectly )?clear|be (?:very |quite |perfectly |absolutely )?clear) that', whole: true, better: '{rest}' },
    // "…, the deposit never reached us, it is very clear.": the insistence trailing the facts goes.
    { when: '(?:it|this|that) is (?:very |quite |perfectly |absolutely |crystal )?clear', trails: ', ', restIs: '(?:)', better: '' },
    { when: '(?:you will|you should|you may|you would) (?:no doubt |surely |well )?(?:recall|remember) that', whole: true, better: '{rest}' },
    { when: `(?:i|we) (?:have |had )?(?:already )?(?:explained|told|said|stated|informed|advised|mentioned)(?: (?:this|that|it))?(?: (?:to|with) you| you)?(?: (?:already|now|again))? ${COUNT}`, restOpens: 'that', whole: true, better: '{rest}' },
    // The same lead-ins for repeating oneself: "To reiterate, the fee is correct" → "The fee is correct".
    { when: '(?:just )?(?:to|let me) (?:once again |again |just )?reiterate', restOpens: 'that', whole: true, better: '{rest}' },
    // A sentence that only says it was said before ("I've explained this twice already.",
    // "We've been over this."): it goes; what was said stands in the sentences around it.
    {
      when: '(?:i|we) (?:have |had )?(?:already )?(?:explained|gone over|been over|been through|told you|said|covered)(?: (?:this|that|it))?(?: (?:with|to) you)?(?: (?:twice|already|before|several times|many times|three times|more than once|repeatedly|now))*',
      restIs: "(?:(?:twice|already|before|now|again|several times|many times|three times|more than once|repeatedly|with you|to you|in (?:my|our) (?:previous|last|earlier) (?:emails?|messages?|replies|reply|letters?))(?: |$))*",
      whole: true,
      better: '',
    },
    // "You're wrong on that point.", "I'm afraid you're simply mistaken about this.": a sentence
    // that only says they are wrong goes; the facts stand in the sentences around it.
    {
      when: '(?:you are|you were) (?:simply |quite |just |completely |totally )?(?:mistaken|wrong|incorrect)',
      restIs: "(?:on (?:that|this|the) (?:point|one)|about (?:this|that|it)|there|here|(?:on|about) (?:this|that)|I(?:'|’)m afraid)?",
      whole: true,
      better: '',
    },
    // Staff defended, in a clause that says nothing else ("…, and the crew acted correctly.",
    // "Our staff followed the correct process.", "…and our drivers are highly trained."): it goes,
    // with its "and"; what happened stands in the words around it.
    {
      when: "(?:he|she|they|(?:the|our|my|your) [a-z'-]+(?: [a-z'-]+)?) (?:acted|behaved|followed (?:the |our |that |those |his |her |their |your )?(?:[a-z-]+ )?(?:instructions?|process|procedures?|policy|protocol|rules)|(?:is|are) (?:all )?(?:fully |highly |well |properly )?trained|(?:is|are) (?:all )?professionals?)(?: (?:entirely |completely |totally |perfectly )?(?:correctly|properly|appropriately|exactly|professionally|by the book))?",
      restIs: '(?:here|throughout|at all times|on the day|in this case|at every stage|at every step)?',
      whole: true,
      better: '',
      joined: '',
    },
    // A figure declared right ("The charge is correct.", "The renewal quote was calculated
    // correctly."): explained instead, once, with the agent's blank for how it was worked out.
    // Only with nothing after it: "…and won't be refunded" says more. In a reply that quotes a
    // record against the customer, whose Swap says it may be wrong and is being checked, the
    // verdict would contradict the check: it goes.
    { when: `(?<subj>${FIGURE_SUBJECT_W}) (?<aux>is|are|was|were)(?: therefore| also| definitely| absolutely| all)? ${IS_RIGHT}`, restIs: '(?:)', whole: true, better: '', onlyIf: ['flag:system-says'] },
    // The verdict drawn from the facts just given ("It was booked after the cut-off, so the fee is
    // valid"): the facts are the explanation, so the verdict goes with its "so"; a blank for how it
    // was worked out would follow from nothing.
    { when: `(?<subj>${FIGURE_SUBJECT_W}) (?<aux>is|are|was|were)(?: therefore| also| definitely| absolutely| all)? ${IS_RIGHT}`, trails: ',? (?:and )?(?:so|hence|therefore|which means) ', restIs: '(?:)', better: '' },
    // The same of a design ("Matchmaking is based on hidden MMR, not level, so that's working as
    // intended"): how it works is the explanation; the verdict drawn from it goes with its "so".
    { when: "(?:that|it|this)(?: is|'s) (?:working|functioning) as (?:intended|designed|expected)", trails: ',? (?:and )?(?:so|hence|therefore|which means) ', restIs: '(?:)', better: '' },
    { when: `(?<subj>${FIGURE_SUBJECT_W}) (?<aux>is|are|was|were)(?: therefore| also| definitely| absolutely| all)? ${IS_RIGHT}`, restIs: '(?:)', whole: true, better: '{subj} {aux} based on [how it was worked out]' },
    // The same verdict with what the agent does or cannot do joined on by "and" ("…the charges are
    // correct and we are unable to offer a refund"): how it was worked out in place of the
    // verdict, what follows kept as written.
    {
      when: `(?<subj>${FIGURE_SUBJECT_W}) (?<aux>is|are|was|were)(?: therefore| also| definitely| absolutely| all)? ${IS_RIGHT}`,
      restIs: '(?:,? )?and (?<next>(?:we|I|it)\\b[^,;:]*)',
      better: '{subj} {aux} based on [how it was worked out], and {next}',
    },
    { when: `(?<subj>${FIGURE_SUBJECT_W}) ${DONE_RIGHT}`, restIs: '(?:)', whole: true, better: '{subj} {aux} {verb} like this: [how it was worked out]' },
    // The same with the refusal spliced on by a comma ("The charge is correct, we cannot refund
    // it"): the refusal is a fact the customer needs, so it stays as written after the explanation.
    // (Not "…valid and can't be removed": the dead end's own Swap takes that sentence.)
    {
      when: `(?<subj>${FIGURE_SUBJECT_W}) (?<aux>is|are|was|were)(?: therefore| also| definitely| absolutely| all)? ${IS_RIGHT}`,
      restIs: `(?<next>(?:we|I)${REFUSES}[^,;:]*)`,
      better: '{subj} {aux} based on [how it was worked out], and {next}',
    },
    // A figure said to be done right before a refusal ("The fee was correctly applied and we're
    // unable to reverse it"): how it was worked out in place of the verdict word, the refusal kept.
    // (Without the refusal, DONE_GOES_ON above leaves the act bare; here the blank explains it.)
    {
      when: `(?<subj>${FIGURE_SUBJECT_W}) ${DONE_RIGHT}`,
      restIs: `(?:(?:,? )?and )?(?<next>(?:we|I)${REFUSES}[^,;:]*)`,
      better: '{subj} {aux} {verb} based on [how it was worked out], and {next}',
    },
    // A verdict drawn from the facts just given, by a lead that points back at them ("On that
    // basis the £60 charge is valid and I'm not in a position to remove it", "As such, the charges
    // are correct and we are unable to offer a refund"): the facts were the explanation, so the
    // verdict goes and the refusal stays, naming the figure where it only said "it".
    ...[
      { restIs: `(?:,? )?and (?<who>we|I)(?<neg>${REFUSES}) (?<verb>[a-z]+) (?:it|them)(?<tail>(?: [^,;:]*)?)`, better: '{who}{neg} {verb} {subj}{tail}' },
      { restIs: `(?:,? )?and (?<next>(?:we|I)${REFUSES} (?![^,;:]*\\b(?:it|them|this|that)\\b)[^,;:]*)`, better: '{next}' },
    ].flatMap(({ restIs, better }) =>
      [`(?<subj>${FIGURE_SUBJECT_W}) (?:is|are|was|were)(?: therefore| also| definitely| absolutely| all)? ${IS_RIGHT}`, `(?<subj>${FIGURE_SUBJECT_W}) ${DONE_RIGHT}`].map((when) => ({
        when,
        afterSubject: DRAWN_FROM,
        restIs,
        whole: true,
        better,
      })),
    ),
    { when: `(?<aux>is|are|was|were)(?: therefore| also| definitely| absolutely| all)? ${IS_RIGHT}`, afterSubject: FIGURE_SUBJECT, restIs: '(?:)', whole: true, better: '{aux} based on [how it was worked out]' },
    { when: DONE_RIGHT, afterSubject: FIGURE_SUBJECT, restIs: '(?:)', whole: true, better: '{aux} {verb} like this: [how it was worked out]' },
    // Done "correctly" on a stated basis, after any subject ("…, and your consumption has been
    // calculated correctly from that reading", "…, so April's fee was correctly taken"): the
    // verdict word goes, the act and its basis stay as the agent wrote them.
    { when: `(?<aux>is|are|was|were|has been|have been)(?: therefore| also)? ${RIGHTLY} (?<verb>${DONE_VERB})`, afterSubject: ANY_SUBJECT, restIs: BASIS, whole: true, better: '{aux} {verb} {rest}' },
    { when: `(?<aux>is|are|was|were|has been|have been)(?: therefore| also)? (?<verb>${DONE_VERB})(?: entirely| completely| perfectly| fully)? ${RIGHTLY}`, afterSubject: ANY_SUBJECT, restIs: BASIS, whole: true, better: '{aux} {verb} {rest}' },
    { when: `(?<aux>is|are|was|were|has been|have been)(?: therefore| also)? ${RIGHTLY} (?<verb>${DONE_VERB})`, afterSubject: SO_SUBJECT, restIs: '(?:)', whole: true, better: '{aux} {verb}' },
    { when: `(?<aux>is|are|was|were|has been|have been)(?: therefore| also)? (?<verb>${DONE_VERB})(?: entirely| completely| perfectly| fully)? ${RIGHTLY}`, afterSubject: SO_SUBJECT, restIs: '(?:)', whole: true, better: '{aux} {verb}' },
    // "And as I've said, cases aren't covered": after the "And" that opens the sentence, the
    // point as news (a lead dropped needs its sentence to open with it; elsewhere it is dropped
    // as a lead, so that a flag in the point does not stand in its way).
    { when: `(?:${SAID_BEFORE})(?: (?:in|on|during) (?:my|our|all) (?:[a-z]+ ){0,2}(?:letters?|emails?|correspondence|messages?|replies|reply|responses?|calls?|chats?))?`, afterSubject: '(?:and|but)', restIs: "(?!(?:that|of|to|in|on|during|at|by)\\b).+", whole: true, better: '{rest}' },
    // "I'd refer you back to my email of 3 March, in which I set out why the claim was declined":
    // the earlier letter named as news, not as a place to be sent back to.
    { when: `(?:i|we) (?:would )?refer you (?:back )?to (?<doc>(?:my|our) (?:[a-z]+ )?(?:e-?mail|letter|reply|response|message))`, restIs: "of (?<date>[0-9]{1,2} [A-Z][a-z]+|[A-Z][a-z]+ [0-9]{1,2}), in which (?:I|we) (?<said>set out|explained) (?<what>(?:why|how|what) [^,;:]+)", whole: true, better: '{doc} of {date} {said} {what}' },
    { when: `(?:i|we) (?:would )?refer you (?:back )?to (?<doc>(?:my|our) (?:[a-z]+ )?(?:e-?mail|letter|reply|response|message))`, restIs: "of (?<date>[0-9]{1,2} [A-Z][a-z]+|[A-Z][a-z]+ [0-9]{1,2}), which (?<says>sets out|explains|explained|set out) (?<what>(?:why|how|what) [^,;:]+)", whole: true, better: '{doc} of {date} {says} {what}' },
    // A verdict word on an act, where its clause goes on ("The notice was correctly served and the
    // fine is due by 2 June", "…, so the fee was charged correctly and I'm unable to refund it"):
    // the word goes, the act and the rest stay as written, so another flag in the rest keeps its own Swap.
    // Only after a plain subject: not after "satisfied" or "that" ("I am satisfied the charge was
    // correctly levied", "a charge that was correctly applied"), where the act alone says nothing;
    // not before a colon or "and within our standards", where the verdict is what is said.
    { when: `(?<aux>is|are|was|were|has been|have been)(?: therefore| also)? ${RIGHTLY} (?<verb>${DONE_VERB})`, afterSubject: PLAIN_SUBJECT, restIs: DONE_GOES_ON, words: true, better: '{aux} {verb}' },
    { when: `(?<aux>is|are|was|were|has been|have been)(?: therefore| also)? (?<verb>${DONE_VERB})(?: entirely| completely| perfectly| fully)? ${RIGHTLY}`, afterSubject: PLAIN_SUBJECT, restIs: DONE_GOES_ON, words: true, better: '{aux} {verb}' },
    // A figure declared right before what happens to it ("The £79 charge is valid and remains
    // payable", "Our size guide is accurate and has been checked by our design team"): the verdict
    // and its "and" go, the figure and what the agent says of it stay.
    { when: `(?<subj>${FIGURE_SUBJECT_W}|(?:the|our|your) (?:size guide|assessor(?:'|’)s (?:figure|valuation)|valuation|meter readings?)) (?:is|are|was|were)(?: therefore| also| definitely| absolutely| all)? ${IS_RIGHT}`, restOpens: 'and', restIs: FIGURE_GOES_ON, words: true, better: '{subj}' },
    // A document said to be clear ("The listing clearly states 'sleeps 4'", "Your booking page clearly
    // says the fare is non-refundable"): what it says, without the "clearly" that argues it; the words
    // before the verb as the agent wrote them.
    {
      when: "(?<subj>(?:the|your|our|this|that|these|those|my) (?:[a-z0-9'-]+ ){0,3}?)clearly (?<verb>states|says|shows|lists|explains|sets out|mentions|stated|said|showed|listed|explained|set out|mentioned)",
      restIs: "(?!(?:that you|you)\\b)\\S.*",
      words: true,
      better: '{subj}{verb}',
    },
    // A step the customer is said to have been told again and again ("I've already told you twice to
    // check your spam folder"): the step, asked once.
    {
      when: 'i (?:have |had )?(?:already )?(?:told|asked|reminded) you(?: (?:twice|before|already|again|several times|three times|more than once))*',
      restIs: "to (?<step>(?!(?:us|me|them)\\b)[a-z][^,;:]*)",
      whole: true,
      better: 'please {step}',
    },
    // "Once again, please send the receipt", "Let me remind you that all purchases need…".
    { when: 'once again,?', whole: true, better: '{rest}' },
    { when: '(?:let me |(?:i|we) (?:would|must|have to|need to) (?:just )?|may i )remind you', restOpens: 'that', whole: true, better: '{rest}' },
  ],
  // Where no rewrite turns a flag: the sentence, or the clause that closes it, left out when the
  // reply reads on without it and it holds nothing the reply needs (leave-out.ts).
  leaveOut: { keeps: LEAVE_OUT_KEEPS, maxWords: 18 },
  unlessSentence: [
    // A promise we broke, measured against what the customer was told (long replies, batch xi):
    // "it took twice as long as you were told", "later than you were promised".
    '\\b(?:as (?:long|much|many|late|high|far|often)|longer|later|more|slower|higher) (?:as |than )?(?:you (?:were|had been|have been) (?:told|promised|advised|informed|quoted))\\b',
    '\\byou (?:are|were) (?:absolutely |completely |quite |totally )?right\\b',
    '\\b(?:our|my) (?:mistake|fault|error)\\b',
    '\\b(?:we|i) (?:got|had) (?:this|it|that) wrong\\b',
    // A verdict drawn from a record in the same breath ("Our booking engine logged a no-show, so the
    // €540 was charged correctly", "the meter read on file shows 58,210, which means the bill is
    // accurate"): the record speaks, which system-says reads; the labels (tune, batches wg-wz) do
    // not call it arguing. Not where the customer is told they are wrong as well.
    "\\b(?:system|systems|records?|data|logs?|logged|gps|anpr|meter|database|register|registers|scanner|platform|engine|tracking|footage|file)\\b(?![^.!?\\n]*\\byou (?:are|were|have been|got it) (?:wrong|mistaken))[^.!?\\n]*\\b(?:so|therefore|hence|which means|which confirms|for this reason|on that basis|based on)\\b[^.!?\\n]*\\b(?:correct|correctly|accurate|accurately|valid|validly|properly)\\b",
    // A colleague's answer confirmed, then what the customer can do instead ("The cashier was right
    // that two store coupons can't be stacked, but you can use a manufacturer coupon with one").
    // Not a lead that argues ("As I said before the fee stays but you can pay it monthly").
    "\\b(?:was|were|is|are) (?:quite |absolutely )?(?:right|correct) (?:that|about)\\b[^.!?\\n]*\\bbut you (?:can|could|are welcome to|are able to|still can)\\b(?! not\\b)(?! only\\b)",
  ],
};
