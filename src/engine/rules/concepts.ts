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

/** A verdict on what went wrong that says nothing of it: "not ideal", "a bummer", "no fun". */
export const EMPTY_VERDICT =
  '(?:not (?:ideal|great|good|nice|fun|cool|the best)|(?:far from|less than) ideal|no fun|no good|(?:a |such a |a real |a bit of a )(?:bummer|pain|nightmare|drag|letdown|let-down)|rubbish|gutting|pants|the worst|(?:so |really |very )?(?:annoying|frustrating|maddening|infuriating))';
