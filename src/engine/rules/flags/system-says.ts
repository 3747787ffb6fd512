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
import type { FlagRuleData } from '../types';

/** Nouns for systems, machines and the records they keep. */
const NOUN =
  "(?:computers?|systems?|records?|logs?|log files?|database|databases|data|portal|app|apps|application record|website|site|dashboard|screens?|tracking|tracker|account|(?:account|case|call|customer|booking|order|delivery|ticket|file) notes?|history|file|ledger|register|crm|erp|ehr|emr|platform|tools?|audit trail|gps|scans?|scanner|sensors?|cctv|cameras?|footage|meters?|readings?|statement|software|engine|algorithm|handheld|handset|terminal|till|panel|monitoring|snapshot|status|tests?|diagnostics|anti-cheat|spreadsheet|(?:delivery|pod|driver's|tracking|doorstep|gps|camera|cctv) (?:photos?|pictures?|images?)|proof of delivery|pod|checks|machine|time ?stamps?|confirmation|entry|entries|information|details|our (?:end|side)|my (?:end|side))";
/** The narrower set for "according to …": "according to the details you gave" is the customer's word. */
const CORE =
  "(?:computers?|systems?|records?|logs?|database|data|account (?:history|notes|records?)|tracking(?: (?:data|information|history))?|tracker|crm|ledger|register|platform|portal|screen|scans?|scanner|gps|cctv|footage|meter readings?|readings|software|engine|monitoring|survey)";
/** Nouns for things that work by themselves: what "verified by our …" names. */
const MACHINE =
  "(?:computers?|systems?|software|engine|platform|app|portal|database|scanner|sensors?|meters?|gps|cctv|cameras?|anti-cheat|algorithm|tools?|tracker|tracking|terminal|till|handheld|handset|device|monitoring|website)";
const DET = "(?:the|our|my|this|that|these|those|the [a-z-]+'s|our [a-z-]+'s|your(?= (?:[a-z-]+ )?(?:account|records?|file|history|profile|record)))";
/** Not after a condition ("if the app says …", "when your screen shows …"): that is a how-to, not a verdict. */
const NOT_IF = "(?<!(?:if|when|once|until|whenever|unless|before|after|whether|check|make sure) )";
/** A short phrase after the noun: "for order 1234", "on our side", "taken on the 1st". */
const AFTER =
  "(?: (?:(?:taken|sent|received|made|generated|captured) )?(?:for|on|in|from|of|at|to) (?:[a-z0-9.'/-]+ ){0,2}[a-z0-9.'/-]+| (?:we|i) (?:hold|have)(?: on (?:file|record))?)?";
/** A modifier before the noun: any word but one that starts a phrase or a clause of its own. */
const MOD = "(?!(?:on|in|for|from|of|at|to|by|with|and|or|but|so|the|our|your|my|a|an|that|this|which|is|are|was|were|has|have|had|not) )[a-z0-9'-]+ ";
const SUBJECT = `${NOT_IF}${DET} (?:${MOD}){0,4}${NOUN}${AFTER}`;

/** What a record "does" when it is quoted as evidence. */
// No -ing forms here ("meter reading" is a noun), and verbs that are also nouns ("the device
// flag", "the system log") only when inflected.
const EVIDENCE =
  "(?:show(?:s|ed|n)?|indicate[sd]?|says?|said|state[sd]|confirm(?:s|ed)?|list(?:s|ed)|reflect(?:s|ed)?|record(?:s|ed)|logs|logged|register(?:s|ed)|reads|suggest(?:s|ed)?|validate[sd]?|verif(?:y|ies|ied)|calculate[sd]?|assess(?:es|ed)?|assign(?:s|ed)?|flags|flagged|detect(?:s|ed)?|places|placed|puts|marks|marked|identif(?:y|ies|ied)|capture[sd]?|decline[sd]?|decide[sd]|determine[sd]|holds|held (?:you|your)|reject(?:s|ed)?|returned (?:[a-z0-9'-]+ ){1,3}as|updated to|changed to|tell(?:s)? (?:me|us)|told (?:me|us)|(?:state|record|list) that)";
/** "has you down as", "has no record", "has your engineer arriving". */
const HAS = "(?:has|have|had) (?:you|him|her|them|it|this|that|your|his|their|no|nothing|only|zero)";
/** A record claimed to be beyond doubt. */
const SURE =
  "(?:accurate|correct|right|reliable|unambiguous|clear|infallible|exact|precise|never wrong|always (?:right|correct|accurate)|100% (?:accurate|correct|right)|final|conclusive|definitive)";
const NEVER_WRONG =
  '(?:be (?:wrong|mistaken|incorrect)|make~ (?:mistakes|errors|a mistake|an error)|lie~|get~ (?:it|things|this|that) wrong|(?:[a-z]+ ){1,2}for no reason)';

export const systemSays: FlagRuleData = {
  id: 'system-says',
  category: 'ownership',
  weight: 15,
  severity: 'warn',
  title: 'Treating the system as infallible',
  why: 'The customer is telling you the system is wrong; quoting it back says you trust it more than them.',
  better: 'Admit the system may be wrong, and check.',
  patterns: [
    // SUBJECT + evidence verb: "our records show", "the driver's scanner logged", "the booking software has you down as".
    { p: `${SUBJECT} {adv}(?:(?:accurately|correctly|automatically|wrongly) )?(?:(?:has|have|had) {adv})?(?:${EVIDENCE}|${HAS})`, better: 'Our records show …, but they may be wrong, so I’m checking.' },
    { p: `${SUBJECT}(?:'s| is| are) {adv}(?:saying|showing|telling (?:me|us|that)|reading|listing|indicating)`, better: 'Our records show …, but they may be wrong, so I’m checking.' },
    { p: `${SUBJECT} (?:does|do) not {adv}(?:show|list|have|say|mention|contain|include|record)`, better: 'I can’t see it on our side yet, but that may be our error, so I’m checking.' },
    // Infallibility: "the tracking is accurate", "the portal does not make mistakes", "the app updates in real time".
    `${SUBJECT} {be} {adv}${SURE}`,
    `${SUBJECT} (?:does not|do not|can not|will not|never|would not) {adv}${NEVER_WRONG}`,
    `${SUBJECT} {adv}(?:update~|refresh~|sync~) (?:in )?(?:real[- ]time|live|instantly)`,
    { p: '(?:the|our) (?:computer|computers|system|systems) (?:will|does|do|would|can) not (?:let|allow|accept|take|do|process|handle)', better: 'I’ll find another way to do this for you.' },
    '(?:until|unless) (?:the|our) (?:system|computer) (?:lets|allows|let|allow)',
    '(?:our|the) (?:computers?|systems?) (?:are|is) (?:slow|down|playing up)',
    '(?:our|the) (?:[a-z]+ ){0,3}system (?:lost|rejected|declined|deleted|blocked|flagged|cancel(?:l)?ed)',
    { p: `(?:according to|(?:as )?per|going by|based on(?= (?:our|my|what) )) (?:what )?${DET} (?:${MOD}){0,3}${CORE}`, better: 'Our records say …; if that’s wrong, I’ll correct it.' },
    // "In our CRM it clearly shows", "in the radiology register you are marked as", "in our admin panel I can see".
    `(?:in|on|within|from|at) (?:(?:our|the|my) (?:${MOD}){0,3})?(?:${NOUN}|end|side),? (?:i can see|we can see|i see|it {adv}(?:show~|say~|list~)|it {be} (?:written|noted|mentioned|stated)|(?:it|there|you|your [a-z-]+|the [a-z-]+) (?:{be}|has|have) {adv}(?:showing|shown|marked|listed|recorded|registered|logged|down|flagged|no))`,
    `{we} can (?:see|tell) (?:on|in|from) ${DET} (?:${MOD}){0,3}${NOUN}`,
    `(?:looking at|checked|looked at|pulled up|checking) (?:your|the|our) (?:${MOD}){0,2}(?:order|account|booking|${NOUN}),? and (?:(?:it|they) {adv}(?:say~|show~|state~|list~|confirm~|indicate~)|(?:the|your) (?:[a-z-]+ )?[a-z-]+ (?:shows?|is showing|is marked|is listed|was marked|was listed) as)`,
    // Evidence passive: "verified by our billing software", "flagged by our anti-cheat".
    `(?:verified|confirmed|validated|calculated|generated|set|recorded|logged|flagged|detected|registered|assessed|determined|captured|declined|rejected|assigned|produced|read) (?:automatically )?by ${DET} (?:${MOD}){0,3}${MACHINE}`,
    '(?:transmitted|sent|recorded|logged|generated|captured|calculated|taken|read) automatically and (?:can not|could not|can never) be',
    '(?:gives|provides|is) an? (?:exact|accurate|precise|reliable|complete|true) (?:record|reading|log|picture)',
    // A status read out as fact: "you are down as a no-show", "shows as resolved on our side".
    '(?:you|it|this|that|they|he|she|(?:your|the|this) (?:[a-z-]+ )?[a-z-]+) (?:is|are|was|were|has been|have been) (?:marked|listed|registered|recorded|flagged|down) as',
    `(?:show(?:s|ed|ing|n)?) as (?:[a-z0-9'-]+ ){1,3}(?:on|in|at) (?:our|the|my) (?:[a-z-]+ ){0,2}(?:${NOUN}|side|end)`,
    '(?:is|are|was|were|been) (?:recorded|logged|registered|listed|noted) (?:against|on|to|under) (?:your|the) (?:[a-z-]+ ){0,2}(?:number|account|line|record|profile|name|file|address|order|booking|policy|meter)',
    // Absence read as proof: "there is no record of", "no credit offer was recorded".
    '(?:there is|there are|there was|there were|we have|we had|we hold|i can find|we can find|i could find|we could find) no (?:record|trace|log)s? of',
    '(?:there is|there are|there was|there were) no (?:[a-z-]+ ){1,2}(?:recorded|logged|listed|registered|on (?:file|record))',
    'computer says no',
    `according to what (?:we|i) (?:have|hold|can see)(?: (?:on (?:file|record)|(?:in|on) (?:our|the) ${NOUN}))?`,
    `(?:nothing|no record|no sign|no trace) (?:on|in|at) (?:our|the|my) (?:${MOD}){0,2}(?:${NOUN}|end|side) {adv}(?:show~|indicate~|suggest~|say~)`,
    '(?:it|this) (?:says|shows|is showing|is saying) (?:here|on (?:my|our) (?:screen|end|side|system))',
    '(?:on|at|from) (?:our|my) (?:end|side),? (?:everything|it|all|things) (?:looks?|seems?|is|are) (?:fine|good|normal|ok|okay|correct|right|in order)',
    '(?:everything|all|it|things) (?:on|at|from) (?:our|my) (?:end|side) (?:looks?|seems?|is|are) (?:fine|good|normal|ok|okay|correct|right|in order)',
    `(?:looking at|going by|from|having checked|checking|checked|i checked|we checked) (?:in |on )?(?:our|the) (?:${MOD}){0,2}${NOUN}[,:] (?:it|you|your|the|there|this|that|no)`,
    `(?:we|i) checked (?:in|on) (?:our |the )?${NOUN},? (?:it|you|your|the|there|this|that|no)`,
    `{we} have (?:it|this|that) (?:on (?:record|file)|(?:in|on) (?:our|the) ${NOUN})`,
    `{it} {be} all (?:there )?(?:in|on) (?:our|the) (?:${MOD}){0,2}${NOUN}`,
    `{it} {be} (?:in|on) (?:our|the) (?:${MOD}){0,2}${NOUN} as`,
    '(?:our|my) (?:end|side) {adv}(?:shows?|showed|says|said|confirms?|confirmed|indicates?)',
    '{it} {be} (?:just )?(?:computer|system)[- ]generated',
    // Last: these may begin with any word, so they are searched across the text.
    '(?:[a-z-]+ )?(?:logs|records|data|readings|proof of delivery|system|systems|computer) {adv}(?:show(?:s|ed|n)?|indicate[sd]?|confirm(?:s|ed)?|says?|said|state[sd])',
    'no (?:[a-z-]+ ){1,3}(?:was|were|has been|have been|is|are) (?:recorded|logged|registered|noted)',
  ],
  // Hedged or reversed: the agent already allows that the record may be wrong, or sides with the customer.
  unlessSentence: [
    // The agent allows that the record may be wrong.
    '\\b(?:may|might|could|can) (?:be|have been) (?:wrong|mistaken|incorrect|an error|a mistake|out of date|a glitch|a delay)',
    '\\b(?:may|might|could) (?:not|well not) (?:be|have been) (?:accurate|right|correct|the whole|complete|up to date|reliable|fully|properly|correctly)',
    '\\b(?:may|might|could) (?:well )?have been\\b',
    '\\b(?:are|is|can be|were) (?:sometimes|often|occasionally) (?:wrong|inaccurate|out|off|mistaken)',
    '\\bnot always (?:right|accurate|correct|reliable|up to date|complete)\\b',
    '\\b(?:does|do) not always\\b',
    '\\b(?:is|are) not (?:perfect|infallible|always right)\\b',
    '\\b(?<!(?:think|believe|feel|say|said) )(?:it|that|this|they|which|record|records|system|systems|data|tracking|scan|status|screen|app|log|logs|entry) (?:was|were|is|are|looks|look|seems|seem|may be|might be) (?:clearly |obviously )?(?:wrong|incorrect|mistaken|inaccurate|out of date)\\b',
    '\\b(?:that|it|this|which|they|something) (?:is|are|was|were) (?:clearly |obviously )?not (?:right|correct|accurate)\\b',
    '\\b(?:does not|do not|did not) (?:match|add up|sound right|look right|seem right)\\b',
    '\\bgot (?:this|it|that|things) wrong\\b',
    '\\b(?:logged|recorded|entered|marked|scanned|keyed|put) (?:it|this|that|you|them) (?:in )?wrong\\b',
    '\\b(?:made|makes) (?:a|an) (?:mistake|error)\\b',
    '\\b(?:a|the|some|known) (?:glitch|bug|system error|sync error|technical (?:issue|fault|error|problem))\\b',
    '\\bsomething (?:has )?(?:gone|went|is) wrong\\b',
    '\\b(?:mistake|error|fault|glitch|problem|issue) on our (?:side|end|part)\\b',
    '\\b(?:our|my) (?:mistake|fault|error)\\b',
    '\\b(?:possible|possibly|chance) (?:that )?(?:our|the|there|it)\\b',
    '\\bif (?:that|this|it) is (?:wrong|not right|incorrect)',
    '\\bmore likely\\b',
    '\\bat face value\\b',
    // The agent checks rather than trusting it.
    '\\b(?:do not|would not) want to (?:rely|go by)\\b',
    '\\b(?:rather than|instead of) (?:relying|going by|trusting|taking)\\b',
    '\\bnot (?:going to|gonna) (?:rely|go by|trust|take)\\b',
    '\\b(?:let me|i will|we will|i am going to|we are going to|i am|we are|i want to|i would like to|i need to) (?:check|checking|verify|verifying|double-check|double-checking|look into|looking into|confirm|investigate|investigating|query|querying|make sure)\\b',
    "\\b(?<!(?:please|pls|plz|you|kindly) )double[- ]check",
    '\\basked (?:the|our) (?:[a-z]+ ){1,2}to (?:check|confirm|verify|look)',
    // The agent sides with the customer.
    '\\b(?:although|even though|though|even if|whilst) (?:our|the|my|it|this|that)\\b',
    '\\bbut you (?:say|said|have said|are saying|tell me|told me|have told|mention|mentioned|have mentioned)\\b',
    '\\byou (?:have )?told me\\b',
    // "Our records show X, but …": writers who quote the record and then turn it.
    // (Not "sorry, but our records show", nor "but you must have missed it".)
    '\\bbut\\b(?! (?:our|the|my|according|as per|per|i can see|we can see|looking|you (?:must|should|need|will need|would have|failed|forgot|did not|have to)|it is (?:your|up to you))\\b)',
    '\\bbut i (?:have|will|am|believe|trust|do not|would|want|think|know)\\b',
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
  ],
};
