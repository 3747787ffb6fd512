// Word classes the flag rules share: each rule combines a few of them into frames, so one
// frame covers a family of wordings ("the portal lists it as delivered", "our tracking
// shows…") instead of one listed phrase. Each is a group in the rule language of
// ../pattern.ts, over canonical text (lower case, contractions expanded).

/** Rule books an agent can hide behind. */
export const RULEBOOK =
  "(?:polic(?:y|ies)|terms(?: and conditions| of (?:service|business|sale|carriage|use|the (?:fare|ticket|booking|offer|contract|membership|agreement)))?|t&cs?|t ?& ?c|conditions(?: of (?:the |your )?(?:fare|ticket|carriage|sale|service|booking|membership|contract|purchase|offer|promotion|use))?|fare rules|guidelines|rules|regulations|procedures?|protocols?|small print|fine print)";

/** Systems and records an agent can quote as if they could not be wrong. */
export const RECORDS =
  "(?:computers?|systems?|records?|logs?|database|data|portal|app|dashboard|screen|tracking(?: (?:system|information|page|details|history|data))?|tracker|account(?: (?:notes|history|records?))?|notes|history|file|ledger|crm|platform|tool|report|audit trail|gps|scans?|scanner|sensors?|cctv|camera|meter(?: readings?)?|readings?|statement|invoice|our end|my end|our side)";

/** Other parties the blame can be passed to. */
export const THIRD_PARTY =
  "(?:courier|carrier|driver|manufacturer|bank|card (?:issuer|provider)|post office|royal mail|postal service|delivery (?:company|partner|service)|partners?|suppliers?|retailer|seller|merchant|vendor|provider|network operator|landlord|airline|insurer|underwriter|developer|publisher|app store|platform holder|warehouse|depot|(?:other|another|a different|the [a-z]+) (?:team|department|dept))";

/** What a generic, scripted apology is about: nothing in particular. */
export const GENERIC_TROUBLE =
  '(?:inconv[ei]n?i?[ea]n?ces?|trouble|hassle|bother|disruption|frustration|confusion|disappointment|annoyance|upset|difficulty|difficulties|stress|distress|discomfort|any issues?|any problems?)';

/**
 * What a sentence or clause left out as nothing but blame or argument (`leaveOut`) may not hold:
 * a figure, a date, an amount or an address; a step the agent takes or offers ("I'll", "I've
 * refunded", "let me"); a way on for the customer ("you can", "contact", "reply"); an apology, a
 * thank-you, a remedy or a day. Those are what the reply needs, whoever is blamed beside them.
 * (Not "please" alone: "Please read your documents carefully before signing." is the lecture.)
 */
export const LEAVE_OUT_KEEPS = [
  '[\\p{N}£$€@]|www\\.|https?:',
  "\\b(?:i|we)(?:['’]ll| will| shall)\\b|\\blet (?:me|us)\\b|\\b(?:i|we)(?:['’]d| would) be (?:happy|glad)\\b|\\b(?:i|we) (?:can|could)(?!['’]t|not|n['’]t)\\b",
  "\\b(?:i|we)(?:['’]ve| have)?(?: just| also| already| now)? (?:reviewed|read|looked at|listened to|watched|investigated|gone through|went through|pulled up|checked|looked into|spoken|spoke|called|rang|sent|raised|passed|asked|refunded|credited|cancell?ed|arranged|booked|escalated|added|updated|changed|fixed|reset|issued|requested|contacted|attached|included|waived|removed|reversed|reinstated|unlocked|unblocked|reopened|rebooked|replaced|applied|logged|flagged|noted|forwarded|emailed|messaged|chased)\\b",
  "\\b(?:i['’]m|we['’]re|i am|we are) (?:now |also |just )?(?:going to|checking|looking|sending|raising|passing|arranging|booking|escalating|chasing|happy|glad|sorry|on it)\\b",
  '\\b(?:sorry|apologi[sz]e|apologies|thanks?|thank you|appreciate)\\b',
  // A cause told ("The delay was caused by a power fault at the venue."), the customer cleared, a fault owned.
  "\\b(?:caused by|because|due to)\\b|\\byou did (?:everything|nothing) (?:right|wrong)\\b|\\bnot your fault\\b|\\b(?:was|were) (?:wrong|incorrect|a mistake|an error|our)\\b",
  "\\byou (?:can|could|may|might)(?!['’]t|not|n['’]t)\\b|\\byou(?:['’]ll| will)? (?:need|want|wish) to\\b|\\bfeel free\\b|\\bif you(?:['’]d| would)? like\\b|\\b(?:reply|contact|call|ring|phone|e-?mail|message|dm|visit|click|tap|log in|sign in|get in touch|reach out|let (?:me|us) know)\\b|\\bhere(?:['’]s| is| are)\\b",
  '\\b(?:refund|credit|voucher|replacement|compensat\\w*|goodwill|discount|waive|exception|escalat\\w*|appeal|complaints? (?:process|procedure))\\b',
  '\\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this (?:morning|afternoon|evening|week))\\b',
].join('|');

/** A verdict on what went wrong that says nothing of it: "not ideal", "a bummer", "no fun". */
export const EMPTY_VERDICT =
  '(?:not (?:ideal|great|good|nice|fun|cool|the best)|(?:far from|less than) ideal|no fun|no good|(?:a |such a |a real |a bit of a )(?:bummer|pain|nightmare|drag|letdown|let-down)|rubbish|gutting|pants|the worst|(?:so |really |very )?(?:annoying|frustrating|maddening|infuriating))';
