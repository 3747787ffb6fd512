// `canned-empathy` (RULES.md, kind `flag`). Patterns use the rule language of ../../pattern.ts over
// canonical text, so "It's" / "it is" / "IT IS" are one case.
import { EMPTY_VERDICT, GENERIC_TROUBLE } from '../concepts';
import { CASE_CLASHES } from '../suggestions';
import type { FlagRuleData, PatternContext } from '../types';

// Word classes of scripted sympathy. An apology, regret or sadness predicate ...
const INTENS = '(?:so |very |truly |really |deeply |terribly |sincerely |genuinely |extremely |most )?';
const APOLOGY =
  `(?:(?:(?:i|we) (?:am |are |was |were |feel |felt |would be |have been )?{adv}${INTENS}(?:sorry|apologi[sz]e|regret|lament|saddened|sad|disheartened|gutted|devastated|heartbroken|dismayed)|${INTENS}sorry|apologi[sz]e|(?:our |my )?(?:sincere |sincerest |deepest |many |humble )?apolog(?:ies|y))(?: once again| again)?)`;
/**
 * A head noun that makes a trouble word part of a named thing (long replies, batch xi): "your
 * stress fracture", "an upset stomach", "the inconvenience fee" name the trouble itself.
 */
const COMPOUND_HEAD = '(?! (?:fractures?|tests?|testing|injury|injuries|incontinence|levels?|leave|stomach|fees?|charges?|payments?|allowance|grant|claims?)\\b)';
// ... about nothing in particular: a trouble word not followed by what the trouble was.
const TROUBLE = `(?:${GENERIC_TROUBLE}${COMPOUND_HEAD}|misunderstandings?|(?<=any )(?:concern|worry|anxiety|inconvenient)|(?:the|any) (?:disruption|upset) (?:to|in) your (?:journey|travel|trip|plans|day|service))`;
/** The trouble is then named: "the trouble caused by the maintenance", "the two letters caused" (after "any" it stays vague). */
const NAMED_AFTER = "(?:(?<=any [a-z]+)|(?! (?:(?:caused|created) )?by )(?! (?:(?:our|my|your) [a-z']+|(?:the|these|those) [a-z']+ [a-z']+)(?: [a-z']+)? (?:has |have |had )?(?:caused|created|gave)))";
const VAGUE = `(?:(?:any|the|all the|all of the|this|that|such|your) )?${TROUBLE}(?! (?:with|on|in|of|at|regarding|about|over|when|while|during|to (?:your|the))\\b)${NAMED_AFTER}`;
/** A feeling or trouble of theirs, named in general terms ("your dissatisfaction", "the difficulties you have had"). */
const THEIR_FEELING = `(?:your|the|any|these|those) (?:${GENERIC_TROUBLE}|dissatisfaction|displeasure|unhappiness|concerns?|feelings|problems|issues)${COMPOUND_HEAD}(?! (?:with|on|in|of|at|regarding|about|over|when|while|during|to (?:your|the))\\b)${NAMED_AFTER}`;
/** Understanding, said as a stock line ("I can understand", "we fully appreciate"). */
const GRASP = '(?:can |could |do |fully |completely |totally |truly |really )?(?:understand|appreciate|realise|realize|can see|can imagine|know)';
// How a scripted line says something was hard, without saying what.
const DISTRESSING = '(?:frustrating|annoying|upsetting|stressful|disruptive|difficult|disappointing|inconvenient|worrying|concerning|irritating|maddening|distressing|hard|infuriating|exasperating|tiresome)';
// A disappointing time, said in general terms.
const BAD_TIME = '(?:(?:a|an|such a|this|that|some) )?(?:(?:really|very|bit of a|rather) )?(?:bad|negative|poor|disappointing|unpleasant|frustrating|less than (?:perfect|ideal|satisfactory)|not so great|upsetting|difficult|tough|hard|rough|stressful|horrible|awful|terrible|trying) (?:experience|time|visit|stay|trip|journey|few days|few weeks|day|week)s?';

/** Sorry "to hear", "to learn", "to read" or "to see" it: one stock line. */
const TO_HEAR = '(?:to (?:hear|learn|read|see) )?';
/** What fell short, in general terms: "your experience", "your stay with us", "this". */
const THEIR_VISIT = '(?:it|this|that|things|your (?:recent |latest )?(?:experience|stay|visit|order|purchase|journey|meal|service|delivery|product|item|booking|holiday|trip)(?: with us)?)';
/** Not a concession before a "but" of the agent's: "whilst I appreciate that terms can be confusing, …". */
const NOT_CONCEDING = '(?<!(?:whilst|while|although|though|if) )';
/** Where a clause opens, for a stock line said without its subject ("Totally get it!"), also straight after a brand account's "@handle". */
const CLAUSE_START = '(?<=(?:^|[.!?,;] |\\n|@[a-z0-9_]+ ))';
/** Adverbs and modals that only strengthen a verb of grasping: "I can totally", "we do fully". */
const GRASP_ADV = '(?:(?:can|could|do|fully|completely|totally|truly|really|definitely|absolutely|honestly|certainly) ){0,2}';
/** Every verb a stock line grasps their feeling with: "understand", "get", "hear", "can see". */
const GRASP_VERB = '(?:understand|appreciate|realise|realize|see|imagine|know|get|hear|recogni[sz]e)';
/** What a stock line grasps, in general terms: "your concern", "the frustration", "your sentiments". */
const STOCK_OBJECT = '(?:frustrations?|concerns?|worry|worries|annoyance|disappointment|feelings|sentiments?|point|upset|pain)';
/** Their hardship as a stock apology names it: nothing of what happened. */
const VAGUE_EVENT = '(?:situation|circumstances|incident|hardship|ordeal|bad feeling|unpleasant experience|sad news)';
/** An exclamation that reacts without saying to what: "oh no, what a pain!", "ah, that's rubbish". */
const EMPTY_EXCLAIM =
  '(?:oh no|oh dear|ugh|argh|ah|oof|yikes),? (?:that is|that sounds|what) (?:a |an |so |really |absolutely |just )?(?:awful|rubbish|terrible|horrible|pain|nightmare|annoying|frustrating|pants|gutting|the worst|not good|not great|no good|bad|a pain)';

/** The trouble said to be theirs, after a stock apology: "you're having", "you may be experiencing", "you have raised". */
const THEIR_TROUBLE =
  "(?:that |which )?you(?:(?:'|’)ve|(?:'|’)re| have| are| had| may be| might be| may have| have been| are still)? (?:been )?(?:experienc(?:ed|ing)|encounter(?:ed|ing)|had|having|fac(?:ed|ing)|run into|gone through|going through|raised|mentioned|described|reported)";

/** Having had trouble, in any tense: "you're having", "you've experienced", "you may have run into". */
const HAVING_TROUBLE =
  '(?:(?:are|were|have been|have|had|may be|might be|may have|might have|may have been) )?(?:having|had|experiencing|experienced|facing|faced|encountering|encountered|run into|running into|ran into|hit|hitting)';

/** What may follow a stock apology in its clause and go with it: "this may have caused", "we set ourselves". */
const STOCK_TAIL =
  '(?:(?:(?:this|that|it|which) )?(?:(?:may|might|could|has|have|will) )?(?:(?:have|been) )?(?:caused|created)(?: (?:to )?you)?|(?:that )?we set (?:for )?ourselves)?';

/** In the sentence before, after an apology of the agent's ("Sorry for the slow reply[, and …]"; `trails` reads the text as written, in its case). */
const AFTER_APOLOGY = '(?<=\\b(?:[Ss]orry|[Aa]pologi[sz]e|[Aa]pologies|[Rr]egret|SORRY)\\b[^.!?\\n]*)';

/** Words that only intensify a stock line: "we truly value", "I do understand". */
const STOCK_ADV = '(?:(?:really|truly|completely|totally|fully|do|sincerely|so|very|deeply) )*';
/** Stock lines of feeling that name nothing of this customer's: "I hear you", "we value your business", "we regret any trouble caused". */
const STOCK_FEEL =
  "(?:hear you|hear your (?:frustration|concerns?)|understand(?: (?:your|the) (?:concerns?|frustration|feelings?|situation|disappointment))?|(?:appreciate|value) (?:your (?:patience|feedback|understanding|business|custom|concerns?|loyalty)|you(?: very much)?(?: as (?:a|an|our) (?:loyal |valued )?(?:customer|member|client|guest|patient|passenger))?|it)|take all (?:feedback|complaints) (?:very )?seriously|share your concerns?|acknowledge your (?:concerns?|dissatisfaction|frustration)|(?:apologi[sz]e|regret)(?: for)? (?:any|the|all the) (?:trouble|inconvenience|disruption|confusion|frustration|upset|distress|problems)(?: (?:this|it) (?:may have |has |might have )?caused(?: (?:to )?you)?| caused(?: (?:to )?you)?)?|hope to see you again(?: soon)?)";
/** A stock apology: "we're sorry for any trouble", "I'm sorry you're unhappy", "sorry to hear that". */
const STOCK_SORRY =
  `(?:(?:i|we)(?:(?:'|’)re|(?:'|’)m| are| am) )?${STOCK_ADV}sorry(?: (?:for|about) (?:any|the|all the) (?:trouble|inconvenience|disruption|confusion|frustration|upset|distress|problems)(?: (?:this|it) (?:may have |has |might have )?caused(?: you)?| caused)?| (?:that )?you(?:(?:'|’)re| are) unhappy| you feel this way| to hear (?:that|this))?`;

/**
 * What may follow a stock apology or understanding in its clause and go with it when the
 * apology is made specific (read as written: "I" is a capital): more stock, the trouble's vague
 * object, a time.
 */
const STOCK_RUN_ON =
  "(?:(?:to|with) (?:your|the) (?:journey|trip|travel|service|plans|day|order|booking|delivery|account|bill|product|parcel)(?: (?:today|yesterday|this (?:morning|afternoon|evening|week)))?)" +
  "|(?:(?:this|it) (?:has |may have |might have )?caused (?:to )?you(?: and your family)?)" +
  "|(?:(?:you(?:'|’)ve|you have|you(?:'|’)re|you are) (?:experienced|had|having|experiencing)(?: (?:with|on) (?:the|your) [a-z]+)?)" +
  "|(?:today|this (?:morning|afternoon|evening|week)|so far)" +
  "|(?:(?:this|it) (?:has |may have |might have )?caused)" +
  "|(?:about (?:this|the) (?:situation|matter|issue))" +
  "|(?:(?:do not|don(?:'|’)t) go (?:to|as) plan(?:ned)?)" +
  "|(?:and (?:(?:[Ii]|[Ww]e) )?(?:(?:really|truly|do|greatly) )?(?:appreciate|value) your (?:patience|understanding|feedback|comments))" +
  "|(?:and thanks? (?:you )?for your (?:patience|understanding|feedback))" +
  "|(?:and (?:for )?(?:(?:any|the|all the) )?(?:upset|distress|inconvenience|frustration|trouble|confusion|disappointment)(?: (?:this|it) (?:may have |might have |has )?caused(?: you)?| caused)?)" +
  // A second stock apology after the understanding ("We appreciate this is a difficult time for you
  // and apologise for any distress caused"): one specific apology says both.
  "|(?:(?:for you )?and (?:(?:[Ii]|[Ww]e) )?(?:(?:sincerely|truly|do) )?apologi[sz]e for (?:any|the|all the) (?:upset|distress|inconvenience|frustration|trouble|confusion|disappointment|disruption|stress|worry)(?: (?:this|it) (?:may have |might have |has )?caused(?: you)?| caused)?)" +
  "|(?:(?:to your [a-z]+ )?and (?:(?:[Ii]|[Ww]e) )?(?:(?:can|do|fully|completely|truly|totally) )?(?:understand|appreciate|realise|realize|know|recogni[sz]e) (?:how|that|this|what|why)\\b[^,;:]*)" +
  "|(?:(?:[Ii]|[Ww]e) (?:(?:totally|fully|completely|really|do|can) )?(?:understand|get|hear) (?:your (?:concerns?|frustration)|how [a-z]+ (?:it|this) (?:can be|must be|is)))";

/**
 * Understanding said with a verb of grasping, of nothing but how they feel or how hard "this"
 * is, in a sentence of its own ("I appreciate how strongly you feel about this.", "I hear how
 * concerning this is for you.", "We appreciate that this is a difficult time for you"): stock,
 * whatever the verb. "How stressful it is to be locked out before payroll" names their trouble and
 * is not matched ("it" is not taken, nor anything after "when").
 */
const GRASP_STOCK_LINE =
  "(?:i|we) (?:(?:can|could|do|fully|completely|totally|truly|really|definitely|absolutely|honestly|certainly|only) ){0,2}(?:understand|appreciate|see|imagine|know|get|hear|recogni[sz]e) " +
  "(?:how (?:strongly )?you (?:feel|are feeling|must feel|must be feeling)(?: about (?:this|that))?" +
  "|how (?:(?:so|very|really|incredibly) )?(?:concerning|stressful|frustrating|annoying|upsetting|difficult|worrying|distressing|disappointing|unsettling) (?:this|that) (?:is|must be|has been|can be|must have been)(?: for you)?" +
  "|that (?:this|it) (?:is|has been|must be) (?:a|an) (?:(?:very|really|incredibly) )?(?:difficult|distressing|stressful|hard|worrying|upsetting|anxious|trying) (?:time|situation|period)(?: for (?:you|your family|you and your family))?)";
/** Sorry or regret for their experience in general terms ("We regret to hear about your experience", "We're sorry you had a negative experience at the practice"). */
const SORRY_EXPERIENCE =
  "(?:(?:i|we)(?:(?:'|’)re|(?:'|’)m| are| am)? )?(?:(?:really|truly|so|very|sincerely) )?(?:sorry|regret) to (?:hear|learn|read) (?:about )?(?:your|this) (?:recent )?experience(?: (?:at|with|in) (?:our|the) [a-z]+)?" +
  "|(?:(?:i|we)(?:(?:'|’)re|(?:'|’)m| are| am) )?(?:(?:really|truly|so|very) )?sorry (?:that )?you(?:(?:'|’)ve| have)? had (?:a|such a|an) (?:negative|bad|poor|disappointing|unpleasant) experience(?: with us| (?:at|with|in) (?:our|the) [a-z]+)?";
/** Stock worth said of their matter, after "and" ("…, and your claim matters to us"). */
const AND_MATTERS = "and (?:your|this) (?:claim|case|complaint|feedback|query|enquiry|inquiry|business|custom) (?:really |truly )?(?:matters|is important|means a lot) to us";
/** A stock regret tacked on after one of these ("… and apologise for any distress caused"). */
const AND_STOCK_REGRET = "and (?:(?:i|we) )?(?:apologi[sz]e|regret)(?: for)? any (?:distress|upset|inconvenience|trouble|worry|frustration)(?: (?:this|it) (?:may have |has |might have )?caused(?: you)?| caused)?";

/**
 * Where a stock line may stop: a stop, an emoji, "and"/"but", or a brand account's sign-off after
 * a mark ("^EP", "-Sam", "*AB", "~Jo"). The stock lines' own lookaheads below use the same marks.
 */
const ENDS = '(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))';
/** Trouble of no particular kind, in the words brand accounts use ("any hiccups", "the faff"); not "mix-up", which points at a mistake the reply has named. */
const SMALL_TROUBLE = '(?:hiccups?|faff|nuisance|headaches?)';

/** A muddle made of their matter, in brand accounts' words ("the runaround", "the muddle"): like "mix-up", canned only where the reply names nothing. */
const MUDDLE = '(?:runaround|run-around|muddle|kerfuffle|palaver|rigmarole)';

/** What they went through, said without saying what: "what happened", "what you have been through". */
const WHAT_HAPPENED = '(?:what|all that|everything that) (?:has )?(?:happened|occurred|went on|you (?:have )?(?:went|gone|been) through|you (?:have )?experienced)(?: (?:to you|here|there))?';
/** Their trouble as a bare noun: "your issue", "the problem", "this situation". */
const BARE_TROUBLE = '(?:your|the|this|that|these|those) (?:issues?|problems?|concerns?|trouble|difficult(?:y|ies)|situation)(?: (?:here|there))?';

// Issue 16: a verdict on it that says nothing of what it was (concepts.ts, EMPTY_VERDICT), in a frame.
/** Only where no conditional or reason opens it: "if that's not ideal, …" is the agent's offer. */
const NOT_CONDITIONAL = '(?<!(?:if|whether|when|unless|because|as|though) )';
/** Where a verdict opens its sentence, an interjection taken with it: "Oh no, that's not great!" (after a greeting or "@handle"). */
/**
 * An interjection that reacts without saying to what, as brand accounts open a line with it, an
 * emoji or a "!" after it: "Oof,", "Ah man,", "aw no 😞", "Gosh!". Not "oh" or "ah" alone, which
 * open anything ("Ah, I see the order now").
 */
const INTERJECTION = '(?:oh no+|oh dear|oh man|oh gosh|oh heck|oh boy|ah man|ah no|aw+ no|aw+|ugh|argh+|oof|ouch|yikes|eek|gosh|blimey|crikey|jeez|geez|oops|whoops|uh oh|grim|no+o|sad face)';
/** An emoji (a surrogate pair or a symbol), as brand accounts stack them after a line. */
const EMOJI = '(?:[\\ud83c-\\ud83e][\\udc00-\\udfff]|[\\u2600-\\u27bf])\\ufe0f?';
/** An interjection as it opens a line, what marks it off taken with it: "Oof, ", "aw no 😞 ", "Gosh! ". */
const INTERJECTS = `(?:(?:${INTERJECTION}|ah|hmm)(?:[,!.]+|(?: ${EMOJI})+)? )`;
const VERDICT_OPENS = `(?<=(?:^|[.!?;:] |[.!?;:]?\\n|@[a-z0-9_]+ )(?:(?:hi|hello|hey|heya|dear)(?: [a-z]+)?,? )?)${INTERJECTS}?`;
/** What may follow a verdict in its sentence and add nothing, taken with it: "we know", "I completely get it". */
const VERDICT_GRASP = "(?:,? (?:we|i) (?:(?:totally|completely|fully|really) )?(?:know|get it|understand|hear you))?";
/** A stock "sorry" after it, which the Swap leaves standing: "that's not ideal, sorry!". */
const VERDICT_SORRY = "(?:,? (?:(?:we|i) (?:am|are) )?(?:so |really |very )?sorry)?";

// Bare apologies: an apology predicate with no object, or one that is only a pronoun ("Sorry!",
// "We're so sorry about that.", "Apologies for this."). Canned where the reply names nothing of
// the trouble anywhere, and not where it goes on to ("Sorry about that, the courier left it at
// the wrong door"), so each pattern reads `reply.namesTrouble` for the whole reply.
/** The apology itself, with its subject and what strengthens it: "I'm so sorry", "we apologise", "my apologies". */
const BARE_APOLOGY = `(?:(?:(?:i|we) (?:am|are) )?{adv}${INTENS}sorry|(?:(?:i|we) )?{adv}${INTENS}apologi[sz]e|(?:(?:my|our) )?(?:sincere |sincerest |deepest |many |humble )?apolog(?:ies|y))`;
/** What it is for, naming nothing: "this", "that", "all of this", "the mix-up". */
const EMPTY_OBJECT = '(?:this|that|it|all (?:of )?(?:this|that)|this one|that one|(?:the|this|that|any) mix-? ?ups?)';
/**
 * Where a bare apology opens its sentence: after a greeting, a brand account's "@handle" or an
 * interjection ("Hi Sam, sorry about that!", "Oh no, we're sorry!"). One that closes a sentence
 * ("We can't accept pets at this property, sorry!") is for what that sentence says.
 */
const BARE_OPENS = `(?<=(?:^|[.!?;:] |[.!?;:]?\\n|@[a-z0-9_]+ )(?:(?:hi|hello|hey|heya|dear)(?: [a-z]+)?,? )?${INTERJECTS}?)`;
/** The customer's name after an apology, after its comma: "Sorry about this, Luke". */
const THEIR_NAME = '(?:, (?!sorry|apologies|thanks|thank)[a-z]+)?';
/** Where a bare apology ends: its sentence's end, or the customer's name and then it ("Sorry about that, Lily!"). */
const BARE_END = `(?=${THEIR_NAME}[ \\n]*(?:[.!;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$))`;
/**
 * A bare apology said as a sentence of its own before a request or a question for details ("Our
 * sincere apologies, Ben. Please check your inbox.", "Grim, sorry Phil. Which service are you
 * on?"): nothing of the trouble comes with it. Not before "please accept / know / be assured",
 * which a letter's condolence goes on to.
 */
const BARE_THEN_ASKS_NEXT = `(?=${THEIR_NAME}[ \\n]*[.!]+(?:[ \\n]*${EMOJI})*[ \\n]+(?:please|pls|plz|can you|could you|would you|will you|dm|pm|pop|drop|send|give us|let us know|get in touch|reach out|message|follow|which|where|do you|did you|have you|is there|are you|if you)\\b(?! accept| know| be assured))`;
/**
 * A bare apology that runs on, after a comma, into a request for what the agent needs ("So sorry
 * about that, DM us your order number", "Apologies for this, can you send a screenshot?"): the
 * request says nothing of the trouble either.
 */
const BARE_THEN_ASKS = "(?=,? (?:please|pls|plz|can you|could you|would you|will you|if you|dm|pm|pop|drop|send|give us|let us know|get in touch|reach out|message|shoot|slide|follow)\\b)";
/** A thing of theirs named only as what it is, not what went wrong with it: "your order", "the app". */
const TOPIC_ONLY = '(?:order|account|booking|delivery|service|product|item|device|app|request|application|claim|parcel|package|purchase|payment|subscription|reservation|journey|stay|visit|experience|query|enquiry)';
/** A stock trouble or feeling over one of these: "any inconvenience with your order", "your frustration regarding the app". */
const OVER_TOPIC = `(?:with|regarding|concerning|about|over|on|in|to) (?:your|the|this) (?:recent |new |latest )?${TOPIC_ONLY}`;
/**
 * Where a stock line of sympathy that opened its sentence ends it: a stop, an emoji, a sign-off,
 * the customer's name, or a stock "and we're sorry". Not where it runs on ("that's really scary
 * and I'm glad you're safe"), which is the agent's own reaction.
 */
const STOCK_LINE_ENDS = `(?=${THEIR_NAME}[ \\n]*(?:[.!;^~*\\u2013\\u2014-]|${EMOJI}|$|and (?:we|i) (?:are|am) (?:so |really |very |truly )?sorry))`;
/** A feeling of theirs the agent says they would share: "disappointed", "fed up", "the same". */
const SHARED_FEELING = '{feel}|gutted|fed up|furious|livid|cross|mad|annoyed|upset|the same(?: way)?|exactly the same';
/** How hard it is, said without saying what: "scary", "exhausting", "a stressful situation", "not nice". */
const HARD_VERDICT = '(?:scary|frightening|exhausting|rough|grim|horrible|awful|terrible|dreadful|worrying|stressful|upsetting|distressing|frustrating|annoying|disappointing|sad|tough|nasty|miserable|concerning|alarming|not nice|not good|not great|no fun|not okay|not ok)';
/** Only in a reply that says nothing of what the trouble was (rules/signals.ts, SIGNALS). */
const NAMES_NOTHING: PatternContext[] = ['!reply.namesTrouble'];
/**
 * "Sorry for the confusion over the two invoices", "apologies for the trouble with the login link":
 * the trouble is then named, as RULES.md's better phrasing asks. After "any" it stays vague, and a
 * topic alone ("…with your order") names nothing (the topic frames below take those).
 */
const THING_NAMED_AFTER = `(?:(?<=any [a-z]+)|(?! (?:of|over|with|about|regarding|around) (?:the|your|this|these|those|my|our) (?!(?:recent |new |latest )?${TOPIC_ONLY}\\b)))`;

export const cannedEmpathy: FlagRuleData = {
  id: 'canned-empathy',
  means: 'stock-apology',
  category: 'listening',
  weight: 15,
  severity: 'warn',
  title: 'Canned empathy',
  why: 'Form-letter sympathy signals that nobody read the message.',
  better: 'Name their actual problem in the apology.',
  // As the sincere-apology move: "I'm sorry you were charged twice" above "the system shows one
  // payment" or "the fee stands" concedes what the reply keeps.
  faultClashesWith: ['reply.refusal', 'flag:dead-end', 'flag:policy-shield', 'flag:system-says'],
  // "I'm sorry your bill for March is £412" above "the bill is correct", or above "the boots
  // weren't looked after as recommended": sorry for what the reply holds right (blind readers).
  fillClashesWith: ['reply.upholds', 'customer.ownSlip'],
  // As the sincere-apology move: their case said back beside a no, a dispute or a check under way.
  caseClashesWith: CASE_CLASHES,
  examples: ['I understand your frustration', 'Sorry for the inconvenience', 'We apologise for any inconvenience caused', 'Your call is important to us', 'I’m sorry you feel that way', 'We take your concerns very seriously'],
  patterns: [
    // The families brand accounts and helpdesk macros vary, each over nothing named: sorry for "what
    // happened" or to hear about "your issue"; a dislike ("that's not what we like to hear", "we
    // never like to see that"); sympathy "with you"; "I can understand how you're feeling"; regret's
    // formal cousins ("we lament the inconveniences"). "Sorry for what happened with your refund on
    // Monday" and "sorry to hear about your issue with the login page" name it: not matched.
    { p: `${APOLOGY} (?:for|about|over) ${WHAT_HAPPENED}${ENDS}`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `${APOLOGY} to (?:hear|learn|read|see) (?:about |of )?${BARE_TROUBLE}${ENDS}`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `(?:(?:that|this|it) is )?(?:(?:definitely|certainly|really|absolutely|just|so) )?not what (?:we|i) (?:ever |would )?(?:want|like|love|wanted|hope|expect) to (?:hear|see|read)`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `{we} {adv}(?:do not|never|would never) (?:like|want|love|enjoy) (?:to (?:hear|see|read|learn)|hearing|seeing|reading)(?: (?:this|that|about (?:this|that)|it))?${ENDS}`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `{we} ${GRASP_ADV}(?:deeply |truly |really )?(?:empathi[sz]e|sympathi[sz]e) with you(?: (?:on|in|about|over|regarding) (?:this|that|the|your) (?:issue|matter|situation|problem|regard|case))?${ENDS}`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `{we} ${GRASP_ADV}(?:understand|know|imagine|appreciate) how you (?:feel|must feel|are feeling|must be feeling)${ENDS}`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `{we} {adv}${INTENS}(?:regret|lament|deplore) (?:(?:any|the|all the|all) )?(?:${GENERIC_TROUBLE}|${SMALL_TROUBLE})(?! (?:with|on|in|of|at|regarding|about|over|during|to (?:your|the))\\b)${NAMED_AFTER}`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    // Brand accounts' sorrow over a trouble of no kind ("so sorry for the hiccup!", "apologies for
    // any faff ^RJ"). "Sorry the hiccup with the card reader cost you a trip" names it: not matched.
    { p: `${APOLOGY} (?:for|about) (?:(?:any|the|all the|this|that) )?${SMALL_TROUBLE}(?: (?:this|that|it) (?:may |might |has |have )?(?:have )?caused(?: you)?| caused(?: you)?)?${ENDS}`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    // Frames from batches ws/wt (tune): more of brand accounts' sorrow with nothing named.
    { p: '{we} {adv}(?:hate|hated) (?:hearing|seeing|reading) (?:this|that|about (?:this|that))', better: 'I’m sorry {issue}.', swap: 'sentence' },
    'we would hate for (?:your|this|that|it)\\b',
    '(?:this|that|it) (?:is|was) (?:definitely |certainly |really |absolutely )?not the (?:level|quality|standard) of (?:service|care) (?:we|that we) (?:aim for|strive for|expect|want|would expect)',
    { p: `${APOLOGY} (?:that )?you(?: have)? (?:run into|experienced|encountered|faced|hit) (?:this|that|these|those)(?: (?:issues?|problems?|trouble|difficulties))?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `${APOLOGY} (?:that )?you are (?:experiencing|dealing with|facing|having) (?:this|that|these|those)(?: (?:issues?|problems?|trouble|difficulties))?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `${APOLOGY} ${TO_HEAR}(?:that )?you are having (?:a|such a|some) (?:rough|hard|tough|bad|difficult|frustrating|horrible|awful) (?:time|day|week|experience)(?: with us)?`, better: 'I’m sorry {issue}', swap: 'sentence' },
    { p: `${APOLOGY} (?:for|about) (?:the|these|those|all the|all of the) (?:continued |ongoing |recent |repeated |persistent |latest )?(?:issues|problems)(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}', swap: 'sentence' },
    { p: '{adv}sorry to hear (?:that )?you are not (?:happy|pleased|satisfied)(?: with (?:us|this|that|our service|the service))?', better: 'I’m sorry {issue}', swap: 'sentence' },
    '(?<=(?:^|[.!?,] |\\n))(?:so |very |really )?sorry again(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$))',
    '(?:your|customer) (?:safety|security|wellbeing|well-being|health) (?:is|remains) (?:always )?our (?:top |highest |number one |first |main )?priority',
    { p: `{we} (?:do |sincerely |truly |deeply |would like to )?(?:apologi[sz]e~|regret) (?:for )?(?:any|the|all the) (?:inconvenience|trouble|disruption|frustration|confusion)(?: (?:this|that|it) (?:may|might|has|will)? ?(?:have )?(?:caused|cause)(?: you)?| caused)?${NAMED_AFTER}${THING_NAMED_AFTER}`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `(?:i am |we are )?{adv}sorry for (?:any|the|all the|this|that) (?:inconvenience|trouble|confusion)(?: (?:this|that|it) (?:may|might|has)? ?(?:have )?(?:caused|cause)(?: you)?| caused)?${NAMED_AFTER}${THING_NAMED_AFTER}`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `(?:apologies|our apologies|my apologies) for (?:any|the) (?:inconvenience|trouble|confusion)(?: caused)?${NAMED_AFTER}${THING_NAMED_AFTER}`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: '(?:your|this) (?:call|query|email|message|business|enquiry|inquiry|feedback|custom|request) (?:is|means) (?:very |really |extremely |so )?(?:important|valuable|a lot) to us', better: 'I’ve read your message and here is what I’m doing about it:' },
    { p: '{we} (?:are )?{adv}(?:(?:can |could |fully |completely |totally )?(?:definitely |really |truly )?(?:understand(?:ing)?|appreciate)|(?:can )?(?:empathi[sz]e|sympathi[sz]e) with|share) (?:your|the) (?:frustrations?|concerns?|feelings|sentiments|inconvenience|disappointment|annoyance|dissatisfaction|displeasure|unhappiness|upset|confusion|situation|position|point of view)(?! (?:about|with|over|at|regarding|that) (?!this|that|it)[a-z])', better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: '{we} {adv}(?:can |could )?(?:understand|realise|realize|see|imagine|know) (?:that |why |how )?you (?:are|feel|must be|would be|might be|may be|were|must feel|would feel) {adv}{feel}(?: (?:about|by|with) (?:this|that|it))?(?: and (?:i am|we are) {adv}sorry to hear (?:that|this|about that))?(?! (?:about|with|that|when|by|over|because) )', better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: '{we} {adv}(?:understand|realise|realize|can see|can imagine|know) how (?:frustrating|annoying|upsetting|stressful|difficult|disappointing|inconvenient) (?:this|that|it)(?: (?:situation|issue|problem|experience|matter))? (?:is|must be|has been|can be|was)(?: for you)?(?! (?:to|when|that|for you to|having|not) )', better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: '(?:i am|we are) {adv}sorry (?:to hear )?(?:that )?you (?:feel|are|were|felt|have been) (?:that way|this way|like that|like this|{feel})(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))', better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: '(?:i am|we are) {adv}sorry to hear (?:that|this|about that|about this)(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$))', better: 'I’m sorry {issue}.', swap: 'sentence' },
    '(?:we are|we have been) experiencing (?:an? )?(?:exceptional|unusually high|high|higher than (?:normal|usual)|unexpected|large) (?:call |contact |ticket )?volumes?',
    '(?:an? )?(?:unexpected |unusual )?(?:increase|surge) in (?:call|contact|ticket) volumes?',
    'we take (?:this|your (?:concerns?|feedback|complaint)|these matters|customer (?:service|satisfaction)) (?:very )?seriously',
    '{we} (?:hear|feel) your (?:pain|frustration)',
    { p: '{we} {adv}(?:understand|know|can imagine|appreciate) how you (?:feel|must feel|are feeling|must be feeling)(?! (?:about|when|after) (?!this|that|it\\b)[a-z])', better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: '(?:i am|we are|i was|we were) {adv}sorry to (?:hear|learn|read) (?:about )?(?:your|this|that) (?:recent |negative |poor |bad |disappointing )?experience', better: 'I’m sorry {issue}.', swap: 'sentence' },
    // Frames: a sympathy predicate over a vague object, in the wordings agents vary.
    { p: `${APOLOGY} (?:for|about|over|regarding) ${VAGUE}(?: (?:this|that|it|we|the [a-z]+) (?:may |might |could |has |have |will )?(?:have )?(?:caused|created|brought)(?: (?:to )?you)?| (?:caused|created)(?: (?:to )?you)?)?`, better: 'I’m sorry {issue}', swap: 'sentence' },
    { p: `(?:i|we) {adv}${INTENS}regret (?:any|the|all the) ${GENERIC_TROUBLE}`, better: 'I’m sorry {issue}', swap: 'sentence' },
    { p: `${APOLOGY} if (?:this|that|it|we|the [a-z]+) (?:has |have |may have |might have |may |might )?(?:caused|created|given) (?:you )?(?:any |some )?${GENERIC_TROUBLE}`, better: 'I’m sorry {issue}', swap: 'sentence' },
    { p: `${APOLOGY} if (?:you|your [a-z]+|anyone) (?:were|was|felt|have been|has been|are|feel) {adv}(?:{feel}|upset|let down)`, better: 'I’m sorry {issue}', swap: 'sentence' },
    { p: `(?:the |any |all )?${GENERIC_TROUBLE} (?:caused |to you )?(?:is |are )?(?:deeply |sincerely |much )?regretted`, better: 'I’m sorry {issue}', swap: 'sentence' },
    { p: `${APOLOGY} to (?:hear|learn|read|see)(?: (?:that|this|about (?:that|this)|of this|it))?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$))`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `${APOLOGY} (?:to|for) (?:hear|learn|read)(?:ing)? (?:about |of )?(?:your|this|that|the) (?:recent |negative |poor |bad |disappointing )?(?:experience|feedback|comments?)`, better: 'I’m sorry {issue}', swap: 'sentence' },
    { p: `${APOLOGY} (?:to hear )?(?:that )?you ${HAVING_TROUBLE} (?:some |any |these |those |a few |such )?(?:(?:technical|tech) )?(?:issues|problems|trouble|difficulties)(?: with us)?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$))`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `${APOLOGY} (?:to hear )?(?:that )?you (?:feel|felt) (?:this|that) way(?: about (?:this|that|it|the [a-z]+))?`, better: 'I’m sorry {issue}', swap: 'sentence' },
    { p: `${APOLOGY} (?:to hear )?(?:that )?(?:you|your [a-z]+) (?:have |has )?(?:had|have|got|received) ${BAD_TIME}`, better: 'I’m sorry {issue}', swap: 'sentence' },
    { p: `${APOLOGY} (?:to (?:hear|learn|read|see) )?(?:that |if )?(?:your|the) (?:[a-z']+ ){0,2}(?:(?:did not|has not|have not|does not|do not) (?:go (?:as planned|to plan|smoothly|well)|meet (?:your |the )?(?:expectations|standards?)|live up to (?:your )?expectations)|(?:was|were|has been|is|have been) (?:not|less than) (?:as (?:you )?expected|what you (?:expected|hoped for)|to your (?:satisfaction|liking)|up to (?:standard|scratch|(?:our|the|your) (?:usual )?standards?)|satisfactory|perfect|ideal))`, better: 'I’m sorry {issue}', swap: 'sentence' },
    '(?:this|that|it) (?:is|was) (?:not|never) the (?:kind of |type of |sort of )?(?:experience|service|standard|impression) (?:we|that we) (?:want|would want|expect|aim|strive|hope|like)',
    { p: `{we} {adv}(?:(?:can |could |fully |completely )?(?:understand|appreciate)|can (?:only )?imagine|can see|know|realise|realize) (?:just )?how ${INTENS}${DISTRESSING} {gap:3}(?:is|are|must be|has been|have been|can be|was|would be|must have been|might be)(?: for you)?(?! (?:to|when|that|for you to|having|not|because) )`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `{we} {adv}(?:(?:can |could |fully |completely )?(?:understand|appreciate)|know|realise|realize|(?:can )?see) (?:that )?(?:this|that|it) (?:is|must be|has been|can be|was) ${INTENS}${DISTRESSING}(?:[ \\n]for you)?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: '{we} {adv}can (?:only )?imagine how (?:you (?:feel|must feel|are feeling|must be feeling)|(?:this|that|it) (?:feels|must feel))', better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: '{we} {adv}(?:can |could )?(?:understand|get|see|appreciate) where you are coming from', better: 'I see why this matters', swap: true },
    // Frames from batches wh/wi: a feeling acknowledged with nothing named.
    { p: '(?:i|we) {adv}(?:understand|hear|appreciate|acknowledge|share) your (?:worry|worries|concerns?|frustration|disappointment|upset|anger|feelings?|situation)(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$))', better: 'I’m sorry {issue}', swap: 'sentence' },
    { p: '{we} {adv}(?:understand|know|appreciate|realise|realize) how (?:important|frustrating|stressful|upsetting|annoying|worrying|difficult|concerning|inconvenient|disappointing) (?:this|that|it|(?:your|the) [a-z]+) (?:is|are|must be|can be|has been)(?: (?:to|for) you)?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$))', better: 'I’m sorry {issue}', swap: 'sentence' },
    '(?:this|that|it) (?:is not|was not|is never) the (?:experience|service|standard|level of service|kind of service) (?:that )?(?:you|our customers) (?:expect|expected|deserve|should expect|would expect)',
    '{adv}sorry to hear (?:your|the|this|that) news(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))',
    '(?:apologi[sz]e|apologies|sorry) for (?:all|any) (?:the )?inconveniences',
    { p: '(?:i|we) {adv}(?:hear|get|understand) you(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))', better: 'I’m sorry {issue}', swap: 'sentence' },
    // Not a check that the agent has it right ("Let me make sure I understand: …").
    { p: '(?<!(?:make sure|check|sure that|if|whether) )(?:i|we) {adv}understand(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and i would|and we would))', better: 'I’m sorry {issue}', swap: 'sentence' },
    { p: '(?:i|we) {adv}(?:acknowledge|note|recogni[sz]e) your (?:dissatisfaction|frustration|disappointment|concerns?|displeasure|unhappiness|feelings)', better: 'I’m sorry {issue}', swap: 'sentence' },
    '(?:i|we) take (?:[a-z\']+ ){1,5}(?:very |extremely |really |incredibly |most )?seriously',
    { p: `and (?:for |about )?(?:any|all the|the) ${GENERIC_TROUBLE}${NAMED_AFTER}(?! (?:of|to|with|in|on) )(?: (?:this|that|it) (?:may |might |has |have )?(?:have )?caused(?: you)?| caused(?: you)?)?`, better: 'and I’m sorry {issue}' },
    { p: `${APOLOGY} (?:that )?(?:this|it|that) (?:is|has been|is been|was) (?:such )?(?:a (?:pain|hassle|nuisance|bother|faff|headache)|${INTENS}(?:annoying|frustrating|inconvenient|stressful|upsetting))(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}', swap: 'sentence' },
    { p: `${APOLOGY} ${TO_HEAR}(?:that )?you (?:feel|felt|are|were|have been) {adv}(?:let down|upset|{feel})(?: (?:by|with) (?:our|us|the|your|this|that)(?: [a-z]+)?)?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}', swap: 'sentence' },
    { p: `{we} {adv}(?:understand|appreciate|know|get) how ${INTENS}${DISTRESSING} (?:it|this|that) (?:is|can be|gets) when (?:things|something|plans|this|that)`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: '{we} {adv}(?:understand|appreciate|know|realise|realize) (?:that )?(?:this|it) (?:is|must be|has been) (?:a |an )?(?:very |really |incredibly |extremely )?(?:worrying|difficult|stressful|anxious|frustrating|upsetting|hard|challenging|trying|uncertain) (?:time|period|situation|few days|few weeks)', better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `(?:i|we) {adv}get (?:how|that) (?:(?:it|this|that) (?:is|can be|must be) )?${INTENS}${DISTRESSING}(?: (?:that|this|it) (?:is|can be|must be))?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but |though))`, better: 'I’m sorry {issue}', swap: 'sentence' },
    // Sorry to hear of / about their feeling, in general terms: "sorry to learn of your dissatisfaction".
    { p: `${APOLOGY} to (?:hear|learn|read|see) (?:about|of) ${THEIR_FEELING}`, better: 'I’m sorry {issue}', swap: 'sentence' },
    // Regret without a subject, in a formal letter: "... and regret any confusion caused".
    { p: `regret (?:any|all the|the) ${TROUBLE}(?: (?:this|that|it) (?:may |might |has |have )?(?:have )?caused(?: you)?| caused(?: you)?)?${NAMED_AFTER}(?! (?:with|on|in|of|at|regarding|about|over|to) )`, better: 'I’m sorry {issue}', swap: 'sentence' },
    // Not the outcome they hoped for.
    { p: `{we} {adv}(?:(?:can |could |fully |completely |do )?(?:understand|appreciate)|realise|realize|recogni[sz]e|acknowledge) (?:that )?(?:this|that|it) (?:is|was|may not be|might not be|is not|was not) (?:the (?:outcome|answer|news|response|result|decision|reply)|what) (?:that )?you (?:were|are|had been|would have been) (?:hoping (?:for|to hear)|looking for|wanting to hear|expecting)`, better: 'I’m sorry {issue}', swap: 'sentence' },
    // Stock sympathy over nothing named: "that's a shame to hear", "sorry about all this".
    { p: `(?:that|this|it) (?:is|was|sounds) (?:(?:a|such a) )?(?:real |great )?(?:shame|pity)(?: to hear)?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}', swap: 'sentence' },
    { p: `sorry about all (?:this|that|of this|of that|the (?:hassle|trouble|bother))(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}', swap: 'sentence' },
    { p: `${APOLOGY} to (?:hear|learn|see) (?:that )?you (?:are|will be|have decided to be) (?:leaving|going)(?: us)?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}', swap: 'sentence' },
    // Valuing it, as a stock line: "we truly value it", "we value your business".
    { p: `{we} {adv}${INTENS}value (?:it|this|that|your (?:feedback|input|comments|business|custom|loyalty|views|opinion|honesty))(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'Thank you, and here is what I’m doing about it:' },
    { p: `${APOLOGY} (?:to (?:hear|learn|see) )?(?:that )?you (?:are|were|have been) not (?:happy|satisfied|pleased|impressed|enjoying|keen|(?:a |the biggest |a big )?fan(?: of (?:it|this|that|us|ours))?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$)))(?: with)?(?: (?:our|the|your|this|that)(?: [a-z]+){0,2})?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}', swap: 'sentence' },
    { p: `and (?:(?:i|we) )?{adv}(?:fully |completely )?(?:understand|appreciate) (?:your|the) (?:concerns?|frustrations?|feelings|disappointment)(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$))`, better: 'and I’m sorry {issue}' },
    // Stock lines about how much they matter: "your satisfaction is our top priority", "you are a valued customer".
    '(?:your|customer) (?:satisfaction|experience|happiness|comfort) (?:is|remains) (?:always )?(?:our (?:top |highest |number one |first |main )?priority|(?:very |really |extremely |incredibly )?important to us)',
    '(?:you are|you remain) (?:a |an )?(?:highly |very |truly )?valued (?:customer|member|client|guest|patient|passenger|subscriber)',
    '{we} {adv}(?:truly |really |greatly )?value you as (?:a|an|our) (?:customer|member|client|guest|patient|passenger|subscriber)',
    { p: `{we} {adv}${GRASP} (?:just )?how important (?:this|that|it) (?:is|must be|was) (?:to|for) you`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `${APOLOGY} (?:for|about) (?:your|this|the|that) (?:recent |negative |poor |bad |disappointing )?experience(?: ${THEIR_TROUBLE})?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}', swap: 'sentence' },
    // A stock sympathy predicate with no object: "that must be so frustrating", "it sounds really stressful".
    // Only in a reply that says nothing of what it was: "That sounds maddening. The logouts come
    // from our last update…" goes on to name it, and the line is the agent's own reaction.
    { p: `(?:this|that|it) (?:must be|must have been|sounds|sounded|sounds like it (?:is|was)|can be) ${INTENS}${DISTRESSING}(?: for you)?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}', swap: 'sentence', onlyIf: NAMES_NOTHING },
    // Frames from batches wq/wr (tune): social-media sorrow with nothing named.
    { p: '{we} {adv}(?:hate|hated) to (?:hear|see|read|learn)(?: (?:this|that|about (?:this|that)|it))?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))', better: 'I’m sorry {issue}.', swap: 'sentence' },
    '(?:this|that|it) (?:is|was) (?:definitely |certainly |really |absolutely )?not the (?:kind of |type of |sort of )?(?:experience|service|standard|impression) (?:we|that we) (?:aim for|strive for|aim to (?:give|provide|deliver))',
    { p: `we are ${INTENS}sorry (?:that )?(?:this|that|it) (?:happened|has happened|occurred)(?! (?:to|with|on|at|in|during|when|because|for|after|while|again)\\b)`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `${APOLOGY} (?:to hear )?(?:that )?you(?: have)? had (?:this|that|such an?|an?) (?:${BAD_TIME}|experience)(?=[ \\n]*(?:[.!,;(]|$|and |but ))`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `${APOLOGY} (?:that )?you (?:are (?:going|having to go)|have (?:been|gone|had to go)) through (?:this|that|all (?:this|that))(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `${APOLOGY} to (?:hear|see|learn|read) (?:that )?(?:it|this|that) (?:fell short|was not up to (?:scratch|standard|par)|did not (?:meet|live up to) (?:your )?expectations)(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    '(?:apologi[sz]e|sorry) (?:that )?(?:your|the) (?:experience|visit|stay|service|order) (?:has |had )?(?:fallen|fell|been|was) (?:below|short of) (?:the |our )?(?:high )?(?:standards?|expectations)(?! (?:when|because|after|as|since|with)\\b)',
    `${NOT_CONCEDING}{we} {adv}(?:understand|appreciate|know|realise|realize) (?:that )?(?:[a-z-]+ ){1,3}can be (?:very |really |quite )?(?:disappointing|frustrating|annoying|upsetting|inconvenient|stressful|worrying|confusing)`,
    // Frames from batches wu/wv (tune): stock understanding in any verb of grasping, the hardship
    // named only in general terms, and sorry after an empty exclamation. "How stressful it is to
    // be locked out the night before payroll" names their trouble: not a stock line.
    { p: `${NOT_CONCEDING}(?:{we} ${GRASP_ADV}|${CLAUSE_START}(?:totally|completely|fully|really|honestly) )(?:get|hear) (?:(?:your|the) ${STOCK_OBJECT}|where you are coming from|you on (?:this|that)(?: one)?)(?! (?:about|with|over|at|regarding|that|when) (?!this|that|it\\b)[a-z])`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `${CLAUSE_START}(?:totally|completely|fully|honestly) (?:understand|get it|hear you)(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$))`, better: 'I’m sorry {issue}', swap: 'sentence' },
    { p: `${NOT_CONCEDING}(?:{we} ${GRASP_ADV}|${CLAUSE_START}(?:totally|completely|fully|really) )${GRASP_VERB} (?:just |exactly )?how ${INTENS}(?:${DISTRESSING}|concerning|confusing|unsettling|strongly you feel|(?:worried|upset|frustrated|annoyed|disappointed) you (?:are|must be|must feel))(?! (?:it|this|that) (?:is|can be|must be|was|has been|gets|would be) (?:to|having) )`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `${NOT_CONCEDING}{we} (?:are )?${GRASP_ADV}(?:understand(?:ing)?|appreciate|realise|realize|know|recogni[sz]e) (?:that )?(?:[a-z'-]+ ){1,4}(?:is|are|can be|must be|has been|may be|might be|may have been|might have been|must have been|would have been) (?:a |an )?${INTENS}(?:${DISTRESSING}|concerning|confusing|unsettling|challenging|worrying|not (?:nice|fun|ideal|great)|no fun|never (?:nice|fun))(?: (?:time|situation|period|experience))?(?: for (?:you|your family|you and your family))?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `${APOLOGY} (?:to (?:hear|learn|read) )?(?:(?:for|about|of) )?(?:the|your|this|that|all the) (?:whole |unfortunate |unpleasant |recent )?${VAGUE_EVENT}(?: (?:faced|experienced|suffered) by you)?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `${APOLOGY} (?:to (?:have )?|that we |for having )?(?:let you down|disappointed you)(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `please (?:do )?accept (?:our|my) (?:sincere |sincerest |deepest |humble |heartfelt )?apolog(?:ies|y)(?=[ \\n]*(?:[.!;]|$))`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    // It fell short of expectations, or they did not have a good time of it, said in general terms.
    { p: `${APOLOGY} ${TO_HEAR}(?:that |if )?${THEIR_VISIT} (?:(?:fell|has fallen|have fallen|had fallen) short(?: of (?:your |our )?(?:expectations|standards?))?|(?:did not|has not|have not|had not|does not) (?:meet|met|live up to|lived up to) (?:your |our )?(?:expectations|standards?)|(?:was|is|were|has been) not up to (?:standard|scratch|par|our standards|your expectations))(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `${APOLOGY} ${TO_HEAR}(?:that )?you (?:did not|have not) (?:have|enjoy|get) (?:the best|a (?:good|great|nice|pleasant|positive)|an enjoyable) (?:experience|journey|stay|time|visit|trip|day|meal)(?: with us)?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `${APOLOGY} ${TO_HEAR}(?:that )?(?:you (?:have been|were|are|may have been) (?:affected|impacted)(?: by (?:this|that|it))?|you (?:have|have had|had) (?:cause|reason|need) to (?:complain|contact us|write(?: to us| in)?|get in touch)|how you feel)(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `{we} {adv}(?:greatly |highly )?${INTENS}value (?:your|the) (?:trust|association|relationship|partnership|continued (?:membership|custom|business|support))(?: (?:in|with) us)?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$|and |but ))`, better: 'Thank you, and here is what I’m doing about it:' },
    { p: `${EMPTY_EXCLAIM}[!.,]*(?: |$)(?:(?:we are|i am) )?(?:so |very |really )?sorry(?: about (?:that|this))?(?=[ \\n]*(?:[.!,;:^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$))`, better: 'I’m sorry {issue}.', swap: 'sentence' },

    // Issue 16, stop 34: a stock trouble or feeling over a topic only ("we apologise for any
    // inconvenience with your order", "I understand your frustration regarding the app", "sorry to
    // hear you're having issues with your account"), in a reply that says nothing of what went
    // wrong with it: the topic names nothing. "…any inconvenience with your order, which left the
    // depot a day late" names it (`reply.namesTrouble`).
    { p: `${APOLOGY} (?:for|about|over|regarding) (?:any|the|all the|this|that) (?:${GENERIC_TROUBLE}|issues?|problems?)(?: ${THEIR_TROUBLE})? ${OVER_TOPIC}${ENDS}`, better: 'I’m sorry {issue}.', swap: 'sentence', onlyIf: NAMES_NOTHING },
    // The same with no topic, the sentence ended there ("We apologise for the problems you have
    // been facing."): the trouble said to be theirs, and nothing of what it was. (Not read against
    // the whole reply: "you have been facing" is itself read as a restatement.)
    { p: `${APOLOGY} (?:for|about|over|regarding) (?:any|the|all the|these|those|this|that) (?:issues?|problems?|difficulties|trouble) ${THEIR_TROUBLE}(?=[ \\n]*(?:[.!^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf]|$))`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `{we} ${GRASP_ADV}(?:understand|appreciate|hear|get|share) (?:your|the) ${STOCK_OBJECT} ${OVER_TOPIC}${ENDS}`, better: 'I’m sorry {issue}.', swap: 'sentence', onlyIf: NAMES_NOTHING },
    { p: `${APOLOGY} ${TO_HEAR}(?:that )?${THEIR_TROUBLE} (?:some |any |these |those |the )?(?:issues|problems|difficulties|trouble) ${OVER_TOPIC}${ENDS}`, better: 'I’m sorry {issue}.', swap: 'sentence', onlyIf: NAMES_NOTHING },

    // Issue 16 (batch xh, real brand replies): brand formulas over nothing named.
    // A verdict on it and no more, as a sentence of its own or with only a stock "sorry" or "we
    // know" after it: "that's not ideal, sorry!", "Oh no, that's a bummer, we know!", "ah,
    // that's no fun at all". Not where the sentence goes on ("that's a pain: the courier…") or
    // it closes a sentence that named it ("sorry you had to upload it four times – that's a pain").
    { p: `${VERDICT_OPENS}(?:that|this|it) (?:is|was|sounds|sounds like|does sound|has been) (?:(?:so|really|very|definitely|certainly|just|absolutely|totally|honestly) )?${EMPTY_VERDICT}(?: at all)?${VERDICT_GRASP}(?=${VERDICT_SORRY}(?:, [a-z]+)?[ \\n]*(?:[.!;^~*\\u2013\\u2014\\ud83c-\\ud83e\\u2600-\\u27bf-]|$))`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    // Anywhere else, only in a reply that names nothing of the trouble ("That is not ideal and
    // we are on it. DM us.").
    { p: `${NOT_CONDITIONAL}(?:that|this|it) (?:is|was|sounds|sounds like|does sound|has been) (?:(?:so|really|very|definitely|certainly|just|absolutely|totally|honestly) )?${EMPTY_VERDICT}(?: at all)?${ENDS}`, better: 'I’m sorry {issue}.', swap: 'sentence', onlyIf: NAMES_NOTHING },
    // Sorrow without its subject, as brand accounts write it: "Gutted to hear that!", "Hate to see this 😞".
    { p: `${CLAUSE_START}(?:(?:oh no|oh dear|aw|ah),? )?${INTENS}(?:sad|gutted|saddened|hate|hated|not nice|never nice|horrible|awful|upsetting) to (?:hear|see|read|learn)(?: (?:this|that|it|about (?:this|that)))?${ENDS}`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    { p: `{we} {adv}(?:hate|hated) (?:that |when )?(?:(?:this|that|it) (?:has )?happened|you (?:have )?had (?:this|that|such an?) (?:experience|time|bad experience))${ENDS}`, better: 'I’m sorry {issue}.', swap: 'sentence' },
    // Bare apologies, where nothing in the reply names the trouble: "Sorry about that!", "We're
    // sorry!", "Apologies for this.", "sorry to hear this has happened". With no object at all,
    // only the exclaimed one of brand accounts: a letter's "I'm so sorry." is followed by what
    // it is sorry for, in words no signal may read ("Losing your father…").
    { p: `${BARE_OPENS}${BARE_APOLOGY}(?: (?:about|for) ${EMPTY_OBJECT}(?:${BARE_END}|${BARE_THEN_ASKS})|(?=${THEIR_NAME}[ \\n]*(?:!|${EMOJI}))|${BARE_THEN_ASKS_NEXT})`, better: 'I’m sorry {issue}.', swap: 'sentence', onlyIf: NAMES_NOTHING },
    // The trouble as a bare singular noun ("Sorry for the issue!", "we apologise for this problem."),
    // and it said not to have been good in general terms ("We're sorry it wasn't a great
    // experience", "sorry things haven't been great"), in a reply that says nothing of what it was.
    { p: `${BARE_OPENS}${APOLOGY} (?:for|about) (?:the|this|that) (?:issue|problem)(?:${BARE_END}|${BARE_THEN_ASKS})`, better: 'I’m sorry {issue}.', swap: 'sentence', onlyIf: NAMES_NOTHING },
    { p: `${BARE_OPENS}${APOLOGY} (?:to hear )?(?:that )?(?:it|this|that|things|${THEIR_VISIT}) (?:was not|were not|is not|has not been|have not been|had not been) (?:a |an )?(?:(?:very|so|particularly|that) )?(?:great|good|positive|pleasant|enjoyable|nice|the best)(?: (?:one|experience|time))?(?:${BARE_END}|${BARE_THEN_ASKS})`, better: 'I’m sorry {issue}.', swap: 'sentence', onlyIf: NAMES_NOTHING },
    // Sorry to hear about a thing of theirs named only as what it is ("Sorry to hear about your
    // order!", "we're sorry to hear about your journey."), in a reply that says nothing of what went wrong.
    { p: `${BARE_OPENS}${APOLOGY} to (?:hear|learn|read) (?:about|of) (?:your|the|this) (?:recent |latest )?${TOPIC_ONLY}(?:${BARE_END}|${BARE_THEN_ASKS})`, better: 'I’m sorry {issue}.', swap: 'sentence', onlyIf: NAMES_NOTHING },
    { p: `${BARE_OPENS}${APOLOGY} (?:to (?:hear|learn|read|see) )?(?:that )?(?:this|that|it) (?:has |had )?(?:happened|occurred|been your experience)(?: to you)?(?:${BARE_END}|${BARE_THEN_ASKS})`, better: 'I’m sorry {issue}.', swap: 'sentence', onlyIf: NAMES_NOTHING },
    // Issue 16, round 2 (brand formulas): understanding said with "get it" and a subject ("We
    // totally get it.", "I get it!"), as "Totally get it!" is without one; "I get it, a UK contract
    // is no use in Spain" names it (unlessSentence). Only where it opens a clause ("once we get it,
    // your discount is reviewed" is receiving it), and in a reply that says nothing of what it was.
    { p: `${CLAUSE_START}(?:(?:oh|ah|look|honestly),? )?{we} ${GRASP_ADV}get it${ENDS}`, better: 'I’m sorry {issue}.', swap: 'sentence', onlyIf: NAMES_NOTHING },
    // Issue 16, round 3 (batch xj, brand replies on social media and in live chat), each only in a
    // reply that says nothing of what the trouble was (it only asks for a DM or a number, or says
    // someone is looking): sorry for "the runaround" or "the muddle"; and sympathy said without
    // an apology's words as the line that opens a sentence and ends it (at a stop, an emoji or
    // their name): feeling for them ("We really feel for you here", "We feel you 😔"), their
    // feeling shared in any person ("We'd be disappointed too", "I would feel the same in your
    // shoes"), a verdict on how hard it is ("That's a scary situation", "that sounds exhausting",
    // "not nice to hear"). "That's really scary and I'm glad you're safe" runs on: not matched.
    // (An apology "again", "sorry for hear", and a bare apology before a request sentence are in
    // APOLOGY, the "to hear" frame and BARE_THEN_ASKS_NEXT.)
    { p: `${APOLOGY} (?:for|about) (?:(?:the|this|that|all the|all this|any) )?${MUDDLE}${ENDS}`, better: 'I’m sorry {issue}.', swap: 'sentence', onlyIf: NAMES_NOTHING },
    { p: `${VERDICT_OPENS}{we} {adv}${INTENS}(?:feel|felt) (?:for )?you(?: (?:here|there|guys|on (?:this|that)(?: one)?))?${STOCK_LINE_ENDS}`, better: 'I’m sorry {issue}.', swap: 'sentence', onlyIf: NAMES_NOTHING },
    { p: `${VERDICT_OPENS}{we} (?:would|could) {adv}(?:be|feel|have been|have felt) (?:just as |equally |pretty |really |so |very |quite |a bit |also )?(?:${SHARED_FEELING})(?: too| as well| also| in your (?:shoes|position|place))?${STOCK_LINE_ENDS}`, better: 'I’m sorry {issue}.', swap: 'sentence', onlyIf: NAMES_NOTHING },
    { p: `${VERDICT_OPENS}(?:that|this|it) (?:is|was|sounds|sounded|sounds like|does sound|has been|must be|must have been|seems) (?:(?:so|really|very|definitely|certainly|just|absolutely|totally|honestly|pretty|quite) )?(?:(?:a|an|such a|such an) (?:(?:really|very|pretty|bit of a) )?)?${HARD_VERDICT}(?: (?:situation|experience|time|thing|day|position|read|start))?(?: to (?:hear|read|see|learn))?(?: at all)?${STOCK_LINE_ENDS}`, better: 'I’m sorry {issue}.', swap: 'sentence', onlyIf: NAMES_NOTHING },
  ],
  // A stock apology that opens a sentence but runs on ("We regret any distress this may have
  // caused", "Sorry for any trouble this is causing"): the sentence becomes the specific apology,
  // as one of its own does. Only where what follows is the stock tail, nothing the agent said.
  // A sentence made only of stock lines, joined by "and" ("I hear you, and I'm sorry you're
  // unhappy.", "We value your business and hope to see you again."): the specific apology in its
  // place, as a stock apology of its own sentence gets. One that names anything of theirs keeps it.
  sentenceRewrites: [
    {
      is: `(?:(?:i|we) ${STOCK_ADV}${STOCK_FEEL}|${STOCK_SORRY})(?:,? and (?:(?:i|we) )?${STOCK_ADV}(?:${STOCK_FEEL}|${STOCK_SORRY}))*`,
      instead: 'I’m sorry {issue}.',
    },
    // The new frames' stock lines, in a sentence of their own or with only more stock after
    // "and" ("Dear Sir, we regret to hear about your experience and we take all feedback
    // seriously."): the specific apology in their place.
    {
      is: `(?:${GRASP_STOCK_LINE}|${SORRY_EXPERIENCE})(?:,? (?:${AND_STOCK_REGRET}|and (?:(?:i|we) )?${STOCK_ADV}${STOCK_FEEL}|${AND_MATTERS}))?`,
      instead: 'I’m sorry {issue}.',
    },
    // A wish in place of an apology ("We'd hate for your morning coffee to be anything less than
    // perfect."): nothing of theirs but the thing named, so the specific apology takes it.
    {
      is: "(?:we|i)(?:(?:'|’)d| would) (?:really |truly )?hate for (?:your|this|that|it)\\b[^,;:]*",
      instead: 'I’m sorry {issue}.',
    },
  ],
  rewrites: [
    // A stock line that says nothing of this customer, in a sentence of its own ("Your query is
    // important to us.", "We take all complaints very seriously."): it goes.
    {
      when: "(?:we|i) take .*seriously|(?:your|this) (?:call|query|email|message|business|enquiry|inquiry|feedback|custom|request) (?:is|means) .*|(?:we are|we have been) experiencing .*|(?:your|customer) (?:satisfaction|experience|happiness|comfort|safety|security|wellbeing|well-being) (?:is|remains) .*|(?:you are|you remain) .*valued .*",
      restIs: "(?:at all (?:of )?our [a-z ]+|here|at the moment|right now|at present|currently|today|at (?:the moment|this time))?",
      whole: true,
      better: '',
    },
    {
      when: '.*\\b(?:sorry|apologi[sz]e|apologies|regret|lament|deplore)\\b.*',
      restIs: "(?:(?:this|that|it|which|we) )?(?:(?:may|might|could|has|have|will|is|was) )?(?:(?:have|been) )?(?:caused|created|brought|causing|faced|experienced)(?: (?:to )?you)?|(?:you (?:have|may have|might have|had) )?(?:faced|experienced|suffered)",
      whole: true,
      better: 'I’m sorry {issue}',
    },
    // A stock apology whose clause runs on only to say the trouble was theirs ("…for the trouble
    // you're having", "…about any issues you may be experiencing", "…for any problems this may
    // cause to you"), or to a stock line of understanding after "and" ("We're sorry to hear about
    // your experience and understand how disappointing this must be"): the specific apology.
    {
      when: '.*\\b(?:sorry|apologi[sz]e|apologies|regret)\\b.*',
      restIs: `${THEIR_TROUBLE}|(?:(?:this|that|it|which)(?: matter)? )?(?:(?:may|might|could|will|has|have) )?(?:(?:have|been) )?(?:cause[sd]?|faced)(?: (?:to|by) you| you)?|and (?:(?:i|we) )?(?:(?:can|do|fully|completely|truly|totally) )?(?:understand|appreciate|realise|realize|know|recogni[sz]e) (?:how|that|this|what|why)\\b[^,;:]*`,
      whole: true,
      better: 'I’m sorry {issue}',
    },
    // Round 2, from the leftovers on tune. A stock apology or understanding whose clause runs on
    // only to more stock ("…and appreciate your patience",
    // "…and any upset this may have caused", "…, I totally understand your concern"), to the
    // trouble's vague object ("…to your journey this morning", "…with your order") or a time
    // ("…about your experience today"): the specific apology takes the clause. (The "I" the
    // agent wrote is a capital: these rests are read as written.)
    {
      when: '.*\\b(?:sorry|apologi[sz]e|apologies|regret|understand|appreciate|acknowledge|share)\\b.*',
      restIs: `${STOCK_RUN_ON}`,
      whole: true,
      better: 'I’m sorry {issue}',
    },
    // The same after its subject, where the pattern left it outside ("We are sorry to hear your
    // news and …", "we're really sorry about all this", "We understand this isn't the experience
    // you expected").
    {
      when: '(?:sorry|(?:this|that|it) (?:is not|was not) the (?:experience|service|outcome)) .*',
      afterSubject: "(?:(?:we|i)(?:'re|’re|'m|’m| are| am)(?: really| so| very| truly| deeply)?|we (?:do |fully |completely |totally )?understand(?: that)?)",
      subjectGoes: true,
      restIs: `(?:${STOCK_RUN_ON})?`,
      whole: true,
      better: 'I’m sorry {issue}',
    },
    // A stock apology or understanding that ends on the customer's name ("@tim_k Apologies for the
    // annoyance, Tim!", "We understand this must be frustrating, Josh."): the specific apology,
    // the name kept where the agent put it.
    {
      when: '.*\\b(?:sorry|apologi[sz]e|apologies|regret|understand|appreciate)\\b.*',
      restIs: "(?<name>[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)",
      whole: true,
      better: 'I’m sorry {issue}, {name}',
    },
    // A stock apology joined by a bare comma to the agent's own clause ("Apologies for any
    // inconvenience caused, we are looking into it."): the specific apology, and their clause after "and".
    {
      when: '.*\\b(?:sorry|apologi[sz]e|apologies|regret)\\b.*',
      restIs: `(?!(?:we|I) ${STOCK_ADV}${STOCK_FEEL})(?:we|I)(?:(?:'|’)(?:re|m|ll|ve)| am| are| will| have| can| would| shall)\\b[^,;:]*`,
      whole: true,
      better: 'I’m sorry {issue}, and {rest}',
    },
    // "Sorry this wasn't the experience you expected!": the apology before the standard goes with it.
    {
      when: '(?:this|that|it) (?:is not|was not|has not been) the (?:experience|service|stay|visit|outcome) (?:that )?you (?:expected|expect|deserve|deserved|wanted|hoped for|were hoping for)',
      afterSubject: "(?:(?:we|i)(?:'re|’re|'m|’m| are| am)(?: really| so| very| truly)? )?sorry(?: that)?",
      subjectGoes: true,
      restIs: '(?:from us)?',
      whole: true,
      better: 'I’m sorry {issue}',
    },
    // A standard held up in place of an apology ("That's not the experience we want you to have",
    // "that's definitely not the level of service we aim for"): the specific apology.
    {
      when: '(?:this|that|it) (?:is|was) (?:definitely |certainly |really |absolutely )?not the .*',
      restIs: '(?:(?:for )?(?:you|anyone|our customers)(?: to have)?(?: with us)?)?',
      whole: true,
      better: 'I’m sorry {issue}',
    },
    // A stock line of value before a stock regret ("We value your custom and regret any
    // frustration caused"): the two make one specific apology.
    {
      when: '(?:we|i) .*value .*',
      restIs: "and (?:(?:[Ii]|[Ww]e) )?(?:regret|apologi[sz]e for) (?:any|the) [a-z]+(?: (?:this|it) (?:may have |might have |has )?caused| caused)?",
      whole: true,
      better: 'I’m sorry {issue}',
    },
    // A stock line before what the agent wants them to know ("We acknowledge your dissatisfaction
    // with the journey and wish to advise that a Delay Repay claim can be submitted…", "We regret
    // any distress this may have caused and wish to assure you that the matter has been
    // escalated…"): the specific apology, and what they wanted to say.
    {
      when: '.*\\b(?:sorry|apologi[sz]e|apologies|regret|understand|appreciate|acknowledge)\\b.*',
      restIs: "(?:(?:with|about|for) (?:the|your|this) [a-z]+ |(?:this|it) (?:may have |might have |has )?caused )?and (?:(?:[Ii]|[Ww]e) )?(?:wish|would like|want) to (?:assure|advise|inform|reassure|confirm to)(?: you)? that (?<what>(?!(?:we|I)\\b)[^,;:]+)",
      whole: true,
      better: 'I’m sorry {issue}, and {what}',
    },
    // "Your feedback is important to us and has been shared with the restaurant": the stock words
    // go, the subject stays for what was done with it. (What will be done, "…and will be dealt
    // with by Friday", is left: engine-rewrite.test.ts holds it as a near miss.)
    {
      when: '(?<subj>(?:your|this) (?:call|query|email|message|enquiry|inquiry|feedback|request|complaint)) (?:is|means) .*',
      restOpens: 'and',
      restIs: "(?:has|have) been\\b[^,;:]+",
      better: '{subj} {rest}',
    },
    // The stock line before what the agent did or will do ("We take all feedback seriously and
    // will be sharing this with the restaurant", "we completely understand your concern and have
    // passed it on"): the stock line goes, what they did stays with its subject. ("Your enquiry is
    // important to us and will be dealt with…" is left: its subject is the stock line's.)
    { when: 'we .*', restOpens: 'and', restIs: "(?:will|are|have|had|would|can|shall|wish|want|thank)\\b.*", better: 'we {rest}' },
    { when: 'i .*', restOpens: 'and', restIs: "(?:will|am|have|had|would|can|shall|wish|want|thank)\\b.*", better: 'I {rest}' },
    // …or before what was done, with a subject of its own ("We take all feedback seriously and your
    // comments have been passed to the store manager"): the stock line goes with its "and".
    {
      when: '(?:we|i) .*',
      restOpens: 'and',
      restIs: "(?:your|the|all|our|this|these|those|every) (?:[a-z-]+ ){0,3}?(?:is|are|was|were|has|have|will)\\b[^,;:]*",
      better: '{rest}',
    },
    // "Please accept our apologies for any distress caused": the request goes with the stock
    // apology, and the specific one reads in their place.
    {
      when: '(?:our|my) (?:[a-z]+ )?apolog(?:ies|y) .*',
      afterSubject: 'please (?:do )?accept',
      subjectGoes: true,
      restIs: STOCK_TAIL,
      better: 'I’m sorry {issue}',
    },
    // "We apologise for all inconveniences", "we regret any concern this may have caused": the
    // subject the pattern left outside goes with them.
    {
      when: '(?:apologi[sz]e|regret) .*',
      afterSubject: '(?:i|we)(?: (?:do|sincerely|truly|deeply|would like to))?',
      subjectGoes: true,
      restIs: STOCK_TAIL,
      better: 'I’m sorry {issue}',
    },
    // A stock line tacked on after "and" to an apology the agent made ("Sorry for the slow reply,
    // and sorry for any confusion.", "…your experience and we take all feedback seriously."): it
    // goes with its "and"; the apology stands. (A sentence of stock lines alone is rewritten whole.)
    // The same after a thank-you ("Thank you for bringing this to our attention, we take these
    // matters seriously."): the stock line goes with its comma; the thanks stands.
    { when: '(?:we|i) take .*seriously', trails: '(?<=\\b(?:[Tt]hank you|[Tt]hanks)\\b[^.!?\\n]*), ', better: '' },
    { when: 'and .*', trails: `${AFTER_APOLOGY},? `, better: '' },
    { when: '(?!and ).*', trails: `${AFTER_APOLOGY},? and `, better: '' },
    // A stock line or a verdict with only a stock "sorry" after it ("That sounds maddening,
    // sorry.", "Totally understand, sorry!", "that's so annoying, we're sorry!"): the two make one
    // specific apology. Dropping the stock words alone would leave a bare "Sorry." behind, as
    // canned as what went.
    {
      when: '(?!.*\\b(?:sorry|apologi[sz]e|apologies|apology|regret)\\b).*',
      restIs: "(?:(?:we|I)(?:'|’)(?:re|m) |(?:we|I) (?:am|are) )?(?:so |really |very |truly )?sorry",
      whole: true,
      better: 'I’m sorry {issue}',
    },
    // A stock line that opens the sentence before a clause of the agent's own ("I hear you, and
    // I'm sorry you're unhappy.", "We understand your concern and we'll raise it with the depot.",
    // "That must be so upsetting, sorry about that!"): it goes with its "and", and their clause
    // opens the sentence. Not an apology (that is kept), nor before another stock line (the two
    // are rewritten whole).
    {
      when: '(?!.*\\b(?:sorry|apologi[sz]e|apologies|apology|regret)\\b).*',
      leadsIn: '',
      leadJoins: `,? and(?=[ \\t]+(?:i|we)\\b)(?![ \\t]+(?:i|we) ${STOCK_ADV}${STOCK_FEEL}[ \\t]*(?:[.!]|$))|,(?=[ \\t]+(?:so )?sorry\\b)`,
      better: '',
    },
  ],
  // A short stock apology in a reply that owns the specific fault elsewhere ("…which is our
  // mistake. I've refunded the difference. Sorry for the trouble."; "You're right that we haven't
  // explained it … Sorry it's been so frustrating."): the listening is done in the reply's own
  // words, and the stock line only closes it (tune, batches wr-xq).
  unlessReply: [
    // (Not where the stock line is about "any" trouble or "your frustration": that is canned whatever follows.)
    `^(?![\\s\\S]*\\b(?:any ${GENERIC_TROUBLE}|understand your)\\b)[\\s\\S]*?(?:`+"\\b(?:this|that|it|which) (?:is|was) (?:entirely |completely |all )?(?:our|my) (?:mistake|error|fault|bug|doing)\\b|\\b(?:it is|it was|that is) our bug\\b|\\byou (?:are|were) (?:absolutely |quite |completely )?right (?:that|to|about)\\b|\\b(?:should not|should never) have been (?:charged|quoted|told|sent|taken|applied|billed)\\b)",
  ],
  // A stock opener that goes straight on to say what is hard for this customer, in its own clause
  // ("I understand, no water at all with two kids to get ready for school is a rotten start to the
  // day"; "I understand, a UK contract isn't much use once you're living in Spain"): the problem is
  // named, which the labels (tune, batch wz) do not call canned. Not a turn to a refusal or another
  // stock line ("I understand, but…", "I understand, this must be frustrating").
  unlessSentence: [
    `^[\\s"'“‘(]*(?:(?:ok|okay|right|yes|ah|oh),? )?(?:i|we) (?:(?:totally|completely|fully|really|do|can) )?(?:understand|get it|hear you|see), (?!(?:but|however|although|though|and|so|please|we|i|sorry|thank|thanks|unfortunately|sadly|that|this|these|those|you|your|how|what|why|where)\\b)(?![^.!?\\n]*\\b(?:${DISTRESSING}|inconvenien[a-z]*|situation|experience|concerns?|frustration|feelings?|matter)\\b)(?:[^\\s.!?]+ ){7}`,
  ],
};
