// `policy-shield` (RULES.md, kind `flag`). Patterns use the rule language of ../../pattern.ts over
// canonical text, so "It's" / "it is" / "IT IS" are one case.
//
// A policy shield answers with the rule book instead of a reason. The frames below combine a few
// word classes:
//   - BOOK: a rule book ("policy", "terms of sale", "membership agreement", "byelaws", "the SLA"),
//     after an owner (OWNER: "our", "the council's", "company") and up to three modifiers
//     (MOD: "data protection", "cancellation");
//   - CITE: a preposition that leans on the book ("per", "in line with", "as set out in");
//   - BINDS: the book as a subject that decides ("prohibits", "does not allow", "says");
//   - not allowed, authorised or in a position to act, or bound to follow the book;
//   - BYPASS: going around a rule ("override", "deviate from", "go against"), refused;
//   - AUTHORITY: someone above the agent who set it ("head office", "corporate").
import { LEAVE_OUT_KEEPS } from '../concepts';
import type { FlagRuleData } from '../types';

/** The clause ends here (punctuation, an emoji, the end), or goes on with one of `more` or an apology. */
const clauseEnd = (more = '') =>
  `(?:(?! ?[a-z0-9])|(?= (?:i am afraid|sorry|unfortunately|and|so${more ? `|${more}` : ''})(?![a-z0-9])))`;

/** A rule book an agent can hide behind. */
const BOOK =
  "(?:polic(?:y|ies)|terms(?: (?:and|&) conditions| of (?:service|business|sale|carriage|use|travel|trade|membership|the (?:fare|ticket|booking|offer|contract|membership|agreement)))?|(?:t & cs?|t &cs?|t& cs?|t&cs?)|conditions of (?:the |your )?(?:fare|ticket|carriage|travel|sale|service|booking|membership|contract|purchase|offer|promotion|use|hire|entry|issue)|(?:fare|booking|ticket|sale|hire|rental|lease|tenancy|delivery|shipping|return|refund|cancellation|membership|policy|contract|offer|promotional|account|entry) conditions|fare rules|tos|guidelines|norms|gdpr|data protection(?: act| law| laws| legislation| regulations)?|privacy laws?|rules?|regulations?|contracts?(?= (?:that |which )?you (?:signed|agreed|accepted))|procedures?|protocols?|small print|fine print|byelaws|bylaws|legislation|eula|sla|charter|(?<!(?:tax|post|zip|promo|promotional|discount|voucher|coupon|access|error|security|sort|qr|bar|product|booking|reference|tracking|activation|verification|gift|area|dial|country|source|puk|pin|confirmation|referral|offer) )code(?: of (?:practice|conduct))?|criteria|(?:membership|device|customer|hire|service|user|loan|credit|finance|account|subscription|licen[cs]e|cardholder|account holder|contract|purchase|booking|club|concession|franchise|partner|partnership|supplier|reseller|dealer) agreements?|regs|(?:governance|compliance|regulatory|security|safeguarding|privacy|confidentiality|information governance) (?:requirements|obligations))";

/** Who a rule book belongs to. "your policy" is left out: in insurance it is the cover itself. */
const OWNER =
  "(?:our|the|its|their|these|those|company|the company's|our company's|[a-z]+'s|your(?! (?:[a-z-]+ )?polic))";

/** A modifier inside the name of a rule book ("data protection", "cancellation"), not a function word. */
const MOD =
  "(?!(?:wrong|and|but|or|so|as|because|since|sadly|unfortunately|however|also|then|that|which|this|these|those|it|i|we|you|they|he|she|is|are|was|were|be|been|to|of|in|on|at|for|with|by|per|under|not|no|a|an|the|our|your|my|their|its|will|would|can|could|do|does|did|must|may|what|when|if)\\b)[a-z0-9'&-]+ ";

/** A named book, with its owner and modifiers: "our data protection procedures", "section 9 of our terms". */
const NAMED = `(?<!your )(?<!your [a-z-]+ )(?:(?:section|clause|paragraph|part|article|rule) [0-9][0-9.a-z()]* of )?(?:${OWNER} )?(?:${MOD}){0,3}${BOOK}`;

/** NAMED for a pattern that begins with it, pinned on a literal owner word ("our", "the company's"; a
 * "section 9 of" before it stays outside the span). */
const NAMED_OWNED = `(?<!your )(?<!your [a-z-]+ )(?:our|the|its|their|these|those|company|the company's|our company's|your(?! (?:[a-z-]+ ){0,2}polic)) (?:${MOD}){0,3}${BOOK}`;

/** NAMED without a literal owner ("practice policy requires", "the council's rules state"): the match opens at the book word. */
const NAMED_BARE = `(?<!your )(?<!your [a-z-]+ )(?<!your [a-z-]+ [a-z-]+ )${BOOK}`;

/** Leaning on a book. */
const CITE =
  '(?:per|as per|under|according to|due to|because of|owing to|on account of|(?:goes|go|going|would go|would be going) against|(?:in )?(?:breach|breaches|violation|contravention) of|(?:breaches|violates|contravenes|breach|violate|contravene)|in (?:line|accordance|keeping|compliance|conformity|conformance) with|pursuant to|governed (?:strictly |solely |entirely |only )?by|by the (?:rules|terms) of|(?:as )?(?:clearly |explicitly )?(?:set out|stated|outlined|laid out|laid down|specified|detailed|defined|described|written|spelled out|spelt out|stipulated|set down|included|listed) (?:in|on|by|under)|as (?:required|dictated|mandated) by|(?:set|fixed|determined|dictated|defined) (?:by|in|under)|(?:as )?(?:mentioned|explained|noted|indicated|shown|covered) in|(?:is|are) (?:all )?(?:part of|in|covered by)|(?:please )?refer (?:you )?to|(?:is|are|it is|that is|this is) (?:against|outside(?: of)?|not within|not covered by|not permitted under|not allowed under))';

/** Citing a book as an adverbial, which a reason can stand in for: "…, as stated in your agreement". */
const ADVERBIAL_CITE =
  '(?:per|as per|under|according to|in (?:line|accordance|keeping|compliance|conformity) with|pursuant to|as (?:clearly |explicitly )?(?:set out|stated|outlined|laid out|laid down|specified|detailed|defined|described|written|stipulated|set down) (?:in|on|by|under)|as (?:required|dictated|mandated) by)';

/** A book deciding for the agent. */
const BINDS =
  '(?:(?:prevent|prohibit|forbid|bar|preclude|restrict|limit|cap|require|mandate|dictate|stipulate|state|say|specify|oblige)s?|means?(?= (?:that )?(?:[a-z-]+ ){0,6}(?:must|can not|will not|have to|has to|only|not|no)(?![a-z0-9]))|(?:do|does|did|will|would) not (?:permit|allow|let|cover|provide for|entitle|extend to|give)|(?:only|just) (?:allow|permit|let|cover)s?|(?:will|would) not let|(?:is|are) (?:fixed|strict|clear|very clear|firm)|exclude[s]?)';

/** Going around a rule. */
const BYPASS =
  '(?:override|overrule|overturn|bend|bypass|circumvent|deviate from|go (?:against|outside|beyond|around|round)(?: of)?|step outside(?: of)?|make exceptions? to|work around|get around)';

/** Someone above the agent who set the rule. */
const AUTHORITY =
  "(?:corporate|head office|hq|head ?quarters|upper management|senior management|management|the (?:company|business|board)|(?:our|the) (?:[a-z]+ )?(?:department|dept|head office|managers?|management|compliance team|legal team))";

/** A rest that an apology or a regret does not close ("…share it, sorry"). */
const NO_CLOSING_REGRET = "(?!.*,? (?:sorry|I(?:'|’)m afraid|I am afraid|unfortunately)$).+";

/** An act with no rule, term or exception named in it, and no second clause: what a limit's rewrite keeps. */
const RULE_FREE_ACT = "(?![^,;:]*\\b(?:procedures?|polic(?:y|ies)|rules?|terms|conditions|guidelines|regulations?|protocols?|exceptions?|practice|requirements?)\\b)[^,;:]+";

/**
 * A refusal or a verdict after the rule it applies (", and I'm unable to make an exception", ", so
 * we're bound by those", ", and the decision is final"): what an offer may take the place of. Not a
 * promise or a fact of the case (", and I'll have an answer by Friday", ", and this delay was 2
 * hours 50 minutes").
 */
const REFUSAL_CUT =
  ",? (?:and|so) (?:(?:i|we)(?:'m|’m|'re|’re| am| are)? (?:can't|can’t|cannot|can not|am not|are not|not able|unable|have no|do not|don't|don’t|won't|won’t|will not|must)\\b|(?:i|we)(?:'re|’re|'m|’m| are| am) (?:not able|unable|not permitted|not allowed|not authori[sz]ed|bound by)\\b|(?:it|this|that|the (?:decision|answer|fee|charge|outcome))(?:'s|’s| is) (?:final|non-negotiable)\\b|there(?:'s|’s| is| are) no\\b|no (?:allowance|exceptions?)\\b|(?:staff|we|i) (?:have to|must) (?:enforce|apply|follow)\\b|(?:these|this|it|they) must be (?:followed|applied)\\b|it(?:'s|’s| is) too late\\b)[^,;:]*$";

/**
 * The rule named as a tag after what it decides, closing the sentence ("…credit decisions – it's
 * our standard policy", "…never guaranteed; this is stated in our booking conditions", "…within
 * 30 days - that's procedure and my hands are tied", "…, those are the system rules, nothing I can
 * change"): the tag goes, and what the agent can do takes its place.
 */
const RULE_TAG =
  "(?:,|;|\\s[–—-]) (?:(?:it|that|this)(?:(?:'|’)s| is)|those are|these are) (?:just |simply |only |all )?(?:(?:our|the|a|company|standard) )?(?:[a-z-]+ ){0,2}(?:polic(?:y|ies)|procedures?|process|protocols?|rules|regulations|(?:terms|conditions)(?: and conditions)?)(?: here| for everyone)?(?:,? nothing (?:i|we) can (?:do|change)(?: about (?:it|that|this))?| and (?:my|our) hands are tied)?$" +
  "|(?:,|;|\\s[–—-]) (?:it|that|this)(?:(?:'|’)s| is) (?:all |clearly )?(?:stated|set out|written|explained|covered|outlined) in (?:our|the|your) (?:[a-z-]+ ){0,2}(?:terms(?: and conditions)?|conditions|polic(?:y|ies)|rules|t ?& ?cs?)$";

/** A clause before a book cited inside it: from its sentence's start, no turn or lead, ending on a word. */
const CLAUSE_BEFORE_CITE = "(?!(?:if|as|since|because|while|although|though|and|but|so|or)\\b)[^.!?\\n;:–—]{2,160}[\\p{L}\\p{N})]";

/** What carries a clause on past a book cited inside it: a time, a condition, a purpose, a second verb of its subject (not "and" before a subject of its own). */
const CITE_CARRIED_ON = "(?:and (?!(?:i|we|you|they|he|she|it|this|that|there|the|our|your|my|their|its|these|those|a|an|all|any|no)\\b)|to|until|till|once|after|before|following|when|whenever|unless|for|from|within|by|on|at|with|while|whilst|pending|provided|subject to|only)\\b[^,;:]*";

/** A refusal of any exception, by the agent or the company ("we can't make an exception", "I'm unable to make any exceptions"). */
const EXCEPTION_REFUSED =
  '{we} (?:do|can|will|could) not (?:make|do|give|grant|allow|approve) (?:any |an )?exceptions?|{we} {be} {adv}(?:unable|not able|not permitted|not allowed|not authori[sz]ed|not in a position) to (?:make|grant|approve|allow|offer) (?:any |an |individual )?exceptions?';
/** What an exception was refused for, if anything: "for this", "to this", "for anyone". */
const EXCEPTION_FOR = "(?:(?:for|on|in|to) (?:this|that|it|these|those|them|your case|this case|this one|personal reasons|any reason|anyone|everyone)|here|now)?";
/** An apology that opens the sentence before the refusal, kept as written ("Sorry, I can't make an exception"). */
const SORRY_BEFORE = "(?:(?:I(?:'|’)m|I am|we(?:'|’)re|we are) (?:so |very |really )?)?sorry,?";

export const policyShield: FlagRuleData = {
  id: 'policy-shield',
  means: 'refusal',
  category: 'ownership',
  weight: 15,
  severity: 'warn',
  title: 'Hiding behind policy',
  why: 'Pointing to a policy tells the customer the rules matter more than they do, and ends the conversation.',
  better: 'Say what you can do and why, in your own words.',
  examples: ['It is our policy', 'That’s company policy', 'Per company policy', 'I’m not allowed to', 'Rules are rules', 'We don’t make exceptions', 'In accordance with our terms and conditions'],
  patterns: [
    // Frames from batches ws/wt (tune): terms by section, a requirement for all, every store's own rules.
    'per the (?:[a-z-]+ )terms in (?:section|clause) [0-9.]+',
    '(?:is|are) required for all (?:[a-z-]+ )?(?:claims|customers|orders|bookings|returns|refunds|members|accounts|applications)',
    'has its own (?:[a-z]+ )?(?:rules|policy|policies|terms)',
    // Frames from batches wq/wr (tune): a procedure cited as the reason, an authority limit as the wall.
    '(?:by|under|per|according to) our (?:internal )?(?:procedures?|polic(?:y|ies)|rules|guidelines|protocols?)(?=,| [a-z]+ (?:must|can not|may not|are not|is not|do not|will not))',
    '(?:falls?|is|are) outside (?:of )?(?:what|the (?:limit|level|amount)s? (?:that )?) ?(?:i am|we are|agents are|staff are) (?:authori[sz]ed|allowed|permitted) to (?:approve|offer|give|agree|authori[sz]e)',
    // Frames from batches wh/wi.
    `(?:practice|surgery|clinic|hospital|pharmacy|store|shop|bank|school|club|hotel|branch|office|site|team) (?:${MOD}){0,1}(?:procedures?|protocols?|polic(?:y|ies)|rules?) (?:here )?(?:is|are|states|says) that`,
    "(?:that is|it is|this is) (?:just |simply |only )?how (?:the |our )?(?:[a-z-]+ )?(?:terms|rules|policy|policies|conditions|contract|agreement|tariff|plan) (?:are|is) (?:written|set up|worded|designed|structured)",
    '(?:do not|does not|did not|will not|would not) (?:give|leave|allow|afford) (?:me|us) (?:any )?(?:room|discretion|choice|leeway|latitude|flexibility|option)',
    // "It's our policy", "that's simply the rule we have to follow", "those are the system rules".
    { p: `{it} {be} {adv}(?:not )?(?:(?:our|the|company|a|an|the company(?:'s)?|our company(?:'s)?|just|simply|only) (?:${MOD}){0,2}(?:polic(?:y|ies)|rules?|procedures?|protocols?|practice)|(?:company |standard |house |corporate |store |strict |normal |practice |surgery |clinic |hotel |club |school |bank |airline |council |hospital |gym |shop |site |university |college |government |nhs |trust |department |(?:[a-z]+ )?safety |security )?(?:policy|procedure|protocol)${clauseEnd('that|to|here|for (?:all|every|everyone)')})(?! (?:of|about|on|for you|number|holder|document|schedule|wording|renewal|details) )`, better: 'Explain the reason in your own words, then say what you can do.' },
    // "Company procedure is that …", "standard practice is that …", "our policy is to …".
    { p: `(?:our|the|company|company's|standard|house|general|store|shop|club|hotel|bank|practice|airline|council|school|gym|corporate) (?:${MOD}){0,2}(?:polic(?:y|ies)|rules?|position) (?:here )?(?:is|are|states|says) (?:that|to|no)`, better: 'Because [the real reason], ' },
    { p: `(?:our|company|company's|standard|house|general) (?:${MOD}){0,2}(?:procedures?|practice|protocols?) (?:here )?(?:is|are|states|says) that`, better: 'Because [the real reason], ' },
    // Citing a book: "per our class policy", "in line with our conditions of travel", "as set out in the membership terms".
    // At the end of its clause, the book cited gives way to the reason, in the agent's words.
    // Not where the sentence already gives its reason ("…closed because you didn't respond, as
    // outlined in our policy"): a second "because" would not read.
    { p: `(?<!\\b(?:because|since|as a result)\\b[^.!?\\n]{0,200})(?<=[a-z0-9)'’] |[a-z0-9)'’], )${ADVERBIAL_CITE} ${NAMED}(?= ?(?:[.!;]|$|\\n|[^a-z0-9 ,'’\\n-]))`, better: 'because [the real reason]', swap: true },
    { p: `${CITE} ${NAMED}`, better: 'because [the real reason]' },
    // Bound by it: "I'm obliged to follow the procedure", "I'm bound by the referral procedure".
    { p: `{we} (?:am|are|is) {adv}(?:bound|obliged|obligated|required|forced) (?:by|to (?:follow|apply|adhere to|comply with|stick to|enforce|go by|abide by)) ${NAMED}`, better: 'I can see why this matters, and here is what I can do:' },
    { p: `{we} (?:must|have to|need to|has to|had to|have got to|got to) (?:follow|apply|adhere to|comply with|stick to|enforce|go by|abide by) (?:${NAMED}|(?:it|this|that|them|the (?:fee|charge|rule)) (?:to|for|with) (?:every|all|everyone|everybody|each))`, better: 'I can see why this matters, and here is what I can do:' },
    `(?:rules?|polic(?:y|ies)|procedures?) (?:that )?{we} (?:must|have to|need to|are required to|am required to|are obliged to|am obliged to|are bound to) (?:follow|apply|stick to|adhere to|enforce)`,
    // "We have strict rules on early termination", "the practice has a strict lateness rule".
    `(?:{we}|our [a-z]+|the [a-z]+) (?:have|has) (?:a |very |really )?(?:strict|firm|fixed|zero[ -]tolerance|no[ -]exceptions?|blanket)(?: ${'[a-z-]+'})? (?:polic(?:y|ies)|rules?|procedures?|regulations?|protocols?)`,
    // Not allowed or authorised: "I'm not allowed to", "our drivers aren't permitted to".
    { p: '{we} {be} {adv}not (?:allowed|permitted|authori[sz]ed|authori[sz]ed or able) to', better: 'I’ll ask a colleague who is able to' },
    { p: "(?:our (?:[a-z]+ )?(?:staff|team|agents?|advisers?|advisors?|drivers?|engineers?|colleagues?|employees?|reps?|representatives?|pharmacists?|doctors?|clinicians?)|support|staff|agents?|customer service) {be} {adv}not (?:allowed|permitted|authori[sz]ed) to", better: 'I’ll ask a colleague who is able to' },
    { p: '{we} (?:do not|does not|did not) have (?:the |any )?(?:authority|authori[sz]ation|permission|power|discretion|clearance|sign-off|mandate) to', better: 'I’ll ask a colleague who can' },
    { p: '{we} (?:have|has) (?:no|zero) (?:authority|authori[sz]ation|permission|power|discretion|clearance|leeway|latitude|say) (?:to|over|on|in)', better: 'I’ll ask a colleague who can' },
    { p: '(?:gives?|leaves?|allows?|affords?) (?:me|us) (?:no|zero|very little|little) (?:discretion|choice|leeway|latitude|flexibility|room)', better: 'Here is what I can do:' },
    { p: '(?:my|our) hands (?:are|were) {adv}tied', better: 'Here is what I can do:' },
    // Refusing to go around a rule: "I'm unable to deviate from that", "I can't go against them".
    { p: `{we} (?:am|are|is)? ?{adv}(?:not able|unable|not allowed|not permitted|not authori[sz]ed|not in a position|in no position|powerless) to(?= (?:simply |just )?${BYPASS})`, better: 'I’ll ask a manager whether we can' },
    { p: `{we} (?:can not|could not|may not|must not|will not be able to|can never)(?= (?:simply |just )?${BYPASS})`, better: 'I’ll ask a manager whether we can' },
    // Frames from batches wu/wv (tune): going around the rule, refused as "not something I can do"
    // ("it isn't something I'm able to step outside of"; not when the same breath offers what the
    // agent can do: ", but there are two things I can do"); a rule cited as a term of the deal
    // ("this is a condition of our concession agreements").
    { p: `(?:is not|is never) (?:something|anything) (?:that )?(?:i|we|the staff|our staff|anyone|(?:the|our) team) (?:am |are |is )?(?:able to|allowed to|permitted to|in a position to|can|could) (?:simply |just )?${BYPASS}(?: (?:it|that|this|them))?(?!,? (?:but|however)\\b)`, better: 'I’ll ask a manager whether we can' },
    { p: `(?:is|are|was|were) (?:a |an )?(?:strict |firm |standard )?(?:condition|requirement|term|stipulation) (?:of|under) ${NAMED}`, better: 'because [the real reason]' },
    // The book called strict, as the reason: "data protection regs are very strict on that".
    { p: `${NAMED} (?:is|are) (?:very |really |extremely |quite |super |incredibly )?(?:strict|rigid|inflexible|black and white)(?: (?:on|about) (?:that|this|it))?(?! (?:but|however|so we|and we|and i))`, better: 'because [the real reason]' },
    // Exceptions refused: "we don't make exceptions", "I'm unable to make an exception".
    { p: '{we} (?:do|can|will|could) not (?:make|do|give|grant|allow|approve) (?:any |an )?exceptions?', better: 'Here is what I can do:' },
    { p: `(?:{we}|support|staff) (?:am|are|is) {adv}(?:unable|not able|not permitted|not allowed|not authori[sz]ed|not in a position) to (?:make|grant|approve|allow|offer) (?:any |an |individual )?exceptions?`, better: 'Here is what I can do:' },
    // Set above the agent: "set by corporate", "a requirement set by our fraud department".
    `(?:set|fixed|dictated|imposed|mandated) by ${AUTHORITY}`,
    `(?:a|the|an) (?:[a-z-]+ ){0,3}(?:requirement|rule|regulation) (?:set|imposed|laid down) by`,
    `(?:it is|that is|this is|which is) (?:a|an) (?:legal|regulatory|health and safety|safety|security|compliance|company|head office|strict|mandatory|statutory) (?:requirement|rule|regulation)`,
    { p: '(?:the )?(?:underwriters?|head office|corporate|management|my manager|regulator|legislation|law|system rules) (?:will|would|does|do) not (?:let|allow|permit) (?:me|us)', better: 'I can not do that here, but I can' },
    // Bare appeals: "company rules", "as a matter of policy", "rules are rules".
    `(?:company|corporate|house|head office|system|store) (?:rules|polic(?:y|ies))${clauseEnd()}`,
    // Authority above the agent: "head office sets the prices", "that sits with corporate".
    `(?:head office|corporate|upper management|senior management|hq) (?:sets?|decides?|controls?|determines?|makes?) (?:the|these|those|all|our|that|this|it)`,
    `(?:sits|rests|lies|stays) (?:solely |entirely )?with (?:head office|corporate|upper management|senior management|hq)`,
    'as a matter of (?:company |our |general |strict )?polic(?:y|ies)',
    'by the (?:rules|terms|regulations) of (?:the|our|this) [a-z]+',
    '(?:the )?rules (?:are|is) (?:the )?rules',
    `(?<=[,:;–—-] )(?:company |store |house )?(?:polic(?:y|ies)|rules)${clauseEnd()}`,
    `(?:those|these) are (?:just |simply )?(?:the|our) (?:${MOD}){0,2}(?:rules|terms(?: (?:and|&) conditions)?|t ?& ?cs?|conditions|policies|regulations|guidelines)(?: of (?:the|your|our) [a-z]+)?${clauseEnd('i')}`,
    `not something (?:that )?(?:${OWNER} )?(?:${MOD}){0,2}${BOOK} {adv}(?:allows|permits|covers|lets (?:me|us) do|provides for)`,
    `(?:that|this|it) {be} (?:just |simply )?how (?:our|the) (?:${MOD}){0,2}(?:polic(?:y|ies)|rules?|procedures?|terms) works?`,
    `{we} (?:strictly|rigidly) (?:follow|adhere to|apply|stick to|enforce|go by) ${NAMED}`,
    '(?:not|outside|beyond) (?:within |of )?(?:my|our) (?:remit|authority|powers?|jurisdiction|discretion)',
    'i (?:am|was) (?:just |only |simply )?following (?:company |our |the )?(?:polic(?:y|ies)|procedures?|the rules|rules|protocol|guidelines)',
    'i do not make the rules',
    '(?:the )?(?:rules?|polic(?:y|ies)|deadlines?|terms|fees?|procedures?) (?:is|are) the same for (?:everyone|everybody|every customer|all (?:our )?(?:customers|members|patients|clients|guests|passengers))',
    'the same (?:rules?|polic(?:y|ies)|terms|procedures?) (?:applies |apply )?(?:for|to) (?:everyone|everybody|every customer|all (?:our )?(?:customers|members|patients|clients|guests|passengers))',
    '(?:the )?polic(?:y|ies) (?:is|are) (?:the )?polic(?:y|ies)',
    'above my pay ?grade',
    '{we} {be} {adv}under (?:strict |clear |firm |explicit )?instructions?',
    '{we} {be} {adv}(?:obliged|obligated|required|forced|bound) by (?:law|the law|the regulator|our regulator|regulation|head office|corporate)',
    '(?<!(?:handled|dealt with|processed|managed|done) (?:this|it|that|everything|your [a-z]+|the [a-z]+) )by the book',
    `there {be} (?:a|an) (?:${MOD}){0,2}(?:rule|policy|regulation) against`,
    { p: '{we} {be} {adv}only (?:allowed|permitted|authori[sz]ed) to', better: 'The most I can do myself is' },
    { p: `{we} {be} {adv}not (?:allowed|permitted)${clauseEnd()}`, better: 'I can not do that one myself' },
    // Each frame twice: opening at a literal owner ("our privacy rules simply prevent me"), and
    // opening at the book word when no owner word is there ("practice policy requires"), so both
    // stay pinned to their first words.
    // The book decides: "Company policy restricts", "our privacy rules simply prevent me", "the fare conditions do not entitle you".
    { p: `${NAMED_OWNED}(?: (?:on|about|regarding|for) (?:this|that|these|those|it))?(?: (?:that |which )?you (?:agreed to|accepted|signed(?: up to)?))? {adv}${BINDS}`, better: 'Because [the real reason], ' },
    { p: `${NAMED_BARE}(?: (?:on|about|regarding|for) (?:this|that|these|those|it))?(?: (?:that |which )?you (?:agreed to|accepted|signed(?: up to)?))? {adv}${BINDS}`, better: 'Because [the real reason], ' },
    { p: `${NAMED_OWNED}(?: [a-z]+ly)?,? (?:which|that) {adv}(?:clearly |explicitly )?(?:state|say|require|prohibit|stipulate|specify)s?`, better: 'Because [the real reason], ' },
    { p: `${NAMED_BARE}(?: [a-z]+ly)?,? (?:which|that) {adv}(?:clearly |explicitly )?(?:state|say|require|prohibit|stipulate|specify)s?`, better: 'Because [the real reason], ' },
    // The rule of a named place: "this is the rule of the practice", "that is the policy at this hotel".
    `(?:this|that|it) (?:is|was) (?:just |simply )?(?:the|a|our) (?:rule|policy|procedure|protocol) (?:of|at|in|for) (?:the|our|this) (?:practice|surgery|hotel|club|company|store|shop|bank|airline|school|gym|council|clinic|hospital|office|firm|business|site|centre|center|branch|restaurant|venue|park|building|trust)(?=[ \n]*(?:[.!,;]|$|and |so |i am afraid|sorry))`,
    // Same for all: "the fee applies to all changes of this type", "must be kept on file for all memberships".
    `(?:applies|apply|is applied|are applied|is charged|are charged|is payable|are payable) (?:equally )?to (?:all|every|each) (?:active |new |existing |such |our )?(?:[a-z-]+ )?(?:customers?|members?|memberships?|accounts?|contracts?|bookings?|orders?|changes?|policies|policyholders|patients|guests|passengers|users|clients|tickets|claims|cancellations|requests|applications|residents|tenants|students|subscribers|subscriptions|plans)`,
    `(?:must|has to|have to|needs to|need to) be (?:[a-z]+ ){1,3}(?:for|on|by) (?:all|every|each) (?:active |new |existing )?(?:customers?|members?|memberships?|accounts?|contracts?|bookings?|orders?|policies|policyholders|patients|guests|passengers|users|clients|residents|tenants|students|subscribers|subscriptions|plans)`,
    // Pointing at the printed terms: "it says in your contract", "as stated on the back of your key card".
    `(?:it|this|that|which) (?:says|states|is stated|is written|is set out|is explained|is listed|is shown|is all|is clearly stated) (?:clearly )?(?:in|on) (?:page [0-9]+ of )?(?:your|the|our) (?:[a-z-]+ )?(?:contract|agreement|terms|t ?& ?cs?|small print|fine print|paperwork|policy (?:schedule|documents?|wording|booklet)|booking conditions|terms and conditions|conditions)`,
    `(?:as|which is|this is|that is) (?:clearly )?(?:stated|set out|printed|written|explained|specified|detailed|listed|shown|displayed|noted) (?:on|in) (?:the (?:back|front|bottom) of )?(?:your|the|our|each|every) (?:[a-z-]+ )?(?:key card|ticket|contract|agreement|policy (?:schedule|documents?|wording|booklet)|terms|small print|fine print)`,
    `(?:is|are) listed (?:in|on) (?:your|the|our) (?:policy (?:schedule|documents?|wording|booklet)|terms(?: and conditions)?|t ?& ?cs?|contract|agreement|price list|tariff|schedule of (?:fees|charges))`,
    'not accepted as (?:valid )?(?:notice|notification|a cancellation|cancellation|proof|evidence)',
  ],
  // "It's not our policy to leave families without heating, so I've booked ..." reverses the shield,
  // as does "our usual rule is 30 days, but I've made an exception".
  // The rule said in the agent's own words, with what they can do beside it.
  rewrites: [
    { when: `{it} {be} {adv}(?:our|company|the company's|our company's) (?:${MOD}){0,2}polic(?:y|ies)`, restOpens: 'to', better: 'we {rest}, but here is what I can do: [what you can offer]' },
    { when: `{it} {be} {adv}(?:our|company|the company's|our company's) (?:${MOD}){0,2}polic(?:y|ies)`, restOpens: 'that', better: '{rest}, but here is what I can do: [what you can offer]' },
    { when: `(?:our|the|company|company's|standard|house|general|store|shop|club|hotel|bank|practice|airline|council|school|gym|corporate) (?:${MOD}){0,2}(?:polic(?:y|ies)|rules?|position) (?:here )?is to`, better: 'we {rest}, but here is what I can do: [what you can offer]' },
    { when: `(?:our|the|company|company's|standard|house|general|store|shop|club|hotel|bank|practice|airline|council|school|gym|corporate) (?:${MOD}){0,2}(?:polic(?:y|ies)|rules?|position|procedures?|practice|protocols?) (?:here )?(?:is|are|states|says) that`, better: '{rest}, but here is what I can do: [what you can offer]' },
    { when: `(?:our|the|company|company's|corporate|head office|store|bank) (?:${MOD}){0,2}(?:polic(?:y|ies)|rules?|terms|conditions|procedures?|guidelines|regulations) (?:say|says|state|states|specif(?:y|ies))`, restOpens: 'that', better: '{rest}, but here is what I can do: [what you can offer]' },
    { when: `(?:our|the|company|company's|corporate|head office|store|bank) (?:${MOD}){0,2}(?:polic(?:y|ies)|rules?|terms|conditions|procedures?|guidelines|regulations) (?:say|says|state|states|specif(?:y|ies))(?: that)?`, better: '{rest}, but here is what I can do: [what you can offer]' },
    // The book as the one that decides ("Our procedures don't allow me to cancel it", "our
    // refund policy does not allow refunds on downloads", "Company rules require us to recover
    // it"): the limit said as the agent's own.
    { when: `${NAMED_OWNED} {adv}(?:do|does|will|would) not (?:allow|permit|let)`, restOpens: '(?:me|us) to|(?:me|us)', better: 'I can’t {rest}, but here is what I can do: [what you can offer]' },
    { when: `${NAMED_OWNED} {adv}(?:do|does) not (?<verb>allow|permit)`, restIs: "(?!(?:me|us|you|it|this|that)\\b).+", better: 'we don’t {verb} {rest}, but here is what I can do: [what you can offer]' },
    { when: `${NAMED_OWNED} {adv}(?:require|required|requires|oblige|obliges)`, restOpens: '(?:me|us) to', better: 'we need to {rest}, but here is what I can do: [what you can offer]' },
    { when: `${NAMED_OWNED} {adv}(?:require|requires|mandate|mandates|dictate|dictates|stipulate|stipulates|mean|means)`, restOpens: 'that', better: '{rest}, but here is what I can do: [what you can offer]' },
    // "Our terms require damage to be reported within 48 hours": what is needed, as the agent's own.
    { when: `${NAMED_OWNED} {adv}(?:require|requires)`, restIs: "(?!(?:me|us|you|that|it)\\b)[^,]+ to [^,]+", whole: true, better: 'we need {rest}, but here is what I can do: [what you can offer]' },
    // "Bank procedures do not permit us to cover …": the book's name goes with it.
    {
      when: `${NAMED_BARE} {adv}(?:do|does|will|would) not (?:allow|permit|let)`,
      afterSubject: "(?!(?:i|we|you|they|it|and|but|so|that|this|unfortunately|sadly|also|however)\\b)[\\p{L}-]+",
      subjectGoes: true,
      restOpens: '(?:me|us) to|(?:me|us)',
      better: 'I can’t {rest}, but here is what I can do: [what you can offer]',
    },
    // The rule named and nothing else ("This is practice policy.", "That's simply the rule."):
    // the reason in the agent's words instead, and what they can do.
    {
      when: `{it} {be} {adv}(?:not )?(?:(?:our|the|company|a|an|the company(?:'s)?|our company(?:'s)?|just|simply|only) (?:${MOD}){0,2}(?:polic(?:y|ies)|rules?|procedures?|protocols?|practice)|(?:[a-z]+ )?(?:policy|procedure|protocol|rule))`,
      restIs: "(?:(?:I|we)(?:'|’)m afraid|I am afraid|here|for everyone|for all customers)?",
      better: 'the reason is [the real reason], and here is what I can do: [what you can offer]',
    },
    // A rule cited before the agent's refusal under it ("According to the municipal regulations I
    // am not authorised to issue a second permit", "Hi, due to regulations we're unable to change
    // the name by email", "Under our carrier terms we are not authorized to leave packages …"): the
    // refusal said as the agent's own, and what they can do; a refusal of the same rule in it
    // goes with it. A duty under the rule ("…we are obliged to keep the deposit…") is said as a need.
    {
      when: `(?:per|as per|under|according to|in (?:line|accordance|keeping) with|pursuant to|due to|because of|owing to) (?!(?:[a-z']+ )*(?:security|privacy|safety|data protection|fraud prevention) )${NAMED}`,
      restIs: `(?:of (?:the|our) [a-z]+,? )?(?:(?:[Ww]e|I)(?:(?:'|’)re|(?:'|’)m| am| are) (?:not (?:allowed|permitted|authori[sz]ed|able)|unable) to|(?:[Ww]e|I) (?:cannot|can not|can(?:'|’)t)) (?<act>${RULE_FREE_ACT})`,
      better: 'I can’t {act}, but here is what I can do: [what you can offer]',
    },
    {
      when: `(?:per|as per|under|according to|in (?:line|accordance|keeping) with|pursuant to|due to|because of|owing to) (?!(?:[a-z']+ )*(?:security|privacy|safety|data protection|fraud prevention) )${NAMED}`,
      restIs: `(?:of (?:the|our) [a-z]+,? )?(?:[Ww]e|I)(?:(?:'|’)re|(?:'|’)m| am| are) (?:obliged|obligated|required) to (?<act>${RULE_FREE_ACT})`,
      better: 'we need to {act}, but here is what I can do: [what you can offer]',
    },
    // A rule cited before the clause it decides ("Under our terms, refunds end after 14 days"):
    // the clause said as the agent's own, with what they can do. Not where the book's name runs
    // on ("under the terms of your booking, …") or a second clause follows.
    {
      when: `(?:per|as per|under|according to|in (?:line|accordance|keeping) with|pursuant to) ${NAMED}`,
      restIs: "(?!(?:of|for|on|in|at|to|and|or|which|that|about|regarding|with|from|by)\\b)(?:(?! and )[^,;:])+",
      better: '{rest}, but here is what I can do: [what you can offer]',
    },
    // "I'm not allowed to refund more than £50": the limit said as the agent's own, and the offer.
    // Not where an apology closes the rest ("…share it, sorry"): the offer would follow the apology.
    { when: '{we} {be} {adv}not (?:allowed|permitted|authori[sz]ed) to', restIs: NO_CLOSING_REGRET, whole: true, better: 'I can’t {rest}, but here is what I can do: [what you can offer]' },
    // The same after the reason in the agent's words ("For security reasons[ we are not permitted to
    // discuss …]"), which stays; after an apology that has turned once ("I'm sorry but"), the offer
    // is a sentence of its own.
    {
      when: '{we} {be} {adv}not (?:allowed|permitted|authori[sz]ed) to',
      afterSubject: "for (?:[a-z-]+ )?(?:security|privacy|safety|legal|compliance|data protection) reasons,?",
      restIs: '[^,]+',
      whole: true,
      better: 'I can’t {rest}, but here is what I can do: [what you can offer]',
    },
    {
      when: '{we} {be} {adv}not (?:allowed|permitted|authori[sz]ed) to',
      afterSubject: "(?:I(?:'|’)m|I am|we(?:'|’)re|we are) (?:so |very |really )?sorry,? but|sorry,? but",
      restIs: '[^,]+',
      whole: true,
      better: 'I can’t {rest}. Here is what I can do instead: [what you can offer]',
    },
    { when: '{we} (?:do not|does not|did not) have (?:the |any )?(?:authority|authori[sz]ation|permission|power|clearance|sign-off|mandate) to', restIs: NO_CLOSING_REGRET, whole: true, better: 'I can’t {rest}, but here is what I can do: [what you can offer]' },
    // A clause that only refuses the exception ("We do not make any exception for this.", "I
    // cannot make an exception for personal reasons."): the refusal is the fact the customer must
    // know, so it stays as written, and what the agent can do instead follows it. Only the
    // refusal and what it was for, nothing more in its clause.
    {
      when: '{we} (?:do|can|will|could) not (?:make|do|give|grant|allow|approve) (?:any |an )?exceptions?',
      restIs: EXCEPTION_FOR,
      whole: true,
      better: '{words} {rest?}, but here is what I can do instead: [what you can offer]',
    },
    // The rule tagged on after the fact it decides ("Tables are released after 15 minutes, that's
    // the rule."): the tag goes with its comma, and the fact reads as the agent's own.
    // (Not "that's the policy", which the sentence's rewrite answers with what the agent can do.)
    { when: "(?:that|this|it) (?:is|(?:'|’)s) (?:just |simply )?the rules?", trails: ', ', better: '' },
    // A refusal joined to the rule it applies: what the agent can do instead, the rule kept.
    {
      when: '.*\\b(?:exceptions?|unable|not able|not in a position|in no position|can not|could not|will not be able|may not|must not|authority|hands)\\b.*',
      joined: ', but here is what I can do: [what you can offer]',
    },
    // The same refusal of an exception said as being unable ("We are unable to make any exceptions
    // to this."), or after an apology that opens the sentence ("Sorry, I can't make an exception."):
    // after the joined rewrite, which takes it where it follows the rule with "and".
    ...[undefined, SORRY_BEFORE].map((subject) => ({
      when: EXCEPTION_REFUSED,
      ...(subject ? { afterSubject: subject } : {}),
      restIs: EXCEPTION_FOR,
      whole: true as const,
      better: '{words} {rest?}, but here is what I can do instead: [what you can offer]',
    })),
    // Round 2: a security or privacy policy cited as the cause ("Due to our security policy we
    // can't share why an account was flagged"): the reason it stands for, in the agent's words;
    // what they cannot do stays, as it protects the customer.
    {
      when: '(?:due to|because of|owing to|under|per|in line with) (?:our|the|company) (?<kind>security|privacy|safety|data protection|fraud prevention) (?:polic(?:y|ies)|rules|procedures?|protocols?|guidelines)',
      restIs: "(?:,? )?(?:we|I)(?:'re|’re|'m|’m| are| am| can't| can’t| cannot| can not| do not| don't| don’t)\\b[^,;:]*",
      whole: true,
      better: 'for {kind} reasons {rest}',
    },
    // Round 2: a book cited inside its sentence ("We don't do price adjustments after purchase as
    // a matter of policy, and I'm not able to make an exception."): what the agent can do takes
    // the refusal after it, so that one Swap turns the sentence and the refusal's own flag, held
    // in it, offers the same ("instead" is a hedge the rule reads). The citation stays as the reason.
    {
      when: `(?:as a matter of (?:company |our |general |strict )?polic(?:y|ies)|(?:under|in accordance with|in line with|according to|per|as per|pursuant to) ${NAMED}|(?:set|fixed|dictated|imposed|mandated) by ${AUTHORITY}|governed (?:strictly |solely |entirely |only )?by ${NAMED}|(?:is |are )?(?:clearly )?(?:set out|stated|included) in ${NAMED})`,
      afterSubject: "(?!(?:please|kindly|if|as|since|because|while|although|though|and|but|so|hello|hi|dear)\\b)[^.!?\\n,;:–—]{3,160}",
      restIs: "(?:(?:for|to|on|of|in|you|that) [^,;:]*)?",
      cutIs: REFUSAL_CUT,
      better: '{words} {rest?}, but here is what I can do instead: [what you can offer]',
    },
    // "Rules are rules, I'm afraid – readings have to be sent within 5 days": the appeal goes with
    // the mark that closes it, and the reason the agent gives opens the sentence.
    {
      when: '(?:the )?(?:rules? (?:is|are) (?:the )?rules?|polic(?:y|ies) (?:is|are) (?:the )?polic(?:y|ies))',
      leadsIn: "(?:,? (?:I(?:'|’)m|I am|we(?:'|’)re|we are) afraid)?",
      leadJoins: '[ \\t]*[,:;–—-]',
      better: '',
    },
    // Not joined to the rule ("I'm unable to refund the fee on my own."): the limit as the agent's
    // own, and the offer. Only where the rest is the act alone, naming no rule or exception ("…
    // deviate from this procedure" would still shield behind it), with no comma in it.
    { when: '{we} {be} {adv}(?:not able|unable) to', restIs: RULE_FREE_ACT, whole: true, better: 'I can’t {rest}, but here is what I can do: [what you can offer]' },
    { when: '{we} (?:have|has) no (?:authority|authori[sz]ation|permission|power|discretion|mandate) to', restIs: RULE_FREE_ACT, whole: true, better: 'I can’t {rest}, but here is what I can do: [what you can offer]' },
    // The book cited inside the clause it decides, not set off by commas ("Deposits are held[ in
    // line with our booking policy] until the room is inspected", "We cover these scams[ under the
    // reimbursement rules], and I'll…"): the citation goes, and the clause reads on as the agent's
    // own fact, every term of it kept. What follows must carry the clause on ("until…", "to
    // cover…", "and cannot be…"), not name more of the book ("…, section 9", "…you agreed to");
    // where nothing does, the words before must say something without it: not "Bans are issued".
    // Not a book named by its section (a figure), nor after a comma.
    ...[
      { afterSubject: `${CLAUSE_BEFORE_CITE}(?<!\\b(?:is|are|was|were|be|been|being|get|gets|got)(?: [a-z]+ly)? [a-z]+(?:ed|en|wn|de|t))`, restIs: `(?:${CITE_CARRIED_ON})?` },
      { afterSubject: CLAUSE_BEFORE_CITE, restIs: CITE_CARRIED_ON },
    ].map((shape) => ({
      when: `(?:per|as per|under|in (?:line|accordance|keeping|compliance) with|pursuant to|as (?:set out|stated|outlined|specified|mentioned|detailed) in) (?![^0-9]*[0-9])${NAMED}`,
      ...shape,
      words: true as const,
      better: '',
    })),
  ],
  // A sentence the second opinion reads as a rule held up as the answer, with no phrase the frames
  // know ("Trial extensions aren't something we're permitted to offer."): the reason kept as the
  // agent wrote it, its refusal ("…, so I can't remove it") given way to the bend. Not where the
  // sentence already turns, asks, or lists (a colon or a dash). The frames' flags take it too,
  // where no clause rewrite reads: "instead" is a hedge the rule reads, so the Swap clears them.
  sentenceRewrites: [
    {
      cut: `, (?:as|which is) (?:outlined|set out|stated|laid out|explained|detailed|specified|described|written) in (?:our|the) [a-z' ]{0,40}$|,? (?:and )?so\\b(?! (?:i|we)(?:(?:'|’)ve| have)\\b(?! to\\b))(?! (?:i|we)(?:(?:'|’)ll| will| am going to| are going to)\\b)|,? (?:sorry|i(?:'|’)m afraid|unfortunately)$|,? (?:and )?(?:i|we)(?:(?:'|’)m| am| are|(?:'|’)re)? (?:can(?:'|’)t|cannot|can not|am not|are not|not able|unable|have no|have to|must|won(?:'|’)t|do not|don(?:'|’)t)\\b|,? and (?:it|this|that)(?:'|’)?s? (?:is )?not something\\b|,? and (?:can(?:'|’)t|cannot|can not) be\\b|,? and there (?:(?:'|’)s|is|are) no\\b|,? and (?:on that basis|therefore)\\b|,? and (?:it|this|that|the (?:decision|answer|position|outcome)) is (?:final|non-negotiable)\\b|, nothing (?:i|we) can (?:do|change)\\b|,? (?:and )?(?:that(?:'|’)s|that is) (?:the |our |just )?(?:[a-z]+ )?(?:process|policy|protocol|rules?)$|${RULE_TAG}|, (?:the )?company says so$|, (?:company|head office|house) rules$|, whatever the circumstances$|, (?:in|under) (?:any|all|no) circumstances$|, without exception$`,
      // Nor where it refuses nothing: a promise ("…, and I'll have an answer within 5 days"), a rule disowned, a request.
      unless:
        "\\b(?:but|however|although|though|unless|if|instead|here is|here(?:'|’)s|normally|usually|exceptions?|covers?|entitled|shouldn(?:'|’)t|not a (?:hard |strict |fixed )?rule)\\b|\\b(?:i|we)(?:(?:'|’)ll| will| shall| have|(?:'|’)ve)\\b(?! (?:to|not|no)\\b)|^(?:please|kindly refer)\\b|:|(?:[;–—]| - )(?=.*(?:[;–—]| - ))|(?:[;–—]| - )(?=(?: [^ ]+){13})|\\bwithout (?:it|this|that|them)$|^for [a-z ]+ reasons?$",
      ends: ', but here is what I can do instead: [what you can offer].',
    },
  ],
  // Where nothing rewrites it, the rule named as the reason left out: the clause that tags it on
  // ("…can't be changed[ – that's company policy].", "…after the final payment[ - that's
  // procedure and my hands are tied]."), or a short sentence that only points at the book. The
  // fact before it stays, said plainly; not where the words hold a way on or a pointer to read.
  leaveOut: { keeps: `${LEAVE_OUT_KEEPS}|\\b(?:unless|until|once|if|when|only|except|instead|refer|see|details|information)\\b`, maxWords: 9 },
  // The rule explained, then bent by the agent in the same sentence or the next (new writers,
  // batches xa/xb): "Per our terms the deposit is non-refundable. In your case, though, I've
  // waived it." The rule itself set aside by the agent (waived, written off, refunded in full, an
  // exception made), with no "not", "only" or "if" before it; what is waived is the rule's own
  // thing, said again ("it", "the fee"), not a new one given instead ("I'll waive the £45 change
  // fee" after a refund refused, holdout). An alternative alone ("but you
  // could sell it on", "I've credited £10 instead") is no bend and still answers with the book,
  // as the labels have it (tune: a part refund or a credit after the rule is still the rule).
  unlessNear: [
    `\\b(?:i|we)(?: (?!(?:not|never|only|cannot|unable|if|unless|would|could)\\b)[a-z-]+){0,4} (?:waived (?:it|this|that|them|(?:the|this|that) (?:fee|charge|penalty|rule|requirement|deposit|restriction|limit|cost)s?)\\b|refunded (?:you |it |the [a-z£0-9.]+ )?in full|written off|wrote off|honou?red|set (?:it|this|that|the [a-z]+) aside|let (?:it|this|that) (?:go|slide)|made (?:an|a one-off|a one off|this) exception|bent the rules?|overridden|overrode)\\b`,
    `\\b(?:i|we) (?:will|am going to|are going to|am happy to|are happy to|have decided to|have agreed to|will still) (?:still )?(?:waive (?:it|this|that|them|(?:the|this|that) (?:fee|charge|penalty|rule|requirement|deposit|restriction|limit|cost)s?)\\b|refund (?:you |it |the [a-z£0-9.]+ )?in full|honou?r|make an exception|set (?:it|this|that|the [a-z]+) aside|let (?:it|this|that) go)\\b`,
    `\\b(?:as a (?:goodwill|good will|one-off|one off)(?: gesture)?|(?:just )?this once|on this (?:one )?occasion|as an exception)\\b`,
    // A rule applied in the customer's favour: "your claim is assessed under the reimbursement
    // rules. You meet the criteria, and I've recommended a full refund."
    `\\byou (?:meet|satisfy|fulfil|fulfill|fall within|qualify under) (?:all |each of )?(?:the|its|their|these|those|our) (?:[a-z-]+ )?(?:criteria|conditions|requirements|rules|terms)\\b`,
  ],
  // In a long reply the bend often comes a paragraph after the rule ("…applied to all patients. …
  // I've asked our billing supervisor to waive it as a one-time courtesy."): the rule set aside by
  // the agent anywhere in the reply (the first two bends above, and a courtesy) answers it.
  unlessReply: [
    `\\b(?:i|we)(?: (?!(?:not|never|only|cannot|unable|if|unless|would|could)\\b)[a-z-]+){0,4} (?:waived (?:it|this|that|them|(?:the|this|that) (?:fee|charge|penalty|rule|requirement|deposit|restriction|limit|cost)s?)\\b|refunded (?:you |it |the [a-z£0-9.]+ )?in full|made (?:an|a one-off|a one off|this) exception|bent the rules?)\\b`,
    '\\bas a (?:one-time|one time|one-off|one off) (?:courtesy|exception)\\b',
  ],
  unlessSentence: [
    // The book disowned: "it's not a hard rule, just how the online booking is set up".
    '\\b(?:is|was|are) not (?:a |an )?(?:hard |strict |fixed |set |company |firm )?(?:rule|policy)\\b',
    '\\bso (?:i|we) (?:have|will|am going to|are going to)(?! not\\b)(?! to\\b)(?! (?:passed|referred|forwarded|escalated|sent|transferred|handed|raised|logged|asked)\\b)',
    '\\bwhich is why (?:i|we) (?:have|will)(?! not\\b)',
    '\\binstead\\b',
    '\\b(?:normally|usually|usual|ordinarily|typically)\\b',
    "\\b(?:i|we) (?:have |am happy to |are happy to |can |will |would |did |could |am going to |have decided to )?(?:make|made|making|grant|granted) (?:an|this|a one-off|a one off) exception",
    '\\b(?:should|does|do|will) not apply\\b',
    '\\bbut (?:since|as|because|given|in your case|this time|on this occasion|for you)\\b',
    "\\b(?:i|we) (?:have|will|am going to|are going to|can|am happy to|are happy to) (?:remove[ds]?|waive[ds]?|refund(?:ed)?|cancel(?:led)?|credit(?:ed)?|reverse[ds]?|extend(?:ed)?|arranged|booked|upgraded|approved)\\b",
    // A positive use of the book: "under our terms you are entitled to a refund", "our policy is to replace it".
    "\\b(?:you are|you will be|you would be|you remain|it is|this is|that is) (?:still |fully |also )?(?:entitled|eligible)\\b",
    "(?<!not )\\bentitles? you\\b",
    // Not "it isn't something I'm able to …": the same words, refused.
    "(?<!(?:something|anything) (?:that )?(?:i|we|anyone|(?:our |the )?(?:[a-z]+ )?(?:team|staff)) )\\b(?:am|are|is) (?:happy|glad|pleased|able) to\\b",
    "\\bpolic(?:y|ies) (?:is |are )?to (?:always )?(?:refund|replace|repair|help|make sure|ensure|offer|give|provide|honou?r|match|reimburse|look after|support|fix|put things right|resolve)\\b",
    // The reason in the agent's own words, naming no rule: "For security reasons, we are unable to
    // discuss account details by email." (Not "not permitted": that still leans on a rule.)
    "\\bfor (?:your |our )?(?:own )?(?:security|privacy|safety|data protection|fraud prevention) reasons,? (?:i|we) (?:am|are) (?:unable|not able) to\\b",
    // Security reassurance: "we are not allowed to ask for your PIN".
    "\\b(?:password|pin|passcode|security code|security details|full card (?:number|details))\\b",
    '\\b(?:review|check|see|look at|assess|confirm) whether\\b',
    "\\b(?:i|we) (?:will|can|am going to|are going to|would be happy to|will be happy to) (?:replace|repair|reimburse|cover|fix|swap|exchange|refund)\\b",
    // The book set aside: "this isn't about policy", "it's not down to the rules".
    '\\b(?:is|are|was) not (?:about|because of|down to|a matter of|a question of) (?:the |our |any )?(?:company )?(?:polic(?:y|ies)|rules?|terms|procedures?|regulations)\\b',
    // Reporting what someone else wrongly said: "I'm sorry you were told that was our policy".
    '\\bwere (?:wrongly |incorrectly |mistakenly )?(?:told|informed|advised)\\b',
    // "being told 'rules are rules' is not how you should be treated"; "our policy lets me refund you".
    '\\bbeing (?:told|informed|advised)\\b',
    '\\b(?:polic(?:y|ies)|rules?|terms|guidelines) (?:lets?|allows?|allowed|permits?|permitted) (?:me|us|you)\\b',
    // The book giving something: "under the terms of the offer you get 3 months free".
    "\\byou (?:now )?(?:get|receive|qualify|will get|will receive|can (?:now )?(?:get|claim|have|bring|keep|cancel|return|change))\\b(?! only)",
    '\\bmonths? free\\b|\\b(?:go|goes|come|comes) down\\b',
    '\\bexactly the (?:sort|kind|type) of\\b',
    // The rule explained, then given a way round that the agent owns (tune, batches wg-wz). Only a
    // limit of the agent's own reach ("I can't overturn his finding on my own, but I can send it to
    // a loss adjuster"), or a door the customer can open ("the policy excludes gradual leaks, but if
    // you have a plumber's report a second adjuster can review it"): a book named and then "but you
    // can return it" still answers with the book, as the labels have it.
    "\\b(?:myself|on my own|by myself|personally|from my end|at my level),? but (?:i|we) (?:can|could|will|am able to|am happy to)(?! not\\b)",
    "\\bbut if you (?:have|send|can (?:show|send|provide|get)|get)\\b[^.!?]*\\b(?:review|look again|reconsider|reassess|re-?open)",
    // The rule owned as our own fault ("your earlier visits were lost; that's our records problem").
    '\\b(?:our|my) (?:[a-z-]+ )?(?:mistake|error|fault|problem|doing)\\b(?!,? not)',
  ],
};
