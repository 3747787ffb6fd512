// `dead-end` (RULES.md, kind `flag`). Patterns use the rule language of ../../pattern.ts over
// canonical text, so "It's" / "it is" / "IT IS" are one case.
//
// A dead end is not a plain refusal ("we can't refund this order"): it is a refusal that also
// shuts every further door. The frames below combine a few word classes:
//   - DOOR: a way forward that is said not to exist ("no further avenue", "no route around it");
//   - REOPEN: reconsidering a decision, refused ("will not be revisited", "can't be appealed");
//   - VERDICT + STANDS: a decision declared fixed ("the fee stands", "the decision is final");
//   - ABSOLUTE: an intensifier that closes every exception ("under any circumstances", "full stop")
//     after a refusal;
//   - TALK: refusing further discussion ("no further correspondence", "discuss it any further");
//   - nothing + (someone) + can do / change.
import { LEAVE_OUT_KEEPS } from '../concepts';
import type { FlagRuleData } from '../types';

/** A word inside a clause (no punctuation), for gaps that must not cross a comma. */
const W = "[a-z0-9'£$€%-]+ ";

/** Ways forward that a dead end says do not exist. */
const DOOR =
  '(?:avenues?|recourse|routes?|alternatives?|options?|mechanism|procedure|process|appeals?(?: (?:route|process|procedure))?|right (?:of|to) appeal|remed(?:y|ies)|redress|early exit(?! (?:fees?|charges?|penalty|penalties|costs?)\\b)|exit route|scope|flexibility|leeway|discretion|possibility|solutions?|exceptions?|path(?: back| forward)?|way (?:(?:around|round) (?:it|this|that)|around|round|back|forward|out|to|of|for))';

/** Re-opening a decision (past participle). */
const REOPENED =
  '(?:revisited|reconsidered|reopened|re-opened|appealed|overturned|re-examined|reexamined|reassessed|revised|re-reviewed|looked at again|contested|challenged|disputed|reviewed (?:again|further)|(?:escalated|taken|pursued|progressed) (?:any )?further|discussed (?:again|further)|changed on (?:appeal|review))';

/** Re-opening a decision (base form). */
const REOPEN =
  '(?:(?:revisit|reconsider|reopen|re-open|appeal|overturn|reassess)(?:ing)?|re-examin(?:e|ing)|budg(?:e|ing)|go back on|going back on|negotiat(?:e|ing)|(?:review|reviewing|look at|looking at|look into|looking into|investigate|investigating|assess|assessing|consider|considering) (?:it|this|that|them|(?:the|this|that|your) (?:[a-z]+ )?(?:decision|matter|case|claim|complaint|appeal|application|request|issue|dispute)) (?:again|further|any further)|discuss (?:it|this|that) (?:again|further)|chang(?:e|ing) (?:it|this|that|the decision|our decision|my decision|our minds?|my mind)|revers(?:e|ing) (?:the|this|that|our|my) (?:decision|outcome|ruling|verdict|assessment)|budge|negotiate)';

/** What a decision is about, when it is declared fixed. */
const VERDICT =
  '(?:decision|outcome|position|answer|ruling|verdict|assessment|valuation|rejection|refusal|cancellation|fee|charge|fine|penalty|bill|invoice|deduction|ban|suspension|closure|termination|decline|settlement|determination)';

/** An intensifier that closes every exception. */
const ABSOLUTE =
  '(?:(?:under|in) any (?:circumstances?|conditions?|case|way|event|form)|in no way|whatever the (?:reason|circumstances?|cause|situation|case)|regardless of (?:the |your )?(?:reason|circumstances?|cause|situation|outcome)|no matter (?:what|the (?:reason|circumstances?|cause))|for any (?:reason|customer|one|member|client|patient|account)|in (?:all|every) cases?|without exception|whatsoever)';

/** The strong intensifiers, safe after a comma ("not possible after 30 days, no matter what"). */
const ABSOLUTE_AFTER_COMMA =
  '(?:under any circumstances?|whatever the (?:reason|circumstances?|cause|situation)|regardless of (?:the |your )?(?:reason|circumstances?|cause|situation)|no matter (?:what|the (?:reason|circumstances?|cause))|without exception|whatsoever|now or (?:at any (?:point|time) )?in the future|now or ever|not now,? not ever)';

/** Up to three words of a clause, then an intensifier, possibly after one comma. */
const THEN_ABSOLUTE = `(?:${W}){0,3}(?:${ABSOLUTE}|[a-z0-9'£$€%-]+, ${ABSOLUTE_AFTER_COMMA})`;

/** Refusing to take part in any further exchange. */
const TALK = '(?:consideration|discussion|correspondence|communication|negotiation|debate|dialogue|comment|contact)';

/**
 * A lead and its comma, then the pronoun it leads to ("In line with the terms of your
 * reservation, this", "…returned to sender automatically, this"): no turn, no second clause joined.
 */
const LEAD_THEN_PRONOUN = "(?![^,]*\\b(?:but|however|although|though|so|and|or|because)\\b)[\\p{L}\\p{N}'’£$€%-]+(?: [\\p{L}\\p{N}'’£$€%-]+){1,10}, (?:this|that|it)";

/**
 * What may stand before a refused act in its sentence, kept as written: a discourse word and
 * its subject ("Unfortunately, the cancellation"), with no turn in it ("I'm sorry but the fee"
 * would turn twice with the door).
 */
const SUBJECT_BEFORE = "(?:(?:unfortunately|sadly|I(?:'|’)m afraid|I am afraid),? )?(?!(?:but|however|although|though|so|and|or)\\b)[\\p{L}\\p{N}'’£$€%-]+(?: (?!(?:but|however|although|though|so|and|or)\\b)[\\p{L}\\p{N}'’£$€%-]+){0,7}";

/** One act refused, said with an absolute ("…can't be restored in any way"): the act, which the Swap keeps. */
const ONE_ACT = '(?:reversed|undone|restored|recovered|refunded|withdrawn|removed|waived|reinstated|reopened|changed|cancell?ed)';
const ABSOLUTE_IN_ACT = '(?:in any (?:way|case)|under any (?:circumstances?|conditions?))';

/**
 * A door that is a whole clause by itself, with nothing refused in it: no act to keep, only the
 * claim that nothing more will happen.
 */
const DOOR_ALONE =
  "(?:there {be} )?(?:nothing|not anything|not much|little) (?:more |else |further )?(?:that )?(?:i|we|anyone(?: here)?|anybody(?: here)?) (?:can|could|are able to|am able to) do|(?:there {be} )?nothing (?:more |else |further )?(?:that )?(?:can|could|will) be done|{we} (?:can not|are unable to|am unable to|are not able to|am not able to|will not be able to) do anything(?: (?:more|else|further))?|(?:there {be} )?no further action (?:(?:will|can|shall|could) be taken|(?:is |can be )?(?:available|possible))";

/** What a door alone may be about, kept beside the limit ("on this order", "regarding this matter", "from our end"), or a regret that goes with it. */
const DOOR_ABOUT =
  "(?:(?:on|regarding|concerning|from|for) (?!(?:and|but|or|so|because|as|once|until|unless|you|me|us)\\b)(?:[a-z'’-]+ ){0,3}[a-z'’-]+|at this (?:point|stage)|at the moment|right now|now|here)?(?:,? (?:(?:I|i)(?:'|’)m afraid|I am afraid|sorry|unfortunately))?";

/** A notice that leads into the door ("Please note that", "We must inform you that"), kept as written: its own flag's Swap turns it. */
const NOTICE_LEAD =
  "(?:please |kindly )?(?:be (?:advised|informed|aware)|note)(?: that)?|(?:i|we) (?:would like to|wish to|must|have to|need to|want to) (?:inform you|let you know|advise you|make you aware)(?: that)?";

/** A short lead and its comma before a door alone ("Without them,", "As the items were delivered,", "At this stage,"). */
const SHORT_LEAD =
  "(?:(?:unfortunately|sadly|regrettably),? )?(?:without|with|as|since|given|after|once|now that|because|following|at|in|beyond|other than|apart from) [\\p{L}\\p{N}'’ -]{1,50},";

export const deadEnd: FlagRuleData = {
  id: 'dead-end',
  means: 'refusal',
  category: 'ownership',
  weight: 15,
  severity: 'warn',
  title: 'Dead end',
  why: 'Wording that shuts every door leaves the customer nowhere to go but angrier.',
  better: 'Offer the nearest thing you can do.',
  examples: ['There is nothing we can do', 'Nothing can be done', 'The decision is final', 'no exceptions', 'There’s no way around it', 'This matter is now closed'],
  patterns: [
    // Frames from batches ws/wt (tune): the only way, a process that cannot be stopped.
    '(?:that|this) is the only (?:way|option|route)(?: to [a-z ]{3,30})?(?=[ \\n]*(?:[.!]|$))',
    // Not where a way is named after it: "cannot be stopped by the bank without you contacting the merchant".
    '(?:can not|cannot) be (?:stopped|halted|recalled)(?! (?:by (?:[a-z-]+ ){1,3})?(?:if|unless|until|once|before|after|without|except)\\b)',
    // Frames from batches wq/wr (tune): a verdict closed to comment.
    '{we} (?:can not|are unable to|will not|are not able to) (?:comment|discuss (?:this|it|the matter)) (?:any )?further',
    '(?:reviewed|decided|made) by (?:our|the) (?:[a-z-]+ ){0,2}(?:team|department|panel|board) and (?:is|are) (?:final|not open to (?:appeal|review|discussion))',
    // Frames from batches wh/wi: the door closed in other words.
    "(?<!(?:your|a|the|our) )final answer(?= ?[.!;]| ?$| ?\\n)",
    '(?:is|there is|there\'s) (?:nothing|not anything) (?:more|else|further) (?:to be|that can be|we can|i can) (?:said|done|discussed|added)',
    '{we} (?:now )?(?:consider|regard|deem) (?:this|the|your) (?:[a-z-]+ )?(?:complaint|matter|case|issue|correspondence|query|dispute) (?:to be )?(?:concluded|closed|resolved|finished|at an end|final)',
    '(?:is|are) not something (?:that )?(?:we|i) (?:can|are able to|am able to|could) (?:help with|assist with|do anything about|change)(?: in any way)?(?! (?:today|right now|yet|directly|from here)\\b)',
    '(?:no|not any) (?:other|alternative|further) (?:options?|alternatives?|routes?|avenues?|solutions?) (?:exist|exists|are available|is available|remain|remains|are possible)',
    '(?:no matter|regardless) of (?:the |your )?circumstances',
    '(?:please )?(?:do not|don\'t) (?:contact|write to|email|message|chat with) (?:us |me )?again',
    '(?:completely |entirely |totally )?out of (?:our|my) hands',
    '(?:there is|there\'s|there are) (?:simply |just |really |unfortunately )?(?:no|not any) (?:scope|room|leeway|flexibility)',
    // Nothing can be done / nothing we can do / nothing I can change.
    { p: 'nothing (?:more |else |further )?(?:can|could|will) be (?:done|offered|changed)', better: 'Here is the closest thing I can do:' },
    { p: 'there {be} (?:nothing|not anything|no more|nothing more|nothing else|nothing further) (?:that )?(?:i|we) (?:can|could|are able to|am able to) (?:do|offer)', better: 'Here is what I can do:' },
    'nothing (?:more |else |further )?(?:that )?(?!you )(?:[a-z]+ ){1,2}(?:can|could|are able to|am able to|is able to) (?:do|change|offer|add|say|suggest)',
    { p: '(?:there {be}|{we} (?:have|has)) nothing (?:more |else |further |left )?(?:to (?:add|say|discuss|investigate|review|look into|reconsider|change|offer)|to do)', better: 'Here is what I can do:' },
    // Not a limit on one term ("I'm unable to offer anything shorter"): the rest stays open.
    { p: '{we} (?:can not|will not|am unable to|are unable to|am not able to|are not able to|will not be able to) (?:do|offer) (?:anything|any more|nothing)(?: (?:more|else|further))?(?! (?:shorter|longer|cheaper|sooner|earlier|later|smaller|bigger|lower|higher|less|under|over|below|above|beyond|than)\\b)', better: 'Here is what I can do:' },
    { p: '{we} (?:can not|are unable to|am unable to|are not able to|am not able to|will not be able to) (?:assist|help)(?: you)?(?: with (?:this|that|it|the [a-z]+|your [a-z]+))?(?: (?:any|in any way))? (?:further|more|longer)|(?:assist|help)(?: you)? anymore', better: 'Here is what I can do next:' },
    '(?:nothing|no one|nobody) (?:will|can|could|is going to) change (?:that|this|it|the (?:decision|outcome|result|position))',
    '(?:there {be} )?nothing (?:more |else |further )?(?:(?:that )?(?:can|could) be done|(?:left )?to be done|(?:is|would be) possible)',
    'there {be} nothing (?:more |else |further )?(?:available|on offer|(?:that )?(?:i|we) can (?:suggest|propose))',
    '(?:that|this|it) is (?:all|the best|the most|as much as|the limit of what) (?:that )?(?:i|we) (?:can|could|are able to|am able to) (?:do|offer)',
    '(?:we|i) (?:have|have now) (?:exhausted|tried) (?:all|every) (?:[a-z]+ )?(?:options?|avenues?|routes?|possibilit(?:y|ies)|alternatives?)',
    'not in a position to (?:assist|help|do|offer) (?:you )?(?:any )?(?:further|more|anything (?:more|else|further))',
    '(?:unable to|not able to|can not|will not be able to|not in a position to) (?:offer|provide|give) (?:you )?(?:any )?(?:further|more|other|additional) (?:assistance|help|support|options?|solutions?|remedy|remedies|alternatives?|avenues?)',
    '(?:i|we) have (?:now )?done (?:all|everything) (?:that )?(?:i|we) (?:can|could|are able to|am able to)(?= ?[.!,;]| here| on (?:this|our|my))',
    { p: '{we} can (?:do|offer) nothing', better: 'Here is what I can do:' },
    { p: '{we} (?:can not|will not|am unable to|are unable to|am not able to|are not able to|will not be able to) (?:do|offer) (?:any )?more(?= ?[.!,;]| for you| than (?:this|that))', better: 'Here is what I can do:' },
    'not possible to do anything(?: (?:more|else|further))?',
    '(?:can not|unable to|not able to) take (?:any )?further action',
    'no further action (?:can|will|shall|could) be taken',
    `no (?:possibility|possibilities|option|options|chance|way) (?:to|for|of) (?:${W}){0,2}(?:refund|reimburs|compensat|cancel|chang|revers|appeal|reopen|re-open|restor|recover|retriev|undo|undelet|waiv|unban|unblock|unlock|extend|exchang|replac|reinstat|backdat|get[a-z]* (?:[a-z]+ )?back|bring[a-z]* (?:[a-z]+ )?back)[a-z]*`,
    { p: 'there {be} not (?:much|a lot|really anything) (?:more |else |further )?(?:that )?(?:i|we) (?:can|could) (?:do|offer)', better: 'Here is what I can do:' },
    '(?:will|can|are|am) not (?:be )?(?:offer|offering|provide|providing|do|doing) anything (?:more|further|else)',
    '(?:will|can|shall) go no further',
    'you (?:can not|may not|are not able to|are unable to|are not entitled to|have no right to) appeal',
    '(?:it is|that is) (?:now |far |much )?too late (?:now )?(?:for (?:us|me|anyone) )?to (?:do anything|change (?:anything|it|this|that)|make (?:any )?changes|undo (?:it|this|that)|reverse (?:it|this|that|the [a-z]+))',
    // No door left: "there is no further avenue", "no other options are available".
    `there {be} (?:no|not any|not really any|zero|absolutely no|really no) (?:other |further |more |alternative |possible |real |early |formal |additional )?${DOOR}`,
    `(?:you|we|i) (?:have|has) (?:no|not got any) (?:other |further |more )${DOOR}`,
    'no further action (?:is |can be )?(?:available|possible|open to|(?:that )?(?:i|we) can take)',
    { p: `no (?:other |further |alternative |more )?(?:${W})?(?:${DOOR}|arrangements?|negotiation|appeal|allowances?|exceptions?) (?:is|are|will be|can be|exists?) (?:available|possible|open|offered|permitted|allowed|made|considered|left)`, better: 'One option I can offer is …' },
    'no (?:further|other|more) (?:avenues?|recourse|routes?|options?|alternatives?) (?:open|available|left)',
    'no (?:going|turning|way) back',
    `(?:do|does) not have any (?:other |further |more |alternative )${DOOR}`,
    'no room for (?:negotiation|manoeuvre|maneuver|flexibility|discretion|exceptions?|movement)',
    'no (?:one|body|manager|supervisor) (?:else )?(?:to escalate (?:to|it to|this to)|higher (?:up )?to (?:escalate|go|speak))',
    '(?:a manager|my manager|a supervisor|my supervisor|anyone else|any other (?:agent|advisor|adviser|colleague)) (?:will|would) (?:tell you|say|give you) the same',
    `(?:calling|ringing|chasing|emailing|contacting|writing|complaining|asking|escalating|appealing) (?:${W}){0,3}(?:will|would|is going to|does|do) not (?:change (?:anything|the (?:outcome|decision|answer|position))|change|help|make (?:any|a|the slightest) difference|speed (?:it |this |things |that |the [a-z]+ )?up|make (?:it|this|things|the [a-z]+) (?:go |move |happen )?(?:any )?(?:faster|quicker|sooner))`,
    'there {be} no way (?:that )?(?:we|i) (?:can|could|will|would|are able to|am able to)(?! have)',
    // The only way / option.
    { p: '(?:the|your|our) only (?:solution|option|thing|way|route|choice|remedy|recourse)(?: (?:that )?(?:i|we) (?:can|could) (?:provide|offer|suggest|do))? (?:is|would be) (?:that you|to|for you to)', better: 'One option is …; another is …' },
    { p: '(?:the|your|our) only (?:solution|option|way|route|choice|remedy|recourse) (?:to|for|of) (?:[a-z]+ ){1,3}(?:is|would be) (?:that you|to|for you to)', better: 'One option is …; another is …' },
    { p: '(?:is|are) (?:the|your) only (?:option|way|choice|solution|route)(?=[.!,;])', better: 'is one option; another is …' },
    // Final / not negotiable / not open to appeal.
    `(?:that|this|it|the outcome|(?:the|our|my|this) decision(?: [a-z]+){0,3}|decision(?: [a-z]+){0,2}|(?:the|this|that|our|my|your) (?:[a-z-]+ )?${VERDICT}(?: (?:of|on|for|regarding) (?:the|this|that|your|our)(?: [a-z-]+){1,2})?) (?:is|was|remains|will remain) (?:final|non-negotiable|not negotiable|conclusive|irrevocable|irreversible|not reversible|binding and final)`,
    `(?:the|this|that|our|my|your) (?:[a-z-]+ )?${VERDICT} (?:is|remains|will remain) permanent`,
    // Frames from batches wu/wv (tune). The only way left, for any subject ("the portal is the only
    // route for results"); a decision upheld, not in a condition ("if the suspension is upheld");
    // a charge that is not moving; the agent's part declared over; no action possible at all.
    { p: `(?:is|are|remains?) (?:really |simply |still )?the only (?:way|route|option|channel|path|avenue|method|means)(?: (?:available|open|left))?(?=[ \\n]*(?:[.!;]|$)| (?:for|to) )`, better: 'One option I can offer is …' },
    `(?<!\\b(?:if|unless|whether|when|until) )(?:the|this|that|our|my|your) (?:[a-z-]+ )?${VERDICT}(?: (?:of|to) (?:[a-z-]+ ){0,2}[a-z-]+)? (?:stands|is|remains|has been) (?:fully )?upheld(?! (?:at|unless|until|pending|for now|if)\\b)`,
    `(?:the )?${VERDICT}s? (?:${W}){0,3}(?:is|are|will be) (?:staying put|here to stay|not going anywhere|locked in|set in stone)`,
    `(?:it|this|that|the (?:[a-z-]+ )?(?:date|time|slot|decision|booking|schedule|order|appointment)) (?:is|are) (?:now |already )?(?:locked in|set in stone|carved in stone)(?=[ \\n]*(?:[.!;]|$))`,
    `(?:our|my|this office(?:'s)?|this team(?:'s)?|the [a-z]+ team(?:'s)?) (?:part|role|involvement|work) (?:in (?:this|it|the matter) )?(?:is|has) (?:now )?(?:done|over|finished|ended|complete|completed)(?=[ \\n]*(?:[.!;]|$))`,
    `(?:has|have) no (?:further )?(?:role|part|involvement) (?:to play )?in (?:the|this) (?:matter|case|issue|dispute)`,
    `no (?:other |more )?action (?:is |can be |will be )?(?:possible|available)(?! (?:until|once|after|unless|if|when)\\b)`,
    `(?<=(?:^|[.!?] |\\n))case closed(?=[ \\n]*(?:[.!]|$))`,
    `(?:is|are|remains?) not (?:open to|open for|subject to|up for) (?:any )?(?:further )?(?:appeal|review|negotiation|discussion|debate|reconsideration|challenge|change)`,
    // A charge drawn from the reason just given (", so the charge stands.") is a plain refusal with
    // its reason, which offer-alternative reads (RULES.md); after "so" it shuts the door only where
    // the sentence goes on ("…, so the fee stands and won't be reversed") or a decision is upheld.
    `(?<!\\b(?:so|therefore|thus|hence|which means) )(?:the|this|that|our|my|your) (?:[a-z-]+ )?${VERDICT} (?:still )?(?:stands|will stand|remains? unchanged|is unchanged|remains? in place|remains? (?:payable|due|in force|applicable)|(?:still|will still) (?:applies|apply|be payable|be due))(?! at| unless| until| pending| for now)`,
    `(?<=\\b(?:so|therefore|thus|hence|which means) )(?:(?=[a-z]+ (?:[a-z-]+ )?(?:decision|outcome|position|answer|ruling|verdict)\\b)|(?!(?:the|this|that|our|my|your) (?:[a-z-]+ )?${VERDICT} (?:still )?(?:stands|will stand|remains? unchanged|is unchanged|remains? in place|remains? (?:payable|due|in force|applicable)|(?:still|will still) (?:applies|apply|be payable|be due))(?! at| unless| until| pending| for now)[ \\n]*(?:[.!?]|$)))(?:the|this|that|our|my|your) (?:[a-z-]+ )?${VERDICT} (?:still )?(?:stands|will stand|remains? unchanged|is unchanged|remains? in place|remains? (?:payable|due|in force|applicable)|(?:still|will still) (?:applies|apply|be payable|be due))(?! at| unless| until| pending| for now)`,
    `${VERDICT} (?:will|would|is going to|can) not (?:change|be changing|be changed|be any different|alter)`,
    '(?:will|would|is going to) not change (?:the (?:outcome|decision|answer|position)|our (?:decision|position|answer)|my (?:decision|position|answer)|regardless|whatever|no matter)',
    // Will not be revisited / can't be appealed / not something we'll revisit.
    `(?:will|can|could|would|shall|is going to) not be ${REOPENED}`,
    `{we} (?:will|are|am|can|shall|do) not (?:going to |be |be able to |prepared to |willing to )?(?!change (?:it|this|that))${REOPEN}`,
    `{we} (?:are|am) (?:unable|not able|not in a position) to (?!change (?:it|this|that))${REOPEN}`,
    '(?:this|the) (?:conversation|discussion|matter|correspondence) is (?:now )?(?:over|ended|finished)',
    'we are done here',
    'no can do',
    'no getting (?:around|round|out of|away from) (?:it|this|that|the)',
    '(?:you are|you will be) stuck with (?:it|this|that|the)',
    '(?:it|that|this) can not be helped',
    '(?:that|this) is as far as (?:i|we) (?:can|are able to|am able to) (?:go|take (?:it|this|that))',
    '(?:stand|stands|standing|stood) (?:firmly )?by (?:our|my|the|this|that|its) (?:original |earlier |previous )?(?:decision|position|assessment|ruling)',
    '(?:maintain|maintains|maintaining) (?:our|my|the|its) (?:original |earlier |previous )?(?:position|decision)',
    '(?:upheld|uphold|upholding) (?:our|my|the|its) (?:original |earlier |previous )?(?:decision|rejection|refusal|ruling)',
    'decisions (?:are|were) (?:final|non-negotiable|not negotiable)',
    `no further (?:review|investigation|appeal|reconsideration)s? (?:will|can|shall) (?:be|take place)`,
    '(?:and )?that is that(?=[.!])',
    '(?:have|has) already (?:made|reached|taken) (?:our|my|a|the|its) (?:final )?decision(?=[.!;,]| and | on this)',
    '(?:will|would) (?:just |simply )?(?:have|need) to accept (?:the|this|that|our|my) (?:decision|outcome|position)',
    'take it or leave it',
    '(?:matter|case|complaint|claim) (?:is|has been|will be) (?:now )?(?:considered|deemed|treated as) (?:closed|final|resolved)',
    '(?:will|can|are|am) not (?:going to )?budg(?:e|ing)',
    '(?:is|was) (?:our|my|the) final (?:decision|answer|word|position|say|outcome|verdict|ruling|offer)',
    '(?:answer|decision|position) (?:is|remains|will remain|will (?:still )?be) (?:still )?(?:no|the same)(?=[.!,;]| i am afraid)',
    '(?:that|this|which) is the end of (?:the matter|it|the road|the line|the discussion)',
    `not something (?:that )?(?:${W}){0,4}${REOPEN}`,
    `not something (?:that|which) (?:is|are|{we} (?:have|has)) (?:ever )?(?:done|allowed|offered|made|granted)`,
    `(?:claims?|cases?|complaints?|tickets?|matters?|incidents?|files?|appeals?|applications?|requests?) (?:stays?|remains?|stands?) closed`,
    // Intensifier closing every exception, after a refusal.
    `(?:can|will|could|would|shall|is|are|was|were) not ${THEN_ABSOLUTE}`,
    `no (?:${W}){1,2}(?:can|will|is|are) (?:be )?${THEN_ABSOLUTE}`,
    `(?:appl(?:y|ies|ied)|non-refundable|payable|charged|enforced|due) (?:${W}){0,3}(?:in (?:all|every) (?:cases?|instances?|circumstances)|regardless of|whatever the|no matter (?:what|the)|without exception)`,
    { p: '(?:that|this|it) (?:can not|will not|is not going to|is never going to) (?:change|be changed)(?=[.!;]| i am afraid)', better: 'I can not change that, but here is what I can do:' },
    'under no circumstances (?:can|will|could|would|are|is)',
    'without exception',
    'no exceptions',
    '(?<=[,;] )(?:full stop|end of story|end of discussion|no ifs,? no buts)',
    'period(?=[.!])(?<=, period)',
    // Closing the conversation.
    `no further ${TALK}`,
    `(?:not|no) (?:${W}){0,3}(?:any )?further ${TALK}`,
    `further (?:emails?|letters?|messages?|correspondence|contact|calls?|complaints?|requests?|appeals?|applications?|claims?|submissions?|disputes?|challenges?) (?:${W}){0,3}(?:will|shall) not be (?:responded|answered|replied|acknowledged|considered|accepted)`,
    '(?:please )?do not (?:contact|email|call|write to|message) us (?:again|any further)',
    `(?:not|unable to|no reason to) (?:${W}){0,3}(?:discuss(?:ing)?|debat(?:e|ing)|tak(?:e|ing)|pursu(?:e|ing)|go(?:ing)?|progress(?:ing)?|escalat(?:e|ing)|correspond(?:ing)? about) (?:${W})?(?:any )?further`,
    '(?:this|the) (?:matter|case|complaint) (?:is|is now|has been|will be) (?:now )?closed',
    '(?:consider|treat|deem) (?:the|this) (?:matter|case|complaint) (?:closed|resolved|final)',
    '{we} (?:will|shall) not be (?:discussing|responding|corresponding|entering into)',
    'you will (?:just |simply )?have to (?:wait|accept|live with|go to (?:our|the) website)',
    'there {be} no (?:manager|supervisor|one else) (?:available|here|to speak to)',
    'no one else (?:you can|you could|to) (?:speak|talk|escalate) to',
    'take your business elsewhere',
    // Idioms of finality.
    '(?:that|this|it) is (?:just |simply )?(?:how|the way) (?:it|things|this|that|the system|the process) (?:is|works|goes|go|work)(?=[.!,;]| for | once | after | when | i am afraid| unfortunately| sorry)',
    'it is what it is',
    '(?:that|this) ship has sailed',
    '(?:that|this|it) (?:is|will) (?:just |simply )?not (?:be )?happening(?! again)',
    '(?:that|this|it) is (?:just |simply )?not going to happen(?! again)',
    '(?:that|this) is where (?:we|i) (?:have to|must|will have to|need to) leave (?:it|this|things|the matter)',
    '(?:no|zero|not any|not a) chance (?:of|that) (?:[a-z]+ ){0,3}(?:being |be )?(?:cancelled|refunded|waived|changed|reversed|removed|approved|reconsidered|overturned|reinstated|restored|accepted)',
    'there {be} no point (?:in )?(?:appealing|complaining|chasing|escalating|arguing|calling|ringing|asking|pursuing)',
    '(?:is|are) the full extent of what',
    // Irreversible: "this cannot be undone", "the renewal can't be reversed now".
    `(?:can not|could not|will not|is not able to|are not able to) be (?:undone|reversed|recovered|restored|retrieved|undeleted|un-deleted)(?! (?:if|unless|until|by|but|yet|without|within|before|in the next|for|once|after)\\b)`,
    `(?:can not|could not|will not) be (?:changed|amended|altered|modified) (?:now|anymore|any more|at this (?:point|stage)|once (?:it|this|that|the [a-z]+) (?:is|has)|after (?:it|this|that|the [a-z]+) (?:is|has))`,
    // Nothing more to it; no point hoping for a different outcome.
    '(?:nothing|no more) (?:more |else |further )?to (?:it|say|add)(?=[.!,;]| i am afraid| sorry| unfortunately|$)',
    '(?:that|this) is all there is to it',
    '(?:is|are|has been|have been) (?:gone|lost|deleted|erased) (?:for good|forever|for ever)',
    `not (?:expect|anticipate|think|believe|see) (?:that )?(?:${W}){1,3}(?:to |will |would |could )?(?:change|alter|affect|make (?:any|a) difference to) (?:the|our|my|this|that|your) (?:outcome|decision|result|position|assessment|answer)`,
    'you will (?:just|simply) have to (?:[a-z]+ ){1,3}at your own (?:cost|expense|risk)',
    // Nothing can be done about it, said as "can't do anything about".
    '(?:can not|unable to|not able to|will not be able to|not in a position to) do anything (?:(?:more|else|further) )?(?:about|regarding) (?:it|this|that|the [a-z]+)(?=[.!,;]| i am afraid| sorry| unfortunately|$)',
    '(?:is not|is no longer|not) possible to (?:appeal|revers(?:e|ing)|undo|reopen|re-open|recover|restore|retrieve|undelete|get (?:it|them|this|that) back|bring (?:it|them) back)(?! (?:if|unless|until|once|after|when)\\b)',
    '(?:all )?(?:sales|purchases|bookings|orders|transactions) (?:are|is) final',
    // Futility: the outcome will not move, whatever the customer sends or asks.
    '(?:(?:will|would|is going to|does|do|can) not|(?:is|are) (?:very )?unlikely to) (?:change|alter|affect) (?:the|our|my|this|that) (?:outcome|decision|result|answer|position|assessment|ruling)',
    '(?:get|receive|be given|hear) the same (?:answer|response|outcome|reply|decision)(?= from| whoever| if you| no matter|[.!,;]|$)',
    '(?:an? |any |further |the )?(?:escalation|appeal|further review|re-review|second review|reconsideration) (?:is not|is no longer|will not be|would not be) (?:possible|available|an option)',
    '(?:the )?(?:matter|discussion|conversation|correspondence) (?:ends|stops|has to end|must end) here',
    '(?:you|we|i) (?:have|has|are left with|am left with) no (?:other )?(?:option|choice|alternative) (?:but|other than) to',
    '(?<!(?:once|when|until|after|before|as soon as|if) (?:(?:the|a|our|my) )?(?:final )?)(?:the |a |our |my )?(?:final )?decision has (?:already |now )?been (?:made|taken|reached)(?=[.!,;]| and | on this)',
  ],
  // A closed door joined to the fact it closes ("The fee was applied, and there is no way round
  // it") gives way to the nearest thing the agent can do, which only they can name; the fact stays.
  // (A closed door on its own is the fact: replacing it would drop what the customer must know.)
  rewrites: [
    // A sentence that only closes the case, in a reply that quotes a record against the customer:
    // beside that record's Swap ("…, but they may be wrong, so I'm checking") it would contradict
    // the check, and it says nothing else, so it goes.
    {
      when: '(?:the|this|your) (?:matter|case|complaint|claim|ticket|request|appeal) (?:is|has been) (?:now )?closed|(?:we|i) consider (?:this|the) (?:matter|case|complaint) (?:closed|concluded|resolved)',
      restIs: '(?: on our side| for good| permanently)?',
      whole: true,
      better: '',
      onlyIf: ['flag:system-says'],
    },
    { when: '.+', joined: ', but here is what I can do: [what you can offer]' },
    // Nothing left to do, and no use asking again ("There is nothing more I can do from my side and
    // writing again will not make it faster"): both doors open as one offer, where the agent acts.
    {
      when: '(?:there {be} )?(?:nothing|not anything|no more|nothing more|nothing else|nothing further) (?:more |else |further )?(?:that )?(?:i|we) (?:can|could|are able to|am able to) do',
      restIs: "(?<place>(?:from|on) (?:my|our) (?:side|end)) and (?:writing|calling|chasing|emailing|asking|contacting us)(?: again| more)? (?:will not|won(?:'|’)t|does not|doesn(?:'|’)t) (?:make (?:it|this|things) (?:go )?(?:any )?(?:faster|quicker|sooner)|speed (?:it|this|things) up|change (?:anything|that|this|it))",
      better: 'here is what I can do {place}: [what you can offer]',
    },
    // Nothing left to do once something has happened ("Unfortunately there's nothing more we can do
    // once an order is marked as delivered", "Once a payment leaves your account there's nothing
    // more we can do"): the moment kept, the limit said honestly, and the door beside it. ("My
    // options are limited" reads after a regret, where a bare "here is what I can do" would not.)
    {
      when: '(?:there {be} )?(?:nothing|not anything|no more|nothing more|nothing else|nothing further) (?:more |else |further )?(?:that )?(?:i|we) (?:can|could|are able to|am able to) do',
      restIs: '(?<once>(?:once|after|now that) [^,]+)',
      better: 'my options are limited {once}, but here is what I can do: [what you can offer]',
    },
    {
      when: 'there {be} no (?:other |further )?options?',
      restOpens: 'available',
      restIs: '(?<once>(?:once|after|now that) [^,]+)',
      better: 'my options are limited {once}, but here is what I can do: [what you can offer]',
    },
    {
      when: '(?:there {be} )?(?:nothing|not anything|no more|nothing more|nothing else|nothing further|not much) (?:more |else |further )?(?:that )?(?:i|we) (?:can|could|are able to|am able to) do',
      afterSubject: "(?:(?:unfortunately|sadly|i(?:'|’)m afraid),? )?(?:once|now that|after) [\\p{L}\\p{N}'’ ]+,?",
      restIs: '(?:)',
      better: 'my options are limited, but here is what I can do: [what you can offer]',
    },
    // …and what the door waits on, said before it ("Without a signed form there's nothing more we
    // can do", "Until the bank replies there is not much we can do"): the condition kept, as above.
    {
      when: '(?:there {be} )?(?:nothing|not anything|no more|nothing more|nothing else|nothing further|not much) (?:more |else |further )?(?:that )?(?:i|we) (?:can|could|are able to|am able to) do',
      afterSubject: "(?:(?:unfortunately|sadly|i(?:'|’)m afraid),? )?(?:without|until) [\\p{L}\\p{N}'’ ]+,?",
      restIs: "(?:(?:from|on) (?:our|my) (?:end|side))?",
      whole: true,
      better: 'my options are limited, but here is what I can do: [what you can offer]',
    },
    // Nothing left to do, said in a sentence of its own: the same words turned into the offer
    // ("There is nothing further I can offer on this claim" → "Here is what I can offer on this claim: …").
    {
      when: '(?:there {be} )?(?:nothing|not anything|no more|nothing more|nothing else|nothing further) (?:more |else |further )?(?:that )?(?:i|we) (?:can|could|are able to|am able to) (?<verb>do|offer)',
      restIs: "(?:on|for|from|at|in|about|with|regarding)(?: (?!(?:and|but|or|so|because|as)\\b)[a-z0-9'’£$%-]+){1,5}",
      better: 'here is what I can {verb} {rest?}: [what you can offer]',
    },
    // The same after "There is", of the team by name ("There is nothing further Tallis can do on our side").
    {
      when: "nothing (?:more |else |further )?(?:that )?(?!you )[a-z]+ (?:can|could) (?<verb>do|offer)",
      afterSubject: "there(?:'|’)s|there is",
      subjectGoes: true,
      restIs: "(?:on|for|from|at|in|about|with|regarding)(?: (?!(?:and|but|or|so|because|as)\\b)[a-z0-9'’£$%-]+){1,5}",
      better: 'here is what I can {verb} {rest?}: [what you can offer]',
    },
    // "Nothing more can be done once the payment has cleared": the moment kept, as above.
    {
      when: 'nothing (?:more |else |further )?(?:can|could) be done',
      restIs: '(?<once>(?:once|after|now that) [^,]+)',
      better: 'my options are limited {once}, but here is what I can do: [what you can offer]',
    },
    // Nothing left to do, after a word of regret that only leads in ("I'm afraid there's nothing
    // else we can do at this point"): "here is…" does not read after it, the limit said honestly does.
    {
      when: '(?:there {be} )?(?:nothing|not anything|no more|nothing more|nothing else|nothing further) (?:more |else |further )?(?:that )?(?:i|we) (?:can|could|are able to|am able to) do',
      restIs: "(?:at this (?:point|stage)|at the moment|right now|now|on (?:this|that|my end|our end|my side|our side)|here)?",
      whole: true,
      better: 'my options are limited {rest?}, but here is what I can do: [what you can offer]',
    },
    // The same for any door that is the whole clause, whatever its words ("we can't do anything",
    // "no further action will be taken", "nothing further can be done", "not much we can do"),
    // with what it was about ("…regarding this matter", "…on this order"): the limit said
    // honestly reads after a notice that leads in ("Please note that") or a short lead and its
    // comma ("Without them,", "As the items were delivered,"), where "here is…" would not. (After
    // a regret alone, the sentence's rewrite drops the regret with the door: "Here is what I can do…".)
    ...[NOTICE_LEAD, SHORT_LEAD].map((lead) => ({
      when: DOOR_ALONE,
      afterSubject: lead,
      restIs: DOOR_ABOUT,
      whole: true as const,
      better: 'my options are limited {rest?}, but here is what I can do: [what you can offer]',
    })),
    // The same after "there is" that the flagged words leave out ("As the parcel was delivered,
    // there is[ no further action available on this order]"): the words after it say how far the agent can go.
    {
      when: 'no further action (?:is |can be )?(?:available|possible)',
      afterSubject: `(?:${SHORT_LEAD} )?there(?:'|’)s|(?:${SHORT_LEAD} )?there is`,
      restIs: DOOR_ABOUT,
      whole: true,
      better: 'only so much I can do {rest?}, but here is what I can offer: [what you can offer]',
    },
    // Nothing left to do, and the case closed with it ("There is nothing further we can do, and the
    // case is now closed."): both doors are the sentence, and it becomes the offer.
    {
      when: '(?:there {be} )?(?:nothing|not anything|no more|nothing more|nothing else|nothing further) (?:more |else |further )?(?:that )?(?:i|we) (?:can|could|are able to|am able to) do',
      restIs: "(?:)",
      cutIs: 'and (?:the|this|your) (?:case|matter|complaint|claim|ticket|request) (?:is|has been|will be|will now be) (?:now )?closed',
      better: 'here is what I can do: [what you can offer]',
    },
    // "Nothing else can be done to make it faster": what it was for, with what the agent can do for it.
    { when: 'nothing (?:more |else |further )?(?:can|could) be done', restOpens: 'to', restIs: '[^,]+', whole: true, better: 'here is what I can do to {rest}: [what you can offer]' },
    // "…nothing I can do to adjust it": what the agent cannot do, said plainly, with what they can.
    {
      when: '(?:there {be} )?(?:nothing|not anything|no more|nothing more|nothing else|nothing further) (?:more |else |further )?(?:that )?(?:i|we) (?:can|could|are able to|am able to) do',
      restOpens: 'to',
      better: 'I can’t {rest}, but here is what I can do: [what you can offer]',
    },
    // A decision declared fixed keeps the fact the customer must know, with a door beside it.
    {
      when: `(?<subj>(?:the|this|that|our|my|your) (?:[a-z'-]+ ){0,2}(?:decision|outcome|position|answer|ruling|verdict|assessment|valuation|rejection|refusal|decline|determination)) (?:still )?(?:stands|will stand|is final|remains final|is unchanged|remains unchanged)`,
      better: '{subj} hasn’t changed, but here is what I can do: [what you can offer]',
    },
    // The same with whose decision it is before it ("The underwriters' decision to decline is final").
    {
      when: '(?<subj>decision(?: to [a-z]+)?) (?:still )?(?:stands|is final|remains final)',
      afterSubject: "(?:the|our|their) [\\p{L}-]+(?:'|’)s?",
      better: '{subj} hasn’t changed, but here is what I can do: [what you can offer]',
    },
    {
      when: `(?<subj>(?:the|this|that|our|my|your) (?:[a-z'-]+ ){0,2}(?:fee|charge|fine|penalty|deduction|ban|suspension|closure|cancellation|termination)) (?:still )?(?:stands|will stand|is final|remains final|remains in place)`,
      better: '{subj} is still in place, but here is what I can do: [what you can offer]',
    },
    // "There's no way to remove the penalty": what the agent cannot do, said plainly, with what they can.
    { when: '(?:there {be} )?no (?:way|means|mechanism|possibility) (?:for (?:me|us) )?to', whole: true, better: 'I can’t {rest}, but here is what I can do: [what you can offer]' },
    { when: '(?:there {be} )?no (?:way|means|mechanism|possibility)', restOpens: '(?:for (?:me|us) )?to', whole: true, better: 'I can’t {rest}, but here is what I can do: [what you can offer]' },
    // The same after the moment it became so ("Once an order is dispatched[ there's no way to change
    // the address]"): the moment kept. Only a single act, not "…reverse it, sorry".
    {
      when: '(?:there {be} )?no (?:way|means|mechanism|possibility) (?:for (?:me|us) )?to',
      afterSubject: "(?:once|now that|after) [\\p{L}\\p{N}'’ ]+,?",
      restIs: '[^,]+',
      whole: true,
      better: 'I can’t {rest}, but here is what I can do: [what you can offer]',
    },
    // The same with "that's that" after it ("Once you've left the airport there's no way for us to
    // log a delayed bag from here, so that's that"): the act said plainly, the offer in its place.
    {
      when: '(?:there {be} )?no (?:way|means|mechanism|possibility)(?: for)?',
      afterSubject: "(?:once|now that|after) [\\p{L}\\p{N}'’ ]+,?",
      restOpens: '(?:(?:for )?(?:me|us) )?to',
      restIs: '[^,]+',
      cutIs: "(?:and |so )?that(?:'|’)s that",
      better: 'I can’t {rest}, but here is what I can do: [what you can offer]',
    },
    // "There are no other options available to open the account": what the options were for, kept.
    { when: 'there {be} no (?:other |further )?options?', restOpens: 'available', restIs: 'to [^,]+', whole: true, better: 'here is what I can do {rest}: [what you can offer]' },
    // "There are no further options beyond waiting for the part": what the customer is left with kept, and the offer beside it.
    { when: 'there {be} no (?:other |further )?options?', restOpens: 'beyond|besides|other than', restIs: '[^,]+', whole: true, better: 'besides {rest}, here is what I can do: [what you can offer]' },
    // "I'm unable to assist further with this application": the next step instead.
    {
      when: '{we} (?:can not|are unable to|am unable to|are not able to|am not able to|will not be able to) (?:assist|help)(?: you)? (?:any )?(?:further|more)',
      restIs: '(?:(?:with|on|regarding) (?:this|that|your|the) [a-z]+)?',
      better: 'here is what I can do next: [what you can offer]',
    },
    // "We have nothing further to add on this matter, and the case has been marked as resolved",
    // "I've nothing further to add and won't be responding again": only the door, which opens.
    {
      when: '(?:{we}|i) (?:have|has) nothing (?:more |further |else )?to add',
      restIs: "(?:on this(?: matter| point)?)?(?: ?and (?:I |we )?(?:won(?:'|’)t|will not) be responding(?: again| to (?:any )?further correspondence)?(?: on this (?:matter|point))?)?",
      better: 'here is what I can do: [what you can offer]',
    },
    // The same with the absolute in the flagged words ("Lost saves can't be restored in any way"):
    // the act kept without it, the door beside it; a second door joined after it goes too.
    ...(['can', 'will'] as const).flatMap((modal) => {
      const when = `${modal} not be (?<act>${ONE_ACT}) ${ABSOLUTE_IN_ACT}`;
      const better = `${modal === 'can' ? 'can’t' : 'won’t'} be {act}, but I can [what you can do instead]`;
      return [
        { when, afterSubject: SUBJECT_BEFORE, restIs: '(?:)', whole: true, better },
        { when, afterSubject: SUBJECT_BEFORE, restIs: '(?:)', cutIs: "and there(?:'|’)s nothing (?:more|else|further) (?:I|we) can do(?: for you)?(?: on this(?: one)?)?", better },
      ];
    }),
    // One act refused, or a decision closed to review, after its subject ("The cancellation can't
    // be reversed", "This decision will not be revisited"): kept as the agent wrote it, the fact
    // the customer must know, with the door beside it; an absolute after it goes.
    {
      when: '(?:can not|could not|will not|is not going to) be (?:reversed|undone|restored|recovered|stopped|halted|recalled|reinstated|reactivated|reopened|refunded|returned|exchanged|cancell?ed|withdrawn|removed|waived|transferred|moved|rescheduled|backdated|extended|changed|amended|altered|upgraded|revisited|reviewed|reconsidered|appealed|overturned)(?: again| further)?|is not (?:open|subject) to (?:any )?(?:further )?(?:appeal|review|challenge)',
      afterSubject: SUBJECT_BEFORE,
      // An absolute after a comma goes too ("…can't be undone, full stop", "…can't be reopened,
      // regardless of new evidence", "…cannot be restored, this is not possible in any way").
      restIs: "(?:now|at this (?:stage|point)|I(?:'|’)m afraid|either|in any case|under any circumstances|in any way|whatever the circumstances|full stop|period|end of story|regardless of (?:the |any |new |your )?[a-z]+(?: [a-z]+)?|(?:this|that|it) is not possible(?: in any way)?)?",
      whole: true,
      better: '{words}, but I can [what you can do instead]',
    },
    // The same with a second door joined after it ("This decision is not open to further review by
    // this office, and no further correspondence on the matter will be entered into"): that door
    // goes with the first's absolute, and the offer stands beside the fact.
    {
      when: '(?:can not|could not|will not|is not going to) be (?:reversed|undone|restored|recovered|stopped|halted|recalled|reinstated|reactivated|reopened|refunded|returned|exchanged|cancell?ed|withdrawn|removed|waived|transferred|moved|rescheduled|backdated|extended|changed|amended|altered|upgraded|revisited|reviewed|reconsidered|appealed|overturned)(?: again| further)?|is not (?:open|subject) to (?:any )?(?:further )?(?:appeal|review|challenge)',
      afterSubject: SUBJECT_BEFORE,
      restIs: "(?:now|at this (?:stage|point)|by (?:this|our) (?:office|team|department))?",
      cutIs: "and (?:no further (?:correspondence|discussion)[^,;]* will be entered into|(?:I|we) (?:won(?:'|’)t|will not) be (?:able to )?(?:discuss|discussing|taking) (?:it|this|the matter) (?:any )?further|there(?:'|’)s nothing (?:more|else|further) (?:I|we) can do)",
      better: '{words} {rest?}, but I can [what you can do instead]',
    },
    // The same after a lead and its comma ("In line with the terms of your reservation, this cannot be changed").
    {
      when: '(?:can not|could not|will not|is not going to) be (?:reversed|undone|restored|recovered|stopped|halted|recalled|reinstated|reactivated|reopened|refunded|returned|exchanged|cancell?ed|withdrawn|removed|waived|transferred|moved|rescheduled|backdated|extended|changed|amended|altered|upgraded|revisited|reviewed|reconsidered|appealed|overturned)(?: again| further)?|is not (?:open|subject) to (?:any )?(?:further )?(?:appeal|review|challenge)',
      afterSubject: LEAD_THEN_PRONOUN,
      restIs: "(?:now|at this (?:stage|point)|I(?:'|’)m afraid|either|in any case|under any circumstances|in any way|whatever the circumstances|full stop|period|end of story|regardless of (?:the |any |new |your )?[a-z]+(?: [a-z]+)?|(?:this|that|it) is not possible(?: in any way)?)?",
      whole: true,
      better: '{words}, but I can [what you can do instead]',
    },
    // "This is not something I'm able to revisit": the limit said plainly as the agent's, with the
    // door beside it; a second door joined after it ("…, and I won't be able to discuss it
    // further") goes too.
    ...[{ whole: true }, { cutIs: "and (?:I|we) (?:won(?:'|’)t|will not) be (?:able to )?(?:discuss|discussing) (?:it|this|the matter) (?:any )?further" }].map((end) => ({
      when: 'not something (?:that )?(?:i|we) (?:am|are) (?:able|going) to (?<verb>revisit|reconsider|reopen|overturn)',
      afterSubject: '(?:this|that|it)(?: is|(?:\'|’)s)',
      subjectGoes: true,
      restIs: '(?:)',
      ...end,
      better: 'I can’t {verb} this, but here is what I can do: [what you can offer]',
    })),
    // A final position said of a charge, with the talk shut after it ("This is our final position
    // on the joining fee and we won't be discussing it further"): the charge kept, the door opened.
    {
      when: 'is (?:our|my) final (?:position|decision|answer|word)',
      afterSubject: '(?:this|that)',
      subjectGoes: true,
      restIs: "on (?<what>(?:the|your) (?:[a-z-]+ )?(?:fee|charge|penalty|fine|deduction))(?: and (?:we|I) (?:won(?:'|’)t|will not) be (?:discussing|reviewing|revisiting) (?:it|this|the matter) (?:any )?further)?",
      better: '{what} is still in place, but here is what I can do: [what you can offer]',
    },
    // An absolute tacked on after a comma ("…is not possible, full stop.", "…for all patients,
    // without exception.", "…cannot be refunded, it is what it is.", "…, there are no other
    // options."): the refusal stays as written, the door opens where it shut.
    {
      when: '(?:full stop|period|end of story|without exception|no exceptions?|no ifs,? no buts|(?:and )?that is (?:that|final)|final answer|it is what it is|that is (?:just )?how it is|that is the end of it|there (?:is|are) no (?:other |further )?(?:options?|alternatives?|other way|solutions?|procedure|process|mechanism)|no other options? exists?|(?:this|the) (?:case|matter) is (?:now )?closed|(?:there is )?nothing (?:i|we) can (?:change|do))',
      // Not after a word that only leads in ("Unfortunately, that is final."): no refusal to keep.
      // Nor after a clause that only sets the time or condition ("Once the order has shipped, [there is
      // nothing we can do]"): no refusal before the comma for "but" to turn from.
      afterSubject: "(?!(?:unfortunately|sadly|regrettably|sorry|however|again|honestly|frankly|ok|okay|well|so|also|hi|hello), $)(?!(?:once|when|whenever|if|after|as soon as|since|until|till|because|while|now that|given that|unless|though|although)\\b[^,.!?;:\\n]*, $)[^.!?;:\\n]*[\\p{L}\\p{N})],",
      // Where the agent's end only places the door, it goes with it ("…, nothing I can do on my
      // end unfortunately"): the offer says where the agent can act.
      restIs: "(?:(?:(?:on|from) (?:my|our) (?:end|side)|(?:about|for|on) (?:it|this|that)|here|there|now|at this (?:point|stage))(?:,? (?:unfortunately|I(?:'|’)m afraid))?)?",
      better: 'but here is what I can do: [what you can offer]',
    },
    // The same after a dash ("…no extensions — that's the end of it, unfortunately", "…requires the
    // full balance — there aren't any other routes I can offer"): the dash keeps the refusal
    // before it, and the offer follows it.
    {
      when: '(?:that is the end of it|it is what it is|that is (?:just )?how it is|no exceptions?|nothing (?:i|we) can (?:change|do)|there (?:is|are) (?:no|not any) (?:other |further )?(?:options?|alternatives?|routes?|other way|solutions?))',
      afterSubject: "(?!(?:unfortunately|sadly|regrettably|sorry|however|again|honestly|frankly|ok|okay|well|so|also|hi|hello) [—–] $)[^.!?;:\\n]*[\\p{L}\\p{N})] [—–]",
      restIs: "(?:(?:that )?I can offer|(?:(?:on|from) (?:my|our) (?:end|side)|about (?:it|this|that)|here|now|at this (?:point|stage))?(?:,? ?(?:unfortunately|I(?:'|’)m afraid|sorry))?)",
      better: 'but here is what I can do: [what you can offer]',
    },
    // Escalation said to change nothing ("A manager would give you the same response, so escalating
    // it would serve no purpose."): the sentence is only the door, which opens.
    {
      when: '(?:a manager|my manager|a supervisor|my supervisor|anyone else) (?:will|would) (?:tell you|say|give you) the same',
      restIs: '(?:response|answer|thing|decision|reply)?',
      cutIs: "so (?:escalating|appealing|chasing|asking|complaining)[^,;]* (?:would|will) (?:serve no purpose|not help|make no difference|not change anything)",
      better: 'here is what I can do instead: [what you can offer]',
    },
    // Futility tacked on after what the agent welcomes ("You are welcome to submit your photographs,
    // however I would not expect them to change the outcome"): it goes, the welcome stays.
    {
      when: 'not (?:expect|anticipate) (?:them|it|this|that) to (?:change|alter|affect) (?:the|our|my) (?:outcome|decision|result|answer)',
      trails: ', however,? (?:I|we) (?:would|do) ',
      better: '',
    },
    // A sentence that only shuts the door ("That is final.", "No further negotiation is
    // possible.", "We have nothing further to add on this."): the decision is said elsewhere, so
    // the sentence becomes the door. Not where it names the decision ("The fee is
    // non-negotiable."): that is the fact the customer must keep.
    {
      when: "(?:that|this|it) .*|(?:there {be}|{we} (?:have|has)|i have) (?:nothing|no|not) .*|nothing .*|no (?:further|more|other) (?:negotiation|discussion|correspondence|communication|contact|action|options?|alternatives?|exceptions?|appeal|comment|review|consideration|avenues?)\\b.*|no alternative .*|no exceptions?|(?:chasing|calling|ringing|writing|emailing|contacting|complaining|asking|escalating|appealing) .*",
      restIs: "(?:(?:on|about|from|for|with|at|in|regarding) (?:this|that|it|here|the matter|this matter|this one|this point|my side|our side|my end|our end|this end|your case|this case)|here|now|again|either|further|any further|at this (?:stage|point)|available(?: (?:to you|here|now|at this (?:stage|point)))?|(?:for )?you|(?:I|i|we)(?:'|’)m afraid|I am afraid|(?:will be )?entered into|and no further correspondence will be entered into(?: on (?:this|the) matter)?)?",
      whole: true,
      better: 'here is what I can do: [what you can offer]',
    },
  ],
  // A sentence the second opinion reads as a closed door, and that is only the door ("End of
  // discussion.", "Our hands are tied here.", "This claim is closed for good."): the door opened,
  // with the offer for the agent to name. A sentence that says what is refused, or names a fact,
  // is the fact the customer must keep: none.
  sentenceRewrites: [
    {
      is: "(?:(?:unfortunately|sorry|regrettably|again|i(?:'|’)m afraid),? )?(?:(?:that door(?:'|’)s closed|that door is closed),? there(?:'|’)s no going back(?: on (?:it|this|that))?|(?:that|this|it)(?:'|’)s (?:just |simply )?(?:how|the way) (?:it|things|this) (?:works|goes)(?: once (?:it(?:'|’)s|it has been|it was) [a-z]+(?: for)?)?|(?:(?:there(?:'|’)s|there is) )?(?:(?:nothing|not anything) (?:(?:more|else|further) )?(?:to add|(?:that )?(?:i|we) can (?:do|offer|add|override|change|put through))|nothing on our side (?:that )?(?:i|we) can (?:do|change))(?: for you)?(?: (?:on|about|for|with|regarding) (?:this|that|it|this one|that one|your case|this matter))?(?: here| now| I(?:'|’)m afraid)?|end of (?:discussion|story|conversation)|(?:this|the|your) (?:claim|case|complaint|matter|ticket|request|appeal) (?:is|has been) (?:now )?(?:closed|reviewed and (?:is )?closed)(?: for good)?|this has been reviewed and (?:is )?closed|(?:my|our) hands are tied(?: here| on this)?|(?:it|this|that)(?:'|’)?s? (?:is )?not something (?:i|we)(?:'|’)?(?:m|re| am| are) able to (?:look into|do|change|help with)(?: (?:any )?further)?|(?:this|that|it) won(?:'|’)t be (?:bent|changed|reversed) for anyone|(?:that(?:'|’)s )?(?:my |our )?final answer|we(?:'|’)re done here|(?:that|this) is our final (?:position|answer|response|word)(?: on (?:this|this matter|the matter))?|we consider (?:this|the) (?:complaint|matter|case) (?:concluded|closed)|(?:please be (?:informed|advised) that )?no further (?:correspondence|action|discussion|representations?) (?:will|can) be (?:entered into|taken|possible|entertained)(?: (?:on|regarding|about) (?:this|the) (?:matter|decision|complaint|point))?|we won(?:'|’)t be taking (?:this|it|the matter) any further|there(?:'|’)s no further action (?:i|we) can take(?: on (?:this|that|it))?|there is no further action (?:i|we) can take(?: on (?:this|that|it))?|(?:sorry mate,? )?that ship has sailed|(?:this|that|it) (?:is not|isn(?:'|’)t) something (?:i|we)(?: can revisit|(?:'|’)ll be revisiting| will be revisiting)|(?:the|this) matter is (?:now )?closed on our side|any further (?:requests|messages|emails|calls) (?:on|about|regarding) (?:this|the matter) will (?:receive|get) the same (?:answer|response|reply)|(?:at this point )?we can(?:'|’)t do anything more(?: for you)?(?: on this(?: one)?)?(?:,? sorry)?)",
      instead: 'Here is what I can do instead: [what you can offer].',
    },
    // The same door on a thing the agent names ("Unfortunately there's nothing more we can do for
    // today's order."): what they can do, on that thing.
    {
      is: "(?:(?:unfortunately|sorry|regrettably|i(?:'|’)m afraid),? )?(?:there(?:'|’)s |there is )?(?:nothing|not anything) (?:more |else |further )?(?:that )?(?:i|we) can (?<verb>do|offer)(?<about> (?:for|on|with|about|regarding) (?:today(?:'|’)s|this|that|these|those|the|your) [a-z0-9 '’-]{1,40}?)(?: (?:from|on) our (?:side|end))?",
      instead: 'Here is what I can {verb}{about}: [what you can offer].',
    },
    // Nothing more to be done, said with a word of regret before it ("Sorry, we can't do anything
    // else.", "I'm afraid there is nothing more that can be done."): the sentence is only the door.
    {
      is: "(?:(?:unfortunately|sorry|regrettably|i(?:'|’)m afraid|i am afraid|(?:i(?:'|’)m |i am |we(?:'|’)re |we are )?(?:so |very |really )?sorry,? but),? )?(?:(?:i|we) (?:can(?:'|’)t|cannot|can not|am unable to|are unable to|am not able to|are not able to) (?:do|offer) (?:anything|any) (?:more|else|further)|(?:there(?:'|’)s |there is )?nothing (?:more |else |further )?(?:that )?(?:can|could) be done)(?: for you)?(?: (?:on|about|with) (?:this|that|it))?(?: now| here| at this (?:point|stage))?(?:,? (?:sorry|I(?:'|’)m afraid))?",
      instead: 'Here is what I can do instead: [what you can offer].',
    },
    // No use going on ("Not much point pursuing it further, I'm afraid."): the door opened.
    {
      is: "(?:(?:unfortunately|sorry|i(?:'|’)m afraid),? )?(?:there(?:'|’)s |there is )?(?:not much|little|no real) point (?:in )?(?:pursuing|chasing|appealing|taking|escalating|disputing|contesting) (?:it|this|that|the matter|this matter)(?: (?:any )?further)?(?:,? I(?:'|’)m afraid)?",
      instead: 'Here is what I can do instead: [what you can offer].',
    },
    // The customer shown the door ("If you wish to take your business elsewhere, that is of course
    // your choice."): the agent asks them to stay, with what they can do.
    {
      is: "if you (?:wish|want|would like|decide|choose) to take your business elsewhere,? (?:that is|that(?:'|’)s|it is|it(?:'|’)s) (?:of course |entirely |obviously )?your (?:choice|decision|right)",
      instead: 'I’d like to keep you with us, so here is what I can do: [what you can offer].',
    },
    // A door that says what is refused ("The policy cancellation is irreversible.", "Requests
    // cannot be expedited under any circumstances."): the fact kept as the agent wrote it, its
    // absolute dropped, the door beside it ("…, but I can [what you can do instead]"). Not where
    // the sentence already turns, asks, promises, or says there is nothing more to say.
    {
      cut: ",? (?:under|in) (?:any|all|no) (?:circumstances?|cases?|conditions?|instances?)$|,? (?:no matter (?:the|what the|of the) (?:reason|circumstances?)|regardless of [a-z ]{1,40}|whatever the (?:reason|circumstances?|cause)|now or in the future|for anyone|full stop|period|end of)$|,? and (?:it|this|that) (?:is final|will not change|won(?:'|’)t change)$|,? and (?:(?:the management|management|anyone(?: else)?) (?:cannot|can(?:'|’)t|can not)|(?:nobody|no one|no-one) can) change (?:this|that|it)$|,? and (?:this|that|it) (?:will not|won(?:'|’)t) change(?: also| either| even)? if you ask again$|,? and there (?:is|are) no (?:other |interim |alternative |temporary |further )?(?:arrangements?|options?|alternatives?|workarounds?)(?: (?:available|in place|for (?:this|that|it)))?$|,? and the (?:outcome|answer|decision) will be the same(?: however many times [a-z ]+| no matter how many times [a-z ]+)?$",
      unless:
        "\\b(?:but|however|although|though|unless|once(?= (?:you|your|we|i|then)\\b)|until|except|if|when|instead|please|nothing (?:more|further|else|left|other)|no (?:further |other |more )?options?|(?:assist|help|take (?:this|it|the matter)|pursu(?:e|ing) it|do) (?:any )?(?:further|more)|no (?:point|fault|solution)|not much point|nothing to (?:refund|fix|add|say)|respond(?:ing)?|correspondence|discuss(?:ing|ion)?|contact(?:ing)?|serve no purpose|same (?:answer|response))\\b|\\b(?:i|we)(?:(?:'|’)ll| will| shall)\\b(?! not\\b)(?! be (?:reviewing|taking|offering|discussing|responding))|:|(?:[;–—]| - )(?=.*(?:[;–—]| - ))|(?:[;–—]| - )(?=(?: [^ ]+){13})|,? (?:sorry|i(?:'|’)m afraid)$",
      ends: ', but I can [what you can do instead].',
    },
  ],
  // Where nothing rewrites it, the door left out: the clause that closes a refusal ("…are not
  // refundable[, and there is no way round it].") or a short sentence that is only the door
  // ("Nothing further can be done on this occasion."). What stays is a plain refusal, which
  // RULES.md leaves to offer-alternative. Not where the words hold a way on: a condition
  // ("unless…", "once…", "until…") is the door the customer can still open.
  leaveOut: { keeps: `${LEAVE_OUT_KEEPS}|\\b(?:unless|until|once|if|when|after|before|only|except|instead)\\b`, maxWords: 9 },
  // A plain refusal that the agent follows, in the same sentence or the next, with the nearest
  // thing they can do (new writers, batches xa/xb): "There's no way to restore the photos from
  // our side. What I can do is …", "I'm not able to waive it. I can, however, split it over three
  // months", "…, so I've opened a new ticket and I'll handle it myself". The agent's own offer or
  // step, not a door left to the customer ("If you remain unhappy, you can refer it to the
  // Ombudsman" still closes ours).
  unlessNear: [
    // What the customer wanted kept for them, offered next ("…, so I'm not able to refund it. If
    // you find another lender, we can hold the car for you until March."): a door the agent opens.
    // (Not any "if you'd like, I can…": sending a copy of the letter opens nothing.)
    '\\b(?:i|we) (?:can|could) (?:also )?(?:hold|reserve|keep) (?:it|this|that|them|the [a-z-]+|your [a-z-]+) (?:for you|open|aside)\\b',
    "\\bwhat (?:i|we) (?:can|could|will|am able to|are able to) (?:do|offer|suggest|arrange)(?: for you)?(?: instead)?(?: is| right now is| today is|,? though,? is)\\b",
    '\\b(?:i|we) (?:can|could|will|would be happy to|am happy to|are happy to),? (?:however|though|instead|still),? (?!not\\b)',
    '\\binstead,? (?:i|we) (?:can|could|will|have|would be happy to|am happy to|are happy to)\\b(?! not\\b)',
    '\\bso (?:i|we) (?:have|will|am going to|are going to)(?: now| just| already| also)? (?!(?:to|not|no|had|nothing)\\b)(?:opened|open|set up|arranged|arrange|booked|book|sent|send|asked|ask|applied|apply|added|add|credited|credit|refunded|refund|offered|offer|raised|raise|put|moved|move|handle|handled|escalated|escalate)\\b',
  ],
  unlessSentence: [
    // A harmless "nothing" (new writers, batches xa/xb): nothing owed or asked of the customer,
    // which closes no door ("There'll be nothing further to pay", "there's nothing you need to do").
    '\\bnothing (?:more |further |else |extra )?(?:(?:left )?to pay|owing|owed|outstanding|(?:for you )?to worry about|(?:that )?you need to (?:do|pay|send)|(?:for you )?to do on your (?:side|end|part)|(?:needed|required) (?:from|of) you)\\b',
    // The door closed by someone else ("set by the manufacturer, it's out of our hands"): a blame
    // passed on, which blame-shift reads, not a refusal of ours.
    '\\b(?:set|controlled|decided|managed|determined|run|owned) (?:centrally |solely )?by (?:the|their|a|building|head|an?) ',
    // Reporting an earlier verdict that the reply goes on to reverse.
    "\\b(?:letter|email|message|note|colleague|agent|advisor|adviser)s? (?:of [^ ]+ [^ ]+ )?(?:told|said|stated|informed)",
    // Reported speech: "I'm sorry you were told nothing could be done, because that isn't right".
    '\\b(?:you were|you have been|you had been) (?:told|informed|advised)\\b',
    // Conditional: "if there's nothing we can do, I'll escalate it".
    '\\b(?:if|whether) (?:there (?:is|are)|the decision|it is|that is|this is)\\b',
    // "If it can't be recovered, I'll send a replacement": a door shut only in a condition.
    '\\bif (?:it|this|that|they|we|the [a-z-]+) (?:can not|could not|will not|is not able|are not able)\\b',
    // A door left open in the same sentence: "the fine stands unless you can show a receipt".
    '\\bunless (?:you|we|i|there|the|your|it|this)\\b',
    '\\buntil (?:you|we|i)\\b',
    // An offer in the same sentence: "I can't overturn it on my own, but I can send it for a second opinion".
    "\\bbut (?:i|we) (?:can|will|could|am able to|are able to|would be happy to|am happy to)\\b(?! not\\b)",
    // The better move made in the same sentence: "while I can't do that, here's what I can do instead".
    "\\bhere(?:'|’)?s what (?:i|we) (?:can|could) (?:do|offer)\\b|\\bhere is what (?:i|we) (?:can|could) (?:do|offer)\\b|\\bwhat (?:i|we) (?:can|could) (?:do|offer) instead\\b",
    // The rule said as the usual case, then bent (long replies, batch xi): "normally it has to be
    // paid in full before collection; given your circumstances, …".
    '\\b(?:normally|usually|ordinarily|typically)\\b',
    // The limit given as advice on how to keep the door open: "once it's paid it can't be
    // challenged, so if you want to contest it, please do that before paying".
    '\\b(?:so|but) if you (?:want|wish|would like|would prefer|need|decide|plan|intend) to\\b',
    // Privacy reassurance: "we will not share your details under any circumstances".
    '\\b(?:share|disclose|sell|pass on)\\b',
  ],
};
