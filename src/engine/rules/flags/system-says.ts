// `system-says` (RULES.md, kind `flag`). Patterns use the rule language of ../../pattern.ts over
// canonical text, so "It's" / "it is" / "IT IS" are one case.
//
// The rule is built from a few word classes combined into frames:
//   SUBJECT = a determiner, up to four modifiers and a record or machine noun, optionally
//             followed by a short phrase ("the purchase log for order 1234", "the tracking
//             data on our side", "the billing snapshot taken on the 1st");
//   SUBJECT + an evidence verb ("shows", "logged", "has you down as", "has no record");
//   SUBJECT + an infallibility claim ("is accurate", "does not make mistakes");
//   an evidence passive ("verified by our billing software"); "according to / in" + SUBJECT;
//   a status read out as fact ("is marked as delivered", "shows as resolved").
import { LEAVE_OUT_KEEPS } from '../concepts';
import type { Context, FlagRuleData } from '../types';
import { DESIGN_FACT_VERDICT } from '../design-verdict';

/** Nouns for systems, machines and the records they keep. A person's report ("the police report", "the
 * surveyor's report") is someone's finding, argued with elsewhere, not a system quoted. */
const NOUN =
  "(?:computers?|systems?|records?|logs?|log files?|database|databases|data|portal|app|apps|application record|website|site|dashboard|screens?|tracking|tracker|account|(?:account|case|call|customer|booking|order|delivery|ticket|file) notes?|history|file|ledger|register|crm|erp|ehr|emr|platform|tools?|audit trail|gps|scans?|scanner|sensors?|cctv|cameras?|footage|meters?|readings?|statement|software|engine|algorithm|handheld|handset|terminal|till|panel|monitoring|snapshot|status|tests?|diagnostics|anti-cheat|device|line test|status page|network|telematics|(?:photos?|pictures?|images?) (?:on|of|at|from) delivery|spreadsheet|(?<!(?:police|medical|doctor's|gp's|vet's|surveyor's|valuer's|coroner's|independent) )(?:(?!police |medical )[a-z-]+ )?reports?|(?:delivery|pod|driver's|tracking|doorstep|gps|camera|cctv) (?:photos?|pictures?|images?)|proof of delivery|pod|checks|machine|(?:timestamps?|time stamps?)|confirmation|entry|entries|information|details|our (?:end|side)|my (?:end|side))";
/** The narrower set for "according to …": "according to the details you gave" is the customer's word. */
const CORE =
  "(?:computers?|systems?|records?|logs?|database|data|account (?:history|notes|records?)|tracking(?: (?:data|information|history))?|tracker|crm|ledger|register(?! office)|platform|portal|screen|scans?|scanner|gps|cctv|footage|meter readings?|readings|software|engine|monitoring|survey)";
/** Nouns for things that work by themselves: what "verified by our …" names. */
const MACHINE =
  "(?:computers?|systems?|software|engine|platform|app|portal|database|scanner|sensors?|meters?|gps|cctv|cameras?|anti-cheat|algorithm|tools?|tracker|tracking|terminal|till|handheld|handset|device|monitoring|website)";
const DET = "(?:the|our|my|this|that|these|those|the [a-z-]+'s|our [a-z-]+'s|(?<!(?:on|in|to|from|for|under|with) )your(?= (?:[a-z-]+ )?(?:account|records?|file|history|profile|record)))";
/** Not after a condition ("if the app says …", "when your screen shows …"): that is a how-to, not a verdict. */
const NOT_IF = "(?<!(?:if|when|once|until|whenever|unless|before|after|whether|check|make sure) )";
/** A short phrase after the noun: "for order 1234", "on our side", "taken on the 1st". */
const AFTER =
  "(?: (?:(?:taken|sent|received|made|generated|captured|completed|produced|done|carried out) )?(?:for|on|in|from|of|at|to|by) (?:[a-z0-9.'/-]+ ){0,2}(?!(?:and|or|but|so|which|that|is|are|was|were|has|have|had)[ \\n])[a-z0-9.'/-]+| (?:we|i) (?:hold|have)(?: on (?:file|record))?)?";
/** A modifier before the noun: any word but one that starts a phrase or a clause of its own. */
const MOD = "(?!(?:on|in|for|from|of|at|to|by|with|and|or|but|so|the|our|your|my|a|an|that|this|which|is|are|was|were|has|have|had|not) )[a-z0-9'-]+ ";
/** A modifier in a rewrite's words: not "no", which starts what the record lacks ("our system no export readings was received"). */
const RMOD = `(?!no )${MOD}`;
const SUBJECT = `${NOT_IF}${DET} (?:${MOD}){0,4}${NOUN}(?: and (?:our |the )?(?:${MOD}){0,2}${NOUN})?${AFTER}`;

/** What a record "does" when it is quoted as evidence. */
// No -ing forms here ("meter reading" is a noun), and verbs that are also nouns ("the device
// flag", "the system log") only when inflected.
const EVIDENCE =
  "(?:show(?:s|ed|n)?|indicate[sd]?|says?|said|state[sd]|confirm(?:s|ed)?|list(?:s|ed)|reflect(?:s|ed)?|record(?:s|ed)|logs|logged|register(?:s|ed)|reads|suggest(?:s|ed)?|validate[sd]?|verif(?:y|ies|ied)|calculate[sd]?|assess(?:es|ed)?|assign(?:s|ed)?|flags|flagged|detect(?:s|ed)?|places|placed|puts|marks|marked|identif(?:y|ies|ied)|capture[sd]?|decline[sd]?|decide[sd]|determine[sd]|holds|held (?:you|your)|reject(?:s|ed)?|returned (?:[a-z0-9'-]+ ){1,3}as|updated to|changed to|tell(?:s)? (?:me|us)|told (?:me|us)|(?:state|record|list|note)s? that|prove[sd]?|proven|evidence[sd]|demonstrate[sd]?|establish(?:es|ed)|attest(?:s|ed))";
/** "has you down as", "has no record", "has your engineer arriving", "has the damage down as wear and tear". */
const HAS = "(?:has|have|had) (?:you|him|her|them|it|this|that|your|his|their|no|nothing|only|zero|the (?:[a-z0-9'-]+ ){1,3}(?:down|marked|listed|logged) as)";
/** A record claimed to be beyond doubt. */
const SURE =
  "(?:accurate|correct|right|reliable|unambiguous|clear|infallible|exact|precise|never wrong|always (?:right|correct|accurate)|100% (?:accurate|correct|right)|final|conclusive|definitive)";
const NEVER_WRONG =
  '(?:be (?:wrong|mistaken|incorrect)|make~ (?:mistakes|errors|a mistake|an error)|lie~|get~ (?:it|things|this|that) wrong|(?:[a-z]+ ){1,2}for no reason)';

/** Verbs that read out what a record holds, besides "shows": "holds", "records", "registers", "proves". */
const HELD =
  '(?:holds|records|registers|logs|captures|has (?:registered|recorded|logged|captured)|detected|captured|proves|proved|shows? clearly|clearly (?:shows?|records|states))(?: that)?';
/** What a record is said to hold, in one clause: a thing (a determiner, a figure, a quote) or "that" and a clause. */
/** The rest of one clause: no comma, semicolon or colon but a figure's ("10:15", "£1,840"), no claim joined by "and". */
const HELD_TAIL = '(?:(?! and (?:its?|this|that|they|their|these|those|the [a-z]+) )(?:[^,;:]|(?<=\\d)[:,](?=\\d)))*';
const HELD_REST = `(?:an?|the|your|his|her|their|its|this|that|these|those|no|one|two|three|four|five|several|\\d[^ ]*|[£$€]\\d[^ ]*|['‘"“][^ ]*|it|you|him|them)\\b${HELD_TAIL}`;
/** A status read out as the records': "your meter is registered as", "this was recorded as". */
const REGISTERED_AS = '(?<who>you|it|they|(?:your|the|this) (?:[a-z-]+ )?[a-z-]+) (?:is|are|was|were|has been|have been) (?<how>marked|listed|registered|recorded|flagged|down) as';

/** The words of a claim that a record is beyond doubt, in the flagged words (canonical). */
const CLAIM_WORDS = '.*\\b(?:accurate|correct|exact|precise|conclusive|unambiguous|clear|right|reliable|infallible|mistakes?|errors?|lie|lies|wrong|perfect|flawless)\\b';
/** "The call data records[ are generated automatically by the network and] are always accurate". */
const MADE_BY_MACHINE = '(?: (?:is|are) (?:generated|updated|calculated|recorded|transmitted|produced) automatically(?: by (?:the|our) [a-z-]+)?(?: and)?)?';
/** "In our database ", "on our end ": where the records were read. */
const IN_OUR = `(?:in|on) our (?:${RMOD}){0,2}(?:${NOUN}|end|side),? `;
/** What they show, in a few plain words: "the invoice ", "your registration ", "the account email ". */
const WHAT = "(?:the|your|this) (?:(?!(?:is|are|was|were|has|had)\\b)[a-z0-9'-]+ ){1,4}";
/** "On our end it's showing", "In the billing system it says": a place in our records, then "it" reading it out. */
const ON_OUR_IT = `(?:in|on|at|from) (?:our|my|the) (?:(?:${RMOD}){0,3}${NOUN}|end|side),? (?:it|this|that) (?:is {adv}showing|{adv}(?:shows|says))`;
/** A record said to contradict the customer, with nothing of its own: "the log proves otherwise", "our data says the opposite". */
const SAYS_OTHERWISE_VERB = '{adv}(?:says?|said|shows?|showed|shown|proves?|proved|suggests?|suggested|indicates?|indicated|tells? (?:us|me)|told (?:us|me)|states?|stated)';
const OTHERWISE = '(?:otherwise|the opposite|something (?:else|different))';
/** What only leads into the contradiction and goes with it: "If you think that's wrong, [the data says otherwise]". */
const IF_YOU_THINK = "if you (?:think|believe|feel|say|are saying|claim|insist)[^,.!?;:\\n]{1,40},";
/** A clause that gives the reason, before the record it rests on: "The claim was declined because[ the service records show…]". */
const BECAUSE = "[^.!?;:\\n]*?[\\p{L}\\p{N}'’%)],? (?:because|since|given that)";

/** A record vouched for as beyond doubt, as written (the sentence rewrites read the agent's words): "is accurate", "doesn't lie", "can't be wrong". */
const CLAIM =
  " (?:(?:is|are|was|were)(?: (?:very|highly|extremely|completely|always|super|totally|entirely|definitely|absolutely|quite|also|all|pretty much always|100%))*(?: (?:accurate|correct|right|reliable|unambiguous|infallible|exact|precise|conclusive|definitive|final|never wrong|not wrong)| the authoritative (?:source|record)(?: for [a-z]+)?)|(?:does not|doesn['’]t|do not|don['’]t|can['’]t|cannot|can not|will not|won['’]t|never) (?:lie|lies|make (?:mistakes|errors)|be wrong|get (?:it|things|this) wrong|(?:[a-z]+ ){1,2}for no reason)|leaves? no (?:room for )?doubt)";
/** What may follow the claim and go with it: a word of place ("here", "on this one"), then a verdict drawn from it ("so the ban stays"). */
const CLAIM_TAIL =
  "(?: (?:here|on this(?: one)?|on that|in this case|with dates|at the time of [a-z]+))?(?:,? (?:and )?(?:so|therefore)\\b[^;:]*| and (?:the|your|this|that) [^,;:]*\\b(?:therefore|thus|will not|won['’]t|stands|stays|must)\\b[^;:]*| and (?:i|we) see no reason to doubt (?:it|them|this))?";

/** Where the kept words of a sentence rewrite already turn, vouch for the record or promise: none is offered. (Not the month: "for May", "on May 2", "on 12 May".) */
const SENTENCE_UNLESS =
  "\\b(?:but|however|although|though|unless|if|whether|because|since|(?<!\\b(?:in|on|for|of|since|until|by|from|during|early|late|mid|last|next|this) )(?<!\\b\\d{1,2}(?:st|nd|rd|th)? )may(?! \\d)|might|must|accura\\w*|correct(?:ly)?|reliabl\\w*|precise(?:ly)?|exact(?:ly)?|authoritative|conclusive|infallible|lying|lies|lie|doubt|wrong|mistakes?|errors?|always|never|every(?! \\d)|definitely|clearly|clear|unambiguous|certain(?:ly)?|sure|intended|automatic(?:ally)?|true|proof|proves?|evidence|sufficient|valid|final|lies?|otherwise|settles|source of truth|no reason)\\b|\\b(?:i|we)(?:(?:'|’)ll| will| shall)\\b|^(?:as|if|when)\\b|\\b(?:shows?|says?|states?|confirms?|indicates?|reads?|records?)$|:(?!\\d)|[–—]";

/** What a claim of the record's may be said about, and go with it: "…never wrong about these things". */
const ABOUT_THESE = 'about (?:this|that|these|those|it)(?: things| matters| cases| sorts of things)?';

const DISPUTED: Context[] = ['customer.errorReport', 'customer.unhappy', '!customer.present'];
/** The record used against the customer: a problem of theirs, or a reply that argues, blames or refuses. */
const ARGUED: Context[] = [...DISPUTED, 'customer.problem', 'customer.repeat', 'customer.heated', 'reply.refusal', 'flag:argue-defend', 'flag:blame-shift', 'flag:dead-end', 'flag:policy-shield'];
/**
 * A verdict that settles the matter against the customer from the record ("…, so it has been
 * delivered", "…, so the coins were used by your account", "…, so you authorised it", "…, and
 * that's what was paid for"): the record is used as proof, whatever the customer wrote, so its
 * doubt is owned. (Not "so it should arrive today": a routine status, told to help.)
 */
const SETTLED_BY = "(?:it|this|that|they|he|she|the [a-z-]+|your [a-z-]+)(?: [a-z-]+)?(?: has been| have been| has| have| was| were| is| are|(?:'|’)s|(?:'|’)re) (?:definitely |already |correctly |successfully |still )?(?:delivered|correct|valid|right|used|spent|paid|received|applied|charged|completed|sent|accurate|due|payable|in order|there|gone through)\\b";
const SETTLED = `(?:and )?(?:so|therefore)(?: that)? (?:${SETTLED_BY}|you (?:did|were|have|had|must have|authori[sz]ed|used|agreed|chose|selected|ordered|made|didn(?:'|’)t|did not)\\b)|and that(?:'|’)s what (?:was|you)\\b`;

/**
 * A verdict drawn from the record that carries a figure of its own ("…, so 9 hours is what was
 * worked and billed"): it is a fact the customer needs, so the doubt never takes its place (s42
 * read 1, n=10): the cut does not match there, and the record keeps it or has no Swap.
 */
// (A no with a figure, "…, so the £65 charge stands", is a verdict, not a fact: it still gives way.)
const FIGURE_KEPT = "(?![^.!?;\\n]*[\\d£$€](?![^.!?;\\n]*\\b(?:stands|remains|(?:is|are) (?:still )?(?:due|payable|owed))\\b))";

export const systemSays: FlagRuleData = {
  id: 'system-says',
  category: 'ownership',
  weight: 15,
  severity: 'warn',
  title: 'Treating the system as infallible',
  why: 'The customer is telling you the system is wrong; quoting it back says you trust it more than them.',
  better: 'Admit the system may be wrong, and check.',
  swapDoubts: {
    checks: 'so I’m checking(?: again)?',
    besideRefusal: 'so if you have anything that shows otherwise, send it to me and I’ll look again',
    says: ['reply.admission'],
    // Beside a verdict that stands, what the records show said as the agent's own finding.
    // (Not "shows it as paid": "I can see it as paid" would not read.)
    plainly: [
      ['\\bour records show (?!(?:it|them|you) as\\b)(.+?), but they may be wrong, so I’m checking$', 'I can see $1'],
      ['\\bour records have (.+?), but they may be wrong, so I’m checking$', 'we have $1'],
      ['\\bI can’t find (.+?) yet, but that may be our error, so I’m checking$', 'I can’t find $1'],
      ['\\bI can’t see (.+?) yet, but that may be our error, so I’m checking$', 'I can’t see $1'],
    ],
    // Not where the record is named by what was seen: "I can see the delivery took place" in
    // place of "The GPS data from the driver's handheld confirms…" drops the evidence.
    plainlyUnless: '\\b(?:gps|readings?|scans?|scanned|photos?|photographs?|pictures?|footage|cctv|cameras?|video|recordings?|sensors?|telematics)\\b',
  },
  // Where nothing rewrites it, a claim that the record cannot be wrong ("…, and our meters don't lie.",
  // "The data is correct.") may go: the record itself, cited, is the reply's answer and stays.
  leaveOut: {
    keeps: LEAVE_OUT_KEEPS,
    maxWords: 18,
    only: "\\b(?:accurate|infallible|reliable|precise|unambiguous|authoritative|always right|never wrong|not wrong|no (?:mistakes|errors)|(?:does not|doesn['’]t|do not|don['’]t|never|can not|cannot|can['’]t) (?:lie|make (?:mistakes|errors|a mistake)|err|be wrong|get it wrong))\\b",
  },
  examples: ['The system shows', 'Our records indicate', 'According to our system', 'The computer says', 'The system won’t let me'],
  patterns: [
    // Frames from batches ws/wt (tune): a note, a remark or a map cited as the last word.
    '(?:i|we) (?:can not|cannot) see any (?:note|record|mention|trace|sign) of',
    '(?:courier|driver|rider|partner|engineer|technician)(?:(?:\'s|’s)| partner(?:\'s|’s))? (?:remarks|notes|comments|report|log) (?:state|states|say|says|show|shows|indicate|indicates)',
    '(?:your|the) (?:order )?confirmation (?:lists|shows|says|states)',
    '(?:the|our) (?:coverage|status|tracking) (?:map|page|checker|tool) (?:confirms|shows|says|states|indicates)',
    'clear from (?:the|our|your) (?:[a-z-]+ )?(?:record|records|log|logs|system|data|history)',
    // Frames from batches wq/wr (tune): a device or record cited as the authority.
    'according to (?:our|the) (?:[a-z-]+ )?(?:terminal|database|screens?|till|scanner|meter|card reader)(?! (?:may|might|could) be wrong)',
    // Frames from batches wh/wi: "if it says on time then the flight is on time", "black box data is very accurate",
    // "in our panel the status is completed", "not reflecting at our end".
    '(?:if|when) (?:it|the (?:[a-z-]+ )?(?:app|system|tracking|screen|website|portal|data)) (?:says?|shows?) [^.!?\\n]{1,40}? (?:then )?(?:it|the [a-z-]+|that|this) (?:is|was|will be|has)',
    '(?:pulls?|uses?|shows?|runs? on) (?:live|real-time|real time) data',
    '(?:data|records?|logs?|readings?|tracking|gps|telematics) (?:is|are) (?:very |highly |extremely |completely |always |100% )?(?:accurate|reliable|precise|correct)',
    '(?:in|on) our (?:[a-z-]+ )?(?:panel|screen|computer|dashboard|portal|app|system|records|database),? (?:the|your|this|that|only|no) (?:[a-z0-9£$€\'-]+ ){1,5}(?:is|are|was|were|has|had|shows?)',
    '(?:is|are|was|were) not (?:reflecting|showing|appearing|visible|received) (?:at|on|in) our (?:end|side|system|records)',
    // SUBJECT + evidence verb: "our records show", "the driver's scanner logged", "the booking software has you down as".
    { p: `${SUBJECT} {adv}(?:(?:accurately|correctly|automatically|wrongly) )?(?:(?:has|have|had) {adv})?(?:${EVIDENCE}|${HAS})`, better: 'Our records show …, but they may be wrong, so I’m checking.' },
    { p: `${SUBJECT}(?:'s| is| are) {adv}(?:saying|showing|telling (?:me|us|that)|reading|listing|indicating)`, better: 'Our records show …, but they may be wrong, so I’m checking.' },
    { p: `${SUBJECT} (?:does|do) not {adv}(?:show|list|have|say|mention|contain|include|record)`, better: 'I can’t see it on our side yet, but that may be our error, so I’m checking.' },
    // Infallibility: "the tracking is accurate", "the portal does not make mistakes", "the app updates in real time".
    `${SUBJECT} {be} {adv}${SURE}`,
    `${SUBJECT} (?:does not|do not|can not|will not|never|would not) {adv}${NEVER_WRONG}`,
    `${SUBJECT} {adv}(?:update~|refresh~|sync~) (?:in )?(?:real[- ]time|live|instantly)`,
    { p: `(?:the|our) (?:${MOD}){0,3}(?:computer|computers|system|systems|software|platform|portal) (?:will|does|do|would|can) not (?:let|allow|accept|take|do|process|handle)`, better: 'I’ll find another way to do this for you.' },
    '(?:until|unless) (?:the|our) (?:system|computer) (?:lets|allows|let|allow)',
    '(?:our|the) (?:computers?|systems?) (?:are|is) (?:slow|down|playing up)',
    '(?:our|the) (?:[a-z]+ ){0,3}system (?:lost|rejected|declined|deleted|blocked|flagged|cancel(?:l)?ed)',
    { p: `(?:according to|(?:as )?per|going by|based on(?= (?:our|my|what) )) (?:what )?${DET} (?:${MOD}){0,3}${CORE}`, better: 'Our records say …; if that’s wrong, I’ll correct it.' },
    // "In our CRM it clearly shows", "in the radiology register you are marked as", "in our admin panel I can see".
    `(?:in|on|within|from|at) (?:(?:our|the|my) (?:${MOD}){0,3})?(?:${NOUN}|end|side),? (?:i can see|we can see|i see|it {adv}(?:show~|say~|list~)|it {be} (?:written|noted|mentioned|stated)|(?:it|there|you|your [a-z-]+|the [a-z-]+) (?:{be}|has|have) {adv}(?:showing|shown|marked|listed|recorded|registered|logged|down|flagged|no))`,
    `{we} can (?:see|tell) (?:on|in|from) ${DET} (?:${MOD}){0,3}${NOUN}`,
    `(?:looking at|checked|looked at|pulled up|checking) (?:your|the|our) (?:${MOD}){0,2}(?:order|account|booking|${NOUN})(?: (?:right )?now| here)?,? and (?:(?:it|they) {adv}(?:say~|show~|state~|list~|confirm~|indicate~)|(?:the|your) (?:[a-z-]+ )?[a-z-]+ (?:shows?|is showing|is marked|is listed|was marked|was listed) as)`,
    // Evidence passive: "verified by our billing software", "flagged by our anti-cheat".
    `(?:verified|confirmed|validated|calculated|generated|set|recorded|logged|flagged|detected|registered|assessed|determined|captured|declined|rejected|assigned|produced|read) (?:automatically )?by ${DET} (?:${MOD}){0,3}${MACHINE}(?! (?:must|will|need|needs|are|can|may|should)\\b)`,
    '(?:transmitted|sent|recorded|logged|generated|captured|calculated|taken|read) automatically and (?:can not|could not|can never) be',
    '(?:gives|provides|is) an? (?:exact|accurate|precise|reliable|complete|true) (?:record|reading|log|picture)',
    // A status read out as fact: "you are down as a no-show", "shows as resolved on our side".
    '(?:you|it|this|that|they|he|she|(?:your|the|this) (?:[a-z-]+ )?[a-z-]+) (?:is|are|was|were|has been|have been) (?:marked|listed|registered|recorded|flagged|down) as',
    `(?:show(?:s|ed|ing|n)?) as (?:[a-z0-9'-]+ ){1,5}(?:on|in|at) (?:our|the|my) (?:[a-z-]+ ){0,2}(?:${NOUN}|side|end)`,
    '(?:is|are|was|were|been) (?:recorded|logged|registered|listed|noted) (?:against|on|to|under) (?:your|the) (?:[a-z-]+ ){0,2}(?:number|account|line|record|profile|name|file|address|order|booking|policy|meter)',
    '(?:(?:shows?|showed|showing)(?: as)?|(?:listed|logged|marked|recorded|registered) as) (?:successfully |already |fully )?(?:delivered|credited|paid|completed|redeemed|collected|signed for|received|returned|used|activated|settled|cancelled|canceled)(?! (?:by|on your|in your|within|once|when|after|for you)\\b)',
    // Absence read as proof: "there is no record of", "no credit offer was recorded".
    '(?:there is|there are|there was|there were|we have|we had|we hold|i can find|we can find|i could find|we could find) no (?:record|trace|log|note|entry|mention)s? of',
    '(?:there is|there are|there was|there were) no (?:[a-z-]+ ){1,2}(?:recorded|logged|listed|registered|on (?:file|record))',
    'computer says no',
    `according to what (?:we|i) (?:have|hold|can see)(?: (?:on (?:file|record)|(?:in|on) (?:our|the) ${NOUN}))?`,
    `(?:nothing|no record|no sign|no trace) (?:on|in|at) (?:our|the|my) (?:${MOD}){0,2}(?:${NOUN}|end|side) {adv}(?:show~|indicate~|suggest~|say~)`,
    '(?:it|this) (?:says|shows|is showing|is saying) (?:here|on (?:my|our) (?:screen|end|side|system))',
    '(?:on|at|from) (?:our|my) (?:end|side),? (?:everything|it|all|things) (?:looks?|seems?|is|are|was|were|has been) (?:fine|good|normal|ok|okay|correct|right|in order|(?:sent|processed|done|working|delivered|applied|set up) (?:correctly|fine|properly|normally))',
    '(?:everything|all|it|things) (?:on|at|from) (?:our|my) (?:end|side) (?:looks?|seems?|is|are) (?:fine|good|normal|ok|okay|correct|right|in order)',
    `(?:looking at|going by|from|having checked|checking|checked|i checked|we checked) (?:in |on )?(?:our|the) (?:${MOD}){0,2}${NOUN}[,:] (?:it|you|your|the|there|this|that|no)`,
    `(?:we|i) checked (?:in|on) (?:our |the )?${NOUN},? (?:it|you|your|the|there|this|that|no)`,
    `{we} have (?:it|this|that) (?:on (?:record|file)|(?:in|on) (?:our|the) ${NOUN})`,
    `{it} {be} all (?:there )?(?:in|on) (?:our|the) (?:${MOD}){0,2}${NOUN}`,
    `{it} {be} (?:in|on) (?:our|the) (?:${MOD}){0,2}${NOUN} as`,
    '(?:our|my) (?:end|side) {adv}(?:shows?|showed|says|said|confirms?|confirmed|indicates?|(?:has|had) (?:you|it|this|that|your|the|no|nothing|(?:[a-z0-9\'-]+ ){1,3}(?:as|down)))',
    // A check read out as a clean bill: "looks fine from our side", "line test came back green", "status page is green".
    '(?<!(?:should|will|would|must|to) be )(?:fine|good|normal|normally|ok|okay|clear|green|healthy|correct|correctly|in order) (?:from|on|at) (?:our|my) (?:end|side)(?! (?:now|again|too)\\b)',
    '(?<!why (?:our|the|my) )(?:test|tests|check|checks|diagnostics?|status page|status|dashboard|monitoring|scan) (?:all )?(?:came back|come back|returned|is|are|was|were|shows?|showed|showing|looks?) (?:all )?(?:green|clear|clean|fine|normal|ok|okay|healthy|all clear|with no (?:errors|faults|issues|problems))',
    // "the payment page is working without problem", "the app is working fine" (not "working fine now": a fix).
    `(?:the|our) (?:${MOD}){0,2}(?:page|site|website|system|systems|app|portal|platform|server|servers|service|checkout|form|network|line|api) (?:is|are|was|were) (?:working|functioning|running|operating) (?:fine|normally|perfectly|properly|correctly|as (?:normal|expected)|without (?:any )?(?:problems?|issues?|errors?|faults?))(?! (?:now|again)\\b)`,
    // Records as beyond doubt: "this timestamp is considered accurate", "updated automatically and accurate".
    '(?:is|are|was|were) (?:considered|deemed|regarded as|taken as|treated as) (?:accurate|reliable|conclusive|definitive|correct|final|proof)',
    '(?:updated|synced|refreshed|generated|calculated|recorded|logged) (?:automatically|in real[- ]time|live|constantly) and (?:are|is|were|was) (?:always )?(?:accurate|correct|reliable|up to date|right)',
    // "as far as our system's concerned", "as confirmed in the migration report".
    // What the agent sees, said as theirs: "As far as our database is concerned, no renewal exists" → "From what I can see, …".
    { p: `as far as (?:the|our|my) (?:${MOD}){0,2}${NOUN}(?:'s| is| are)? concerned`, better: 'from what I can see', swap: true },
    `as (?:confirmed|shown|recorded|logged|evidenced|verified|documented) (?:in|by|on) (?:the|our) (?:${MOD}){0,3}(?:systems?|records?|logs?|database|data|crm|ledger|register|tracking|account (?:history|notes|records?)|reports?|monitoring|footage|scans?|gps|cctv)`,
    `(?:i|we) (?:can not|could not|do not|did not) see (?:any|a|an) (?:[a-z-]+ ){0,2}(?:logged|recorded|registered|noted|on (?:your|the|our) (?:account|system|records?|file))`,
    `(?:automated|automatic|computeri[sz]ed) (?:and|so) (?:it |they )?(?:does not|do not|can not|never|will not|could not) {adv}${NEVER_WRONG}`,
    '(?:was|were|has been|have been|got) (?:automatically |auto-)(?:suspended|cancell?ed|canceled|closed|blocked|declined|rejected|flagged|locked|deactivated|removed|deleted|banned|frozen|terminated)',
    `{we} have (?:it|this|that|you) (?:logged|recorded|registered)(?= as| that| on| in|[ \\n]*[,.;])`,
    `{be} (?:all|clearly) (?:logged|recorded|noted|registered|there) (?:on|in|at) (?:our|the|my) (?:(?:${MOD}){0,2}${NOUN}|end|side)`,
    // Non-native "in system": "i see in system your order is delivered", "in the system is written that".
    '(?:see|saw|check|checked|look|looked) in (?:the )?(?:system|computer|database|records)',
    '(?:in|on) (?:the )?(?:system|computer|database) (?:is|it is|it) (?:written|showing|shows|says|noted|recorded)',
    // "there is no problem with the system", "confirmed no fault on the network".
    `(?:there is|there was|there are|there were|found|confirmed|detected|shows?|showed|showing|see|saw|with) no (?:[a-z-]+ )?(?:problems?|faults?|issues?|errors?|outages?) (?:with|on|in|at|across) (?:the|our) (?:(?:${MOD}){0,2}(?:system|systems|network|line|servers?|platform|app|site|website|service)|end|side)`,
    '(?:your|the) (?:line|connection|service|broadband|internet|router|card|account|payment method) (?:is|was) (?:working|functioning|running) (?:fine|normally|perfectly|properly|correctly|as (?:normal|expected)|without (?:any )?(?:problems?|issues?|errors?|faults?))(?! (?:now|again)\\b)',
    `(?:marked|listed|recorded|registered|flagged) (?:as )?[a-z-]+ by (?:the|our) (?:${MOD}){0,2}${MACHINE}`,
    `${SUBJECT} (?:has been|have been|was|were) (?:checked|reviewed|verified|audited|tested) and (?:is|are|was|were) {adv}${SURE}`,
    'according to (?:the )?(?:info|information|details|data) (?:we|i) (?:have|hold|can see)',
    // Machines that record everything: "our post room logs every item", "we weigh every parcel".
    '(?:log|record|scan|track|weigh|photograph|film|timestamp|time-stamp)(?:s|ed)? (?:every|each) (?:single )?(?:item|parcel|package|call|payment|delivery|order|transaction|visit|booking|letter|email|request|login|consignment)',
    '(?:shows?|showed|has|have|had|with) (?:a )?(?:valid|successful|confirmed|completed|genuine|signed) (?:proof of delivery|pod|delivery scan|scan|signature|gps (?:scan|location|fix)|delivery photo)',
    // "in our database the account email is now different", "in our monitoring we do not see any errors".
    `(?:in|on|from|at) our (?:(?:${MOD}){0,2}(?:systems?|records?|database|logs?|data|crm|ledger|register|notes|monitoring|tracking)|end|side),? (?:the|your|this|that) (?:[a-z0-9'-]+ ){1,4}(?:is|are|was|were|has|had|shows?)`,
    `(?:in|on|from) (?:our|the) (?:${MOD}){0,2}${NOUN},? (?:i|we) (?:do not|can not|could not|did not|not|do|can) (?:see|find|have) (?:any|no|nothing)`,
    '{it} {be} (?:just )?(?:computer|system)[- ]generated',
    // Bare record nouns: "logs show", "system says".
    '(?:logs|records|data|readings|proof of delivery|system|systems|computer) {adv}(?:showing|saying|show(?:s|ed|n)?|indicate[sd]?|confirm(?:s|ed)?|says?|said|state[sd])',
    'no (?:[a-z-]+ ){1,3}(?:was|were|has been|have been|is|are) (?:recorded|logged|registered|noted)',
  ],
  // The record quoted as a verdict becomes the record owned, doubted and checked, in the agent's
  // words: where the customer says it is wrong or is upset, or where no customer message shows
  // (a saved reply); a routine status ("the tracking shows it is out for delivery") needs no doubt.
  rewrites: [
    // A record said to contradict the customer and nothing more ("The log proves otherwise.", "If
    // you think that's wrong, the data says otherwise."): what the record shows, allowing it may be
    // wrong; a lead that only sets up the contradiction goes with it. (argue-defend turns the same
    // words where it flags them too, and the one Swap serves both.)
    { when: `${SUBJECT} ${SAYS_OTHERWISE_VERB}`, restIs: OTHERWISE, better: 'our records show something different, but they may be wrong, so I’m checking' },
    { when: `${SUBJECT} ${SAYS_OTHERWISE_VERB}`, afterSubject: IF_YOU_THINK, subjectGoes: true, restIs: OTHERWISE, better: 'our records show something different, but they may be wrong, so I’m checking' },
    // "On our end it's showing a shortfall of £410", "On our side it's showing as paid": what the
    // records show, said as the records', doubted where the customer disputes it; plainly seen where not.
    { when: ON_OUR_IT, restIs: `(?!(?:as|that)\\b)[^ ,;:]${HELD_TAIL}`, better: 'our records show {rest}, but they may be wrong, so I’m checking', onlyIf: DISPUTED },
    { when: ON_OUR_IT, restOpens: 'that', restIs: `[^ ,;:]${HELD_TAIL}`, better: 'our records show {rest}, but they may be wrong, so I’m checking', onlyIf: DISPUTED },
    { when: ON_OUR_IT, restOpens: 'as', restIs: `[^ ,;:]${HELD_TAIL}`, better: 'our records show it as {rest}, but they may be wrong, so I’m checking', onlyIf: DISPUTED },
    // (Nothing disputed: what the agent draws from it, "…, so the new amount starts next month", stays.)
    { when: ON_OUR_IT, restIs: `(?!(?:as|that)\\b)[^ ,;:]${HELD_TAIL}`, better: 'I can see {rest}{cut}' },
    { when: ON_OUR_IT, restOpens: 'that', restIs: `[^ ,;:]${HELD_TAIL}`, better: 'I can see {rest}{cut}' },
    // The record as the reason given, in a clause of its own ("The warranty claim was declined
    // because the service records show the oil was never changed"): the reason kept as written,
    // the doubt owned after it, where the customer disputes it.
    {
      when: `${SUBJECT} {adv}(?:show(?:s|ed)?|indicate[sd]?|says?|said|state[sd]|confirm(?:s|ed)?|list(?:s|ed)|record(?:s|ed)|logged)`,
      afterSubject: BECAUSE,
      restIs: `[^ ,;:]${HELD_TAIL}`,
      better: '{words} {rest}, though that may be wrong, so I’m checking',
      onlyIf: DISPUTED,
    },
    // "Our booking system shows the engineer attended at 11:40" (a record read out, not a machine's act).
    {
      when: `(?:(?:in|on) (?:our|the|my) (?:${RMOD}){0,3}${NOUN},? it {adv}|${SUBJECT} {adv}(?:(?:has|have) )?)(?:show(?:s|ed|n)?|indicate[sd]?|says?|said|state[sd]|confirm(?:s|ed)?|list(?:s|ed)|reflect(?:s|ed)?|suggest(?:s|ed)?)(?: that)?`,
      better: 'our records show {rest}, but they may be wrong, so I’m checking', onlyIf: DISPUTED,
    },
    { when: `${SUBJECT}(?:'s| is| are) {adv}(?:saying|showing|indicating|listing)(?: that)?`, better: 'our records show {rest}, but they may be wrong, so I’m checking', onlyIf: DISPUTED },
    // A record cited before a clause that quotes a record again ("As per our records, the system
    // shows it was delivered"): the lead says it twice; it goes, and the clause keeps its own Swap.
    {
      when: `(?:according to|(?:as )?per|going by) (?:what )?${DET} (?:${RMOD}){0,3}${CORE}`,
      leadsIn: '',
      leadJoins: `,(?=[ \\t]+(?:the|our) (?:${RMOD}){0,3}${CORE} (?:clearly |also |still |only )?(?:show(?:s|ed)?|say(?:s)?|indicate(?:s|d)?|state(?:s|d)?|confirm(?:s|ed)?|list(?:s|ed)?)\\b)`,
      first: true,
      better: '',
    },
    { when: `(?:according to|(?:as )?per|going by) (?:what )?${DET} (?:${RMOD}){0,3}${CORE}`, better: 'our records show {rest}, but they may be wrong, so I’m checking', onlyIf: DISPUTED },
    // "The payments platform has no record of a card payment on 3 May", "there is no record of a closure request".
    { when: `${SUBJECT} (?:has|have|had) no`, better: 'I can’t find any {rest} yet, but that may be our error, so I’m checking', onlyIf: DISPUTED },
    { when: '(?:there is|there are|there was|there were|we have|we had|we hold|i can find|we can find|i could find|we could find) no (?:record|trace|log|note|entry|mention)s? of', better: 'I can’t find a record of {rest} yet, but that may be our error, so I’m checking', onlyIf: DISPUTED },
    { when: `${SUBJECT} (?:does|do) not {adv}(?:show|list|have|record)`, better: 'I can’t see {rest} on our side yet, but that may be our error, so I’m checking', onlyIf: DISPUTED },
    // "The booking software has you down as a no-show for the 8th": what the records have them
    // down as, allowing they may be wrong.
    {
      when: `${SUBJECT} {adv}(?:still )?(?:has|have|had) (?<who>you|him|her|them|it)`,
      restIs: '(?:down (?:as|for)|as|marked|listed|registered|recorded|booked|added|logged|noted|placed) (?:(?! and ).)+',
      better: 'our records have {who} {rest}, but they may be wrong, so I’m checking',
      onlyIf: DISPUTED,
    },
    // The same with the verdict settled from it ("…has you down for one night only, 12 July, and
    // that's what was paid for"): the record is used as proof, so its doubt is owned.
    {
      when: `${SUBJECT} {adv}(?:still )?(?:has|have|had) (?<who>you|him|her|them|it)`,
      restIs: '(?:down (?:as|for)|as|marked|listed|registered|recorded|booked|added|logged|noted|placed) (?:(?! and ).)+',
      cutIs: SETTLED,
      better: 'our records have {who} {rest}, but they may be wrong, so I’m checking',
    },
    // A record logged by a machine ("The driver's scanner logged an attempt at 3:12pm"): the
    // thing logged is what the records show. Past tense only ("the platform captures every
    // cancellation" is how it works, not a record), with what was logged right after it ("the
    // reading recorded at return was 3/4" is a noun), and one clause: "…and it doesn't make mistakes".
    // ("has you down as" is left: its "as" reads as a clause that turns.)
    { when: `${SUBJECT} {adv}(?:logged|recorded|registered)`, restIs: '(?:an?|the|your|\\d[^ ]*|no|one|two|three) (?:(?! and ).)+', better: 'our records show {rest}, but they may be wrong, so I’m checking', onlyIf: DISPUTED },
    { when: `${SUBJECT} {adv}(?:logged|recorded|registered)`, restIs: '(?:an?|the|your|\\d[^ ]*|no|one|two|three) (?:(?! and ).)+', better: 'I can see {rest} in our records' },
    // A record claimed beyond doubt, in a sentence of its own ("The system does not make
    // mistakes.", "The tracking is accurate."): the claim goes, the record's facts stay where
    // the agent gave them.
    {
      when: CLAIM_WORDS,
      restIs: `(?:here|on this|on that|in this case|either|${ABOUT_THESE}|I(?:'|’)m afraid|with (?:dates|times|payments|amounts|figures)|and I see no reason to doubt (?:it|them|this))?`,
      whole: true,
      better: '',
      // Joined by "and" to the record it vouches for ("…at 09:52, and this record is conclusive"): it goes with its "and".
      joined: '',
    },
    // The claim with the verdict drawn from it ("The GPS data is accurate, so the bus did not leave
    // early.", "I checked and the reading is correct, so you are wrong about this"): both give way
    // to the doubt owned. Only a verdict ("so", "therefore"): after ", and" come the record's
    // own facts ("…accurate, and it places the delivery at your address"), which are kept.
    {
      when: CLAIM_WORDS,
      restIs: `(?:here|on this(?: one)?|on that|in this case|with dates|${ABOUT_THESE})?`,
      // (Not a decision said to stand: "…, so the cancellation stands" keeps no clause Swap.)
      // Nor a reassurance drawn from it ("…, so you can count on it"): no verdict against anyone.
      cutIs: '(?:and )?(?:so|therefore|hence|thus|which means)\\b(?![^,;]*\\b(?:stands|stays|remains)\\b)(?! you can (?:count|rely|depend) on\\b)',
      better: 'our records may be wrong, so I’m checking again',
      onlyIf: ARGUED,
    },
    // The same where the customer's words say no more than the problem, but the verdict settles
    // it from the record ("The records are exact, so the coins were used by your account").
    {
      when: CLAIM_WORDS,
      restIs: `(?:here|on this(?: one)?|on that|in this case|with dates|${ABOUT_THESE})?`,
      cutIs: SETTLED,
      better: 'our records may be wrong, so I’m checking again',
    },
    // The same claim where it cannot go as a sentence of its own ("Hello, the data is correct.",
    // "I checked again and the portal is correct."): the doubt owned in its place.
    {
      when: CLAIM_WORDS,
      restIs: `(?:here|on this|on that|in this case|either|${ABOUT_THESE})?`,
      whole: true,
      better: 'our records may be wrong, so I’m checking again',
      onlyIf: DISPUTED,
    },
    // A claim that leads by a colon into facts that quote no record again ("The ledger is
    // unambiguous here: the £500 left your account at 09:14"): the claim goes, the facts open.
    // (Where they quote one, "…: the readings show…", the claim stays, as below.)
    {
      when: CLAIM_WORDS,
      leadsIn: '(?: (?:here|on this(?: one)?|on that|in this case))?',
      leadJoins: ":(?![^.!?\\n]{0,200}\\b(?:shows?|showed|shown|says|said|states?|stated|confirms?|confirmed|records?|recorded|logs?|logged|lists?|listed|indicates?|indicated)\\b)",
      better: '',
    },
    // The claim only leads into the record's own facts ("The transaction log doesn't lie, there's
    // only one payment to Tesco on Saturday.", "the logs are conclusive on this one, your account
    // sent 140 messages"): the claim goes, the facts open the sentence. Not before "so", "and" or
    // "but" (a verdict or a second clause, not the facts), nor "you" ("…, you've misread it"). Not
    // before a colon: what follows reads as the record quoted again ("…: the readings show…").
    // Nor before a pronoun that stood for the record ("The system is correct, it has all the
    // payments."): with the claim gone it would stand for nothing (read blind).
    {
      when: CLAIM_WORDS,
      leadsIn: '(?: (?:here|on this(?: one)?|on that|in this case))?',
      leadJoins: ',(?![ \\t]+(?:and|but|so|or|which|then|because|as|though|although|you|it|its|they|their|them|this|these|those)\\b)',
      better: '',
    },
    // Nothing disputed: no hedge on a routine status (a reader found it odd), only the agent
    // saying what they see instead of quoting the machine.
    {
      when: `(?:(?:in|on) (?:our|the|my) (?:${RMOD}){0,3}${NOUN},? it {adv}|${SUBJECT} {adv}(?:(?:has|have) )?)(?:show(?:s|n)?|indicates?|says|states?|confirms?|lists?|reflects?)(?: that)?`,
      better: 'I can see {rest}',
    },
    { when: `${SUBJECT}(?:'s| is| are) {adv}(?:showing|indicating|listing)(?: that)?`, better: 'I can see {rest}' },
    { when: `(?:according to|(?:as )?per|going by) (?:what )?${DET} (?:${RMOD}){0,3}${CORE}`, better: 'I can see {rest}' },
    { when: '(?:there is|there are|there was|there were|we have|we had|we hold|i can find|we can find|i could find|we could find) no (?:record|trace|log|note|entry|mention)s? of', better: 'I can’t find a record of {rest}' },
    { when: `${SUBJECT} (?:does|do) not {adv}(?:show|list|have|record)`, better: 'I can’t see {rest} on our side' },
    // Records quoted with other verbs ("The gate data holds no tap-in from your card that
    // morning", "The driver's handheld records 'access issue' at 10:14", "The card reading proves
    // that you were present", "The computer's telling me your access was blocked"): what they hold
    // is what our records show, allowing they may be wrong. What follows must be the thing held
    // (a determiner, a figure, a quote, "that"), in one clause: a claim joined after it ("…and its
    // detections are always accurate") would be doubted and vouched for at once.
    // A record said to prove what the customer denies ("The card reading proves that you were
    // present"): a verdict in itself, so the doubt is owned whatever the customer wrote.
    { when: `${SUBJECT} {adv}(?:proves|proved)(?: that)?`, restIs: HELD_REST, better: 'our records show {rest}, but they may be wrong, so I’m checking' },
    { when: `${SUBJECT} {adv}(?:${HELD})|${SUBJECT}(?:'s| is) {adv}telling (?:me|us)(?: that)?`, restIs: HELD_REST, better: 'our records show {rest}, but they may be wrong, so I’m checking', onlyIf: DISPUTED },
    { when: '(?:your|the) (?:order )?confirmation (?:lists|shows|says|states)', restIs: HELD_REST, better: 'our records show {rest}, but they may be wrong, so I’m checking', onlyIf: DISPUTED },
    // The same where the reply draws a verdict from it against the customer ("Your order
    // confirmation lists a size 8, which means a size 8 was selected at checkout").
    { when: '(?:your|the) (?:order )?confirmation (?:lists|shows|says|states)', restIs: HELD_REST, cutIs: '(?:which means|so|therefore)\\b', better: 'our records show {rest}, but they may be wrong, so I’m checking', onlyIf: ARGUED },
    // A record read out with its verdict after "which is" ("The driver's handheld records 'access
    // issue' at 10:14, which is a valid failed-delivery reason"): the record doubted, the verdict gone.
    {
      when: `${SUBJECT} {adv}(?:${HELD})`,
      restIs: `(?<held>${HELD_REST}), which is (?:a|an) (?:valid|accepted|legitimate|genuine|standard) [^,]+`,
      better: 'our records show {held}, but they may be wrong, so I’m checking',
      onlyIf: ARGUED,
    },
    // "Our order database has your old address on this order": what the records have of theirs.
    { when: `${SUBJECT} {adv}(?:still )?(?:has|have|had) (?<who>your|his|her|their)`, restIs: `(?!(?:own|only)\\b)[^ ,;:]${HELD_TAIL}`, better: 'our records have {who} {rest}, but they may be wrong, so I’m checking', onlyIf: DISPUTED },
    // "Your meter is registered as not communicating on our platform": the status is the records', not a fact.
    { when: REGISTERED_AS, restIs: `[^ ,;:]${HELD_TAIL}`, better: 'our records show {who} as {rest}, but they may be wrong, so I’m checking', onlyIf: DISPUTED },
    // Nothing disputed: the agent says what they see, as for "shows" below.
    // (Not "proves": what it proves is a verdict, not a thing seen.)
    { when: `${SUBJECT} {adv}(?:${HELD})|${SUBJECT}(?:'s| is) {adv}telling (?:me|us)(?: that)?`, restOpens: 'no', restIs: `[^ ,;:]${HELD_TAIL}`, better: 'I can’t see any {rest}' },
    { when: `${SUBJECT} {adv}(?!prove)(?:${HELD})|${SUBJECT}(?:'s| is) {adv}telling (?:me|us)(?: that)?`, restIs: `(?!no\\b)${HELD_REST}`, better: 'I can see {rest}' },
    { when: `${SUBJECT} {adv}(?:still )?(?:has|have|had) (?<who>your|his|her|their)`, restIs: `(?!(?:own|only)\\b)[^ ,;:]${HELD_TAIL}`, better: 'I can see {who} {rest}' },
    { when: REGISTERED_AS, restIs: `[^ ,;:]${HELD_TAIL}`, better: 'I can see {who} {how} as {rest}' },
    // "On our end the invoice is showing as unpaid", "In our database the account email is now
    // different": what the records show, said as the records' (the subject is the pattern's own
    // plain words: "the invoice", "your registration").
    { when: `${IN_OUR}(?<what>${WHAT})(?:is|are) (?:showing|shown|listed|marked)`, restIs: `as ${HELD_TAIL}`, better: 'our records show {what}{rest}, but they may be wrong, so I’m checking', onlyIf: DISPUTED },
    { when: `${IN_OUR}(?<what>${WHAT})(?<be>is|are)`, restIs: `[^ ,;:]${HELD_TAIL}`, better: 'our records show {what}{be} {rest}, but they may be wrong, so I’m checking', onlyIf: DISPUTED },
    { when: `${IN_OUR}(?<what>${WHAT})(?<be>is|are)`, restIs: `(?!as\\b)[^ ,;:]${HELD_TAIL}`, better: 'I can see {what}{be} {rest}' },
    // "It's clear from the sign-up record that no promo code was entered": the pronoun goes with the claim.
    { when: 'clear from (?:the|our|your) (?:[a-z-]+ )?(?:record|records|log|logs|system|data|history)', afterSubject: "it(?:'s|’s| is)", subjectGoes: true, restOpens: 'that', restIs: HELD_TAIL, better: 'our records show {rest}, but they may be wrong, so I’m checking', onlyIf: DISPUTED },
    { when: 'clear from (?:the|our|your) (?:[a-z-]+ )?(?:record|records|log|logs|system|data|history)', afterSubject: "it(?:'s|’s| is)", subjectGoes: true, restOpens: 'that', restIs: HELD_TAIL, better: 'I can see {rest}' },
    // Nothing disputed: an absence read out plainly ("Our document system has no record of a claim form").
    { when: `${SUBJECT} (?:has|have|had) no`, better: 'I can’t find any {rest} on our side' },
    // "The system won't let me change the date": the agent finds another way, as the rule's own better move says.
    {
      when: `(?:the|our) (?:${MOD}){0,3}(?:computer|computers|system|systems|software|platform|portal) (?:will|does|do|would|can) not (?:let|allow)`,
      restOpens: '(?:me|us)(?: to)?',
      restIs: '(?<act>[^,;:]+?)(?: for you)?',
      whole: true,
      better: 'I’ll find another way to {act} for you',
    },
    // "I can see on our system that the refund went out on 3 May": what the agent sees, said as theirs;
    // doubted where the customer disputes it.
    { when: `{we} can (?:see|tell) (?:on|in|from) ${DET} (?:${MOD}){0,3}${NOUN}`, restOpens: 'that', better: 'our records show {rest}, but they may be wrong, so I’m checking', onlyIf: DISPUTED },
    { when: `{we} can (?:see|tell) (?:on|in|from) ${DET} (?:${MOD}){0,3}${NOUN}`, restIs: '(?!that\\b)[^,;:]+', better: 'our records show {rest}, but they may be wrong, so I’m checking', onlyIf: DISPUTED },
    { when: `{we} can (?:see|tell) (?:on|in|from) ${DET} (?:${MOD}){0,3}${NOUN}`, restOpens: 'that', better: 'I can see {rest}' },
    { when: `{we} can (?:see|tell) (?:on|in|from) ${DET} (?:${MOD}){0,3}${NOUN}`, restIs: '(?!that\\b)[^,;:]+', better: 'I can see {rest}' },
    // A machine's act read out against a customer who disputes it ("Our system automatically flagged
    // the transaction as fraud", "The system calculated the fee automatically, so I can't change
    // it"): the agent's clause kept as written, the doubt owned after it; a verdict drawn from it goes.
    {
      when: `${SUBJECT} {adv}(?:automatically )?(?:flagged|declined|rejected|blocked|cancell?ed|suspended|calculated|assessed|assigned|placed|marked|detected|identified|determined|decided)`,
      restIs: `(?!(?:that|as if|because)\\b)(?!${CLAIM_WORDS})[^ ,;:]${HELD_TAIL}`,
      better: '{words} {rest}, but that may be wrong, so I’m checking',
      onlyIf: DISPUTED,
    },
  ],
  // A sentence the second opinion reads as a record quoted as proof, with no phrase the frames
  // know: the record kept as the agent wrote it, its verdict ("…, so the fee is correct") given
  // way to the owned doubt. Not where the sentence vouches for the record ("…is accurate",
  // "…automatically", "…doesn't lie") or claims how it always works ("…logs every item"); a
  // claim tacked on after the record ("…and it doesn't make mistakes") goes with the verdict:
  // doubting it in the same breath contradicts it. Nor where it already turns, or promises.
  // The frames' flags take it too, where no clause rewrite reads: the doubt owned is a hedge the
  // rule reads, so the Swap clears them.
  sentenceRewrites: [
    // The verdict after how a thing works goes; the design stays (../design-verdict.ts).
    DESIGN_FACT_VERDICT,
    {
      cut: `,? (?:and )?(?:so|therefore|hence|thus)\\b${FIGURE_KEPT}|,? which (?:shows|is what|proves|settles|confirms)\\b${FIGURE_KEPT}|;|, and (?:the|this|that|it|its|every|as)\\b(?!(?:'|’)s why\\b| is why\\b)|, which (?:is|was|would be) (?:not |in)?consistent\\b|,? and (?:it|they) (?:doesn(?:'|’)t|does not|don(?:'|’)t|do not|never) make (?:mistakes|errors)\\b|,? which (?:doesn(?:'|’)t|does not|never) makes? (?:mistakes|errors)\\b|, this (?:report|record) is accurate\\b`,
      unless: SENTENCE_UNLESS,
      ends: ', but that may be wrong, so I’m checking.',
      onlyIf: DISPUTED,
    },
    // The same, where the customer's message says no more than that they have a problem, but
    // the agent draws a verdict from the record against it ("…at 13:20 with a photo of your door,
    // so the attempt is valid."), or the reply argues, blames or refuses: the doubt is owned. (A
    // routine question about the record, or a routine status with no verdict, is left.)
    {
      cut: `,? (?:and )?(?:so|therefore|hence|thus)\\b${FIGURE_KEPT}|,? which (?:proves|settles|confirms)\\b${FIGURE_KEPT}`,
      mustCut: true,
      unless: SENTENCE_UNLESS,
      ends: ', but that may be wrong, so I’m checking.',
      onlyIf: ARGUED,
    },
    // A record vouched for as beyond doubt ("The GPS data is accurate, so the bus did not leave
    // early.", "Our anti-cheat system can't be wrong on this, so the ban stays."): the claim and
    // the verdict drawn from it give way to the doubt owned, the record named as the agent named
    // it. Only where nothing of the record's own facts follows the claim (", your account sent 140
    // messages" stays unswapped), and where the kept words are the record alone.
    // A claim joined on after the record ("…in your internal extension wiring, and our records of
    // the visit are final.", "…on 12 May and its detections are always accurate."): it goes, as
    // the verdict does above, and the record is doubted.
    {
      cut: `(?:,? and|,) (?:(?:our|the|this|these|those|its|their)(?: [a-z-]+){1,4}|it|they|which)${CLAIM}${CLAIM_TAIL}$`,
      mustCut: true,
      // The kept words must read a record out ("…records the fault as…", "…detected third-party
      // software…"): "The engine takes account of many factors" is no record to doubt.
      unless: `${SENTENCE_UNLESS}|^(?!.*\\b(?:shows?|showed|shown|records|recorded|logged|logs|registered|registers|detected|lists|listed|captured|holds|held|says|said|states|stated|confirms|confirmed)\\b)`,
      ends: ', but that may be wrong, so I’m checking.',
      onlyIf: ARGUED,
    },
    {
      cut: `${MADE_BY_MACHINE}${CLAIM}${CLAIM_TAIL}$`,
      mustCut: true,
      unless: "^(?!(?:the|our|these|those|this|my) )|\\b(?:and|or|is|are|was|were|has|have|had|i|we|you|it|which|who|but|so|if|not|no|that)\\b|[,;:()]",
      ends: ' may be wrong, so I’m checking again.',
    },
    // A record read out with a verdict that settles the matter against the customer ("Tracking
    // confirms it was left in your safe place at 10:48 with a photo, so it has been delivered."):
    // the record used as proof, so its doubt is owned whatever the customer's words.
    {
      cut: `,? ${SETTLED}`,
      mustCut: true,
      unless: SENTENCE_UNLESS,
      ends: ', but that may be wrong, so I’m checking.',
    },
    // A record's fact with a claim tacked on ("The record was countersigned by our handling agent
    // and is conclusive on this point."): the fact stays, the claim goes.
    {
      cut: ' and (?:is|are|was|were) (?:conclusive|accurate|correct|final|definitive|reliable|exact)(?: on this(?: point| matter)?| here)?$',
      mustCut: true,
      unless: SENTENCE_UNLESS,
      ends: '.',
    },
  ],
  // Hedged or reversed: the agent already allows that the record may be wrong, or sides with the customer.
  // A record quoted, then owned in the next sentence ("…has no cancellation logged. That's our
  // mistake, not yours"), is the agent admitting the record may be wrong.
  hedgedInNextSentence: true,
  // The record doubted once for the whole reply, a few sentences from where it is quoted (new
  // writers, batches xa/xb): "…after it showed delivered. Thanks for checking with the neighbours.
  // The driver's scan says front door, but scans are sometimes wrong, so …".
  unlessReply: [
    '\\b(?:are|is|can be|were) (?:sometimes|often|occasionally) (?:wrong|inaccurate|mistaken)\\b',
    // Not the customer's memory doubted ("you may be mistaken about the time"): the record stood on.
    '(?<!\\byou )\\b(?:may|might|could|can) (?:be|have been) (?:wrong|mistaken|incorrect)\\b',
    '\\bnot always (?:right|accurate|correct|reliable)\\b',
  ],
  unlessSentence: [
    // Frames from batches wq/wr (tune): sorry for what the screen showed; the customer's own record
    // held the better one; the record pointed to so the customer can look ("could you try there?").
    '\\bsorry (?:that )?(?:the|our) (?:[a-z-]+ )?(?:app|site|website|system|screen|page|tracker|tracking|portal|feed|display|board|report|letter|invoice|bill|statement)s? (?:(?:only |still )?(?:showed|shows|is showing|said|says|displayed|displays|gave|listed|lists))\\b',
    '\\b(?:is|was|would be) the better (?:record|guide|evidence)\\b',
    '\\b(?:could|can|would) you (?:please )?(?:try|check|look|have a look) (?:there|at|in|with|again)\\b',
    // The fault owned as ours: "the problem is on our end: the batch wasn't transferred" cites no record against them.
    '\\b(?:problem|issue|fault|error|mistake|glitch|bug|failure) (?:is|was|lies|lay|sits|sat) (?:(?:entirely|squarely|firmly|clearly) )?(?:on|at|with) (?:our|my) (?:end|side)\\b',
    // The agent allows that the record may be wrong.
    '\\b(?:may|might|could|can) (?:be|have been) (?:wrong|mistaken|incorrect|an error|a mistake|out of date|a glitch|a delay|an estimate|estimated|a misread|misread|a mis-?scan|a wrong scan|a typo|a duplicate)',
    '\\b(?:may|might|could) (?:not|well not) (?:be|have been) (?:accurate|right|correct|the whole|complete|up to date|reliable|fully|properly|correctly)',
    // Not what may have happened to the goods after ("it may have been taken in by a neighbour").
    '\\b(?:may|might|could) (?:well )?have been\\b(?! (?:taken|left|collected|picked up|stolen|moved|handed|signed for|put|placed|thrown|misplaced|mislaid))',
    '\\b(?:are|is|can be|were) (?:sometimes|often|occasionally) (?:wrong|inaccurate|out|off|mistaken)',
    '\\bnot always (?:right|accurate|correct|reliable|up to date|complete)\\b',
    '\\b(?:does|do) not always\\b',
    '\\b(?:is|are) not (?:perfect|infallible|always right)\\b',
    '\\b(?<!(?:think|believe|feel|say|said) )(?:it|that|this|they|which|record|records|system|systems|data|tracking|scan|status|screen|app|log|logs|entry|flag|alert|reading|readings|estimate|figure|result|match|block) (?:was|were|is|are|looks|look|seems|seem|may be|might be) (?:clearly |obviously )?(?:wrong|incorrect|mistaken|inaccurate|out of date)\\b',
    '\\b(?:that|it|this|which|they|something) (?:is|are|was|were) (?:clearly |obviously )?not (?:right|correct|accurate)\\b',
    '\\b(?:does not|do not|did not) (?:match|add up|sound right|look right|seem right)\\b',
    '\\bgot (?:this|it|that|things) wrong\\b',
    '\\b(?:logged|recorded|entered|marked|scanned|keyed|put) (?:it|this|that|you|them) (?:in )?wrong\\b',
    '\\b(?:made|makes) (?:a|an) (?:mistake|error)\\b',
    // Filed under the wrong thing, or a machine that had a fault: the record owned as wrong.
    '\\b(?:logged|recorded|entered|filed|registered|put|booked|raised) (?:against|under|to|on|with|as) (?:the |a )?wrong\\b',
    '\\b(?:system|systems|till|terminal|server|servers|scanner|app|website|site|portal|software|handheld) (?:had|has had|developed) (?:a |an )?(?:fault|glitch|bug|outage|error|problem)\\b',
    // Not the customer's word for it, waved away ("stop claiming it was a bug", "it was not a glitch").
    '\\b(?<!(?:claim|claiming|claimed|say|saying|insist|insisting|suggest|suggesting|not|never|no) (?:(?:it|this|that) (?:was|is) )?)(?:a|the|some|known) (?:glitch|bug|system error|sync error|technical (?:issue|fault|error|problem))\\b',
    '\\bsomething (?:has )?(?:gone|went|is) wrong\\b',
    // The record doubted in the agent's own words (tune, batches wj-wz): "I suspect that estimate is
    // where this has gone wrong", "our meter data has gone wrong", "which doesn't square with what
    // you saw, so something's off", "I'm not ruling it out".
    '\\b(?:i|we) (?:suspect|doubt|wonder|am not sure|are not sure|am not convinced|are not convinced|question)\\b',
    '\\b(?:has|have|may have|might have|could have) (?:gone|got) (?:wrong|muddled|mixed up|out of sync)\\b',
    '\\b(?:something|it|that|this|the (?:[a-z-]+ )?(?:data|record|records|reading|log|figure|status)) (?:is|was|looks|seems|feels) (?:a bit |slightly )?off\\b',
    '\\b(?:does not|do not|did not) (?:square|tally|line up|fit) with\\b',
    '\\bnot (?:ruling|rule) (?:it|that|this|anything) out\\b',
    '(?<!\\bno )\\b(?:mistake|error|fault|glitch|problem|issue|gap|failing|oversight|lapse|slip) on our (?:side|end|part)\\b',
    '\\b(?:our|my) (?:mistake|fault|error|glitch|bug|doing)\\b',
    '\\b(?:that|this|it) is on us\\b',
    '\\b(?:mistake|error|glitch|bug|fault) in our (?:system|systems|records|billing|app)\\b',
    '\\b(?:display |system )?bug on our (?:side|end)\\b',
    '\\b(?:possible|possibly|chance) (?:that )?(?:our|the|there|it)\\b',
    '\\bif (?:that|this|it) is (?:wrong|not right|incorrect)',
    '\\bmore likely\\b',
    '\\bat face value\\b',
    '\\btak(?:e|ing) your word for it\\b',
    // The agent checks rather than trusting it.
    // The record questioned, in this sentence or the next (new writers, batches xa/xb): the agent
    // sets out to learn why it says what it says ("I've raised it with billing to find out why"),
    // or sets the customer's account of it beside the record ("since you say your bank shows it
    // went through").
    '\\b(?:to|and|will|am going to|so (?:i|we) can) (?:find out|work out|get to the bottom of) (?:why|what happened|what went wrong|whether|if)\\b',
    '\\b(?:since|as|while|though|and) you (?:say|said|have said|are saying|tell me|told me|mention|mentioned)\\b',
    '\\b(?:do not|would not) want to (?:rely|go by)\\b',
    '\\b(?:rather than|instead of) (?:relying|going by|trusting|taking)\\b',
    '\\bnot (?:going to|gonna) (?:rely|go by|trust|take)\\b',
    '\\b(?:let me|i will|we will|i am going to|we are going to|i am|we are|i want to|i would like to|i need to) (?:check|checking|verify|verifying|double-check|double-checking|look into|looking into|confirm|investigate|investigating|query|querying|make sure)\\b',
    "\\b(?<!(?:please|pls|plz|you|kindly) )double[- ]check",
    '\\basked (?:the|our) (?:[a-z]+ ){1,2}to (?:check|confirm|verify|look)',
    // The record sent for, not stood on: "I've asked our payments partner for the terminal records".
    '\\b(?:asked|requested|requesting|asking|chased|chasing) (?:(?:the|our|their) )?(?:[a-z-]+ ){0,3}for (?:the|their|its|a copy of the) (?:[a-z-]+ ){0,2}(?:records?|logs?|data|footage|readings?|scans?)\\b',
    // The agent sides with the customer.
    '\\b(?:although|even though|though|even if|whilst) (?:our|the|my|it|this|that)\\b',
    '\\bbut you (?:say|said|have said|are saying|tell me|told me|have told|mention|mentioned|have mentioned)\\b',
    '\\byou (?:have )?told me\\b',
    // "Our records show X, but …": writers who quote the record and then turn it.
    // (Not "sorry, but our records show", nor "but you must have missed it".)
    '\\bbut\\b(?! (?:our|the|my|according|as per|per|i can see|we can see|looking|i (?:would|must|should|have to|need to) (?:point out|note|stress|remind|add)|you (?:must|should|need|will need|would have|failed|forgot|did not|have to)|it is (?:your|up to you))\\b)',
    // Not a point pressed against them ("but I would point out that no call is logged either").
    '\\bbut i (?:have|will|am|believe|trust|do not|would(?! (?:point out|note|stress|remind|add|say))|want|think|know)\\b',
    '[;,] however,? (?:that|this|it|if|you|your|i|we|there)\\b',
    '\\b(?:i|we) (?:believe|trust) you\\b',
    '\\btake your word\\b',
    '\\byou (?:are|were) (?:absolutely |quite |completely |totally |entirely )?(?:right|correct)\\b',
    '\\b(?:exactly |just )?as you (?:said|say|described|told us|told me|mentioned|reported)\\b',
    '\\b(?:confirms?|confirmed|matches|match|matched|backs? up|supports?) what you\\b',
    '\\bin your favou?r\\b',
    // The record is used for the customer: the agent puts it right in the same breath.
    '\\b(?:so|and|which is why) (?:i|we) (?:have |will |am going to |are going to |can |have now |will now |have already )?(?:now |just |also )?(?:refund|credit|waive|remov|revers|correct|fix|rebook|replac|unlock|unblock|reinstat|restor|appl(?:y|ied)|cancel(?:led|ed)? (?:the|that|this|your) (?:fee|charge|penalty|fine))',
    '\\b(?:should not|should never|must not) have (?:happened|been)\\b',
    '\\bnot good enough\\b',
    '\\b(?:wrongly|incorrectly|by mistake|in error|mistakenly)\\b',
    // The record after the agent's own fix.
    '\\bnow (?:shows?|says?|lists?|reflects?)\\b',
    // Reported speech: "being told 'the computer says no' explains nothing".
    '\\b(?:told|tell|telling|heard|hear|hearing)(?: you| me| us| them)?,? [\'"]',
    '\\b(?:explains|means|proves) nothing\\b',
  ],
};
