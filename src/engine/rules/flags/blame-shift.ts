// `blame-shift` (RULES.md, kind `flag`). Patterns use the rule language of ../../pattern.ts over
// canonical text, so "It's" / "it is" / "IT IS" are one case.
//
// The rule is written as word classes (below) combined into a few frames:
//   - the customer's slip or duty ("you should have checked", "it was up to you to", "you ignored");
//   - counterfactuals ("if you'd sent one in", "had you consulted", "could have been avoided by");
//   - denying our part ("not our responsibility", "can't be held liable", "…, not us"), but not
//     "out of our control / hands", which in weather and strike replies points at no one;
//   - the fault placed elsewhere ("the hold-up is with the lab", "it's your internet", "down to the form");
//   - sending the customer elsewhere ("you'd need to chase your landlord", "between you and them").
import type { FlagRuleData } from '../types';
import { LEAVE_OUT_KEEPS, THIRD_PARTY } from '../concepts';
import { BLAME_SHIFT_FRAMES } from './blame-shift-frames';
import { DESIGN_FACT_VERDICT } from '../design-verdict';
import { NEXT_STEP } from '../next-step';

// "you should have checked" blames; "you should have plenty of time" does not.
const PARTICIPLE =
  '(?:[a-z]{2,}ed|read|known|done|gone|sent|told|kept|made|taken|paid|bought|brought|given|written|spoken|left|put|set|let|chosen|caught|thought|understood|shown|rung|run|forgotten|missed|ignored)';
/** PARTICIPLE's alternatives without the group, to extend it: '(?:been|' + PARTICIPLE_ALTS. */
const PARTICIPLE_ALTS = PARTICIPLE.slice(3);

/** Participles that say what happened to the customer, not what they did wrong. */
const NOT_FAULT =
  '(?:received|wanted|preferred|needed|liked|hoped|expected|experienced|been|had|heard|seen|got|gotten|noticed|felt|tried|waited|asked|requested|suffered|lost|renewed|paid|known|realised|realized|understood|thought)\\b';

/** What a customer is said to have had to do, so the fault is theirs for not doing it. */
const DUTY =
  '(?:check|double-check|read|review|update|tell us|inform us|notify us|let us know|confirm|submit|register|ensure|make sure|provide|declare|keep|back up|store|follow|complete|sign|report|verify|upload|activate|enable|disable|turn off|consult|allow|renew|secure|attend|be (?:in|home|at home|present|available|there)|contact us|call us|check in|save|set up|install|measure)';

/** What a customer is said not to have done: "because you didn't cancel", "your admin did not migrate". */
const NOT_DONE =
  '(?:tell|inform|notify|let us know|submit|send|confirm|cancel|update|register|declare|check|read|follow|complete|return|reply|respond|provide|pay|attend|turn up|show up|collect|upload|enter|enable|activate|migrate|install|renew|sign|back up|opt)';

/** Parties other than us, including the customer's own, the blame can be passed to. */
const OTHERS =
  '(?:' + THIRD_PARTY.slice(3, -1) + '|landlord|building|employer|payroll|trainer|instructor|issuer|agency|travel agent|insurer|administrators?|authority|council|government|customs|gp|surgery|laboratory|lab|hospital|pharmacy|school|store|shop|isp|broadband provider|operator|contractor|it (?:team|department|folks|people|admin)|administrator|developer|host|hosting provider|sender|shipper|organi[sz]er|venue|payments? (?:team|partner|provider)|collections (?:agency|partner|team))';

/** Companies outside ours that a fault can be put on ("a failure at our hosting provider"). */
const EXTERNAL =
  '(?:courier|carrier|manufacturer|bank|card (?:issuer|provider)|post office|royal mail|postal service|delivery (?:company|partner|service)|suppliers?|retailer|seller|merchant|vendor|providers?|network operator|landlord|airline|insurer|underwriter|app store|platform holder|contractors?|subcontractors?|laboratory|lab|authority|council|government|customs)';

/** Who a redirect points at: them, or one of the others, possibly named or qualified. */
const THEM =
  '(?:them|him|her|customs|billing|sales|accounts|finance|returns|tech support|technical support|(?:the|your|their) (?:[a-z\'-]+ ){0,2}' + OTHERS + '|the (?:[a-z-]+ ){1,2}(?:team|department|dept)' +
  // Someone else's desk or line, named by what it is (tune, batch wx): "their customer care line",
  // "the hospital billing desk", "the branch manager".
  "|(?:the|their|its) (?:[a-z'-]+ ){0,2}(?:billing desk|claims desk|accounts desk|helpline|hotline|customer care(?: line)?|customer service(?:s)?(?: line)?|care line|branch manager|site manager|store manager))";

/** Ways of sending a customer to someone else. */
const REDIRECT_VERB =
  '(?:ask|contact|call|phone|email|ring|write to|speak (?:to|with)|talk (?:to|with)|chase|check with|coordinate with|co-ordinate with|liaise with|get in touch with|reach out to|raise (?:it|this|that|the matter|a claim) with|take (?:it|this|that|the matter) up with|complain to|claim from|file a claim with|direct (?:it|this|that|your [a-z]+) to|sort (?:it|this|that) (?:out )?with|sort out with|arrange (?:it|this|that) with|arrange with|deal with|follow (?:it|this|that) up with|discuss (?:it|this|that) with)';

/** Who is said to do the sending: "you'll need to", "please", "I'd suggest you". */
const YOU_MUST =
  '(?:you (?:really |just |simply |still )?(?:(?:will |would )?(?:need to|have to)|(?:may|might) (?:need|have|wish|want) to|should|must)|you are (?:kindly )?(?:requested|advised|asked|required) to|kindly|(?:we|i) would (?:therefore )?(?:suggest|recommend|advise) (?:that )?you|(?:we|i) (?:suggest|recommend|advise) (?:that )?you)';

/** Verbs of a customer's own slip. */
const SLIP =
  '(?:misunderstood|clicked|pressed|tapped|forgot|forgotten|missed|ignored|skipped|overlooked|disregarded|entered|typed|selected|chose|clicked|deleted|removed|turned off|disabled|unsubscribed|cancelled|canceled|booked|ordered|left|used|moved|changed|misread|mistyped|declined|authori[sz]ed|approved|shared|gave)';

/** Where a fault is said to sit on the customer's side. */
const THEIR_KIT =
  '(?:internet|connection|wi-?fi|network|router|modem|device|phone|handset|browser|computer|laptop|settings|set-?up|isp|firewall|vpn|antivirus|equipment|wiring|hardware|software|integration|code|deploy|server|account settings|phone settings|end|side)';

/** The customer's own people who may be blamed: "your administrator did not complete it". */
const THEIR_PEOPLE =
  '(?:administrator|admin|developer|it (?:team|folks|department|people)|team|staff|employer|accountant|agent|travel agent|colleague|partner|family|household|child|children|kids?|son|daughter)s?';

/** Where a party is: we or our side, never blamed. */
const NOT_US = '(?!(?:us|our|ours|me|my|we|i)\\b)';

/**
 * How a thing may have been left, said after it ("you must have left the tab idle", "…the form
 * unsigned"): not a word of the thing, which the passive would put before its verb.
 */
const LEFT_AS =
  '(?:idle|open|unlocked|locked|unattended|running|blank|empty|enabled|disabled|active|inactive|unchecked|unticked|ticked|visible|hidden|behind|unpaid|unsigned|incomplete|switched)';

/** A match that ends here is the end of its clause ("that's on the sender 📦", "…, not us."). */
const CLAUSE_END = '(?=[ \\n]*(?:[^a-z0-9 \\n]|$|not\\b|so\\b|and\\b|but\\b|which\\b|rather\\b))';

/** Responsibility words. */
const LIABILITY = '(?:responsibility|fault|liability|lookout|problem|concern|doing)';

/** Organisations that could be "the X's responsibility" or "not the X's". */
const ORG = '(?:company|hotel|store|shop|club|clinic|practice|airline|bank|business|team|gym|school|council|surgery|firm|agency)';

/** What a customer is said not to have sent or set (one thing: "wasn't" reads with it). */
const UNDONE =
  '(?:address|number|reading|form|account|card|request|payment|booking|order|application|date|code|note|photo|certificate|claim|loss|change|email|reference|receipt|signature|section|page|box|policy|registration|document|declaration|direct debit)';

/**
 * Who the agent can contact for the customer when a reply sends them there: THEM's parties, and a
 * few more that the flags name only as "the hotel", "the restaurant", and another company's own line
 * ("their customer care line") (the rewrite reads the flagged words, so naming more here changes no flag).
 */
const TAKEN_TO =
  "(?:them|customs|billing|sales|accounts|finance|returns|tech support|technical support|the (?:[a-z'-]+ ){0,2}(?:" + OTHERS.slice(3, -1) + "|hotel|restaurant|club|clinic|hire company|subcontractor|organiser|organizer|travel agency)|the (?:[a-z-]+ ){1,2}(?:team|department|dept)|their (?:[a-z'-]+ ){0,2}(?:customer care(?: line)?|customer service(?:s)?(?: line| team)?|care line|helpline|hotline|support (?:line|team)))";

/**
 * What a denial of our liability is about, as the agent wrote it ("items left in the room", "any
 * damage caused in transit", "delays caused by the weather"): a loss or a cost, which "we can't
 * cover" says as plainly; not a person's words or acts ("what the seller told you").
 */
const LIABLE_FOR =
  "(?<what>(?:[\\w'’-]+ ){0,3}(?:damage|damages|loss|losses|items?|belongings|valuables|property|possessions|goods|parcels?|packages?|luggage|baggage|delays?|costs?|charges?|fees?|expenses?|theft|injur(?:y|ies)|leaks?|breakages?|cancellations?)\\b[^,;:]*)";

/**
 * What may follow a party of the customer's own in its clause and go with the rewrite that says
 * what they can do: the job they are sent to do, a denial of our part, a regret ("…one for your
 * bank to look into, not us, I'm afraid").
 */
const THEIRS_TO_DO =
  "(?:,? ?to (?:look into|sort(?: out)?|deal with|fix|resolve|answer|handle|investigate|check|decide)(?: (?:it|this|that))?)?(?:,? (?:not us|rather than us))?(?:,? ?I['’]m afraid)?";

/**
 * What a sentence of the rule's may carry besides the blame, which the reply still needs when it is
 * left out: a step the customer must take ("you must quote the reference"; not hindsight, "you should
 * have"), the reason something stands ("…, which is why the fee applied", "…treated the same regardless").
 */
const STILL_NEEDED = "\\byou (?:must|have to|should)\\b(?! have\\b)|\\b(?:which|that) is why\\b|\\bregardless\\b|\\botherwise\\b";

/** A party of the customer's own, theirs to deal with ("your bank", "your landlord"): the agent gives them what we hold for it. */
const OWN_PARTY =
  '(?:bank|card issuer|card provider|payment provider|(?:local |previous |old |own |new )?(?:landlord|letting agent|managing agent|post office|wallet provider|insurer|insurance company|broker|employer|payroll team|accountant|solicitor|travel agent|network|(?:broadband|internet|phone|mobile|network|email|hosting) provider|energy supplier|developer|web developer|administrator|school|vet))';

/**
 * Another company the agent can take a matter up with on the customer's behalf, named generically
 * ("the courier", "the receiving bank"): the customer's own ("your bank", "your landlord") is
 * theirs to deal with, and a name would reach the rewrite in lower case.
 */
const PARTY =
  '(?:the (?:[a-z-]+ ){0,2}(?:courier|carrier|landlord|retailer|seller|manufacturer|airline|restaurant|hotel|supplier|surgery|pharmacy|council|shop|store|insurer|operator|contractor|agency|venue|organi[sz]er|owner|lab|laboratory|hospital|partner|provider|bank|developer))';

/**
 * What may stand before a third party's part in its sentence, kept as written: a subject, and any
 * clause before it. Not a word that only leads in: before "that's" or "it's" flagged from its
 * verb ("So [that's between you and the seller]"), the pronoun is in the flagged words.
 */
const SUBJECT =
  "(?!(?:so|and|but|then|well|also|ok|okay|yes|now|honestly|sadly|unfortunately|again|however|still|plus|because|as|since|if|when|although|though|once|after|before)(?:,? [\\p{L}]+,?)? $)[^.!?;:\\n]*?[\\p{L}\\p{N}'’)]";

/**
 * A subject that does not open a clause given as a reason ("…, as approvals are their
 * responsibility"): an offer to take it up would give no reason there.
 */
const NOT_A_REASON = "(?![^.!?;:\\n]*\\b(?:as|because|since)(?: [\\p{L}\\p{N}'’-]+){1,5} $)";

/**
 * The rest after a party the customer is sent to, which "for you" can follow: not a condition
 * ("…speak to them if you want to challenge it") nor an aside after a dash ("…email them about it -
 * the address is on the staff page"), after which "for you" would land in the wrong place. ("About
 * when the car will be ready" asks a question, which it can follow.)
 */
const REDIRECT_REST = "(?:(?! [-–—] )(?!\\b(?:if|once|unless|whenever)\\b)(?!(?<!about )\\bwhen\\b).)*";

/** What may follow the party in the clause, and go with the rewrite: the job the agent now takes on. */
const PARTY_JOB =
  "(?:to (?:look into|resolve|sort(?: out)?|deal with|fix|put right|answer|process|release|refund|handle|investigate)(?: (?:it|this|that|them))?(?: (?:with|for) you)?|directly|which (?:is|was) (?:outside|beyond|out of) [a-z'’ ]{0,30}(?:control|hands))?";

/**
 * What may follow a party's part in its clause and go with the rewrite: the job the agent now takes
 * on, or a denial of our part ("…is the landlord's responsibility, not ours", "…a matter for them
 * rather than us"), which has nothing left to deny once the agent takes it up.
 */
const PARTY_REST = `(?:(?:${PARTY_JOB},? )?(?:and )?(?:not|rather than) (?:us|ours|me|mine|by us|the [a-z-]+(?:['’]s)?)|${PARTY_JOB})`;

/** An apostrophe as the agent typed it: sentence rewrites read the reply as written, not canonical. */
const APOS = "(?:'|’)";

/** A party named generically, as a sentence rewrite reads it in the agent's words ("the courier", "the shop you bought it from", "them"). */
const NAMED_PARTY =
  '(?<party>the (?:[\\w-]+ ){0,2}(?:courier|carrier|retailer|seller|shop|store|manufacturer|airline|restaurant|hotel|supplier|pharmacy|surgery|hospital|lab|laboratory|depot|hire company|operator|contractor|owner|agency|partner|(?:[\\w-]+ )?team)|them)';

/** "did not", "never" as the agent typed them: a step the customer is said not to have taken. */
const DID_NOT = `(?:did not|didn${APOS}t|never)`;

/** A word of the one thing a step was about ("the previous leak of 2021"), not a word that starts what follows it. */
const THING_WORD = '(?!(?:to|us|it|them|that|this|these|those|any|on|in|at|for|with|from|via|over|when|before|after|by|during|within|online|and|or|but|so|because)\\b)[\\w-]+';

/**
 * The customer's omission given as the cause ("…were issued because you didn't provide readings for
 * six months", "…cancelled as you did not confirm it when…"): the same fact said from our side, the
 * rest of the sentence kept as written ("…because we didn't have readings for six months").
 */
const OMISSION_CAUSE = [
  // What we were to be given: we didn't have it. Not where it was to go somewhere ("…send it to the
  // depot", "…bring it back"): "we didn't have it to the depot" does not read.
  {
    cut: ` (?<conj>because|as|since) you ${DID_NOT} (?:provide|provided|submit|submitted|upload|uploaded|bring|brought|(?:give|gave|send|sent) us) (?<rest>(?!(?:to|back|in|on|for|with|us)\\b)(?:(?!\\b(?:to|back)\\b)[^;:])+)$`,
    ends: ' {conj} we didn’t have {rest}.',
  },
  // What we were to be told: we didn't know it.
  { cut: ` (?<conj>because|as|since) you ${DID_NOT} (?:tell|told|inform|informed|notify|notified|let) us(?: know)? (?<about>about|of) (?<rest>[^;:]+)$`, ends: ' {conj} we didn’t know about {rest}.' },
  { cut: ` (?<conj>because|as|since) you ${DID_NOT} (?:tell|told|inform|informed|notify|notified|let) us(?: know)?(?<rest>(?: (?:that|you|your)\\b[^;:]*)?)$`, ends: ' {conj} we didn’t know{rest}.' },
  // A reply we waited for: we didn't hear back.
  { cut: ` (?<conj>because|as|since) you ${DID_NOT} (?:respond|responded|reply|replied|get back to us)(?: to (?:us|our [\\w ]{1,30}?|the [\\w ]{1,30}?))?(?<rest>(?: (?:within|in|by|before|after|for)\\b[^;:]*)?)$`, ends: ' {conj} we didn’t hear back from you{rest}.' },
  // A step on the form or the account: it wasn't done. Only one thing ("it", "the previous leak of
  // 2021", "express delivery"), then what says when or where, so that the passive reads.
  ...[
    ['(?<v>confirm|select|sign|return|register|renew|tick|book|report)(?:ed)?', '{v}ed'],
    ['(?<v>declar|updat|complet|activat|enabl|includ)e(?:d)?', '{v}ed'],
  ].map(([verb, done]) => ({
    cut: ` (?<conj>because|as|since) you ${DID_NOT} ${verb} (?<obj>it|(?:(?:the|your|an?) )?${THING_WORD}(?: ${THING_WORD}){0,3}?(?<!s)(?<=\\w))(?<tail>(?: (?:when|before|after|at|on|in|within|by|during|for|online|by)\\b[^;:]*)?)$`,
    ends: ` {conj} {obj} wasn’t ${done}{tail}.`,
  })),
].map((r) => ({ ...r, unless: '^(?:if|when|had|once|unless)\\b', mustCut: true as const }));

/**
 * What the customer did given as the cause ("…was declined because you missed the March payment,
 * so the cover lapsed", "…returned because you refused it at the door"): the same act with the
 * thing done as its subject ("…because the March payment was missed, so the cover lapsed"), what
 * followed from it kept. One thing only, then what says how, when or where; a verb whose passive
 * says the same (not "followed", which would read as praise, nor "arrived", which takes no thing).
 */
const ACT_DONE =
  '(?<verb>uploaded|submitted|entered|typed|selected|picked|booked|ordered|used|changed|cancell?ed|deleted|removed|moved|declared|ticked|unticked|exceeded|installed|modified|disabled|missed|declined|skipped|ignored|refused|shared|updated|registered|sent|left|paid|turned off|switched off)';
/** A word of the thing done: not one that says how often or how it was done ("twice", "late"). */
const DONE_WORD = `(?!(?:twice|again|already|yourself|late|early|back|out|up|off|down|away|instead)\\b)${THING_WORD}`;
const ACT_CAUSE = [
  [`(?<obj>it|(?:the|your|this|that|an?) ${DONE_WORD}(?: ${DONE_WORD}){0,3}?(?<![^s]s)(?<=\\w))`, '{obj} was'],
  [`(?<obj>(?:the|your|these|those) ${DONE_WORD}(?: ${DONE_WORD}){0,3}?(?<=[^s]s))`, '{obj} were'],
  ['them', 'they were'],
].map(([obj, said]) => ({
  cut: ` (?<conj>because|as|since) you (?:had )?${ACT_DONE} ${obj}(?<tail>(?: (?:twice|again))?(?: (?:when|before|after|at|on|in|within|by|during|for|online|as|to|from|with|instead of)\\b[^;:,]*)?)(?<so>(?:,? (?:so|which (?:is why|meant|means))\\b[^;:]*)?)$`,
  ends: ` {conj} ${said} {verb}{tail}{so}.`,
  unless: '^(?:if|when|had|once|unless)\\b',
  mustCut: true as const,
}));

/** Roles a customer holds, for a duty or a fault put on them by their role ("an issue for the homeowner"). */
const CUSTOMER_ROLE =
  '(?:customers?|homeowners?|owners?|tenants?|residents?|occupiers?|occupants?|policyholders?|account holders?|cardholders?|members?|guests?|users?|players?|passengers?|travell?ers?|students?|applicants?|buyers?|senders?|recipients?|patients?|clients?|subscribers?|drivers?|borrowers?)';

/** Something a customer sends or fills in, which can be short of what was needed. */
const THEIR_SUBMISSION =
  '(?:requests?|forms?|claim forms?|applications?|submissions?|claims?|e-?mails?|messages?|letters?|photos?|uploads?|documents?|paperwork|details|information|account|card|address|bank details|payment details|order|booking)';

/** What went wrong, as a noun that can be said to come from somewhere. */
const FAULT_NOUN =
  '(?:fault|error|problem|issue|mistake|failure|disconnect(?:ion)?s?|drop-?outs?|timeouts?|time-outs?|lag|crash(?:es)?|outage|delay|hold-?up|bounce|rejection|decline)';

/**
 * A duty said to be the customer's by their role ("It's the policyholder's responsibility", "the
 * responsibility of the guest", "player responsibility"), in canonical words: the duty it names
 * is what the customer needs to know, so a rewrite keeps it and drops whose it is.
 */
const ROLE_DUTY =
  '(?:(?:the )?(?:[a-z-]+ )?' + CUSTOMER_ROLE + "(?:'s|s')? (?:own )?(?:responsibility|duty|job)|the (?:responsibility|duty) of (?:the |a |each |every )?(?:[a-z-]+ )?" + CUSTOMER_ROLE + ')';

/**
 * The duty a role is given, as the agent wrote it after "to" ("to keep their email address
 * current", "to check referral requirements with their insurer before treatment, not the
 * clinic's"): kept for the customer, said to them ("their" becomes "your", where it is the one
 * word of the role's), and a denial of our part after it dropped. No figure, amount or second
 * clause: those the rewrite would carry into advice.
 */
const DUTY_WORDS = "(?:(?!\\b(?:their|they|them|themselves|theirs|his|her|he|she|not|rather)\\b)[^,;:0-9£$€%])";
const DENIAL_AFTER = "(?:,? (?:and )?(?:not|rather than) (?:ours|us|mine|me|the [a-z-]+(?:['’]s)?|our [a-z-]+))?";
/** A duty given as what the role is "responsible for" doing: the doing word, and how its stem takes "to" ("storing" → "to store"). */
const DUTY_ING: [string, string][] = [
  ['(?<v>stor|manag|ensur|secur|updat|arrang|provid|complet|declar|sav|clos|remov|ventilat|measur|insur|mak|tak|supervis)ing', '{v}e'],
  ['(?<v>display|keep|check|report|maintain|clear|read|pay|return|collect|book|renew|register|follow|protect|look after|notify|verify)ing', '{v}'],
  ['(?<v>back)ing up', '{v} up'],
];
const DUTY_REST: [string, string][] = [
  [`to (?<duty>${DUTY_WORDS}+?)${DENIAL_AFTER}`, '{duty}'],
  [`to (?<a>${DUTY_WORDS}+? )their (?<b>${DUTY_WORDS}+?)${DENIAL_AFTER}`, '{a}your {b}'],
  [`to their (?<b>${DUTY_WORDS}+?)${DENIAL_AFTER}`, 'your {b}'],
];

/**
 * A word of the one thing not done, not one that starts what says when or where ("before booking"),
 * nor an adverb of how or a particle of the verb ("you didn't read the email properly", "…send the
 * form back"): "the email properly wasn't read" does not read.
 */
const OMITTED_WORD =
  '(?!(?:from|to|at|by|before|within|in|on|during|after|when|for|with|online|and|or|but|so|because|as|which|that|this|it|us|you|we|i|they|he|she|who|properly|carefully|correctly|fully|closely|thoroughly|again|back|first|through|yet|either|out|up|off)\\b)[a-z0-9-]+';
/** A word of the one thing a customer is said to have chosen or sent, as typed: not one that starts what says when or how. */
const SAID_WORD = "(?!(?:as|at|when|on|in|for|during|while|to|from|before|yourself|instead|and|or|but|so)\\b)[\\w'’-]+";
/** Where or when a thing's own clause puts it ("…we sent on Monday", "…shown on screen"): not "on time", which belongs to the step. */
const OWN_PLACE =
  "(?!(?:on|in) time\\b)(?:on|in|at|to|last|earlier|yesterday|this|from)\\b(?: (?!(?:and|but|so|because|as|which|when|then|before|after|within|by|until|while|once|if)\\b)[^ ,;:]+)*";
/** What a thing was said to be, shown or sent, as a word after it ("the warning message shown on screen"). */
const SHOWN = '(?:shown|displayed|sent|given|attached|listed|provided|printed|quoted|posted|issued|stated|included)';
/**
 * The thing's own clause of who sent or had it ("the one-time passcode we sent", "the form I
 * attached last week", "the address we had on file"), kept with it together with its own when and
 * where: the passive must not move them after a verb they do not belong to ("the email we sent
 * wasn't read on Monday"). Not "on time" or "in time", which belong to the step not taken.
 * Also a participle and its place ("the warning message shown on screen").
 */
const WE_SENT = `(?: (?:(?:that |which )?(?:we|i|I|you) (?:sent|gave|emailed|posted|texted|issued|attached|had|received|got|left|asked for|requested|provided)(?: (?:you|us|me))?(?: ${OWN_PLACE})?|${SHOWN} ${OWN_PLACE}))?`;
/**
 * What says when or where a thing was not done, after it: not a clause of someone's own ("…the
 * address we had on file"), which the passive would leave after its verb.
 */
const UNDONE_TAIL = "(?<tail>(?: (?!(?:and|but|so|because|as|which|we|i|I|you|they|he|she|it|that|who)\\b)[^ ,;:]+(?: (?!(?:and|but|so|because|as|which)\\b)[^ ,;:]+)*)?)";
/**
 * Steps a customer is said not to have taken, and how the passive says each was not done
 * ("collect" → "it wasn't collected"): `{v}` is the verb's stem as the agent wrote it.
 */
const OMITTED: [string, string][] = [
  ['(?<v>collect|report|confirm|return|sign|attach|book|renew|register|request|select|check|enter|record|upload|follow|attend)', '{v}ed'],
  ['(?<v>updat|complet|provid|declar|activat|includ|enclos|sav)e', '{v}ed'],
  ['submit', 'submitted'],
  ['cancel', 'cancelled'],
  ['send', 'sent'],
  ['pay', 'paid'],
  ['read', 'read'],
];

/**
 * Steps a customer is told they had to take, by a date or before something ("return the form by
 * 3 May"), and how the passive says each: `{v}` the stem as written; the participle "should have"
 * takes. Not checking, reading or following, where "…needed to be checked" would still lecture.
 */
const DUTY_STEPS: [string, string, string?][] = [
  ['(?<v>collect|report|confirm|return|sign|attach|book|renew|register|request|select|record|upload|attend)', '{v}ed', '(?<v>collect|report|confirm|return|sign|attach|book|renew|register|request|select|record|upload|attend)ed'],
  ['(?<v>updat|complet|provid|declar|activat|includ|enclos|sav)e', '{v}ed', '(?<v>updat|complet|provid|declar|activat|includ|enclos|sav)ed'],
  ['submit', 'submitted', 'submitted'],
  ['cancel', 'cancelled', 'cancell?ed'],
  ['send', 'sent', 'sent'],
  ['pay', 'paid', 'paid'],
  ['do', 'done'],
];

/** Going to another party said as a gerund ("we'd recommend contacting them"), and the verb the agent takes it up with. */
const REDIRECT_GERUNDS: [string, string][] = [
  ['contacting', 'contact'],
  ['calling', 'call'],
  ['emailing', 'email'],
  ['speaking (?:to|with)', 'speak to'],
  ['getting in touch with', 'get in touch with'],
  ['reaching out to', 'contact'],
  ['writing to', 'write to'],
  ['checking with', 'check with'],
];

/**
 * Ways a wrong detail is said to be the customer's doing ("you gave us the wrong address", "you
 * picked the wrong size"), and the same fact without them as its cause: `{what}` the detail,
 * `{tail}` where or when.
 */
const WRONG_DETAIL: [string, string][] = [
  ['(?:gave|provided|supplied|sent)(?: us| me)?', 'we had the wrong {what}{tail}'],
  ['(?:entered|typed|put in|filled in)(?: us| me)?', 'the wrong {what} {be} entered{tail}'],
  ['(?<v>picked|selected|clicked|booked|ordered|used)', 'the wrong {what} {be} {v}{tail}'],
  ['chose', 'the wrong {what} {be} chosen{tail}'],
];

/** How sure a diagnosis is, as the agent wrote it ("usually", "most likely"): kept, as a fact is. */
const HEDGE = '(?:usually|often|mostly|typically|probably|likely|most likely|almost certainly|nearly always|almost always|very likely)';

/**
 * Where a diagnosis puts a fault in the customer's own kit ("caused by your home network", "down to
 * your DNS settings"): the kit, named with up to two words before it. Not a person or a party.
 */
const DIAGNOSED_KIT = `(?!own\\b)(?:[a-z-]+ ){0,2}${THEIR_KIT.slice(0, -'|end|side)'.length)}|dns settings|dns|wiring|connection settings|email filter)`;

/** What may follow the kit in its clause: another place it may be ("or home wiring"), or where the kit is ("at your domain registrar"). */
const DIAGNOSIS_TAIL = "(?:(?:or|and) (?:[a-z-]+ ){0,5}[a-z-]+|(?:at|in|on|with) (?:your|the) (?:[a-z-]+ ){0,3}[a-z-]+)?";

/**
 * A diagnosis that puts the fault in the customer's kit ("Buffering is usually caused by your home
 * network", "The dropped calls are most likely due to your handset"): the finding is kept, said of
 * "the" kit rather than "your", its hedge kept; where the sentence offers no step, the agent's next
 * one follows as a blank. Beside a step already given ("…, so please restart your router"), no Swap:
 * a blank there would offer a second step, and "your" → "the" alone is not worth offering (s42 read 1, n=13).
 */
const DIAGNOSIS_REWRITES = [
  {
    when: `(?<hedge>(?:${HEDGE} )?)(?<how>caused by|due to|down to|coming from) your (?<kit>${DIAGNOSED_KIT})`,
    afterSubject: `${SUBJECT}(?: (?:is|are|was|were|will be|seems? to be|looks? to be)|['’]s|['’]re)(?: ${HEDGE})?`,
    restIs: DIAGNOSIS_TAIL,
    whole: true,
    better: `{hedge}{how} the {kit} {rest?}; ${NEXT_STEP}`,
  },
  // "The fault is with your router": where it looks to be, and the agent's next step.
  {
    when: `(?<what>fault|problem|issue|error) (?:is|lies|sits) (?:with|in) your (?<kit>${DIAGNOSED_KIT})`,
    // Only where it opens its sentence: after a finding of ours ("…came back clean, so the issue is
    // with your equipment") the verdict goes instead, the finding kept (leave-out.ts).
    afterSubject: '(?:the|this|that|any)',
    restIs: DIAGNOSIS_TAIL,
    whole: true,
    better: `{what} looks to be in the {kit} {rest?}; ${NEXT_STEP}`,
  },
];

/** Whose duty a step is said to be: "your", "their", "the passenger's", "up to you", "up to your team". */
const WHOSE_DUTY =
  "(?:all |entirely |solely |really |ultimately )?(?:up to (?:you|your [a-z-]+)|(?:your|their|the [a-z-]+(?:['’]s|s['’])?) (?:own )?(?:responsibility|duty|job))";

/** The step itself, to the clause's end: a verb and what it takes, no second clause ("…, and you didn't"). */
const DUTY_STEP = "(?<step>(?!(?:be|have|not|make sure you|ensure you)\\b)[a-z][a-z-]*(?: [^,;:]+)?)";

/**
 * A bare verdict that puts it on the customer after a condition ("If that was a mistake, it was
 * yours", "If you moved without updating it, that's on your end"): the condition is kept and the
 * agent's next step takes the verdict's place, as a blank.
 */
const CONDITION_VERDICT = [
  {
    when: "(?:(?:that|it|this)(?:['’]s| is| was| would be) (?:all )?(?:on you|on your (?:end|side)|yours|down to you|your (?:own )?(?:fault|responsibility|problem|lookout|doing|mistake))|(?:the )?(?:mistake|error|fault) (?:is|was) yours)",
    afterSubject: 'if [^.!?;:,\\n]+,',
    restIs: '(?:)',
    whole: true,
    better: NEXT_STEP,
  },
  // "If that was a mistake, it was yours": the flagged words open inside the condition.
  { when: '(?<slip>mistake|error), (?:it|that) was yours', afterSubject: 'if (?:that|this|it) (?:was|is) (?:a|an)', restIs: '(?:)', whole: true, better: `{slip}, ${NEXT_STEP}` },
];

/**
 * A step said to be the customer's duty, or another party's ("It's their responsibility to check
 * the email address is correct", "It was up to your team to check the summary before it went into
 * the report", "The onus is on the admin to remove unused seats"): the step is kept as what was
 * needed, with no one named as having failed it, and the agent's next step follows as a blank.
 * The tense as the agent wrote it. Only where nothing follows the step in its sentence.
 */
const DUTY_REWRITES = [
  ['(?:is|[\'’]s)', 'what’s needed is to'],
  ['was', 'what was needed was to'],
].flatMap(([be, said]) => [
  { when: `(?:it|that|this) ${be} ${WHOSE_DUTY}`, restIs: `to ${DUTY_STEP}`, whole: true, better: `${said} {step}; ${NEXT_STEP}` },
  { when: `(?:it|that|this) ${be} ${WHOSE_DUTY} to`, restIs: DUTY_STEP, whole: true, better: `${said} {step}; ${NEXT_STEP}` },
  { when: `the onus ${be} on(?: the| you| (?:the|your) [a-z-]+)?`, restIs: `(?:(?:the )?[a-z-]+ ){0,2}to ${DUTY_STEP}`, whole: true, better: `${said} {step}; ${NEXT_STEP}` },
]);

export const blameShift: FlagRuleData = {
  id: 'blame-shift',
  category: 'ownership',
  weight: 15,
  severity: 'warn',
  title: 'Shifting the blame',
  why: 'Pointing the finger, even when it is true, makes the customer defend themselves instead of working with you.',
  better: 'Own the next step, whoever caused it.',
  examples: ['You should have checked', 'You failed to', 'That’s not my department', 'That is not our fault', 'You must have entered', 'You’ll need to take that up with the courier'],
  patterns: [
    // Frames from batches wu/wv (tune), each over word classes rather than the phrase seen.
    // The fault traced to the customer's kit or side by a verb of origin: "the disconnect came from
    // your connection", "the drop-outs stem from your router".
    FAULT_NOUN + ' (?:[a-z]+ ){0,2}(?:came|comes|come|coming) (?:entirely |directly |purely )?from your (?:own )?(?:side|end|' + THEIR_KIT + '|' + THEIR_PEOPLE + ')',
    // The fault placed at another party's side, with ours denied: "this delay is from sender side and not from us".
    '(?:delay|hold-?up|disconnect(?:ion)?|outage|failure) (?:is|was|lies|came) (?:from|on|with) (?:the )?' + NOT_US + '[a-z-]+(?:\'s)? (?:side|end)',
    // Ours denied after the cause is given: "…, not anything at our end", "…, not something on our side".
    // The verdict drawn from a cause given just before, in the same breath (tune, batches ww-wy):
    // "We only support the latest Chrome, so it's not an issue on our side"; "No issues on our side
    // tonight, so it'll be your internet provider"; "the care label says hand wash only, so the
    // damage isn't a manufacturing fault"; "…, so delays aren't something our team can answer for".
    '(?:so|which means|meaning) (?:it|this|that|the (?:[a-z-]+ ){0,2}(?:problem|issue|fault|damage|delay|error|outage|drop-?outs?|buffering|lag)) (?:is|was|are|were) not (?:an? |any )?(?:issue|problem|fault|error|bug)s? (?:on|at|from|with) (?:our|my) (?:side|end|part)',
    "(?:so|which means|meaning) (?:it|this|that) (?:will|would|must|is going to|is likely to) (?:be|lie) (?:with )?(?:your|the customer(?:'s)?) (?:own )?(?:[a-z-]+ )?(?:provider|internet|router|connection|network|browser|device|bank|isp|wi-?fi|hardware|settings|phone|laptop|computer|equipment|setup|system|end|side)",
    "(?:so|which means|meaning) (?:it|this|that|the (?:[a-z-]+ ){0,2}[a-z-]+) (?:is|was|are|were) not (?:an? |the |our )?(?:manufacturing|manufacturer(?:'s)?|installer(?:'s)?|factory|product|driver(?:'s)?|courier(?:'s)?|engineer(?:'s)?|technician(?:'s)?|fitter(?:'s)?|workmanship|production|system|our) (?:fault|defect|error|mistake)",
    '(?:so|which means|meaning) (?:the )?(?:[a-z-]+ ){0,2}(?:is|are|was|were) not (?:something|anything) (?:that )?(?:we|i|our (?:[a-z-]+ )?team|our staff) (?:can|could|are able to|am able to) (?:answer for|be held responsible for|take responsibility for|be blamed for|control)',
    ',? not (?:anything|something|a (?:fault|problem|issue)) (?:at|on|from|with) (?:our|my) (?:end|side)',
    // The cause put on how the customer built or did it: "this is down to how your integration's been built".
    '{it} {be} {adv}(?:all |entirely |purely |simply )?down to (?:how|the way|what) (?:you|your)',
    // The customer's submission said to lack what was needed, with the consequence: "your first two
    // requests did not include the practice code, which is why they could not be actioned", "the
    // account you gave us didn't have the funds, so…".
    '(?:your|the) (?:[a-z0-9\'-]+ ){0,3}' + THEIR_SUBMISSION + '(?: (?:you|your [a-z-]+) (?:gave|provided|entered|supplied|used|sent|submitted|uploaded|filled in)(?: us)?)? (?:did not|do not|does not) (?:include|contain|have|mention|show|match|list|give)(?: [^ \n,.;]+){1,6},? (?:which is why|so|and so|meaning|which meant|that is why)',
    'you (?:gave|provided|entered|supplied|used|sent|submitted)(?: us)? (?:did not|does not) (?:have|hold|contain|include|match) (?:the |enough |sufficient )?(?:funds|money|balance|details|information)',
    // Misuse by the customer's side named as the cause: "because of misuse by residents", "damaged by
    // forcing the doors", "down to mishandling by the user".
    '(?:because of|due to|caused by|down to|(?:the )?result of|from) (?:the )?(?:misuse|mishandling|abuse|neglect|tampering|improper use|incorrect use|rough handling|user damage|accidental damage) (?:by|from|of) (?:the |other |some )?(?:you|your|' + CUSTOMER_ROLE + ')',
    '(?:damaged|broken|caused|bent|cracked|jammed) by (?:someone |people |residents |users |you )?(?:forcing|dropping|misusing|overloading|over-?tightening|pulling|kicking|tampering with)',
    // A duty or fault put on the customer by their role: "a maintenance issue for the homeowner",
    // "a matter for the account holder", "it's on them to return it", "on tenants to clean".
    '(?:is|was|are|were) (?:a|an) (?:[a-z-]+ )?(?:issue|matter|problem|responsibility|job|cost|expense) for (?:the|each|every) ' + CUSTOMER_ROLE + '(?! (?:to (?:decide|choose)|whether))',
    '{it} {be} (?:all |entirely |squarely )?on (?:them|him|her|the ' + CUSTOMER_ROLE + '|' + CUSTOMER_ROLE + '|the (?:[a-z-]+ )?' + OTHERS + ') to(?! (?:you|us)\\b)',
    // Hindsight in the passive or with the customer's act as subject: "had the request gone in a few
    // days earlier this wouldn't have happened", "had your form reached us by Friday, …".
    'had (?:the|your) (?:[a-z-]+ ){1,2}(?:gone in|come in|come through|arrived|reached us|been (?:sent|made|submitted|placed|received|lodged|filed|returned|booked|requested|raised)) (?:[^ \n]+ ){0,5}(?:this|it|that|you|there|the [a-z-]+) would (?:not|never|have)',
    // A step not done as the instructions said, as the cause: "because the pressure wasn't topped up
    // like the guide says", "the filter was not fitted as the manual shows".
    '(?:was not|were not|had not been|has not been|have not been|did not get) (?:[a-z-]+ ){1,2}(?:like|as) (?:the|our|your) (?:[a-z-]+ )?(?:guide|instructions|manual|leaflet|label|booklet|guidance|video|email|letter|steps) (?:says|said|shows|showed|explains|explained|tells you|told you|advises|advised|describes|described)',
    'did you (?:actually |even )?(?:follow|read) the (?:[a-z-]+ ){0,2}(?:guide|instructions|manual|leaflet|steps|booklet|guidance) (?:we|i) (?:sent|gave|provided|emailed|posted)',
    // The customer said to be looking at the wrong thing: "you might have been looking at a
    // different week", "you were probably reading the old timetable".
    'you (?:must|might|may|could) have been (?:looking at|reading|viewing|using|thinking of|on) (?:a|an|the) (?:different|wrong|old|older|other|previous|outdated|another)',
    // A conditional that pins what went wrong on the customer's side: "if your doorbell isn't working,
    // that would explain why you didn't hear it".
    '(?:that|this|which) (?:would|could|might|may) explain why you (?:did not|never|could not|were not|have not|had not|missed)',
    // We did just what the customer chose: "so the warehouse sent exactly what was ordered".
    '(?:sent|shipped|delivered|supplied|posted|booked|charged|gave you) (?:you )?exactly (?:what|the (?:[a-z-]+ )?(?:one|size|item|colour|color|product|date|time)s?) (?:was|were|you|you had) (?:ordered|selected|chosen|chose|picked|booked|asked for|requested|entered)',
    // A reproach for next time in a softer form: "worth booking ahead next time", "best to check the
    // label in future".
    '(?:worth|best to|better to|wise to|a good idea to|advisable to) [a-z]+(?: [^ \n]+){0,4} (?:next time|in (?:the )?future)',
    // The customer's own choice cited as the cause: "the second ticket was your choice", "you selected
    // standard shipping, not express", "so you set it up wrong".
    // Past only: "it's your call" offers the choice.
    '(?:was|were) (?:entirely |completely |all )?your (?:own )?(?:choice|decision|selection|doing)',
    'you (?:selected|chose|picked|ticked|booked|ordered|opted for|clicked|paid for) (?:[^ \\n]+ ){0,2}[^ \\n]+, not\\b(?! (?:your fault|you)\\b)',
    '(?:so|which means|meaning) you (?:must have )?(?:set|typed|entered|filled|configured|put) (?:it|this|that|them)(?: up| in| out)? (?:wrong|wrongly|incorrectly)',
    'you (?:have |had )?(?:read|looked at|dialled|dialed|scanned|tapped|downloaded|installed|visited|opened|followed|copied|measured) (?:the|a|an) (?:wrong|incorrect|invalid)',
    // Ours denied by who handles it: "refunds aren't handled by us", "address changes are dealt with by
    // a different team, we can't help".
    '(?:are|is|were|was) not (?:handled|dealt with|managed|processed|decided|covered|done|run) by (?:us|me|this team|our team|this (?:office|department|desk|team))\\b',
    '(?:handled|dealt with|managed|processed|done|run|decided) by (?:a|another|the) (?:different|separate|other|specialist) (?:team|department|company|office)s?,? (?:so |and )?(?:we|i) (?:can not|could not|are unable|am unable|do not|are not able|am not able)',
    // A third party named as the cause, then disowned: "scheduled by the council and out of our hands",
    // "caused by border checks carried out by the French authorities, over which we have no control".
    '(?:set|scheduled|decided|controlled|run|managed|handled|caused|carried out|done|made|issued|imposed|delayed) by (?:the|a|their) (?:[a-z-]+ ){0,2}(?:' + EXTERNAL.slice(3, -1) + '|authorities|head office|police|regulator|[a-z]+ team)(?: [^ \\n.!?;]+){0,4},? (?:and |so |which |as )?(?:(?:it|this|that|they) (?:is|are|was|were) |(?:is|are|was|were) )?(?:(?:completely |entirely |totally )?(?:out of|beyond|outside) (?:our|my) (?:hands|control)|over which (?:we|i) (?:have|had) no (?:control|say|influence))',
    // The duty put on the customer by "down to you to" or "on the user": "it's down to you to get the
    // reading in", "reconnecting every 60 days is on the user".
    'down to (?:you|yourself) to(?! (?:decide|choose|pick|say|judge)\\b)',
    '(?:is|are|was|were) (?:all |entirely |squarely )?on (?:the )?' + CUSTOMER_ROLE + CLAUSE_END,
    // A slip named as the customer's: "a mis-tap on your part", "an oversight on your side".
    '(?:mistake|error|mis-?tap|mis-?click|mis-?type|typo|oversight|slip|accident|mix-?up) (?:made )?on your (?:part|side|end)',
    // A lecture to take more care: "you'll need to be more careful entering your PIN", "please read your
    // documents carefully before signing".
    'you (?:will |would |really )?(?:need|have|should|must|want|ought) to be (?:a bit |a little |much |far )?more careful',
    '(?:please )?(?:read|check) (?:your|the) (?:[a-z-]+ ){0,2}(?:documents?|contract|terms|paperwork|e-?mails?|letters?|agreement|statement|confirmation|details)s? (?:more |very )?carefully (?:before|next time|in future)',
    // Someone on the customer's side as the cause: "which someone on your team enabled last week",
    // "someone in the household left the heating on". Not an offer ("someone at your home can sign").
    '(?<!(?:if|whether|unless|once|when|in case) )someone (?:on|in|from|at) (?:your|the) (?:team|household|family|home|house|office|company|organi[sz]ation|end|side|account)(?! (?:can|could|may|might|will|would|should|is able)\\b)(?= (?:[a-z]+ ){0,2}(?:[a-z]+ed|left|set|made|turned|switched|put|did|took|gave|chose|has|had|must|may have|might have)\\b)',
    // The customer's omission with its consequence: "you never sent the reading, so we estimated it",
    // "you didn't return the kit, which is why the fee applied". Not what befell them ("you never
    // received it, so I've resent it") nor their blamelessness ("you didn't do anything wrong").
    // Flagged on the omission alone, so the Swaps that retell it without "you" still apply.
    '(?<!(?:if|whether|sorry|when|unless|that) )you (?:did not|never|failed to|forgot to) (?!(?:need|needed|have|had|get|got|receive|received|hear|heard|mean|meant|see|saw|deserve|deserved|expect|expected|want|wanted|ask|asked|know|knew|realise|realised|realize|realized|do|did|notice|noticed|say|said)\\b)[a-z]+(?=(?: [^ \\n,;.!?]+){0,6},? (?:so|which is why|that is why|and so|meaning|which meant|hence)\\b)',
    // The fault named as the customer's kit: "the problem is your Wi-Fi", "the culprit is likely your
    // router", "your phone's settings are blocking our notifications".
    '(?:problem|issue|fault|cause|culprit) (?:is|was|will be|may be|might be|could be) (?:likely |probably |most likely |almost certainly )?your (?:own )?(?:[a-z-]+ )?' + THEIR_KIT,
    "your (?:[a-z-]+(?:'s)? )?(?:" + THEIR_KIT.slice(3, -1) + "|ad-?blocker|extension|antivirus) (?:is|are|was|were) (?:probably |likely )?(?:blocking|stopping|preventing|causing|breaking|interfering with|dropping)",
    // A step the customer missed: "you missed the delivery slot", "you ignored both reminders".
    '(?<!(?:if|sorry|whether|in case|that|when) )you (?:missed|ignored|overlooked|skipped|disregarded) (?:the|our|a|an|both|all|two|three|several|each) (?:[a-z-]+ )?(?:deadline|slot|window|cut-?off|appointment|reminders?|e-?mails?|letters?|notices?|warnings?|step|instructions?|payment|date|collection|texts?|messages?)s?\\b',
    // How the thing was kept as the cause: "this happens when the filter isn't cleaned regularly".
    '(?:this|that|it) (?:usually |normally |often |typically |only |generally )?(?:happens|occurs|can happen) (?:when|if) (?:the|your) (?:[a-z-]+ ){1,2}(?:is not|are not|was not|were not|has not been|have not been|is|are) (?:[a-z-]+ )?(?:cleaned|maintained|serviced|updated|charged|registered|followed|stored|kept|checked|topped up|left|dropped|overloaded|misused|overfilled|exposed)',
    // The cause traced to what the customer gave: "the error came from the information you gave us".
    '(?:came|comes|stems|stemmed|arose|arises|results|resulted) from (?:the )?(?:[a-z-]+ ){0,2}(?:information|details|data|address|number|answers?|reading|settings|figures?|dates?) (?:you|your [a-z-]+) (?:gave|provided|entered|supplied|sent|submitted|chose|set|typed)',
    // The customer or their people set it up wrong: "your own installer fitted it incorrectly".
    '(?:you|your (?:own )?(?:[a-z-]+ )?(?:installer|fitter|plumber|electrician|builder|mechanic|engineer|contractor|technician|developer|admin|it team|team|landlord)) (?:have |had |must have |probably )?(?:fitted|installed|set up|configured|wired|connected|assembled|stored|washed|mounted|plumbed) (?:[a-z-]+ ){0,2}(?:incorrectly|wrongly|improperly|badly|wrong)',
    // Another party's matter, named as the customer's own: "that's a question for your bank".
    '(?:a matter|a question|one|something|an issue) for your (?:[a-z-]+ )?' + OTHERS + CLAUSE_END,
    // Frames from batches ws/wt (tune): the fault at the customer's door or another party's.
    '(?:as|since|because) it is their (?:product|device|system|responsibility|policy|item|app|equipment|network)',
    '(?:this|that|it) is (?:a matter|one|something) for (?:the|your) (?:[a-z]+ )?(?:restaurant|courier|seller|merchant|manufacturer|bank|retailer|landlord|council|provider|insurer|police|store|partner|driver|carrier|employer)',
    '(?:that|this|it) is (?:because|since) you (?:did not|never|forgot to|failed to)',
    'you (?:entered|typed|selected|chose|gave|provided|put|ticked|picked) [^.!?\\n]{3,60}, which is why',
    '(?:please )?(?:double[- ]check|check) your (?:details|information|address|order|email address) (?:carefully )?(?:when|before) (?:ordering|booking|placing|paying)(?: in (?:the )?future| next time)?',
    'you could have (?:left|asked|called|checked|read|contacted|told|booked|chosen|taken|avoided|cancelled)\\b',
    '(?:was|is) (?:at|on|with) the (?:restaurant|courier|seller|merchant|bank|carrier|partner|driver|store|hotel|manufacturer|airline)(?:\'s|’s)? (?:end|side)',
    '(?:most likely|probably|likely|almost certainly) (?:due to|caused by|because of|down to) your (?:own )?(?:[a-z-]+ )?(?:handset|phone|device|router|equipment|settings|browser|network|wiring|home|property|building|rate limits?|configuration|setup|connection|card|bank)',
    'which means (?:a|the) [^.!?\\n]{1,30} was (?:selected|chosen|entered|ordered|typed|ticked) (?:at|during|when|by)',
    // Frames from batches wq/wr (tune): the fault placed with the customer's side or another party.
    'rather than (?:anything |something )?(?:on|at|from|with) our (?:side|end)',
    '(?:is|are) (?:likely|probably|most likely|almost certainly) (?:to be )?(?:within|with|on|in|inside) your (?:property|home|house|premises|side|end|equipment|wiring|network|device|settings|account)',
    '(?:controlled|decided|set|managed|determined|handled) (?:centrally )?by (?:the |our |their )?(?:head office|building management|management|landlord|manufacturer|council|operator|venue|franchisee?|third party|another team|a different team|[a-z]+ (?:team|department|office))(?:,)? (?:so|which means)',
    '(?:must|will) have happened (?:on|at) your (?:end|side)',
    'it was (?:up to you|your (?:responsibility|job|duty)|on you) to',
    '(?:you should|you will need to|you need to|you would need to) claim (?:the [a-z]+ |it |this |that )?(?:back )?from (?:them|the [a-z]+)',
    '(?:issue|problem|fault|error|mistake) lies with',
    '(?:will|would) (?:need|have) to answer for (?:it|this|that)',
    '(?:your|the) (?:[a-z]+ )?(?:it team|it department|team|department|provider|bank|company|employer|administrator|admin|landlord) will (?:need|have) to (?:sort|fix|resolve|deal with|look into|correct)(?: (?:this|that|it))?(?: out)? on their (?:side|end)',
    'not (?:a charge|something|anything) (?:that )?(?:we|i) (?:added|made|did|caused|applied|set up)',
    'had (?:you|the|your) (?:[a-z-]+ ){0,6}(?:been )?(?:declared|disclosed|reported|read|checked|followed|told us|let us know|contacted us|informed us)\\b',
    // The customer's slip or duty.
    { p: '(?<!than )you (?:should|ought to) (?:have|not have) (?!(?:received|got|gotten|been|heard|had|seen|needed)\\b)' + PARTICIPLE + '(?! (?:by now|already|today|yesterday)\\b)', better: 'Next time, [what helps]; for now, here is what I’ll do:' },
    { p: 'you (?:failed|neglected|forgot|omitted) to', better: 'It looks like … didn’t go through, so I’ll …' },
    '(?<!(?:if|that|when|unless|whether) )you (?:did not|have not|never|had not) (?:follow|read|check|complete|confirm|enclose|include|update|tell|inform|notify|let us know|submit|declare|back up|attach|respond|reply|check in|keep (?:it|them|your [a-z]+) (?:safe|secure))',
    { p: 'you must have (?!(?:been|felt|had|received|heard|thought|wondered|noticed|seen|needed|wanted|hoped|expected)\\b)' + PARTICIPLE, better: 'It looks like …; let’s fix it:' },
    'you (?:have )?made (?:a|an) (?:mistake|error)',
    'why (?:did|have|had) you not (?:call|contact|tell|check|read|let|update|follow|cancel|report|ask)',
    'apparently,? you (?:overlooked|missed|ignored)',
    // The message the customer is said to have ignored, named by it ("As stated in the email you
    // ignored, …"): it is the message we sent. Listed before the two frames below, which flag the
    // same words where the relative clause ends there, so only the Swap differs.
    {
      p: "(?<=\\b(?:e-?mails?|letters?|reminders?|notices?|messages?|texts?|warnings?|notifications?|instructions|updates?) (?:that )?)you (?:simply |just |clearly |obviously )?(?:ignored|disregarded|overlooked)(?=[ \\n]*(?:[,.;:!)]|$))",
      better: 'we sent',
      swap: true,
    },
    '(?:you|you have|you had) (?:probably|likely|most likely|possibly|perhaps|maybe|must have|may have|might have|clearly|obviously|simply)(?: just)? ' + SLIP,
    'you (?:simply |just |clearly |obviously |then )?(?:ignored|overlooked|disregarded|misread|mistyped|misunderstood)',
    '(?:error|mistake|oversight|negligence|failure|misunderstanding|carelessness) on your part',
    '(?:only have|only got|have only|only) yourself to blame',
    'you (?:will |would )?(?:need|have) to take (?:some )?responsibility',
    '(?:happened|occurred) (?:only |simply )?because (?:you|your)',
    '(?:what|as) you were (?:supposed|meant|asked|required) to (?:do|have done)',
    'the (?:previous|last|other|first) (?:agent|advisor|adviser|colleague|rep|representative|person you spoke to) (?:did not|failed to|forgot to|should have|should not have|messed up|got (?:it|this) wrong|made (?:a|an|the) (?:mistake|error))',
    '{it} {be} (?:his|her) (?:own )?(?:mistake|fault|error)',
    'the (?:other |previous )?(?:[a-z-]+ )?(?:team|department|warehouse|depot|staff) (?:messed up|screwed up|got (?:it|this) wrong|dropped the ball)',
    'and you never did',
    // The customer's slip offered as the likely cause: "it may be that this step was missed", "you probably
    // picked the wrong date", "maybe your friend used your account", "could be your network?".
    "(?:probably|most likely|likely|maybe|perhaps|possibly|presumably|it may be that|it might be that|it could be that|it looks like|it seems) (?:that )?(?:you|someone in your (?:household|home|family)|your (?:friend|family member|partner|child|kids?|son|daughter|housemate|flatmate|neighbou?r)s?(?: or (?:a )?[a-z ]{1,20})?) (?:(?:have|had|may have|might have|must have) )?(?:picked|chose|chosen|selected|entered|typed|used|took|taken|forgot|forgotten|missed|skipped|ignored|clicked|pressed|booked|ordered|gave|shared|left|did not|have not|had not|never)",
    '(?:it may be|it might be|it could be|it looks like|looks like|seems) (?:that )?(?:this|the|that) (?:[a-z-]+ ){0,2}(?:step|setting|option|instruction|requirement|part|field|box|form) (?:was|were|has been|had been) (?:missed|skipped|ignored|overlooked|not (?:followed|done|completed|set|ticked|switched on|turned on))',
    "(?:could|might|may) (?:it )?be (?:your|a problem with your|an issue with your|something (?:with|on) your) (?:own )?(?:network|connection|internet|wi-?fi|router|broadband|device|phone|browser|setup|settings|card|bank|end|side)",
    "(?:has not|have not|had not|was not|were not|wasn't|weren't) been (?:[a-z]+ed|done|set up|switched on|turned on) (?:on|from|at) your (?:end|side)",
    'you (?:probably|most likely|likely|presumably) (?:picked|chose|selected|entered|typed|used|took|forgot|missed|skipped|ignored|clicked|pressed|booked|ordered|gave|shared|left|did not|never)',
    '(?:on|at|from) your (?:side|end),? (?:that|this|it|which) (?:would|could|might|may|will) explain',
    '(?:usually|normally|often|typically|mostly|always) happens? when (?:customers|people|users|members|you|the customer|the user) (?:have not|has not|do not|does not|did not|forget|forgot|fail|failed|skip|miss|ignore|use|try)',
    '(?:needed|had|has|have|needs) to be (?:[a-z]+ed|done|made|set|sent|paid|shown|told) by you',
    '(?:was|is|were|are) something you (?:agreed|signed up|committed|consented) to',
    'must be (?:requested|claimed|raised|made|sought|taken up|pursued|arranged|reported|sorted) (?:directly )?(?:from|with|through) (?:them|him|her|the (?:[a-z-]+ )?(?:agency|agent|retailer|seller|airline|bank|provider|merchant|third party|manufacturer|courier|carrier|landlord|supplier))',
    "(?:on|via|through|to) (?:their|[a-z]+'s) own (?:line|number|website|site|app|portal|helpline|support)",
    // "you did not listen properly", "you need to follow the care label more carefully".
    '(?<!(?:if|sorry|maybe|perhaps) )you (?:did not|didn\'t|have not|never) (?:listen|read|follow|check|look)(?: (?:to|at) [a-z ]{1,30}?)? (?:properly|carefully|closely|fully|correctly)',
    'you (?:need|have|will need|would need) to (?:read|follow|check|look at|pay attention to) (?:[a-z-]+ ){0,4}(?:more )?(?:carefully|properly|closely)',
    'you may (?:wish|want) to (?:check|make sure|ensure) (?:that )?your',
    // The fault placed on the other side: "this mistake is from restaurant side", "falls outside our responsibility".
    '(?:mistake|error|fault|problem|issue) (?:is|was|lies|came) (?:from|on|with) (?:the )?' + NOT_US + '[a-z-]+(?:\'s)? (?:side|end)(?: not (?:from |on )?(?:ours|our side|us))?',
    '(?:falls?|is|are|lies?|sits?) (?:entirely |completely |well )?outside (?:of )?(?:our|my) (?:responsibility|control|remit|liability|hands)',
    "(?:that is|that's|they are|they're|he is|she is) who you(?: would|'d| will|'ll)? (?:want|need|have) to (?:speak|talk|go|turn|complain) to",
    'you (?:have |had )?(?:entered|selected|ordered|booked|chose|chosen|gave|given|provided|typed|used|picked|put|bought|purchased|sent|filled in|supplied) (?:us |in )?(?:the|a|an) (?:wrong|incorrect|invalid)',
    '(?:your|their) (?:[a-z-]+ ){0,2}(?:' + OTHERS.slice(3, -1) + '|' + THEIR_PEOPLE + ') (?:must have |probably |likely |may have |might have )?(?:sent|entered|given|typed|used|put|selected|chose|chosen|ordered|booked|picked|addressed|posted|filled in) (?:it |them |this |that |us |in )?(?:to |at |in |on |into |for )?(?:the|a|an) (?:wrong|incorrect|invalid)',
    '(?:likely|probably|possibly|presumably|must be that|seems) (?:that )?(?:the )?(?:wrong|incorrect) [a-z-]+(?: (?!(?:you|we|i|that|which)\\b)[a-z-]+)? (?:was|were|had been) (?:selected|entered|chosen|used|typed|picked|ordered|booked)',
    '(?:because|since) you (?:had |have )?(?:forgot|ignored|skipped|overlooked|failed|neglected|never (?:gave|sent|told|provided|submitted|paid|returned|replied|responded|updated|registered|cancell?ed|read|checked|contacted)|(?:did not|never|chose not to|opted not to) ' + NOT_DONE + '|were not (?:in|home|at home|available|present|there)|opted out)',
    'you (?:[a-z]+ed|made|chose|set|put|sent|gave|paid|bought|did) (?:[^ \\n]+ ){1,4}yourself(?=[ \\n]*(?:[^a-z0-9 \\n]|$))',
    '(?:caused|broken|moved|removed|deleted|typed|changed|damaged|skipped|missed|ignored) (?:[a-z]+ )?(?:by (?:you|yourself|your ' + THEIR_PEOPLE + ')|on your (?:side|end))',
    // The fault sited with the customer: "the error originated on your side of the socket", "the fault is with
    // your handset", "entered incorrectly on your side", "a case of user error", "it is on you to keep it updated".
    '(?:fault|error|problem|issue|mistake|failure) (?:[a-z]+ ){0,2}(?:originated|originates|occurred|lies|lay|sits|stems|stemmed|is|was) (?:entirely |clearly |firmly |squarely )?(?:on|from|at|with|in) your (?:own )?(?:side|end|' + THEIR_KIT + '|' + THEIR_PEOPLE + ')',
    '(?:entered|typed|set|configured|selected|filled in|set up) (?:[a-z]+ ){0,2}(?:incorrectly|wrongly|wrong) (?:on|at|from) your (?:side|end)',
    '(?:is|was|a case of|down to) (?:simply |just |a case of )?user error',
    '{it} {be} on you to',
    "{it} {be} your (?:own )?(?:[a-z-]+ ){0,2}(?:extension|ad-?blocker|" + THEIR_KIT.slice(3, -1) + ") (?:that|which)",
    '(?:is|are|was|were) (?:the )?(?:customer|passenger|guest|member|user|player|traveller|traveler|account holder|policyholder)(?:\'s|s\')? (?:own )?(?:duty|obligation|job) to',
    'you (?:are|were) the (?:one|ones|person) (?:who|that)',
    '(?:stems|stemmed|arises|arose|results|resulted|comes|came) from (?:the )?(?:incomplete|incorrect|missing|wrong|inaccurate|invalid) (?:[a-z-]+ ){0,3}(?:on|in|from) your',
    '(?:due to|because of|caused by) (?:the )?(?:incorrect|wrong|incomplete|missing|invalid|inaccurate) (?:[a-z-]+ ){0,3}(?:supplied|provided|given|entered|submitted|sent) by you',
    'your (?:[a-z]+ )?' + THEIR_PEOPLE + ' (?:(?:did not|never) ' + NOT_DONE + '|failed to|forgot to|neglected to|broke|deleted|removed)',
    '(?:caused by|due to|because of) (?:your (?:own )?(?:error|mistake|failure|negligence|oversight)|you (?:failing|not (?:reading|checking|following|updating|telling|informing|submitting|cancelling|returning|declaring)))',
    '(?<!(?:if|when|in case) )you (?:was|were) not (?:in|home|at home|available|present|there|in attendance)(?= (?:when|at the time|to (?:sign|receive|accept|answer|let))|[ \\n]*[,.;!?])',
    '(?:driver|courier|engineer|technician|rider|crew|staff|agent|team|he|she|they) (?:simply |only |just )?followed (?:your|the customer\'s) (?:own |exact )?(?:instructions|directions|request)',
    '(?:went|sent|delivered|shipped|posted) (?:it |them )?(?:exactly )?where you told us',
    '(?:your|the) (?:[a-z-]+ )?(?:was|were) not (?:out|put out|registered|submitted|signed|filled in|returned|declared) (?:by|before|in time|on time)',
    // Why it happened, put on the customer: "that'd be because you left the page open", "which means you shared your account".
    '(?:means|suggests|indicates) (?:that )?you (?:must have |have |had )?(?:shared|gave|given|lent|let|clicked|pressed|tapped|left)',
    '(?:button|link|box|option|payment|order|booking|request) (?:was|were) (?:pressed|clicked|tapped|ticked|selected|submitted|placed|made|sent) (?:twice|two times|more than once|again|by mistake)',
    '(?:password|pin|passcode|login|login details|details|code|card) (?:was|were|has been|had been) (?:shared|given out|disclosed|leaked|stolen from your)',
    '(?:made|caused|entered|placed|requested|submitted|selected|booked|done|authori[sz]ed) by the (?:customer|account holder|user|cardholder|guest|member|player|passenger|buyer|client|applicant)',
    // The customer's details or timing as the cause: "the address on file was incomplete", "submitted after the cut-off".
    '(?:address|details|information|reference|number|postcode|form|application|documents?|paperwork|card details|payment details|photo|id) (?:you (?:gave|provided|entered|supplied|used|sent|gave us|uploaded)|on (?:file|the (?:form|order|booking|application))) (?:was|were) (?:incomplete|incorrect|wrong|invalid|missing|insufficient|illegible|unclear|out of date|not (?:complete|correct|valid|clear))',
    '(?:submitted|sent|made|placed|requested|booked|paid|filed|returned|lodged|posted|completed) (?:after|past|outside) the (?:[a-z0-9-]+ ){0,2}(?:cut-?off|deadline|window|time limit|closing date|return period)',
    // The customer was warned: "you were warned of the charge", "a reminder was sent to your email".
    '(?<!(?:if|whether|that) )you (?:were|had been|have been) (?:clearly |already |duly )?(?:warned|reminded|made aware)',
    '(?:reminders?|warnings?|final notices?) (?:was|were|had been|has been|have been) (?:sent|emailed|posted|given|issued) to (?:you|your)',
    'should not have (?:come as|been) (?:a|any) surprise',
    '(?<!(?:sorry|shame|pity|apologies|apologise|that|if|so) )you (?:needed|had|were required|were expected) to (?:[a-z]+ )?(?:' + DUTY.slice(3, -1) + '|opt (?:in|into|out)|pay|cancel|return|tell|arrange|book|bring|show)',
    '(?:report|raise|flag|mention|declare|dispute|query|notify us of)(?:ed|d)? (?:it |this |that |them |any (?:issues|problems|complaints) )?(?:during|at the time of|before the end of|while you were on|within [a-z0-9]+ (?:hours|days) of) (?:your|the) (?:stay|visit|trip|holiday|delivery|appointment|rental|booking|flight)',
    'should have been (?:raised|reported|flagged|mentioned|declared|notified|disputed|queried) (?:during|at the time|before|within|while|when|by you|to (?:the|us|reception))',
    // Admonishing for next time: "you must not share your login", "to avoid this in future".
    'you (?:must|should|must to) not (?:share|give|lend|leave|disclose|reveal|write down|let)',
    'you (?:should|must|need to|must to) (?:always )?keep (?:your|the) (?:[a-z-]+ ){1,2}(?:safe|secure|private|secret|away|up to date)',
    "(?:please|you (?:should|must|must to|need to|will need to)) (?:make sure|ensure|check|remember to|keep|use|update|always) {gap:4}{gap:4}(?:to avoid|to prevent|so (?:that )?(?:this|it) (?:does not|will not) happen)",
    // Duty that was the customer's: "it was up to you to check", "you needed to update", "you were supposed to".
    { p: '(?:is|are|was|were|be) {adv}(?:entirely |solely |all |squarely |ultimately )?up to (?:you|yourself|the (?:customer|passenger|guest|member|user|player|account holder|policyholder|cardholder|buyer|sender)) to ' + DUTY, better: 'Next time, [what helps]; for now, here is what I’ll do:' },
    'you were (?:supposed|meant|required|expected|reminded) to (?:[a-z]+ )?' + DUTY,
    'you would have needed to',
    'you (?:would|will|should) (?:need to )?(?:have needed|need to have) (?:been|had|' + PARTICIPLE_ALTS,
    '(?:i|we) would have expected you',
    // Lecturing for next time: "you must select the correct size next time", "in future, please make sure".
    '(?:next time|in (?:the )?future),? (?:you (?:should|must|need to|will need to|have to) (?:make sure|ensure|check|read|remember|select|choose|double-check|confirm|be (?:more )?careful)|(?:please )?(?:make sure|ensure|be (?:more )?careful|read|check|double-check|remember to|measure|allow|let us know))',
    'you (?:must|should|need to|will need to) (?:make sure|ensure|check|read|remember to|select|choose|double-check|be (?:more )?careful) (?:[^ \\n]+ ){0,4}next time',
    // Counterfactuals: "if you'd sent one in", "had you consulted them", "had the handset been registered",
    // "could have been avoided by checking the size guide", "you'd have known".
    '(?<!sorry )if you (?:had|would|would have) (?:only |just )?(?:read|checked|looked|followed|paid attention|contacted|called|told)',
    '(?<!(?:sorry|wondering|ask|asking|know|see|check|checking|confirm|sure|whether) )if you (?:had|would) (?:only |just )?(?!' + NOT_FAULT + ')(?:' + PARTICIPLE_ALTS,
    'had you (?:only |just |not )?(?!' + NOT_FAULT + ')(?:' + PARTICIPLE_ALTS,
    'had (?:the|your) (?:[a-z-]+ ){1,2}been (?:registered|declared|submitted|returned|activated|updated|signed|filled in|completed|checked|read|reported|cancelled|canceled|booked|sent in|entered|paid)',
    'you would have (?:seen|known|noticed|avoided)',
    '(?:could|would|might) (?:easily |all )?have been (?:avoided|prevented) (?:by (?:you|your|checking|reading|ordering|booking|following|contacting|calling|using|selecting|choosing|entering|updating|submitting|measuring|registering|declaring)|if you)',
    'would not have (?:happened|occurred|been (?:charged|applied|returned|rejected|refused|declined|cancelled))(?:,)? (?:if|had) you',
    // Responsibility placed on the customer or another party: "that's on you", "it is player responsibility".
    '{it} {be} {adv}(?:all )?on (?:you|the sender|the customer|the buyer|your end|your side|them|the (?:[a-z-]+ )?' + EXTERNAL + ')' + CLAUSE_END,
    '{it} {be} {adv}(?:all |entirely |solely )?(?:the|your) (?:[a-z-]+ )?' + EXTERNAL + '(?:\'s|s\') (?:fault|responsibility|problem|doing|mistake|error|liability)',
    'blame (?:the|your) (?:[a-z-]+ )?' + EXTERNAL,
    '(?:is|are|was|were) {adv}(?:entirely |solely |ultimately |fully )?(?:your (?:own )?(?:responsibility|fault|lookout|liability|job to)|their (?:own )?(?:responsibility|lookout|liability|job to))',
    '{it} {be} (?:their|the courier\'s|the carrier\'s|the manufacturer\'s|the bank\'s|your bank\'s|your) (?:responsibility|fault|problem)',
    '(?:is|are) (?:the )?(?:[a-z-]+ )?[a-z-]+(?:\'s|s\')(?: [a-z-]+)? responsibility',
    '(?:is|are|was|were) (?:the )?(?:customer|player|user|guest|member|passenger|client|buyer|owner|holder|tenant|patient|sender|recipient|traveller|traveler)s? (?:own )?responsibility',
    '(?:you|customers|guests|members|users|players|passengers|clients|buyers|tenants|patients|travellers|travelers|cardholders|account holders) (?:are|were|remain) (?:solely |fully |entirely |personally |always )?responsible for (?:ensuring|checking|making sure|storing|keeping|securing|providing|updating|reading|backing up|your own|their own|any (?:loss|damage|charges|fees))',
    '(?:at|on) (?:your|their) own risk',
    '(?:the|your|their|our) (?:[a-z-]+ ){0,2}' + OTHERS + ' (?:is|are|was|were) {adv}(?:solely |entirely |fully |ultimately )?(?:responsible|liable) for',
    '(?:was|were) {adv}(?:entirely |really )?in your (?:own )?hands',
    '{be} (?:entirely |really |completely |solely |squarely )in (?:their|the [a-z-]+\'s) hands',
    'in (?:their|the [a-z-]+\'s) hands,? (?:rather than|not)',
    '{it} {be} (?:down to|up to|the fault of|the responsibility of) (?:the|your) (?:courier|carrier|manufacturer|bank|post office|airline|supplier|delivery company|other team|[a-z]+ team|partner|retailer|seller)',
    '(?:was|were) {adv}(?:entirely |solely |all |squarely )?down to (?:you|yourself)(?! (?:whether|which|what|how|if|when)\\b)',
    '(?:is|are|was|were) {adv}(?:entirely |solely |all |squarely )?down to (?:you|yourself) (?:that|to ' + DUTY + ')',
    '(?:is|are|was|were) {adv}(?:entirely |solely |all |squarely )?down to your (?!(?:personal |own )?(?:preference|choice|discretion|feedback)\\b)',
    '(?:delay|hold-?up|problem|issue|fault|error|mistake|charge|fee|penalty|refusal|rejection|outage|disconnection|lag|damage|loss) {be} {adv}(?:entirely |solely |all |squarely |simply )?(?:down to|attributable to) (?:your|their|how (?:you|it|they)|the way you|what you|the (?:[a-z-]+ )?(?:form|application|submission|request|details|information|instructions|address|settings)|the (?:[a-z-]+ ){0,2}' + OTHERS + ')',
    // Someone else's job: "handled by our insurers, not by customer service", "set by the manufacturer".
    '(?:handled|dealt with|managed|covered|run|processed|decided|set|controlled|owned) (?:directly |entirely |solely )?by (?:the |our |a |their )?(?:[a-z-]+ ){0,2}(?:team|department|dept|office|company|insurers?|provider|partner|owner|host|landlord|manufacturer|council)s?,? (?:and )?not (?:by )?(?:us|me|customer services?|this team|our team|the [a-z]+ team|the staff)',
    '(?:is|are|were|was) (?:controlled|handled) (?:directly |entirely |solely )?by (?:the|your|their) (?:[a-z-]+ )?(?:' + EXTERNAL.slice(3, -1) + '|owner|host|head office)',
    'not something (?:we|i|the [a-z]+(?: here)?) (?:can |could )?(?:control|deal with|handle|cover|look after|comment on)',
    '(?:is|are) not part of (?:our|this|the same) (?:[a-z-]+ )?(?:team|company|department|service|business|organi[sz]ation)',
    '(?:can not|will not|could not) comment on (?:what|their|his|her|the) (?:[a-z-]+ )?(?:told|said|staff|advice|shop|store|branch)',
    '(?:one|something|a matter|an issue) (?:to|for you to) (?:raise|take up|discuss|sort out|chase) with',
    // The cause placed elsewhere: "rather than any defect in the property", "comes down to how the sender packed it".
    'rather than (?:any |a |an )?(?:defect|fault|problem|issue|error|mistake|failure) (?:in|with|on|by|from|of) (?:the|our|us)',
    '(?:comes?|came|boils?|boiled) down to (?:how|the way) (?:you|your|the|they|their)',
    '(?:coming|comes|came) from (?:your|their|the [a-z-]+\'s) (?:end|side)',
    '(?:maybe|probably|perhaps|most likely|likely|must be that) (?:it is )?your (?:card|bank|password) (?:is|was|did|does|has|declined|blocked|rejected|not)',
    '(?:problem|issue|fault|error) (?:most likely |probably |likely )?(?:lies|lay|is) in (?:how|the way) (?:you|your|the)',
    '(?:is|are|was|were|remains?) (?:the )?(?:sole |full |entire )?responsibility of (?:the )?(?:customer|player|user|guest|member|passenger|client|buyer|owner|holder|tenant|patient|sender|recipient|travell?er|account holder|applicant|cardholder|policyholder|you)',
    '(?:the )?(?:customer|player|user|guest|member|passenger|client|buyer|owner|holder|tenant|patient|sender|recipient|travell?er|account holder|applicant|cardholder|policyholder|tenants|members|customers|guests|players|users|applicants) (?:is|are|remains?) (?:solely |fully |entirely |personally |always )?responsible for',
    // Another party did it: "the delay was caused by the courier", "our supplier let us down", "the hotel that overbooked".
    '(?:caused|lost|damaged|delayed|misplaced|mislaid|broken|messed up|overbooked|mis-?sold) by (?:the|our|your|their|a) (?:[a-z-]+ ){0,2}(?:' + OTHERS.slice(3, -1) + '|' + EXTERNAL.slice(3, -1) + '|third[- ]party|restaurant|hotel|seller|partner)',
    '(?:mistake|error|fault|problem|delay|issue|damage) (?:was|were|has been|had been) (?:made|caused|done) by (?:the|our|your|their|a) (?:[a-z-]+ ){0,2}(?!(?:us|me|our|my|team|staff)\\b)[a-z-]+',
    '(?:the|our|your|their) (?:[a-z-]+ ){0,2}(?:' + OTHERS.slice(3, -1) + '|' + EXTERNAL.slice(3, -1) + '|restaurant|hotel|seller|partner|sales team|billing team|sales|billing) (?:that |who )?(?:has |have |had )?(?:messed up|screwed up|let (?:us|you) down|lost (?:it|them|your)|misplaced|got (?:it|this|that|your [a-z]+) wrong|made (?:a|an|the) (?:mistake|error)|dropped the ball|overbooked|failed to)',
    '(?<=, )not (?:customer )?(?:support|services?|customer service|customer care|this team|this department|my department|my team|our department)' + CLAUSE_END,
    '(?:(?:i|we) (?:am|are) (?:only|just) (?:in charge of|responsible for|dealing with|handling|here for)|(?:i|we) (?:only|just) (?:handle|deal with|look after|cover) [a-z-]+(?= ?[,;.]| so| and))',
    '(?:previous|last|other|first) (?:agent|advisor|adviser|colleague|rep|representative|person) (?:gave|told|sent|provided|quoted) (?:you )?(?:the |some |an? )?(?:wrong|incorrect|inaccurate|false|bad|misleading)',
    'whoever (?:you spoke to|you talked to|you dealt with|told you (?:that|this)|said that)(?: before| previously| earlier)? (?:was (?:wrong|mistaken)|got it wrong|should not|made)',
    '(?:independently|separately) (?:owned|operated|run|managed)',
    '(?:i|we) (?:was|were|am|are) not the (?:one|ones|person|team|department) (?:who|that|responsible)',
    '{it} {be} not on (?:us|me|our end|our side)',
    '{it} {be} (?:a|another|the) (?:different|separate|other) (?:department|team|company|branch|office|store|business)',
    '(?:we|i) (?:are|am) (?:just|only|simply|merely) (?:the|a|an) (?:marketplace|platform|middleman|agent|booking agent|intermediary|reseller|broker|messenger|front desk|call cent(?:re|er))',
    '(?:is|are|now|sitting) (?:with|being held by|held by|in the hands of) (?:your|the) (?:bank|card issuer|card provider|payment provider)',
    '(?:bank|card issuer|card provider|payment provider|courier|carrier) (?:that is |who is |is )?holding (?:the|your|it|onto)',
    '(?:customers|users|members|guests|players|passengers|tenants|applicants|buyers|clients) (?:need|have|are (?:required|expected|asked)) to (?:check|ensure|make sure|read|update|keep|provide|confirm|allow|notify)',
    '(?<!(?:if|that|when|unless|whether) )you (?:did not|never|failed to) (?:give|provide|send) (?:us )?(?:enough|sufficient|adequate|the required|any) (?:notice|time|information|details|warning)',
    'you (?:chose|selected|opted for|picked|went for|booked|ordered) (?:[a-z0-9-]+ ){1,3}(?:so|which (?:is why|means))(?= (?:the|this|that|it|there|a|you))',
    '(?:because|as|since|says|said|reported|noted|stated) (?:that )?(?:no one|nobody) (?:was )?(?:in|home|at home|available|answered|there|present|came to the door)',
    '(?:booked|bought|purchased|ordered) (?:it |this |them )?(?:through|via) (?:a |an |the )?(?:third[- ]party|[a-z-]+)(?:,)? (?:so|which means) (?:they|you|it is|the refund|any)',
    // Denying our part: "we're not responsible", "can't be held liable", "no longer our responsibility",
    // "not the responsibility of the hotel", "out of our hands", "outside the clinic's control".
    // Said on its own, it becomes the agent taking it on; before a comma, it is only dropped.
    { p: '{it} {be} {adv}not (?:my|our|the company\'s) (?:fault|problem|responsibility|concern)(?=, (?!but\\b)[a-z])', better: '', swap: true },
    { p: '{it} {be} {adv}(?:not|nothing to do with) (?:my|our|the company\'s) (?:fault|job|problem|department|responsibility|area|team|issue|concern)', better: 'I’ll take this on and make sure it gets sorted.', swap: 'sentence' },
    '{it} (?:has|had) nothing to do with (?:me|us)',
    { p: '(?:we|i) {be} {adv}not (?:responsible|accountable)', better: 'Here is what I can do to help:' },
    '(?:can|could|will) not be held (?:responsible|liable|accountable)',
    'not something (?:we|i) {be} (?:responsible|liable|accountable) for',
    '(?:not|no longer) (?:my|our|the (?:[a-z-]+ )?' + ORG + '(?:\'s)?) ' + LIABILITY,
    'not (?:the )?(?:responsibility|fault|liability) of (?:the (?:[a-z-]+ )?' + ORG + '|us|me|our)',
    '{be} {adv}(?:not|never) (?:my|our) (?:fault|responsibility|problem|doing)',
    // Not "out of our control" nor "out of our hands": weather and strikes point at no one.
    '(?:caused by|due to|because of) (?:a |an |the )?(?:[a-z-]+ ){0,2}(?:at|with|from|by|for) (?:the|their|your|our) (?:[a-z-]+ )?' + EXTERNAL,
    '(?:problem|issue|fault|error) {be} not (?:from|on|at|with) (?:our|my) (?:end|side)',
    // "…, not us", "…, not our servers", "not by us", "his mistake, not mine", "rather than the club's".
    '(?<=, |— |- )not (?:by |from |with )?(?:us|me|ours|mine|our (?:[a-z-]+ )?(?:fault|side|end|servers?|systems?|network|team|staff|company|doing|problem|issue|app|website|site|platform))' + CLAUSE_END,
    '(?:rather than|and not) (?:the (?:[a-z-]+ )?' + ORG + '\'s|ours|mine|us)' + CLAUSE_END,
    // The fault sits elsewhere: "the hold-up is with the lab", "repairs sit with the landlord",
    // "it's your internet", "problem of your device", "prob an issue at the store".
    '(?:problem|issue|fault|error|mistake|hold-?up|delay|blame|responsibility|liability) (?:is|was|lies|lay|sits|rests) {adv}(?:entirely |solely |squarely |firmly |really )?(?:with|on) (?:your (?:end|side|own)|their|the (?!(?:customer|client|guest|member|passenger|patient|user|player|buyer)\'s)[a-z]+\'s|the (?:[a-z-]+ ){0,2}' + OTHERS + ')',
    '(?:repairs?|maintenance|refunds?|claims?|decisions?|matters?|costs?|charges?) (?:lies|lie|sits|sit|rests|rest) {adv}(?:entirely |solely |squarely |firmly |really )?with (?:the|your|their|[a-z]+\'s) ' + NOT_US + '[a-z-]+',
    '(?:damage|problem|issue|fault|error|delay|loss) (?:happened|occurred|arose|originated) (?:with|at) ' + THEM,
    '(?:issue|problem|fault) (?:is|lies|was) (?:with|on|at) your (?:end|side|[a-z]+ (?:wiring|device|network|router|settings|bank))',
    '(?:an? |the )?(?:issue|problem|fault) (?:on|at|with) (?:your|their)(?: [a-z\']+)? (?:end|side)',
    '(?:problem|issue|fault|error|mistake) (?:is|was|comes|came) (?:from|on|in) (?:your|the) (?:form|application|input|details|entry|submission|side|end|order|settings)',
    '{it} {be} (?:just |probably |likely |most likely |clearly )?(?:a |an )?(?:problem|issue|fault|error) (?:of|from|on|at|in) your (?:[a-z-]+ )?' + THEIR_KIT,
    '(?:something|an? (?:issue|problem|fault|error)) (?:on|at) your (?:end|side|set-?up)',
    '(?:probably|likely|most likely|prob|must be|could be) (?:an? |the )?(?:issue|problem|error|mistake|fault) (?:at|with|on|from|in) (?:your|their|the (?:[a-z-]+ ){0,2}' + OTHERS + ')',
    { p: '{it} {be} (?:just |probably |likely |most likely |simply )?(?:your|their) (?:own )?' + THEIR_KIT + CLAUSE_END, better: 'Let’s check it together:' },
    '{it} {be} (?:your|their|the) (?:[a-z\'-]+ ){1,2}(?:that|who) (?:needs? to|has to|have to|must|should|will need to) (?:correct|fix|sort|resolve|update|change|refund|amend|deal|answer|pay)',
    '(?:your (?:[a-z-]+ ){1,2}|themselves )(?:was|were|is|are) (?:the|to) (?:problem|issue|cause|culprit|blame)',
    '(?:they|he|she|your [a-z-]+|their [a-z-]+|the (?:[a-z-]+ )?' + EXTERNAL + ') {be} {adv}(?:entirely |solely |partly |partially )?to blame',
    'they do not know what they are doing',
    // Another team or company as a wall: "the ticket office is a separate team", "by a separate authority".
    '{it} {be} (?:a matter|an issue|one) for (?:the|our|your) (?:[a-z-]+ )?(?:team|department|bank|courier|carrier|manufacturer|provider|supplier)',
    '(?:is|are|by a|by an) (?:a |an )?(?:completely |entirely |totally )?(?:separate|independent|external|third-party|third party) (?:team|department|company|companies|authority|organi[sz]ation|business|entity|contractors?|providers?|body|agency|operator)',
    '(?:our|the) (?:business )?partners? will (?:have|need) to (?:help|deal with|sort)',
    '(?:i|we) (?:only|just|can only) (?:handle|deal with|look after) (?:[a-z-]+ ){0,2}(?:queries|enquiries|inquiries|issues|requests|questions|claims|complaints)',
    '(?:we|i) (?:can not|do not|have no) control (?:over )?(?:what |how |when )?(?:the|your|their) (?:[a-z-]+ )?' + EXTERNAL,
    '(?:should|must|needs to|need to|has to|have to|would need to|will need to) (?:go|be sent) (?:directly )?to ' + THEM,
    // Sending the customer elsewhere: "you'd need to chase your landlord", "please raise it with them",
    // "should be directed to the collections agency", "a matter between you and them".
    { p: 'you (?:will|would) (?:need|have) to (?:take (?:it|this|that) up with|contact|call|speak (?:to|with)|get in touch with|reach out to|raise (?:it|this|that) with|file a claim with|complain to) (?:them|the [a-z-]+(?: [a-z-]+)? (?:team|department|directly|themselves)|the (?:courier|carrier|manufacturer|retailer|bank|airline|seller|supplier)|your bank)', better: 'I’ll contact them for you and let you know what they say.' },
    { p: YOU_MUST + ' (?:(?:really|just|simply|still|now|directly|first) )?' + REDIRECT_VERB + ' ' + THEM, better: 'I’ll contact them for you and let you know what they say.' },
    // "Please contact them" is often a hand-over to a colleague; "please contact customs directly" is not.
    'please ' + REDIRECT_VERB.replace('ask|', '') + ' ' + THEM.replace('them|him|her|', ''),
    'please (?:raise|take) (?:it|this|that|the matter) (?:up )?with them',
    { p: 'you (?:will |would )?(?:need|have) to take (?:it|this|that|the matter|your complaint) up with', better: 'I’ll take this up with them for you' },
    '(?:something|one) (?:that )?you(?: will| would)? (?:need|have) to (?:sort|arrange|raise|take|resolve|discuss|settle|deal|take up|check)(?: (?:it|this|that))?(?: out| up)?(?: directly)? with',
    '(?:should|must|(?:will|would) (?:need|have) to|needs to|need to|has to|have to) be (?:directed|raised|taken up|addressed|referred|pursued|lodged|filed) (?:directly )?(?:to|with|through) ' + THEM,
    '(?:matter|issue|claim|dispute|something|question|entirely|strictly|solely|directly|is|are|be) between you and ' + NOT_US + '(?!me\\b)[a-z-]+',
    // "filled in by yourself": anchored on "by yourself".
    '(?<=(?:[a-z]+ed|filled(?: in| out)?|done|made|chosen|written|given) )by yourself',
    '(?:a matter|an issue|something|a question|one) for (?:you and|them|the (?:[a-z-]+ )?' + OTHERS + ')(?=[ \\n]*(?:[^a-z0-9 \\n]|$|to\\b|directly|rather|not\\b))',
    // "If you'd stuck to the limit there'd be no fee": the counterfactual that puts it on them.
    '(?<!(?:sorry|shame|pity|apologies) )if you (?:had|would have|would) (?:only |just )?(?!not\\b)[a-z]+(?: [a-z]+){0,5},? (?:there would|you would|it would|we would|this would|that would|none of this|the (?:fee|charge|problem|issue) would)',
    // Frame from session 32 (tune half a; kept for half b). The customer's omission stated on its
    // own at the head of a clause ("You didn't confirm the slot.", "…: you failed to renew"); not
    // "you never pay extra", which reassures, nor "if you didn't…", which asks.
    '(?<=(?:^|[.!?] |\\n|, |: ))you (?:did not|failed to) ' + NOT_DONE + '\\b',
    // Frames of session 36, for recall on unseen wordings (./blame-shift-frames.ts).
    ...BLAME_SHIFT_FRAMES,
  ],
  // Sent elsewhere, the customer is taken there by the agent: "I'll contact the courier for you".
  // (Not "your bank", "your landlord": the agent cannot act for the customer with their own contacts.)
  rewrites: [
    // A duty put on the customer by their role, with what the duty is ("It's the account owner's
    // responsibility to keep their email address current", "It is the responsibility of the guest
    // to read this before booking"): the duty kept as advice, said to the customer, and the agent's
    // help offered with it. Only where the clause ends there: a verdict after it is another matter.
    ...DUTY_REST.flatMap(([restIs, duty]) => [
      { when: `(?:(?:it|this) )?is (?:always |ultimately |solely )?${ROLE_DUTY}`, restIs, whole: true, better: `it’s best to ${duty}, and I can help with that` },
      {
        when: `is (?:always |ultimately |solely )?${ROLE_DUTY}`,
        afterSubject: '(?:(?:please|kindly) note that )?(?:it|this)',
        subjectGoes: true,
        restIs,
        whole: true,
        better: `it’s best to ${duty}, and I can help with that`,
      },
      {
        when: `is (?:always |ultimately |solely )?${ROLE_DUTY}`,
        afterSubject: "[^.!?;:\\n]*?[\\p{L}\\p{N}'’)],? (?:and|so) (?:it|this)",
        restIs,
        whole: true,
        better: `is best to ${duty}, and I can help with that`,
      },
    ]),
    // The fault traced to the customer's side as the verdict that closes the account ("…the
    // birth certificate was not included[, so the fault is on your side and not ours]."): it goes
    // with its "so", the account of what happened stays. Only at the sentence's end: before a
    // verdict of its own ("…, and the call-out charge stands") it is left.
    {
      when: '(?:fault|problem|issue|error|mistake) (?:is|was|lies|lay) (?:entirely |clearly |firmly )?(?:on|with|at) your (?:own )?(?:side|end)',
      trails: ',? so (?:the )?',
      restIs: "^,? ?(?:(?:and )?not (?:ours|on ours|with us|on our (?:side|end))|rather than (?:ours|with us|the [a-z-]+['’]s))$",
      better: '',
    },
    // The same duty said as what the role is "responsible for" doing ("Guests are responsible for storing
    // valuables securely"): the doing kept as advice, with the agent's help. (The patterns flag the words
    // to "for", or the doing word with them.)
    ...DUTY_ING.flatMap(([ing, base]) =>
      DUTY_REST.map(([restIs, duty]) => [restIs.replace(/^to /, ''), duty] as const).flatMap(([restIs, duty]) => [
        {
          when: `(?:the )?(?:[a-z-]+ )?${CUSTOMER_ROLE} (?:is|are|remains?) (?:solely |fully |entirely |personally |always )?responsible for ${ing}`,
          restIs,
          whole: true,
          better: `it’s best to ${base} ${duty}, and I can help with that`,
        },
        {
          when: `(?:the )?(?:[a-z-]+ )?${CUSTOMER_ROLE} (?:is|are|remains?) (?:solely |fully |entirely |personally |always )?responsible for`,
          restIs: `${ing} ${restIs}`,
          whole: true,
          better: `it’s best to ${base} ${duty}, and I can help with that`,
        },
      ]),
    ),
    // The fault placed in the customer's own kit ("therefore the issue lies with the wiring inside your
    // property", "The problem lies with your IT department's firewall, which is blocking our new IP
    // range"): the same kit named as the thing to check next, with the agent's help. Only kit, not a
    // person ("whoever prepared your filing").
    {
      when: '(?:issue|problem|fault|error) (?:lies|is|sits|rests) (?:most likely |probably |likely )?(?:with|in)',
      afterSubject: `(?:${SUBJECT} )?the`,
      restIs: `(?:the|your) (?:[A-Za-z'’-]+ ){0,4}?${THEIR_KIT.replace('(?:', '(?:wiring|pipework|plumbing|filter|firewall|cable|extension|boiler|app|')}(?: (?:inside|in|at|on|of) (?:your|the) [a-z'’ -]{1,30})?(?:, which [^,;]+)?`,
      whole: true,
      better: 'thing to check next is {rest}, and I can help with that',
    },
    // Another party's part, said after its subject ("Any loss after delivery is a matter for the
    // courier", "damage caused during their work is their liability", "Any dispute should be
    // directed to the collections agency"): the subject kept, the agent takes it up with them.
    { when: `(?<be>is|are) (?:a matter|one|something) for (?<who>${PARTY})`, afterSubject: NOT_A_REASON + SUBJECT, restIs: PARTY_REST, whole: true, better: '{be} something I’ll take up with {who} for you' },
    { when: '(?<be>is|are) (?:a matter|one|something) for them', afterSubject: NOT_A_REASON + SUBJECT, restIs: PARTY_REST, whole: true, better: '{be} something I’ll take up with them for you' },
    { when: `(?<be>is|are) (?:entirely |solely |really )?(?<who>${PARTY})'s (?:responsibility|liability|problem)`, afterSubject: NOT_A_REASON + SUBJECT, restIs: PARTY_REST, whole: true, better: '{be} something I’ll take up with {who} for you' },
    { when: '(?<be>is|are) (?:entirely |solely |really )?their (?:own )?(?:responsibility|liability|lookout|problem)', afterSubject: NOT_A_REASON + SUBJECT, restIs: PARTY_REST, whole: true, better: '{be} something I’ll take up with them for you' },
    // The same held "in their hands" ("…, so any refund is really in their hands rather than the club's").
    { when: "(?<be>is|are) (?:entirely |really |completely |solely |squarely )?in their hands", afterSubject: NOT_A_REASON + SUBJECT, restIs: PARTY_REST, whole: true, better: '{be} something I’ll take up with them for you' },
    // A party of the customer's own ("…, so any repair is your landlord's responsibility, not ours"):
    // theirs to deal with, so the agent does not offer to call them, but gives what we hold for it.
    {
      when: `(?<be>is|are) (?:entirely |solely |really |ultimately )?your (?<who>${OWN_PARTY})'s (?:responsibility|liability|problem)`,
      afterSubject: SUBJECT,
      restIs: PARTY_REST,
      whole: true,
      better: '{be} something your {who} can help with, and I can send you what we have on this to share with them',
    },
    // Another party said to be responsible for a thing ("…directly, as the manufacturer is responsible
    // for warranty claims", "Your bank is responsible for chargebacks"): who handles it, said as a
    // plain fact. Only a thing, not a doing ("…responsible for releasing it"), which "handles" would not
    // take, and a party named generically: the flagged words reach the rewrite in lower case.
    ...[
      ['is', 'handles'],
      ['are', 'handle'],
    ].flatMap(([be, handles]) =>
      [undefined, "[^.!?;:\\n]*?[\\p{L}\\p{N}'’)],? (?:as|since|because|and|so|but)"].map((afterSubject) => ({
        when: `(?<who>(?:the|your) (?:(?:local|original|previous|new|old|external|own) )?${OTHERS}) ${be} (?:solely |entirely |fully |ultimately )?responsible for`,
        ...(afterSubject ? { afterSubject } : {}),
        restIs: "(?<what>(?![\\w-]+ing\\b)(?!(?:any|all|the|your) (?:loss|losses|damage|charges|fees|costs)\\b)[\\w'’ -]+)",
        whole: true,
        better: `{who} ${handles} {what}`,
      })),
    ),
    // Our liability denied for a loss ("We can't be held responsible for items left in the room", "We
    // are not liable for damage in transit"): the same refusal said plainly, with the offer the
    // agent can make after it. Not after a "but" of the agent's, nor before a verdict of theirs.
    {
      when: 'can not be held (?:responsible|liable|accountable)',
      afterSubject: "(?:(?:unfortunately|sadly|i['’]m afraid),? )?(?:we|the (?:[\\w-]+ )?(?:company|hotel|store|shop|club|airline|venue|business|firm|agency)|our (?:[\\w-]+ )?(?:company|hotel|store|shop|club|team))",
      restOpens: 'for',
      restIs: LIABLE_FOR,
      whole: true,
      better: 'can’t cover {what}, but here is what I can do: [what you can offer]',
    },
    {
      when: 'we are (?:not|never) (?:responsible|liable|accountable)',
      restOpens: 'for',
      restIs: LIABLE_FOR,
      whole: true,
      better: 'we can’t cover {what}, but here is what I can do: [what you can offer]',
    },
    // Ours denied, the customer sent to complain to the party ("What the seller told you is not our
    // problem, please complain to the seller"): the agent takes it up with them.
    {
      when: '(?<be>is|are) not (?:our|my) (?:problem|concern|responsibility|fault|issue)',
      afterSubject: SUBJECT,
      restIs: "(?:so )?(?:please |kindly |you (?:will |would )?(?:need|have) to |you should )?(?:complain to|contact|speak to|talk to|get in touch with|take it up with|raise it with|go back to) (?<who>them|the [\\w'’-]+(?: (?!directly\\b)[\\w'’-]+)?)(?: directly)?",
      whole: true,
      better: '{be} something I’ll take up with {who} for you',
    },
    // Another company said to be a separate one, an aside after the party it names ("Installations are
    // carried out by Openreach engineers, who are a separate company"): the aside goes, the fact stays.
    {
      when: '(?:is|are) (?:a |an )?(?:completely |entirely |totally )?(?:separate|independent|external|third-party|third party) (?:company|companies|business|businesses|organi[sz]ation|contractors?|providers?|operators?)',
      trails: ',? (?:who|which) ',
      better: '',
    },
    // …or a clause of its own before what the party must do ("All our drivers are independent
    // contractors and must follow our guidelines"): it goes, and what they must do stays.
    {
      when: '(?:is|are) (?:a |an )?(?:completely |entirely |totally )?(?:separate|independent|external|third-party|third party) (?:company|companies|business|businesses|organi[sz]ation|contractors?|providers?|operators?)',
      afterSubject: SUBJECT,
      restOpens: 'and',
      restIs: '(?:must|have to|need to|are required to|are expected to|follow|work|carry|are bound by) [^,;:]+',
      words: true,
      better: '',
    },
    { when: `(?<be>is|are) (?:controlled|handled|dealt with|managed) (?:directly |entirely |solely )?by (?<who>${PARTY})`, afterSubject: SUBJECT, restIs: PARTY_REST, whole: true, better: '{be} something I’ll take up with {who} for you' },
    { when: `(?:a matter|one|something|a question|an issue) for (?<who>${PARTY}|them)`, afterSubject: `${SUBJECT}(?: is| are|(?<=\\b(?:that|this|it))['’]s)`, restIs: PARTY_REST, whole: true, better: 'something I’ll take up with {who} for you' },
    // A dispute put "between you and the courier": the agent takes it up with them. The verdict after
    // it goes ("…, so please contact Yodel directly"): it only sent the customer there.
    // The same with the customer's own party ("Cancellation charges are a matter between you and your
    // previous insurer", "This matter is between you and your bank"): theirs to deal with, so the
    // agent does not offer to call them, but says who decides and gives what we hold for it.
    { when: '(?<be>is|are) (?:entirely |strictly |solely |really )?(?:a matter )?between you and your', afterSubject: SUBJECT, restIs: '[a-z-]+(?: [a-z-]+)?', better: '{be} for your {rest?} to decide, and I can send you what we have on this to share with them' },
    { when: 'matter between you and your', afterSubject: `${SUBJECT} (?:is|are|was|were)(?: entirely| strictly| solely| really)? a`, restIs: '[a-z-]+(?: [a-z-]+)?', better: 'matter for your {rest?} to decide, and I can send you what we have on this to share with them' },
    { when: '(?<be>is|are) (?:entirely |strictly |solely |really )?(?:a matter )?between you and the', afterSubject: SUBJECT, restIs: '[a-z-]+(?: [a-z-]+)?', better: '{be} something I’ll take up with the {rest?} for you' },
    { when: '(?:(?:it|this|that) )?(?:is|was) (?:entirely |strictly |solely |really )?(?:a matter )?between you and the', restIs: '[a-z-]+(?: [a-z-]+)?', better: 'I’ll take this up with the {rest?} for you' },
    { when: '(?<be>is|are) (?:entirely |strictly |solely |really )?(?:a matter )?between you and them', afterSubject: NOT_A_REASON + SUBJECT, restIs: PARTY_REST, whole: true, better: '{be} something I’ll take up with them for you' },
    // A hold-up put with another party ("the hold-up is with the external laboratory", "after that any
    // delay is down to the pharmacy, so you'll need to chase them"): the agent chases it. The verdict
    // after it goes: it only sent the customer to chase.
    {
      when: `(?<what>delay|hold-?up|wait) (?:is|was|lies|sits) (?:entirely |solely |really )?(?:with|down to|at) (?<who>${PARTY})`,
      afterSubject: `(?:${SUBJECT} )?(?:the|any|this)`,
      restIs: PARTY_JOB,
      better: '{what} is something I’ll chase up with {who} for you',
    },
    // A duty put on the customer after its subject ("Account security is your responsibility",
    // "Payments sent to the wrong account are the sender's responsibility"): the subject kept, and
    // the agent offers the next step. Only where nothing follows: a duty spelled out stays.
    {
      when: "(?<be>is|are) (?:entirely |solely |ultimately )?(?:your (?:own )?responsibility|the (?:customer|player|user|guest|member|passenger|client|buyer|sender|account holder|policyholder|cardholder|tenant|patient)(?:'s|s')? (?:own )?responsibility|the responsibility of the (?:customer|player|user|guest|member|passenger|client|buyer|sender|account holder|policyholder|cardholder|tenant|patient))",
      afterSubject: SUBJECT,
      restIs: '(?:)',
      whole: true,
      better: '{be} something I can help with: [the next step you’ll take]',
    },
    // A fault placed at another party's end ("the delay was at the restaurant end"): the agent chases it.
    {
      when: "(?:is|was) (?:entirely |really )?(?:at|on|with) (?<who>the (?:[a-z-]+ )?(?:restaurant|courier|carrier|seller|retailer|supplier|airline|hotel|manufacturer|lab|laboratory|pharmacy|surgery|bank|partner|depot))(?:'s)? (?:end|side)",
      afterSubject: `(?:${SUBJECT} )?(?:the|any|this) (?<what>delay|hold-?up|problem|issue|mistake|error|fault)`,
      restIs: '(?:)',
      whole: true,
      better: 'is something I’ll chase up with {who} for you',
    },
    // Sent to take it up with a company the agent names ("…, you'll need to take it up with De'Longhi
    // directly", "a missing delivery is something you'd need to take up with FastLane"): the agent does.
    {
      when: '(?:something|one) (?:that )?you(?: will| would)? (?:need|have) to take up with',
      afterSubject: `${SUBJECT} (?:is|are)`,
      restIs: "(?:the )?[A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*){0,2}(?: directly)?",
      better: 'something I’ll take up with {rest?} for you',
    },
    {
      when: `${YOU_MUST} (?:(?:really|just|simply|still|now|directly|first) )?take (?:it|this|that|the matter) up with`,
      afterSubject: "[^.!?;:\\n]*?[\\p{L}\\p{N}'’)],",
      restIs: "(?:the )?[A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*){0,2}(?: directly)?(?: under (?:their|the) warranty)?",
      better: 'I’ll take it up with {rest?} for you and let you know what they say',
    },
    // Who did it, said of what was done ("the card number was entered incorrectly on your side",
    // "your tracking code was removed by your developer"): the same fact, without the finger.
    {
      when: "(?<done>(?:entered|typed|set|configured|selected|filled in|set up) (?:[a-z]+ ){0,2}(?:incorrectly|wrongly|wrong)) (?:on|at|from) your (?:side|end)",
      afterSubject: `${SUBJECT} (?:was|were|has been|had been)`,
      restIs: '(?:)',
      whole: true,
      better: '{done}',
    },
    {
      when: "(?<done>caused|broken|moved|removed|deleted|changed|damaged|skipped|missed) (?:by (?:you|yourself|your [a-z-]+(?: [a-z-]+)?)|on your (?:side|end))",
      afterSubject: `${SUBJECT} (?:was|were|has been|had been)`,
      restIs: '(?:)',
      whole: true,
      better: '{done}',
    },
    // Where "it" or "this" is all the subject ("This is a matter for the retailer", "It's their
    // responsibility to process it"): the agent takes it up, in its place.
    { when: `(?:(?:it|this|that) )?(?:is|was) (?:a matter|one|something) for (?<who>${PARTY}|them)`, restIs: PARTY_REST, whole: true, better: 'I’ll take this up with {who} for you' },
    { when: `(?:(?:it|this|that) )?(?:is|was) (?:entirely |solely |really )?(?<who>${PARTY})'s (?:responsibility|liability|problem)`, restIs: PARTY_REST, whole: true, better: 'I’ll take this up with {who} for you' },
    { when: '(?:(?:it|this|that) )?(?:is|was) (?:entirely |solely |really )?their (?:own )?(?:responsibility|liability|lookout|problem)', restIs: PARTY_REST, whole: true, better: 'I’ll take this up with them for you' },
    // The same after a clause joined by "and" ("…from your employer's HR department and should be
    // taken up with them", "…, and your claim should be directed to them"): what was to be sent on
    // becomes the agent's to take up; a subject of its own after the "and" is kept, one thing only.
    {
      when: `(?:should|must|will need to|would need to|needs to|need to|has to|have to) be (?:directed|raised|taken up|addressed|referred|pursued|sent|reported) (?:directly )?(?:to|with) (?<who>them|${PARTY})`,
      afterSubject: "[^.!?;:\\n]*?[\\p{L}\\p{N}'’)],? and",
      restIs: '(?:directly)?',
      whole: true,
      better: 'I’ll take it up with {who} for you',
    },
    {
      when: `(?:should|must|will need to|would need to|needs to|need to|has to|have to) be (?:directed|raised|taken up|addressed|referred|pursued|sent|reported) (?:directly )?(?:to|with) (?<who>them|${PARTY})`,
      afterSubject: "[^.!?;:\\n]*?[\\p{L}\\p{N}'’)],? and (?:your|the|any|this|that) (?:[\\p{L}-]+ ){0,5}?(?!(?:[\\p{L}-]*[^s\\P{L}]s)\\b)[\\p{L}-]+",
      restIs: '(?:directly)?',
      whole: true,
      better: 'is something I’ll take up with {who} for you',
    },
    {
      when: `(?:should|must|will need to|would need to|needs to|need to|has to|have to) (?:be (?:directed|raised|taken up|addressed|referred|pursued|sent|requested|reported|claimed)|go) (?:directly )?(?:to|with|from) (?<who>them|${PARTY})`,
      // Not after a clause joined by "and": "…, and your claim can come to me, and I'll…".
      afterSubject: `(?:(?!\\band\\b)[^.!?;:\\n])*?[\\p{L}\\p{N}'’)]`,
      restIs: PARTY_JOB,
      whole: true,
      better: 'can come to me, and I’ll take that up with {who} for you',
    },
    {
      when: `(?:${YOU_MUST}|please) (?:(?:really|just|simply|still|now|directly|first) )?(?<act>${REDIRECT_VERB} ${TAKEN_TO})(?: directly)?`,
      restIs: REDIRECT_REST,
      better: 'I’ll {act} {rest?} for you and let you know what they say',
    },
    // The same with a condition for going to them ("You'd need to speak to them if you want to
    // challenge it"): "for you" before the condition, where it reads.
    {
      when: `(?:${YOU_MUST}|please) (?:(?:really|just|simply|still|now|directly|first) )?(?<act>${REDIRECT_VERB} ${TAKEN_TO})(?: directly)?`,
      restIs: "(?<cond>(?:if|once|when|whenever) (?!(?:they|he|she|it)\\b)[^,;:]+)",
      whole: true,
      better: 'I’ll {act} for you {cond}',
    },
    // Going to them advised as the agent's suggestion ("We'd recommend contacting them directly
    // for compensation"): the agent does it.
    // ("Directly" goes: "I'll contact them directly for you" says nothing more.)
    ...REDIRECT_GERUNDS.flatMap(([gerund, base]) =>
      [
        [`(?!directly\\b)${REDIRECT_REST}`, '{rest?}'],
        ['directly', ''],
        [`directly (?<r>${REDIRECT_REST})`, '{r}'],
      ].map(([restIs, kept]) => ({
        when: `(?:we|i) (?:would |do )?(?:strongly )?(?:suggest|recommend|advise)(?: that you)? ${gerund} (?<who>${TAKEN_TO})`,
        restIs,
        better: `I’ll ${base} {who}${kept ? ` ${kept}` : ''} for you and let you know what they say`,
      })),
    ),
    // The same after a clause of the agent's and its comma ("If the fault comes back, you'll need to
    // contact the manufacturer", "Purchases are handled by Sony, you have to contact them about it"):
    // the clause kept. Only where what follows the party is a plain adjunct, not a clause of its own.
    {
      when: `(?:${YOU_MUST}|please) (?:(?:really|just|simply|still|now|directly|first) )?(?<act>${REDIRECT_VERB} ${TAKEN_TO})(?: directly)?`,
      // (Or set off by a dash: "That's not something our team can deal with – you'll need to contact our insurers".)
      afterSubject: "[^.!?;:\\n]*?[\\p{L}\\p{N}'’)](?:,| [–—])",
      restIs: "(?:(?:directly|about|regarding|on|at|via|using|by|in|with)\\b[^,]*)?",
      better: 'I’ll {act} {rest?} for you and let you know what they say',
    },
    // "…, you have to contact them for this": "for this" said after the agent's "for you" would not read.
    {
      when: `(?:${YOU_MUST}|please) (?:(?:really|just|simply|still|now|directly|first) )?(?<act>${REDIRECT_VERB} ${TAKEN_TO})(?: directly)?`,
      afterSubject: "[^.!?;:\\n]*?[\\p{L}\\p{N}'’)],",
      restIs: '(?:for|regarding) (?:this|that|it)',
      better: 'I’ll {act} about it for you and let you know what they say',
    },
    // Sent to the customer's own bank or card issuer ("Please contact your bank to reverse the
    // deduction", "We would suggest that you contact your card issuer regarding the second charge"):
    // only they can act on the card, so the agent does not offer to call them, but says what the bank
    // can do and gives the customer what they will need for it. The same for another party of the
    // customer's own ("you'd need to chase your landlord", "please check with your local post office"):
    // theirs to deal with, and the agent gives them what we hold for it.
    ...[
      ['bank|card issuer|card provider|payment provider', 'our record of the transaction'],
      ['(?:local |previous |old |own |new )?(?:landlord|letting agent|managing agent|post office|wallet provider|insurer|insurance company|broker|employer|payroll team|accountant|solicitor|travel agent|network|(?:broadband|internet|phone|mobile|network|email|hosting) provider|energy supplier|developer|web developer|administrator|school|vet)', 'what we have on this'],
    ].flatMap(([party, record]) => {
      const own = `(?:${YOU_MUST}|please) (?:(?:really|just|simply|still|now|directly|first) )?(?:contact|call|phone|ring|speak to|speak with|talk to|get in touch with|check with|reach out to|chase) your (?<who>${party})(?: directly)?`;
      const better = (can: string) => `your {who} can ${can}, and I can send you ${record} to share with them`;
      const shapes: [string, string][] = [
        ['(?:)', better('help with this')],
        ['(?:about|regarding|concerning|with) (?<about>(?!(?:it|this|that)$)[^,;:]+)', better('help with {about}')],
        ['(?:about|regarding) (?:it|this|that)', better('help with this')],
        ['to (?<act>(?:reverse|release|refund|cancel|dispute|remove|unblock|return|stop) [^,;:]+)', better('{act}')],
        // What the customer is to ask of them ("…and ask them to authorise the payment"): what they can do.
        ['and ask them to (?<act>(?:reverse|release|refund|cancel|dispute|remove|unblock|return|stop|authori[sz]e|approve|allow|lift|reissue|replace|correct|update|reset) [^,;:]+)', better('{act}')],
        // A condition for going to them ("…if it doesn't drop off"): said after what they can do.
        ['(?<cond>(?:if|when|once|should) [^,;:]+)', better('help with this {cond}')],
      ];
      return [
        ...shapes.flatMap(([restIs, text]) => [
          { when: own, restIs: `(?:directly ?)?${restIs}`, whole: true, better: text },
          { when: own, afterSubject: "[^.!?;:\\n]*?[\\p{L}\\p{N}'’)],", restIs: `(?:directly ?)?${restIs}`, whole: true, better: text },
        ]),
        // "This is a matter for your card provider", "That's a question for your bank, I'm afraid": the
        // same, where it is put as theirs (the regret goes with it: the rewrite has nothing to regret).
        { when: `(?:(?:it|this|that) )?(?:is|was) (?:a matter|one|something|a question|an issue) for your (?<who>${party})`, restIs: THEIRS_TO_DO, whole: true, better: better('help with this') },
        // "That's between you and your bank": the same.
        { when: '(?:(?:it|this|that) )?(?:is|was) (?:entirely |strictly |solely |really )?(?:a matter )?between you and your', restIs: `(?<who>${party})${THEIRS_TO_DO}`, whole: true, better: better('help with this') },
        // …and said of the thing itself ("The pending charge is one for your bank"): the thing kept.
        {
          when: `(?:a matter|one|something|a question|an issue) for your (?<who>${party})`,
          afterSubject: `${SUBJECT}(?: is| are|(?<=\\b(?:that|this|it))['’]s)`,
          restIs: THEIRS_TO_DO,
          whole: true,
          better: `something your {who} can help with, and I can send you ${record} to share with them`,
        },
      ];
    }),
    // The customer told it is on them to go to another party ("The order's already shipped, so it's on
    // you to contact the carrier to reroute it"): the agent does it.
    {
      when: '(?:it|that|this) (?:is|was) (?:all |entirely )?(?:on|up to) you to',
      restIs: "(?:contact|call|phone|email|chase|ask|speak to|get in touch with) (?:them|the [a-z-]+(?: [a-z-]+)?)(?: (?:to|about) [a-z ]+)?",
      better: 'I’ll {rest} for you',
    },
    // A step the customer is said not to have taken, with what it was about and when ("You
    // failed to collect it from the depot within 7 days, so it was returned", "You forgot to confirm
    // the one-time passcode we sent, so the transfer timed out"): the same fact in the passive, the
    // verdict kept, and the agent's next step after it. One thing only ("it", "the passcode we
    // sent"), in the number its verb needs; what says when or where kept as written.
    ...OMITTED.flatMap(([verb, done]) =>
      [
        [`(?<object>it|(?:your|the|this|that)(?: ${OMITTED_WORD}){1,4}(?<![^s]s)(?<!\\b${SHOWN})${WE_SENT})`, '{object} wasn’t'],
        [`(?<object>(?:your|the|these|those)(?: ${OMITTED_WORD}){1,4}(?<=[^s]s)(?<!\\b${SHOWN})${WE_SENT})`, '{object} weren’t'],
        ['them', 'they weren’t'],
      ].flatMap(([obj, said]) => {
        const tail = '(?<tail>(?: (?:from|to|at|by|before|within|in|on|during|after|when|for|with|online)\\b[^,;:]*)?)';
        const better = `${said} ${done}{tail}{cut}; here is what I’ll do now: [the next step you’ll take]`;
        return [
          { when: 'you (?:failed|neglected|forgot|omitted) to', restIs: `${verb} ${obj}${tail}`, better },
          { when: `you (?:did not|never|failed to|neglected to|forgot to) ${verb}`, restIs: `${obj}${tail}`, better },
        ];
      }),
    ),
    // What the customer is said not to have given us ("You did not give us your new address, so we
    // sent the papers to the old one"): what we did not have, said from our side as the "because
    // you didn't provide" causes are, what followed kept, and the agent's next step after it.
    {
      when: 'you (?:did not|never|failed to|forgot to) give',
      restIs: `us (?<object>(?:your|the|a|an) (?:${OMITTED_WORD} ){0,3}${OMITTED_WORD}${WE_SENT})${UNDONE_TAIL}`,
      better: 'we didn’t have {object}{tail}{cut}; here is what I’ll do now: [the next step you’ll take]',
    },
    // A step the customer is told they had to take ("You needed to return the form by 3 May", "you'd
    // have needed to do that in the app before the 1st"): the step that was needed, without "you"
    // as the one who failed it, its deadline kept, and the agent's next step after it. "Needed to
    // be" reads with one thing or many, so no number to choose. One thing only, then when or where.
    ...DUTY_STEPS.flatMap(([verb, done, participle]) =>
      (
        [
          [`you (?:needed|had|were supposed|were meant|were required) to ${verb}`, ''],
          ['you would have needed to', `${verb} `],
          ...(participle ? [[`you (?:should|ought to) have ${participle}`, '']] : []),
        ] as [string, string][]
      ).flatMap(([when, lead]) => ['', "[^.!?;:\\n]*?[\\p{L}\\p{N}'’)],"].map((before) => ({
        when,
        // Also after a clause of the agent's and its comma ("Telling the front desk doesn't freeze
        // it, you'd have needed to…"), kept as written.
        ...(before ? { afterSubject: before } : {}),
        restIs: `${lead}(?<object>${verb === 'do' ? '' : `(?:your|the|these|those)(?: ${OMITTED_WORD}){1,4}${WE_SENT}|them|`}it|this|that)(?<tail>(?: (?:from|to|at|by|before|within|in|on|during|after|when|for|with|online)\\b(?: (?!(?:and|but|so|because|as|which|then|or)\\b)[^ ,;:]+)*)?)`,
        better: `{object} needed to be ${done}{tail}{cut}; here is what I’ll do now: [the next step you’ll take]`,
      }))),
    ),
    // A step the customer is said not to have taken ("You didn't update your address with us when
    // you moved, so the bills went to Elm Road"): the same fact, without "you" as its cause ("Your
    // address wasn't updated with us when you moved, so the bills went to Elm Road"), the agent's
    // verdict kept, and the agent's next step after it. Only where what was not done opens the rest,
    // so that the clause reads passive.
    {
      when: '(?:you (?:did not|never|failed to|neglected to|forgot to)) (?<stem>updat|includ|complet|declar|provid|enclos|activat|renew|register|report|confirm|return|sign|upload|attach)e?',
      restIs: `(?<object>(?:your|the) (?:[a-z-]+ ){0,2}${UNDONE}(?: of (?:your|the) (?:[a-z-]+ ){0,2}[a-z-]+)?${WE_SENT})${UNDONE_TAIL}`,
      better: '{object} wasn’t {stem}ed{tail}{cut}; here is what I’ll do now: [the next step you’ll take]',
    },
    {
      when: 'you (?:failed|neglected|forgot|omitted) to',
      restIs: `(?<stem>updat|includ|complet|declar|provid|enclos|activat|renew|register|report|confirm|return|sign|upload|attach)e? (?<object>(?:your|the) (?:[a-z-]+ ){0,2}${UNDONE}(?: of (?:your|the) (?:[a-z-]+ ){0,2}[a-z-]+)?${WE_SENT})${UNDONE_TAIL}`,
      better: '{object} wasn’t {stem}ed{tail}{cut}; here is what I’ll do now: [the next step you’ll take]',
    },
    // A reminder for next time that opens the sentence ("Next time please make sure you add the flat
    // number"): the same step as a tip, without the telling-off. Only where the step ends the clause.
    {
      when: 'next time,? (?:please )?(?<v>make sure|ensure|remember to|double-check|check)',
      restIs: "(?!(?:next time)\\b)[a-z][^,;:]*",
      whole: true,
      better: 'it helps to {v} {rest}',
    },
    // A forgotten step only guessed at ("You probably forgot to scan your card at the gate, which is
    // what logs the visit"): said as the easy slip it is, the step and what it is for kept. Only a step
    // ("to" and its verb), not a thing forgotten ("you probably forgot your PIN"), and not before what
    // followed from it ("…, so the cover lapsed"), which the shape-level rewrite below owns.
    {
      when: 'you (?:probably|likely|most likely|possibly|may have|might have|must have|could have) (?:just )?(?:forgot|forgotten)',
      restIs: "to (?!(?:us|me|them|you)\\b)[a-z][^,;:]*(?:, which is (?:what|how|where) [^,;:]*)?",
      whole: true,
      better: 'it’s easy to forget {rest}',
    },
    // The customer's slip guessed at: the same fact, without "you" as its cause ("You must have
    // missed the knock" → "It looks like the knock may have been missed"). Only where the rest is
    // the thing missed, and nothing more: "…missed it twice" would not read as passive.
    {
      when: `you (?:must|may|might) have (?:just )?(?<verb>${PARTICIPLE})`,
      restIs: `(?:the|your|a|an|this|that|these|those)(?: (?!(?:on|in|at|to|for|from|by|with|before|after|when|as|and|or|so|twice|again|yourself|it|them|out|up|off|in|into|instead|${LEFT_AS})\\b)[a-z0-9'’-]+){1,3}(?: with someone(?: else)?)?`,
      better: 'it looks like {rest} may have been {verb}',
    },
    // …and where what was done is followed by when or where it was done ("You must have selected
    // 'leave in a safe place' when booking", "You must have entered the old card at checkout"): the
    // same, the when or where kept after the verb. A quoted option counts as the thing done.
    {
      when: `you (?:must|may|might) have (?:just )?(?<verb>${PARTICIPLE})`,
      restIs: `(?<obj>(?:the|your|a|an|this|that|these|those)(?: (?!(?:on|in|at|to|for|from|by|with|before|after|when|while|during|as|and|or|so|twice|again|yourself|it|them|out|up|off|into|instead|${LEFT_AS})\\b)[a-z0-9'’-]+){1,4}|'[^'’]{2,40}'|‘[^’]{2,40}’)(?<tail> (?:when|while|during|at|on) (?:booking|ordering|checking out|checkout|check-?in|paying|payment|purchase|signing up|sign-?up|registering|registration|(?:the|your|our) [a-z-]+(?: [a-z-]+)?)(?: (?:last|this|on) [a-z0-9 ]{1,20})?)`,
      better: 'it looks like {obj} may have been {verb}{tail}',
    },
    // "That's because you didn't select express delivery at checkout": the same cause, without "you".
    ...[
      ['(?<v>select|tick|book|confirm|sign|register|renew|report)', '{v}ed'],
      ['(?<v>declar|updat|complet|activat)e', '{v}ed'],
    ].map(([verb, done]) => ({
      when: '(?<lead>that|it) is because you (?:did not|never)',
      restIs: `${verb} (?<obj>(?:(?:the|your|an?) )?[a-z-]+(?: (?!(?:at|when|before|on|in|during|online|by|for|with)\\b)[a-z-]+){0,2}(?<![^s]s))(?<tail>(?: (?:at|when|before|on|in|during|online|by)\\b[^,]*)?)`,
      better: `{lead}’s because {obj} wasn’t ${done}{tail}`,
    })),
    // Hindsight that only leads into the agent's own step ("Had the handset been registered…, the claim
    // would have gone through automatically, but I've asked the claims team to review it"): the
    // hindsight goes, the step stays and takes the capital.
    {
      when: 'had (?:you|the|your) .*',
      leadsIn: "[^.!?;:\\n]{0,100}?,[^.!?;:\\n]{0,60}? (?:would|could)(?: not)? have [^.!?;:,\\n]{0,60}",
      leadJoins: ",? but(?= (?:i|we)(?:['’]| ))",
      better: '',
    },
    // A reminder for next time, a sentence of its own ("Please double-check your details when ordering in
    // future."): it goes; the account before it stays.
    {
      when: '(?:please )?(?:double[- ]check|check) your (?:details|information|address|order|email address) (?:carefully )?(?:when|before) (?:ordering|booking|placing|paying)(?: (?:an |your )?(?:order|booking))? (?:in (?:the )?future|next time)',
      restIs: '(?:)',
      whole: true,
      better: '',
    },
    // A denial tacked on after the fact ("Customs holds are handled by the government, not us",
    // "…in their hands rather than the club's"): it goes; the fact, and any next step after it, stay.
    { when: "not (?:us|ours|me|mine|by us|from us|from our (?:side|end)|our (?:fault|problem|doing))", trails: ', ', better: '' },
    { when: "rather than (?:us|ours|me|mine|the [a-z-]+'s|the (?:club|store|shop|bank|company|hotel|clinic|practice|airline|council|school|gym|team)|(?:anything |something )?(?:on|at|from|with) our (?:side|end))", trails: ',? ', better: '' },
    { when: 'and not (?:us|ours|me|mine|by us|from us)', trails: ' ', better: '' },
    { when: 'not something (?:we|i) (?:can )?(?:control|deal with|handle)', trails: ', ', better: '' },
    { when: 'not (?:a charge|something|anything) (?:that )?(?:we|i) (?:added|made|did|caused|applied|set up)', trails: ', ', better: '' },
    // The wrong detail said to be the customer's ("We checked and you gave us the wrong address, so
    // the parcel came back", "Unfortunately you selected the wrong size at checkout"): the same
    // fact without "you" as its cause, what followed from it kept. What was given to us is what we
    // had; what was chosen, said in the passive. One thing only, then where or when.
    // After the shapes above that say the same of any act, which keep their wording.
    ...WRONG_DETAIL.flatMap(([verb, said]) =>
      ['', '(?<more>, (?:the|your|it|its|this|that) [^,;:]+)'].flatMap((more) =>
        [
          ['(?:[a-z-]+ ){0,2}?[a-z-]*(?:[^s]s|people|children)', 'were'],
          ['(?:[a-z-]+ ){0,2}?[a-z-]*(?:[^s ]|ss)', 'was'],
        ].map(([what, be]) => ({
          when: `you (?:have )?${verb} the wrong`,
          restIs: `(?<what>${what})(?<tail>(?: (?:at|on|in|during|for|from|when) [^,;:]+)?)${more}`,
          better: `${said.replace('{be}', be!)}${more ? '{more}' : ''}{cut}`,
        })),
      ),
    ),
    // What would have happened had the customer acted ("Had you read it, you'd have known…",
    // "If you'd sent one in, this wouldn't have happened"): the whole hindsight, its "would"
    // clause too, becomes the next step the agent owns. Only with no fact of the agent's in it.
    {
      when: '(?:had you|if you (?:had|would)) .*',
      restIs: "(?:[^0-9£$€%A-Z\"“”,;:]|\\bI\\b)*, (?:this|that|it|you|we|they|there|(?:the|an?|your|our) [a-z-]+(?: [a-z-]+)?)(?:['’]d| would| could| wouldn['’]t| couldn['’]t| would not| could not)\\b(?:[^0-9£$€%A-Z\"“”,;:]|\\bI\\b)*",
      whole: true,
      better: 'here is what I’ll do to sort this out: [the next step you’ll take]',
    },
    // The same, where only a pronoun stands before the flagged words ("It was up to you to check
    // the fare type", "It's your responsibility to keep us updated"): the pronoun goes with them.
    {
      when: "(?:is|was) (?:all |entirely |really )?(?:up to you|(?:your|the [a-z'-]+'s) (?:responsibility|job|problem|fault|lookout))\\b.*",
      afterSubject: '(?:it|that|this)',
      subjectGoes: true,
      restIs: "(?:[^0-9£$€%A-Z\"“”,;:]|\\bI\\b)*",
      whole: true,
      better: 'here is what I’ll do to sort this out: [the next step you’ll take]',
    },
    {
      when: "(?:it|that|this) (?:is|was) (?:all |entirely |really )?(?:your|the [a-z'-]+'s) (?:responsibility|job|problem|fault|lookout)\\b.*",
      restIs: "(?:[^0-9£$€%A-Z\"“”,;:]|\\bI\\b)*",
      whole: true,
      better: 'here is what I’ll do to sort this out: [the next step you’ll take]',
    },
    // The same, where "It's" or "That's" opens the sentence and the flagged words start inside it.
    {
      when: "(?:is|was) (?:all |entirely |really )?(?:up to you|on you|(?:your|the [a-z'-]+'s) (?:own )?(?:responsibility|job|problem|fault|lookout)|the responsibility of (?:the )?[a-z-]+)\\b.*",
      restIs: "(?:[^0-9£$€%A-Z\"“”,;:]|\\bI\\b)*",
      whole: true,
      better: 'here is what I’ll do to sort this out: [the next step you’ll take]',
    },
    // Any other fault put on the customer, in a clause with no fact of the agent's in it (no
    // name, date or amount, no second clause after a comma): the clause becomes the next step
    // the agent owns. Not a redirect the rewrite above cannot take over ("you'll need to contact
    // your bank"): where to go may be the one thing the customer needs.
    {
      when: `(?!.*\\b(?:${REDIRECT_VERB.slice(3, -1)})\\b)(?:you|if you|had you|(?:it|that) (?:is|was) (?:[a-z]+ )?up to you|(?:error|mistake|oversight) on your part)\\b.*`,
      restIs: "(?:[^0-9£$€%A-Z\"“”,;:]|\\bI\\b)*",
      whole: true,
      better: 'here is what I’ll do to sort this out: [the next step you’ll take]',
    },
    // Last, so that no rewrite above gives way to them.
    ...DIAGNOSIS_REWRITES,
    ...DUTY_REWRITES,
    ...CONDITION_VERDICT,
  ],
  // "I'm sorry you had to chase us" is sympathy; "it was our mistake, not yours" owns it.
  // A sentence the second opinion reads as blame, that ends by laying it ("…, so it is your own
  // mistake", "…, which is down to you"): the account kept, the blame that closes it dropped. Where
  // the blame is the sentence itself, dropping it leaves nothing to read: none. A frame's flag
  // takes it where its words are the blame dropped ("…, and that was down to you").
  sentenceRewrites: [
    // The verdict after how a thing works goes; the design stays (../design-verdict.ts).
    DESIGN_FACT_VERDICT,
    // A step said to be the customer's duty, the whole sentence flagged ("It was up to your team to
    // check the summary before it went into the report"): as DUTY_REWRITES say it.
    ...[
      ['(?:is|${APOS}s)', 'What’s needed is to'],
      ['was', 'What was needed was to'],
    ].map(([be, said]) => ({
      is: `(?:it|that|this) ${be!.replace('${APOS}', APOS)} ${WHOSE_DUTY} to (?<step>(?!(?:be|have|not)\\b)[\\w-]+(?: [^,;:]+)?)`,
      instead: `${said} {step}; ${NEXT_STEP}.`,
    })),
    ...OMISSION_CAUSE,
    ...ACT_CAUSE,
    // Hindsight tacked on after a dash ("The delay is because the receipts were illegible — had you
    // uploaded clear copies, the claim would have been settled", "The fee is charged because the
    // police contacted us — if you'd stuck to the limit there'd be no fee"): what would have been
    // goes, the account of what happened stays.
    {
      cut: `\\s+[—–-]\\s+(?:had (?:you|the|your)\\b|if you(?:${APOS}d| had| would have)\\b)[^;]*$`,
      unless: '^(?:if|when|had|once|unless)\\b',
      mustCut: true,
      ends: '.',
    },
    // A reminder or warning said to have gone to the customer ("A reminder was sent to your email on
    // the 2nd", "Our records show a reminder was emailed to you on 3 May"): the fact kept, and that it
    // may not have reached them owned, with the agent's next step. (The hedge is one of the rule's
    // `unlessSentence`, so the Swap clears the flag.)
    ...[
      ['(?:a|an|the|one|our) [\\w-]*(?: [\\w-]+)? ?(?:reminder|warning|notice|letter|email|e-mail|text)', 'was', 'it'],
      ['(?:two|three|several|both|all|our|the) [\\w-]*(?: [\\w-]+)? ?(?:reminders|warnings|notices|letters|emails|e-mails|texts)', 'were', 'they'],
    ].map(([what, be, it]) => ({
      is: `(?:(?:our )?records show (?:that )?)?${what} ${be} (?:sent|emailed|posted|texted|issued) to (?:you|your (?:[\\w-]+ ){0,2}?(?:email|e-mail|email address|address|phone|mobile|account|inbox))(?: (?:on|by|at|in) [\\w ]{1,20})?`,
      ends: `, but ${it} may not have reached you, so I’ll send ${it === 'it' ? 'it' : 'them'} again now.`,
    })),
    // A slip the customer's own people are said to have made, opening the sentence ("Your administrator
    // did not complete the migration, which is why the fields are no longer visible"): the same fact,
    // without the finger ("The migration wasn't completed, which is why…"). Only one thing, then when it
    // was to be done or what came of it.
    ...[
      ['(?<v>complet|updat|activat|enabl|migrat)(?:e|ed)', '{v}ed'],
      ['(?<v>renew|process|sign|register)(?:ed)?', '{v}ed'],
      ['(?:submit|submitted)', 'submitted'],
    ].map(([verb, done]) => ({
      is: `your (?:[\\w-]+ )?(?:administrators?|admins?|it team|it department|developers?|accountant|employer|payroll team|broker|previous provider|old provider) (?:did not|didn${APOS}t|never|failed to) ${verb} (?<obj>(?:the|your) (?:[\\w-]+ ){0,3}?[\\w-]+(?<![^s]s))(?<tail>(?: (?:on|by|before|in|when) [\\w ]{1,30}?)?(?:, which is why [^;]*)?)(?:,? so (?:this|that|it) is (?:a matter|one) (?:of|for) [^;]*)?`,
      instead: `{obj} wasn’t ${done}{tail}.`,
    })),
    // Another party's part, and our own said to stop there ("The air conditioning is controlled centrally
    // by building management so unfortunately that's out of our hands", "Disabled bays are handled by the
    // Highways team, not Customer Services, so that's not something we deal with here"): who handles it
    // kept, the agent passes it on.
    {
      is: `(?<what>(?:the |any |all )?[\\w -]{2,40}?) (?<be>is|are) (?<how>(?:controlled|decided|set|managed|handled|run|determined|dealt with)(?: centrally| directly| entirely)?) by (?<who>(?:our |the )?(?:[A-Z][\\w-]*|[\\w-]+)(?: [\\w-]+){0,2}?)(?:,? not (?:by )?(?:us|me|this [\\w-]+|the [\\w-]+(?: [\\w-]+)?|customer services?|[A-Z][\\w-]*(?: [A-Z][\\w-]*)?),?)?,? so (?:unfortunately,? )?(?:(?:that|this|it)(?:${APOS}s| is) (?:out of our hands|not something (?:we|I|the [\\w ]{1,20}?) (?:can|could)? ?(?:change|deal with|help with|handle|comment on)(?: here)?)|I can(?:${APOS}t|not) help with (?:that|this|it)(?: here)?|please (?:direct|send|address) your (?:letter|complaint|query|email) to (?:them|their [\\w ]{1,30}))`,
      // Joined by "and": "…by building management, so I'll…" would read as the frame this rule flags.
      instead: '{what} {be} {how} by {who}, and I’ll pass this on to them for you.',
    },
    // A party's part given with the reason, the customer sent there ("Hi there, this is a matter for the
    // restaurant as they handle order handover", "Please contact the app developer directly, as they're
    // responsible for app updates"): the agent goes to them, the reason kept.
    {
      is: `(?:this|that|it) is (?:a matter|one|something) for (?<who>the (?:[\\w-]+ ){0,2}?[\\w-]+),? (?<why>(?:as|since|because) they (?!(?:are|were) not\\b)[^,;]+)`,
      instead: 'I’ll take this up with {who} for you, {why}.',
    },
    {
      is: `please (?:contact|get in touch with|speak to) (?<who>the (?:[\\w-]+ ){0,2}?[\\w-]+)(?: directly)?,? (?<why>(?:as|since|because) they(?:${APOS}re| are) responsible for [^,;]+)`,
      instead: 'I’ll contact {who} for you, {why}.',
    },
    // What the customer did, given as the cause of what followed ("You entered the email as 'gmial.com' at
    // checkout, which is why it didn't arrive", "You picked the non-refundable rate yourself when you booked,
    // so no refund is possible"): the same fact said of what was done, without the finger; what followed
    // kept as written. One thing only, in the number its verb needs; not where what followed blames too.
    ...[
      ['(?!\\w+s\\b)', 'was'],
      ['(?=\\w*[^s\\W]s\\b)', 'were'],
    ].flatMap(([number, be]) =>
      [
        ['entered|selected|picked|typed|ticked|booked|ordered|added|used', '{verb}'],
        ['chose', 'chosen'],
        ['set', 'set'],
        ['sent', 'sent'],
        ['gave us', 'given'],
      ].map(([verb, done]) => ({
        is: `you (?<verb>${verb}) (?<obj>(?:the|your|an?) (?:${SAID_WORD} ){0,3}${number}${SAID_WORD})(?: yourself)?(?<tail>(?: (?:as|at|when|on|in|for|during|while|to|from|before)\\b[^,;]*)?)(?<then>,? (?:so|which is why|and so|that${APOS}s why|which meant|which means) [^;]+)`,
        unless: `\\b(?:yours|your (?:own )?(?:fault|mistake|responsibility|error|choice|problem)|down to you|on you|up to you|not (?:us|ours|our)|nothing to do with us)\\b`,
        instead: `{obj} ${be} ${done}{tail}{then}.`,
      })),
    ),
    // Sent to another company with the reason it is theirs ("If the issue persists, you'll need to contact the
    // manufacturer, as the warranty is with them", "Otherwise contact the manufacturer as it's their
    // product", "Please contact the airline since they operate the flight"): the agent contacts them; the
    // reason, which only said whose it is, goes. Not where it denies our part or blames ("as refunds
    // aren't handled by us", "as they are our client rather than you"): the Swap would leave that standing.
    {
      is: `(?<lead>(?:(?:if|when|once|should|for) [^,;]+, |otherwise,? )?)(?:(?:you(?:${APOS}ll| will|${APOS}d| would)? (?:need|have) to|you (?:should|must)|please) )?(?:contact|get in touch with|speak to|reach out to) (?<who>the (?:[\\w-]+ ){0,2}?(?:manufacturer|retailer|seller|shop|store|supplier|airline|hotel|restaurant|courier|carrier|venue|organiser|organizer|operator|developer|publisher|maker|brand)(?: you (?:ordered|bought|booked)(?: it| them| this)? (?:from|with|through))?)(?: directly)?,? (?:as|since|because) (?!(?:you|your)\\b)[^,;]+`,
      unless: `\\b(?:not|rather than|responsib\\w*|fault|blame|liable|our client|no)\\b|n${APOS}t\\b`,
      instead: '{lead}I’ll contact {who} and let you know what they say.',
    },
    // "If you have a complaint about the courier's behaviour, you must send it to them.": it comes to the agent.
    {
      is: `if you have (?:a|any) (?<what>complaint|query|question|claim)(?<about> about [^,;]+)?, (?:you (?:must|should|will need to|need to|can)|please) (?:send|direct|raise|take) it (?:up )?(?:to|with) (?<who>them|the [\\w-]+(?: [\\w-]+)?)(?: directly)?`,
      instead: 'If you have a {what}{about}, send it to me and I’ll take it up with {who} for you.',
    },
    // "You should contact the Back Office directly by letter.": the agent does.
    {
      is: `you (?:should|must|will need to|need to|${APOS}ll need to|would need to) (?:contact|write to) (?<who>the (?:[A-Z][\\w-]*)(?: [A-Z][\\w-]*){0,2}) directly(?: by (?:letter|email|post|phone))?`,
      instead: 'I’ll contact {who} for you and let you know what they say.',
    },
    // "@rjones Responsibility lies with the contractor in that case — please contact them directly.": the agent does.
    {
      is: `responsibility (?:lies|rests|sits) with (?<who>the [\\w-]+(?: [\\w-]+)?)(?: in (?:that|this) case)? [—–-] please contact them(?: directly)?`,
      instead: 'I’ll take this up with {who} for you.',
    },
    // "Please note that overcrowding is the responsibility of the operator on that route.": the agent raises it with them.
    {
      is: `(?:please note that )?(?<what>(?!(?:it|this|that)\\b)[\\w -]{2,40}?) (?:is|are) the responsibility of (?<who>the (?:[\\w-]+ ){0,2}(?:operator|courier|carrier|contractor|manufacturer|supplier|council|retailer|seller|airline|restaurant|hotel)(?: (?:on|for) (?:that|this|the) [\\w-]+)?)`,
      instead: 'I’ll raise {what} with {who} for you.',
    },
    // A dispute put "between you and" another party, our part said to be only the agent's ("Damage disputes
    // are between you and the hire company, we're only the booking agent"): the agent takes it up.
    {
      is: `(?<what>(?!(?:it|this|that)\\b)[\\w -]{2,40}?) (?<be>is|are) between you and (?<who>the [\\w-]+(?: [\\w-]+)?),? we(?:${APOS}re| are) (?:only|just) (?:the|a|an) [\\w -]+`,
      instead: '{what} {be} something I’ll take up with {who} for you.',
    },
    // "That's one for the shop, not us, so you'll need to go back to them.": the agent goes to them.
    {
      is: `(?:that|this|it)(?:${APOS}s| is) (?:one|a matter|something) for (?<who>the [\\w-]+(?: [\\w-]+)?)(?:,? (?:not us|rather than us))?,? so (?:you(?:${APOS}ll| will|${APOS}d| would)? (?:need|have) to|please) (?:go back to|contact|speak to|get in touch with|raise it with) (?:them|the [\\w-]+)(?: directly)?`,
      instead: 'I’ll take this up with {who} for you.',
    },
    // Another team given as a wall, our own part said to stop there ("Bereavement cases are handled by a
    // separate team and we're unable to progress this here", "…by a different team, we can't help here", "the shop staff aren't part of our online
    // team so I can't comment on what they told you"): the agent goes to them.
    {
      is: `(?:please note that )?(?<what>(?!(?:it|this|that)\\b)[\\w -]{2,40}?) (?<be>is|are) (?<how>handled|dealt with|managed) by a (?:separate|different|specialist|dedicated) team(?:,? and|,) (?:we(?:${APOS}re| are) unable to|we can(?:${APOS}t|not)|I can(?:${APOS}t|not)) [^,;]+`,
      instead: '{what} {be} {how} by another team, and I’ll pass this to them for you.',
    },
    {
      is: `(?<who>the [\\w -]{2,30}?) (?:aren${APOS}t|are not|isn${APOS}t|is not) part of (?:our|this) [\\w -]{0,30}?team,? so I can(?:${APOS}t|not) comment on what (?:they|he|she) (?<said>told you|said)`,
      instead: 'I’ll check with {who} about what they {said} and come back to you.',
    },
    // "I see the previous agent did not submit the refund request, it was his mistake.": ours. (With ", not
    // mine" after it, the cut below that only drops the blame is the one that fits.)
    ...[
      ['submit', 'submitted'], ['process', 'processed'], ['send', 'sent'], ['raise', 'raised'], ['log', 'logged'], ['cancel', 'cancelled'], ['book', 'booked'],
    ].map(([verb, done]) => ({
      is: `I (?:can )?see (?:that )?the (?:previous|last|other|first) (?:agent|advisor|adviser|colleague|rep|representative|person you spoke to) (?:did not|didn${APOS}t|never|failed to|forgot to) ${verb} (?<obj>the [\\w -]{2,40}?),? it was (?:his|her|their) (?:own )?(?:mistake|fault|error)`,
      instead: `I see {obj} wasn’t ${done}, which was our mistake, and I’m sorry.`,
    })),
    // A check the customer should have made, of what the agent then states ("You should have checked the
    // measurements in the product details, which differ from the size guide"): only the fact is said.
    {
      is: `you (?:should|ought to) have (?:checked|read|looked at) (?<obj>the [\\w ]{2,60}?), which (?<pred>(?!(?:is|was) (?:why|what|how|when|where)\\b)(?:is|are|was|were|differ|differs|show|shows|say|says|list|lists|state|states|set out|sets out) [^;]*)`,
      instead: '{obj} {pred}.',
    },
    // The same said as a check not made ("You didn't read the instructions, which say to charge it first",
    // "You obviously never checked the terms, which clearly state…"): only the fact, without its "clearly".
    {
      is: `you (?:obviously |clearly |evidently )?(?:did not|didn${APOS}t|never) (?:check|read|look at|checked|read) (?<obj>the [\\w ]{2,60}?), which (?:clearly |plainly |explicitly )?(?<pred>(?!(?:is|was) (?:why|what|how|when|where)\\b)(?:is|are|was|were|differ|differs|show|shows|say|says|list|lists|state|states|set out|sets out|explain|explains|mention|mentions) [^;]*)`,
      instead: '{obj} {pred}.',
    },
    // Hindsight about a message the customer is said not to have read ("Had you read our email of 3 May,
    // you would have known about the change"): what the message said, and the agent's next step.
    {
      is: `(?:had you|if you(?:${APOS}d| had)) (?:read|checked|opened|looked at) (?<doc>(?:our|the|your|my) (?:[\\w'’-]+ ){0,2}?(?:e-?mails?|letters?|messages?|notices?|reminders?|texts?|confirmation(?: e-?mail)?|terms(?: and conditions)?|instructions|guide|invoice|statement|booking confirmation)(?: (?:of|from|on|dated) [\\w ]{1,20}?)?),? you(?:${APOS}d| would) have (?:known|seen|noticed|realised|realized|been aware)(?: (?:about|of|that))? (?<what>[^,;]+)`,
      instead: '{doc} mentioned {what}; here is what I’ll do now: [the next step you’ll take].',
    },
    // A duty the customer is told they missed, closing the account ("Saves are kept on your device,
    // so you'd have needed cloud backup switched on", "…on page 2 of your contract, which you
    // clearly didn't read before signing"): the account kept, the reproach dropped.
    {
      cut: `,? (?:so (?:you(?:${APOS}d| would)? (?:have needed|needed to|had to)|it was (?:up to you|on you|for you|your (?:job|responsibility)) to) [^,]*|which you (?:clearly |obviously |evidently )?(?:did not|didn${APOS}t|never) (?:read|check)[^,]*|so the (?:wrong|incorrect) [\\w ]{1,30} (?:is|was) (?:coming|come) from you(?:,? not (?:from )?(?:us|our [\\w-]+))?)$`,
      unless: '^(?:if|when|had|once|unless)\\b',
      mustCut: true,
      ends: '.',
    },
    // Sent on to report or chase another party ("…, so any damage in transit needs to be reported to
    // them", "…, so you'd need to speak to their desk"): the agent does it.
    {
      cut: `,? so (?:any |the )?[\\w ]{0,40}? (?:needs|need|has|have|would need|will need) to be (?:reported|sent|raised|directed|passed) to (?<party>them|the [\\w-]+(?: [\\w-]+)?)$`,
      unless: '^(?:if|when|had|once|unless)\\b',
      mustCut: true,
      ends: ', so I’ll report it to {party} for you.',
    },
    {
      cut: `,? so you(?:${APOS}d| would|${APOS}ll| will)? (?:need|have) to (?:speak to|talk to|contact|call|get in touch with) (?<party>them|their [\\w-]+(?: [\\w-]+)?|the [\\w-]+(?: [\\w-]+)?)(?: directly)?$`,
      unless: '^(?:if|when|had|once|unless)\\b',
      mustCut: true,
      ends: ', so I’ll contact {party} for you and let you know what they say.',
    },
    // "…run by our contractor Veolia, please report missed bins on Veolia's own line": the agent reports it.
    {
      cut: `,? (?:so )?please report (?<what>[\\w -]{1,30}?) (?:on|to|via) (?<party>[\\w-]+(?: [\\w-]+)?)${APOS}s own (?:line|number|website|site|app|portal|helpline)$`,
      unless: '^(?:if|when|had|once|unless)\\b',
      mustCut: true,
      ends: ', so I’ll report {what} to {party} for you.',
    },
    // Hindsight tacked on after the account ("…a £12.95 charge, which could have been avoided by checking
    // the size guide before ordering"): it goes.
    {
      cut: `,? which could (?:easily |all )?have been (?:avoided|prevented) (?:by|if) [^,;]*$`,
      unless: '^(?:if|when|had|once|unless)\\b',
      mustCut: true,
      ends: '.',
    },
    // Where it happened put on the customer's side, closing the account ("…so it looks like it hasn't been
    // redeemed on your end", "If the fields weren't re-mapped on your side, that would explain it"): the
    // side goes, the fact stays; "must have happened on your end" becomes what may have happened.
    { cut: `(?<=\\b(?:been|weren${APOS}t|wasn${APOS}t|were not|was not) [\\w-]+) (?:on|at|from) your (?:end|side)(?<then>, (?:that|this|which) (?:would|could|might|may) explain [^,;]*)$`, mustCut: true as const, ends: '{then}.' },
    { cut: ` (?<not>has not|hasn${APOS}t|have not|haven${APOS}t|had not|hadn${APOS}t|was not|wasn${APOS}t|were not|weren${APOS}t) been (?<done>[\\w-]+) (?:on|at|from) your (?:end|side)$`, mustCut: true as const, ends: ' {not} been {done}.' },
    { cut: `(?<=\\b(?:was|were|wasn${APOS}t|weren${APOS}t)(?: probably| likely| possibly)?(?: not)? [\\w-]+(?: properly| correctly| fully| in time)?) (?:on|at|from) your (?:end|side)$`, mustCut: true as const, ends: '.' },
    { cut: `,? which is what must have happened (?:on|at) your (?:end|side)$`, unless: '^(?:if|when|had|once|unless)\\b', mustCut: true as const, ends: ', which may be what happened here.' },
    // "…, so that's between you and the seller — we're just the marketplace": the agent takes it up.
    {
      cut: `,? so (?:that|this|it)(?:${APOS}s| is) between you and (?<party>the [\\w-]+(?: [\\w-]+)?) [—–-] we(?:${APOS}re| are) (?:only|just) (?:the|a|an) [\\w -]+$`,
      unless: '^(?:if|when|had|once|unless)\\b',
      mustCut: true,
      ends: ', so I’ll take it up with {party} for you.',
    },
    // A reproach tacked on after the account ("…we sent you two reminders by email in January, you ignored
    // them", "…, which is really something you should have checked before reporting a fault", "…, which I
    // would have expected you to read before accepting", "…, you need to follow the care label more
    // carefully"): it goes, the account stays.
    {
      cut: `,? (?:(?:and |but )?you (?:simply |clearly |just )?(?:ignored|disregarded|overlooked) (?:them|it|these|those|this|that)|which is (?:really |surely )?something you (?:should|ought to) have (?:checked|read|known|done|noticed) [^,;]*|which (?:I|we) would have expected you to (?:read|check|see|know) [^,;]*|you (?:need|have|will need) to (?:follow|read|check) [\\w ]{2,40}? more (?:carefully|closely))$`,
      unless: '^(?:if|when|had|once|unless)\\b',
      mustCut: true,
      ends: '.',
    },
    // "Your order confirmation lists a size 8, which means a size 8 was selected at checkout.": the record alone.
    {
      cut: `,? which means (?:a|the) [\\w ]{1,30}? (?:was|were) (?:selected|chosen|entered|ordered|typed|ticked) (?:at|during|when) [^,;]*$`,
      unless: '^(?:if|when|had|once|unless)\\b',
      mustCut: true,
      ends: '.',
    },
    // Sent to another party, with a dash and what we "only" handle ("Since the flight was cancelled by the
    // airline, you'll have to contact them directly for a rebooking — we only handle the hotel part"): the
    // agent contacts them.
    {
      cut: `,? (?:so )?you(?:${APOS}ll| will|${APOS}d| would)? (?:need|have) to contact (?<party>them|the [\\w-]+(?: [\\w-]+)?) directly (?:for|about) (?<what>(?:a|an|the|your) [\\w -]+?) [—–-] we (?:only|just) (?:handle|deal with|look after|cover) [\\w -]+$`,
      unless: '^(?:if|when|had|once|unless)\\b',
      mustCut: true,
      ends: ', I’ll contact {party} about {what} for you.',
    },
    // A reminder for next time after the account ("…, so an estimate was used – you'd need to send it
    // by the 25th next time"): it goes, the account stays.
    {
      cut: `\\s*[–—-]\\s*you(?:${APOS}d| would|${APOS}ll| will)? (?:need|have) to [^,;]* next time$`,
      unless: '^(?:if|when|had|once|unless)\\b',
      mustCut: true,
      ends: '.',
    },
    // "If you have further queries, please contact the club directly.": the agent takes them up.
    {
      is: 'if you have (?:any )?(?:further|other|more)? ?(?:queries|questions)(?: about (?:this|it))?, please contact (?:the [\\w-]+(?: [\\w-]+)?)(?: directly)?',
      cut: `please contact (?<party>the [\\w-]+(?: (?!directly)[\\w-]+)?)(?: directly)?$`,
      mustCut: true,
      ends: ', I’ll take them up with {party} for you.',
    },
    // "…, so the fee shouldn't have come as a surprise": the account kept, the surprise owned.
    {
      cut: `,? so (?<what>the [\\w-]+|this|it) should(?: not|n${APOS}t) have (?:come as|been) (?:a|any) surprise$`,
      mustCut: true,
      ends: ', but I’m sorry {what} came as a surprise.',
    },
    // The blame closes an account of what happened and falls on another party ("The handset was
    // packed correctly at our repair centre, so any damage happened with the courier", "…, so
    // that's one to raise with the shop you bought it from"): the account kept, and the agent takes
    // it up with that party, named as the agent named them.
    ...[
      `,? (?:and |so )?(?:any |the )?(?:damage|delay|loss|problem|issue|fault|hold-up|mistake|error|difference|discrepancy|mix-up)s? (?:happened|occurred|was|is|lies|lay|sits|rests)(?: entirely| solely| really)? (?:with|on|at|down to) ${NAMED_PARTY}(?:${APOS}s)?(?: (?:end|side))?$`,
      `,? (?:and |so )?(?:honestly |really )?(?:(?:that|it|this)(?:${APOS}s| is)|(?:any |the )?[\\w ]{0,40}? (?:is|are)) (?:one|something) (?:to (?:raise|take up|sort out|chase)|you(?:${APOS}ll|${APOS}d| will| would)? (?:need|have|want) to (?:raise|take up|sort out|chase|arrange)) with ${NAMED_PARTY}(?: you (?:bought|ordered) (?:it|them|this) from)?(?: directly)?$`,
      `,? (?:and |so )?(?:any |the )?[\\w ]{0,40}? (?:is|are) (?:a matter|one|something) for ${NAMED_PARTY}(?: to (?:look into|resolve|sort out))?(?:,? (?:not (?:us|the [\\w-]+)|rather than (?:us|ours)))?$`,
    ].map((cut) => ({ cut, unless: '^(?:if|when|had|once|unless)\\b', mustCut: true as const, ends: ', so I’ll take it up with {party} for you.' })),
    // A denial of our part closing the account ("The difference is from the bank's intermediary fees, this is
    // not our responsibility", "We only support the latest Chrome, so it's not an issue on our side"): the
    // account kept, the denial dropped.
    {
      cut: `,? (?:so |and |as )?(?:(?:this|that|it)(?:${APOS}s| is| was) (?:not|nothing to do with|no longer) (?:our|my) (?:responsibility|fault|problem|doing)|(?:this|that|it)(?:${APOS}s| is| was) not (?:an? )?(?:issue|problem|fault) (?:on|at|from|with) our (?:side|end)|(?:this|that|it|which) (?:is not|isn${APOS}t|was not|wasn${APOS}t) something (?:we|I) (?:caused|did))$`,
      unless: '^(?:if|when|had|once|unless)\\b',
      mustCut: true,
      ends: '.',
    },
    // The customer's own part named in passing ("The fault was on the internal wiring in your property, which
    // is the customer's responsibility, hence the callout charge"): the aside goes, what follows it stays.
    ...['hence', 'so', 'which is why', 'and so'].map((then) => ({
      cut: `, which (?:is|was|are|were) (?:(?:the (?:[\\w-]+ )?${CUSTOMER_ROLE}${APOS}s?|your) (?:own )?responsibility|(?:down to|up to) you), ${then}(?<after> [^;]+)$`,
      unless: '^(?:if|when|had|once|unless)\\b',
      mustCut: true as const,
      ends: `, ${then}{after}.`,
    })),
    // "…, so if there's a mistake it's on their end": if there is one, the agent takes it up with them.
    {
      cut: `,? so if there(?:${APOS}s| is) (?<art>an?|any) (?<what>mistake|error|problem|issue|discrepancy),? (?:it|that)(?:${APOS}s| is| will be| would be) (?:on|with|at|down to) (?:them|their (?:end|side))$`,
      unless: '^(?:if|when|had|once|unless)\\b',
      mustCut: true,
      ends: ', so if there’s {art} {what}, I’ll take it up with them for you.',
    },
    // The blame closes the account and falls on the customer ("…, so it's down to you that the job
    // wasn't done", "…, so the issue will be with your own equipment", "…, which are your
    // responsibility"): the account kept, the verdict dropped.
    {
      cut: `,? so (?:it${APOS}s|it is|that${APOS}s|that is) (?:all |entirely )?down to you that [^,]*$|,? so (?:the )?(?:mistake|error|fault|problem|issue) (?:is|was) (?:come |coming )?(?:from|on|with|in) (?:the form|your (?:side|end|form)|you)(?: when [\\w ]*)?(?:,? (?:and )?not (?:from )?(?:us|ours|our (?:side|end|office)))?$|,? so (?:the )?(?:issue|problem|fault|it)(?: will be| is| may be| might be| could be)?(?: likely| probably| most likely)? (?:with |within |in |on )?your (?:own )?(?:equipment|devices?|property|set-?up|network|connection|router|handset|phone|wiring)(?: or (?:home )?wiring)?$|,? so it${APOS}s (?:most )?likely something on your (?:set-?up|end|side)$|,? which (?:are|is) your responsibility$|,? so (?:the )?(?:problem|issue|fault|error) (?:is not|isn${APOS}t|was not|wasn${APOS}t) (?:on|at|from|with) our (?:side|end)$|,? so (?:it|this|that|the [\\w ]{1,30}) (?:is not|isn${APOS}t|was not|wasn${APOS}t) something (?:we caused|we(?:${APOS}re| are) responsible for)$|,? so (?:any |the )?[\\w ]{1,30} (?:is|are) your (?:[\\w-]+${APOS}s )?responsibility(?:,? not ours)?$`,
      unless: '^(?:if|when|had|once|unless)\\b',
      mustCut: true,
      ends: '.',
    },
    {
      cut: ",? (?:so |which is |and )?(?:that(?:'|’)s|that (?:is|was)|it(?:'|’)s|it (?:is|was)|this (?:is|was)) (?:(?:all |entirely |solely )?(?:down to|on) you|your (?:own |side |side(?:'|’)s )?(?:mistake|fault|responsibility|error|problem))$|,? (?:so )?the (?:mistake|error|fault) is (?:not (?:from|on|with) (?:us|our side|our end)|(?:yours|on your side|on your end|from you))$|, which (?:is|was) (?:(?:all |entirely )?down to you|your (?:own )?(?:mistake|fault|responsibility))$|,? (?:it|this) was (?:his|her|their) (?:own )?(?:mistake|fault|error)(?:, not (?:mine|ours))?$|,? (?:so )?(?:that(?:'|’)s|it(?:'|’)s|that is|it is) (?:on you|up to you|your (?:job|responsibility)) to (?:check|read|declare|tell us|keep|update)\\b[^,]{0,40}$|,? (?:it(?:'|’)s|it is|this is) (?:a |the )?(?:problem|issue|fault) (?:of|with|on) your (?:device|side|end|phone|network)$|,? (?:so )?the (?:delay|hold-up|problem|issue)(?:(?:'|’)s| is) (?:on their (?:end|side)|theirs)$",
      // Not where what is left is a condition with nothing after it ("If you moved without updating it").
      unless: '^(?:if|when|had|once|unless)\\b',
      mustCut: true,
      ends: '.',
    },
    // Shape-level (this session): the customer's act given as the cause, then what followed ("You must
    // have tried after the desk closed, which is why the late fee applied", "You skipped the service, so
    // the claim can't go through"): what followed kept, the fault dropped, and the agent's next step
    // added. Last, so that the rewrites above that keep more of the agent's words win where they read.
    // Not where what followed names the thing only as "the old one", whose noun goes with the fault.
    {
      is: `(?:you(?:${APOS}ve| have| had)?|your [\\w'’ -]{1,40}?) (?!(?:were|are|have been|had been|received|asked|requested|contacted|called|paid|told us|let us know|didn${APOS}t receive|did not receive|never received)\\b)[^,;:]{3,120}?,? (?:so|which is why|which meant|which means|and so|that${APOS}s why|that is why) (?<then>(?!(?:i|we)(?:${APOS}ve|${APOS}ll| have| will)\\b)(?!please\\b)(?![^,;:]*\\b(?:old|new|wrong|right|same|other|correct|previous|original|first|second|last) ones?\\b)[^,;:]{3,120})`,
      unless: `\\b(?:yours|your (?:own )?(?:fault|mistake|responsibility|error|choice|problem|side|end)|down to you|on you|up to you|not (?:us|ours|our)|nothing to do with us|you (?:need to|have to|should|must (?!have)|will need|would need|'ll need)|next time|in future)\\b`,
      instead: '{then}. I’m sorry about that, and I’ll go through what I can do to put it right with you.',
    },
    // Another party's part, said of the thing it covers ("Heating faults are your landlord's
    // responsibility, not ours", "Any claim for loss has to be raised by the sender"): a company the
    // agent can reach is taken up by the agent; a party of the customer's own is named as the one who
    // can help, with what we hold given for it.
    {
      is: `(?<what>(?!(?:it|this|that|which|they)\\b)[^,;:]{3,80}?) (?<be>is|are) (?:entirely |solely |really |ultimately )?(?:the responsibility of |a matter for )?(?<who>the (?!(?:customer|user|buyer|account holder|guest|member|passenger)\\b)(?:[\\w-]+ ){0,2}?[\\w-]+?)(?:${APOS}s (?:responsibility|liability|problem|job))?(?:,? (?:and )?(?:not|rather than) (?:ours|us|mine|me|by us|the [\\w-]+${APOS}s|[A-Z][\\w-]*(?:${APOS}s)?))?`,
      instead: '{what} {be} something I’ll take up with {who} for you, and I’ll let you know what they say.',
    },
    {
      is: `(?<what>(?!(?:it|this|that|which|they)\\b)[^,;:]{3,80}?) (?<be>is|are) (?:entirely |solely |really |ultimately )?(?:the responsibility of |a matter for )?(?<who>your (?:[\\w-]+ ){0,1}?[\\w-]+?)(?:${APOS}s (?:responsibility|liability|problem|job))?(?:,? (?:and )?(?:not|rather than) (?:ours|us|mine|me|by us|the [\\w-]+${APOS}s|[A-Z][\\w-]*(?:${APOS}s)?))?`,
      instead: '{what} {be} something {who} can help with, and I can send you what we have on this to share with them.',
    },
    {
      is: `(?<what>(?!(?:it|this|that|which|they)\\b)[^,;:]{3,80}?) (?:must|has to|have to|needs? to|should|will need to) be (?:raised|made|lodged|filed|reported|claimed|taken up) (?:by|with) (?<who>the (?:[\\w-]+ ){0,2}?[\\w-]+?)(?:,? (?:and )?not (?:by )?(?:us|the [\\w -]{1,40}))?`,
      instead: '{what} is something I’ll take up with {who} for you, and I’ll let you know what they say.',
    },
  ],
  // Where no rewrite turns a flag: the sentence, or the clause that closes it, left out when the
  // reply reads on without it and it holds nothing the reply needs (leave-out.ts).
  // Up to 26 words: a blame told at length ("Had the conservatory been declared when it was added,
  // the claim would have been paid in full.") is as much the reply's fault to leave out as a short
  // one. What a longer one carries is kept: a step the customer must take ("You must use the
  // reference…") or the reason a charge stands ("…, which is why the fee was applied").
  leaveOut: { keeps: `${LEAVE_OUT_KEEPS}|${STILL_NEEDED}`, maxWords: 26 },
  unlessSentence: [
    // A notice owned as possibly lost ("…, but it may not have reached you, so I'll send it again").
    '\\bmay not have reached you\\b',
    // Sympathy and ownership: "you must have been so disappointed…; we should have told you".
    '\\byou must have been (?:so |very |really |terribly )?(?:disappointed|frustrated|upset|annoyed|worried|angry|cross|stressed|anxious|confused)\\b',
    '\\bwe should have\\b',
    // Sympathy for the customer's own slip ("I'm sorry to hear you forgot to cancel the trial"): no blame.
    '\\bsorry to hear (?:that )?you\\b',
    '\\b(?:sorry|apologi[sz]e|apologies|regret|shame|pity)\\b[^.!?\\n]{0,30}\\byou (?:had|needed|were (?:asked|expected|told|made|required)) to\\b',
    // "I'm sorry our courier let you down": the partner's failure apologised for as ours.
    '\\b(?:i am|we are) (?:so |really |very |truly )?sorry (?:that )?our\\b',
    // Our own agency admitted: "it was entered by our team".
    // Not where the words deny it: "refunds aren't handled by us".
    '(?<!not |not (?:handled|dealt with|managed|processed|decided|covered|done|run) )\\bby (?:us|me|our (?:team|staff|agent|engineer|driver|system|colleague)s?|my colleague)\\b',
    // Reported speech: "you were told 'it's not our fault', and that was wrong".
    '\\b(?:told|said|says|saying|replied|wrote|heard)(?: you| me| us| them)?,? [\'"]',
    '(?<!not |no |never )\\b(?:our|my) (?:mistake|fault|error)\\b',
    '\\bnot (?:your|the customer\'s) fault\\b',
    // A third party named while the agent owns the fix or the chase (tune, batches wm-wx): "a packing
    // fault at their end, but sorting it out is my responsibility, not yours"; "the cancellation was
    // the airline's decision, but … the hotel side is mine to sort"; "the fault lies with us".
    '\\b(?:is|are|remains?) (?:mine|ours) to (?:sort|fix|handle|chase|resolve|put right|deal with|pick up)\\b',
    '\\b(?:sorting|fixing|putting|resolving|chasing|handling) (?:it|this|that|them)(?: out| right)? (?:is|are) (?:my|our) (?:job|responsibility)\\b',
    '\\b(?:my|our) (?:job|responsibility|problem) to (?:sort|fix|chase|resolve|put right)\\b|\\b(?:my|our) responsibility, not yours\\b',
    '\\b(?:fault|blame|mistake|error|problem) (?:lies|lay|is|was|sits) (?:entirely |squarely |firmly )?with (?:us|me|our (?:side|end|team|system))\\b',
    // The customer cleared in the same breath: "the mistake was with the driver's scanner, not with you".
    '\\bnot (?:with|from|on|by) you\\b(?! to\\b)|\\bnot (?:anything|something) you did\\b',
  ],
};
