// Cues that the suggestion rules read, as data: each named signal holds when
// any of its patterns (rule language of ../pattern.ts) matches the canonical
// text of the customer message or of the agent's own reply.

const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)';
const NUMBER_WORD = '(?:\\d+(?:[.,]\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|a few|a couple of|24|48|72)';
const UNIT = '(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)';

/** The customer describes something that went wrong (or is plainly unhappy about it). */
export const CUSTOMER_PROBLEM = [
  '(?:charged|overcharged|double[- ]charged|billed|debited|fee|fees|surcharge)',
  '(?:broken|broke|break|cracked|crushed|damaged|faulty|defective|ripped|torn|leaking|smashed|dented)',
  '(?:not|never|no longer|stopped|has stopped) (?:working|arrived|came|received|delivered|turned up|showed up|got|heard)',
  '(?:does|do|did|will|would|can) not (?:even )?(?:work|heat|start|load|open|connect|arrive|turn up|show up|come|respond|let me|charge)',
  '(?:error|errors|bug|bugs|glitch|crash~|mistake|wrong|incorrect|missing|lost|late(?![ -]check)|delayed|delay|outage|outages|down)',
  'cancel(?:l)?ed',
  '(?:declined|rejected|refused|failed|failing|fails|bounced|blocked|frozen|stuck|overdue)',
  'never (?:arrived|came|received|got|turned up|showed up|agreed|used|ordered|called|asked|signed|shut)',
  '(?:have|has) not (?:arrived|come|been|heard|received|got|called|used|ordered|agreed|signed)',
  'still (?:have not|has not|not|waiting|no|nothing|broken|do not|does not|can not)',
  '(?:makes|made|make) no sense',
  '(?:waiting|on hold|locked out|no response|no reply|passed around|passed to|hung up|keep getting told)',
  '(?:can|could) not (?:log|sign|access|get (?:in|into|through)|use|believe)',
  '(?:deleted|wiped|erased|gone(?! through| out))',
  '(?:no one|nobody) (?:came|answered|is answering|called|replied|got back|helped)',
  '(?:rude|disappointed|unhappy|not happy|frustrat~|annoy~|angry|furious|ridiculous|unacceptable|useless|terrible|awful|appalling|worse|worst|downhill|disgusted|disgusting|shocking|unbelievable|fed up|sick of|complain~|upset)',
  'keeps? (?:[a-z]+ing)',
  '(?:been|was|were|got) (?:moved|downgraded|bumped|switched|changed|removed|cut off|shut off|disconnected|suspended|closed)',
  'without (?:my |our |any )?(?:permission|consent|warning|notice|asking)',
  '(?:promised|told me|was told|were told|said (?:it|they) would)',
  'why (?:has|have|is|are|was|were|did|does|do) not',
  '(?:disgrace|disgraceful|not impressed|poor service|treated (?:me|us)|the way [a-z ]{0,30}treated|had enough)',
  '(?:second|third|fourth|fifth|(?:two|three|four|five|several|multiple) (?:different )?)(?:time|times|day|days|answers|calls|emails|attempts)|twice|again(?=[ \\n]*(?:[.!?,]|$| and| while| but))',
  '(?:misleading|false advertising|lied|not as (?:described|advertised)|means nothing|(?:put|putting|pushed) (?:my|the|our) (?:price|bill|premium)s? up|price (?:rise|hike|increase))',
  '(?:ran out|run out|no (?:heating|hot water|power|water|electricity|internet|signal|money|way to))',
  '(?:died|passed away|bereavement|funeral|hospital|emergency|stranded|desperate)',
  'never (?:comes|turns up|shows up|arrives|authori[sz]ed|requested|received)',
  '(?:returned to sender|sent back|wrong address|misdelivered|not delivered)',
  '(?:slower|slow|too long|taking forever|ages|(?:a|one|two|three|four|five|six) weeks? (?:ago|now))',
];

/** Phrases where the customer owns the slip ("I ordered the wrong size"): not our error. */
export const CUSTOMER_SELF_FAULT = [
  'i (?:ordered|bought|picked|chose|entered|typed|booked|selected|sent|spelled|spelt|put in|made|gave|used|paid) (?:the |a |an |my )?(?:[a-z]+ ){0,3}(?:wrong|mistake|incorrect|by mistake|in error)',
  'my (?:own )?(?:mistake|fault|bad)',
];

/** The customer reports an error, wrong charge, mistake or glitch: something that may be ours. */
export const CUSTOMER_ERROR_REPORT = [
  '(?:charged|overcharged|double[- ]charged|billed|debited|took (?:my )?(?:payment|money)|taken (?:my )?(?:payment|money))',
  '(?:fee|charge|charges|calls|payment) (?:on|to|from) my (?:bill|account|card|statement)',
  '(?:why is there|why was i|why am i)',
  '(?:error|bug|glitch|crash~|mistake|wrong|incorrect|deleted|wiped|erased)',
  '(?:not|never|stopped|has stopped) (?:working|arrived|came|turned up|showed up)',
  '(?:does|do|did|will) not (?:even )?(?:work|heat|start|load|open|connect|arrive|turn up|show up|come)',
  'never (?:used|agreed|ordered|called|asked|signed|received|arrived|shut|switched)',
  '(?:have|has) not (?:called|used|ordered|agreed|signed|arrived|been (?:refunded|credited|delivered))',
  'keeps? (?:on )?[a-z]+ing',
  '(?:bill|statement|invoice|app|website|tracking|meter|account) (?:says|shows|said|showed|claims)',
  '(?:times|much|way) (?:higher|more than|normal|usual|bigger)|higher than (?:usual|normal)',
  '(?:blocked|frozen|suspended|cut off|disconnected|locked)',
  'never (?:authori[sz]ed|requested|signed up|agreed)',
  '(?:returned to sender|sent back|wrong (?:address|item|size|colou?r|order))',
  'still (?:no|not|nothing|have not|has not) (?:refund|received|arrived|credited|seen|heard|money)',
  'you (?:have )?(?:cancel|cancelled|canceled|lost|deleted|charged|blocked|sent|moved|took|debited|billed|marked|put)',
  'marked [^.!?\\n]{0,30}delivered',
  '(?:arrived|came) as (?:a|an|the)',
  'paid for [^.!?\\n]{1,40} (?:and|but) (?:was|were|got|received|only)',
  '(?:says|shows) [^.!?\\n]{0,20}\\d[^.!?\\n]{0,20} but',
  'without (?:my |our |any )?(?:permission|consent|asking)',
  '(?:says|said|shows|showed) (?:it|my|the|that)[^.!?\\n]{0,60}(?:delivered|paid|cancelled|used)',
  '(?:was|were) not (?:delivered|received|there|home)|but it was not|(?:no one|nobody) came',
  'promised',
  'cancel(?:l)?ed without',
  'why (?:has|have|is|are|was|were|did|does|do) not',
];

/** The customer already says what outcome they want (or asks a question). */
export const CUSTOMER_WANT = [
  '(?:i|we) (?:want|need|would like|expect|demand|am asking|am requesting)',
  'please (?![a-z]+ (?:explain|help)\\b)[a-z]+',
  '(?:can|could|will|would) (?:you|someone|somebody|i)',
  '(?<=^|[.!?\\n]|[.!?\\n] |either |just )(?:fix|cancel|refund|replace|sort|remove|change|send|explain|help|stop|give|call|tell|get|deliver|reconnect|unblock|unlock|reverse)',
  'how (?:do|can|should) i',
  // Last: it may begin with any word, so it is searched across the text (see ../matcher.ts).
  '[a-z]+ (?:it|this|that|me|them) please',
];

/** A polite request: the customer asks calmly rather than complains. */
/** Distress that no polite wording makes calm. */
export const CUSTOMER_DISTRESS = [
  '(?:died|passed away|bereavement|funeral|hospital|emergency|stranded|desperate|baby|no (?:heating|hot water|power|water|electricity|money))',
];

/** Criticism and strong feeling: the customer vents rather than asks. */
export const CUSTOMER_CRITICISM = [
  '(?:worst|terrible|awful|useless|disgrace|disgraceful|misleading|appalling|downhill|ridiculous|a joke|incompetent|incapable|unacceptable|pathetic|shocking|disappointed|disappointing|not happy|unhappy|rubbish|means nothing|not good enough|fed up|sick of|let down|had enough)',
  '(?:broken|cracked|crushed|damaged|smashed|ruined|destroyed)',
];

export const CUSTOMER_CALM_REQUEST = [
  '(?:can|could|would|will) you (?:please )?(?:check|tell|confirm|look|help|explain|let|advise|switch|change|move|send|add|update|refund|cover)',
  '(?:can|could|may) i (?:please )?(?:still |also )?(?:get|have|change|return|add|switch|ask|check)',
  'is it possible',
];

/** Anger words and threats that call for a live conversation. */
export const CUSTOMER_HEAT = [
  '(?:furious|livid|outraged|outrageous|ridiculous|unacceptable|disgusting|disgraceful|useless|pathetic|appalling|incompetent|unbelievable|fuming|so angry|very angry|really angry|beyond angry|fed up|sick of|sick and tired|a joke|scam|rip-?off)',
  'can not believe (?:this|it|that|you)',
  '(?:or|otherwise|else|if [^.!?\\n]{0,60}) (?:i|we) (?:am |are |will |would )?(?:cancel|cancelling|canceling|leave|leaving|switch|switching|close|closing|report|reporting|sue|suing)',
  '(?:considering|thinking (?:of|about)|going to|about to|will be) (?:cancel|cancelling|canceling|switch|switching|leav|report|sue|take (?:my|our) business)',
  '(?:report(?:ing)? you|lawyer|solicitor|legal action|ombudsman|trading standards|chargeback|small claims|bad review|1-star|one-star)',
  'never (?:use|fly|shop|buy|order|deal)[^.!?\\n]{0,30} again',
  'take (?:my|our) business elsewhere',
];

/** The reply refuses, declines or says no. */
export const REPLY_REFUSAL = [
  '{we} (?:can not|am unable to|are unable to|am not able to|are not able to|will not be able to|will not|are not in a position to|am not in a position to|do not) (?!(?:wait|thank|stress|believe|imagine|apologi[sz]e|express|emphasi[sz]e|say enough|see why)\\b)(?:[a-z]+)',
  'can not be (?:[a-z]+ed|[a-z]+en)',
  '{we} (?:have|had) to (?:decline|refuse|reject)',
  '(?:has|have|was|were) been (?:declined|rejected|refused|denied)|(?:is|are|was|were) (?:declined|rejected|refused|denied)',
  '(?:is|are) (?:non-refundable|not refundable|not eligible|ineligible|not covered|not possible)',
  '(?:that|this|it) is not (?:something (?:i|we) can|possible)',
  'unfortunately',
  'not (?:allowed|permitted)',
  '(?:do|does) not permit',
  'there is no way',
  'the only (?:solution|option)',
  'nothing (?:can|could) be done|nothing (?:i|we) can do|(?:can not|unable to) do anything',
  '(?:no exceptions|is final|been confirmed)',
  '(?:the )?(?:fee|charge|fees|charges|price) (?:will |still )?(?:appl(?:y|ies)|stands|remains|will be added)',
  '(?:will|is going to|must) (?:stay|remain|stand) (?:on|in place|as it is)|remains? (?:declined|closed|on your)',
];

/** The reply offers an alternative, exception, credit, waiver or option. */
export const REPLY_ALTERNATIVE = [
  'what (?:i|we) (?:can|could) do',
  "here is what (?:i|we) (?:can|could)",
  '(?:but|however|instead|though|although),? (?:i|we) (?:can|could|will|would be happy to|would be glad to|have)',
  '{we} (?:can|could|would be happy to|would be glad to|will|have) (?:offer|transfer|move|waive|change|put|give|send|refund|rebook|pause|switch|book|arrange|credit|upgrade|extend|hold|swap|exchange|reduce|discount|cover|make an exception|speak to|ask|order|replace|reship|resend|reissue|upgrade)',
  '(?:instead|alternatively|as an alternative|another option|other options?|as a one-off|as a gesture|goodwill|make an exception|made an exception|partial refund|pro rata)',
  '{we} (?:have|had) (?:also |just |now |already |gone ahead and )?(?:offered|added|applied|credited|waived|refunded|booked|arranged|sent|issued|upgraded|moved|rebooked|extended|reduced|discounted|switched|swapped|exchanged|ordered|reissued|reinstated|held|put|logged|escalated|raised|opened|referred)',
  '(?:offer|give|send|apply|add|issue|arrange|provide)(?: [a-z£$€0-9.,]+){0,4} (?:voucher|credit|discount|refund|replacement|upgrade|waiver|compensation)',
  '(?:if you would like|if you would prefer|if you prefer|would you like|would you prefer),? (?:i|we) (?:can|could|will)',
  'you (?:can|could) (?:return|cancel and rebook|rebook|exchange|swap|choose|pick|transfer|use|still|keep|claim)',
  '\\bor (?:i|we) (?:can|could)',
  'you (?:can|could) (?!not\\b)(?:upgrade|switch|move|change|book|rebook|use|choose|pick|keep|get|have|still)',
  '(?:which|what) would you (?:prefer|like)|would you (?:rather|prefer)',
];

/** The agent commits to an action: "I'll", "let me", "I've refunded". */
export const REPLY_COMMITMENT = [
  'i (?:will|shall|am going to) (?!not\\b|be happy to help|be in touch if)[a-z]+',
  '(?<!not |never )let (?:me|us) (?!know\\b)[a-z]+',
  'i (?:have|had) (?:just |now |already |personally |also |gone ahead and |then )?(?:refunded|booked|arranged|cancel(?:l)?ed|removed|fixed|escalated|sent|resent|re-sent|processed|applied|credited|put|placed|opened|raised|logged|made|switched|reversed|rebooked|unlocked|reset|corrected|bumped|tracked down|found|spoken|flagged|waived|issued|added|moved|changed|updated|ordered|scheduled|emailed|texted|asked|reported|created|set up|restored|replaced|upgraded|extended|released|approved|authori[sz]ed|contacted|called|chased|filed|submitted|organi[sz]ed|reinstated|paused|cleared|reopened|requested|dispatched|shipped|posted|initiated|started|taken|given|got|secured|held|blocked|closed|deleted|refunded)',
  'i am (?:looking into|checking|writing|sending|refunding|arranging|escalating|taking|chasing|fixing|sorting|going to|on it|personally)',
  'i (?:would like|want) to (?:call|talk|offer|make|fix|sort|help|take)',
  'i can (?:call|send|put|move|transfer|waive|offer|rebook|refund|pause|change|book|arrange|give|set up|switch)',
  'i (?:will|am going to) (?:personally )?(?:make sure|take (?:care|responsibility|ownership))',
  '(?:leave|give) it (?:with|to) me',
];

/** Responsibility hidden in the passive: "mistakes were made", "an error occurred". */
export const REPLY_HIDDEN_OWNERSHIP = [
  '(?:mistakes|errors) (?:were|have been|had been) made',
  '(?:an?|the) (?:error|mistake|issue|problem|glitch|oversight) (?:has |had )?(?:occurred|happened|arose|was made)',
];

/** The reply allows that the error may be ours. */
export const REPLY_ADMISSION = [
  '(?<!not |nothing |no )(?:our|my) (?:mistake|error|fault|failure|bad|oversight|bug|glitch)',
  '(?:it|this|that) (?:was|is) (?:our|my) job',
  '(?<!not |not an |not a |no )(?:glitch|bug|fault|error|failure|problem|issue|mistake|outage|mix-?up|slip|oversight|hiccup|delay)(?: [a-z]+)? (?:on|at|from) (?:our|my) (?:side|end|part)',
  '(?:it|this|that|the (?:problem|issue|fault|error)) (?:is|was) (?:on|at) (?:our|my) (?:end|side)',
  '(?:that|this|which|it) (?:is|was) on (?:us|me)',
  '(?:we|i) (?:made|have made) (?:a|an) (?:mistake|error)',
  '(?:we|i) (?:messed|mixed|screwed) up|(?:we|i) (?:let you down|botched|dropped the ball|got (?:this|it|that) wrong)',
  '(?:we|i) should (?:have|not have)',
  '(?<!you )should not (?:have )?(?:happened|been|break|broken|have|charged|taken|happen)',
  '(?:may|might|could|can) (?:be|have been) (?:wrong|mistaken|incorrect|an error|our|a mistake)|(?:may|might|could) have (?:got|made|missed)',
  '(?:it is |it\'s )?possible (?:that )?(?:our|the|we|there)',
  '(?:in|by) error|by mistake',
  '(?:was|were|is) (?:a|an|our|my) (?:mistake|error|oversight)',
  '(?:glitch|bug|fault|error|failure|problem|issue|outage) (?:on|in|with) our',
  '(?:a|the) (?:bug|glitch|fault|failure|system error|technical (?:error|issue|fault)|payment glitch)',
  '(?:our|the) (?:[a-z]+ )?(?:system|gateway|load balancer|update|deploy|app|website|site) (?:failed|broke|crashed|did not|went down|made|got)',
  'you (?:are|were) right',
  '(?:that|this|it) (?:is|was) (?:a|our) (?:failure|fault|error|mistake)|(?:that|this|it) (?:is|was) (?:the )?wrong',
  'we (?:have not|did not|were not|had not) (?:been|send|sent|stop|do|follow|meet|get|catch|match|process|update)',
  'we (?:charged|took|billed|kept charging|deleted|lost|cancel(?:l)?ed|sent|missed)',
  '(?:was|were|got) (?:mis-?[a-z]+ed|sent to the wrong|lost by)',
  '(?:that is|that was|is|was) not (?:okay|ok|acceptable|right|fair|good enough|how you should)',
  '(?:haven\'t|have not) been (?:reliable|good enough)',
];

/** A concrete next step with a time, or an immediate action. */
export const REPLY_TIME = [
  '(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week|weekend)|(?:right|straight) away|as soon as|immediately|shortly|now|soon|the same day|same-day|overnight|asap)',
  '(?:by|on|before|until|from|after|next|this|first thing) ' + WEEKDAY,
  WEEKDAY,
  '(?:by|before|until|at|around) (?:\\d{1,2}(?:[:.]\\d\\d)? ?(?:am|pm)|noon|midday|midnight|close of business|the end of|end of (?:the )?(?:day|week|business|month))',
  '\\d{1,2}(?:[:.]\\d\\d)? ?(?:am|pm)\\b|\\d{1,2}[:.]\\d\\d',
  '(?:within|in) (?:the next )?' + NUMBER_WORD + '(?:[-–]\\d+)? ?(?:working |business )?' + UNIT,
  'next (?:statement|bill|invoice|billing|week|month|cycle|payment|van|delivery)',
  '(?:on|by) (?:the )?\\d{1,2}(?:st|nd|rd|th)',
  '\\d{1,2}(?:st|nd|rd|th)? (?:of )?' + MONTH + '|' + MONTH + ' \\d{1,2}(?:st|nd|rd|th)?',
  '(?:in|by|from|until|next|this) ' + MONTH,
  MONTH + '(?:\'s)? (?:invoice|bill|statement|payment)',
  '\\d+(?:[-–]\\d+)? (?:working |business )?(?:days?|hours?|weeks?|minutes?)',
];

export const REPLY_FUTURE = [
  '(?:will|shall|going to|let me|let us|expect|aim to|plan to|(?:would like|wants?|intends?|hopes?) to|scheduled|on (?:its|the|their) way)',
  '(?:is|are|has been|have been) (?:booked|scheduled|set|due|planned|arranged) (?:for|on|to)|(?:arrives|arriving|goes out|comes|is due)',
  '(?:takes?|taking|usually take) (?:up to |about |around |between )?\\d',
  'i (?:have|had) (?:just |now |already |also )?(?:refunded|cancel(?:l)?ed|sent|booked|fixed|removed|credited|applied|arranged|processed|reset|unlocked|reversed|restored|replaced|dispatched|reconnected)',
  'should (?:arrive|reach|be|show|land|clear|appear|see|get|have)',
  'i am (?:[a-z]+ing)',
];

export const REPLY_THANKS = [
  'thank(?:s| you)',
  'appreciate (?:you|it|that|your|the|this)',
  'grateful',
  'right to (?:flag|raise|point|mention|tell|chase|let us know|bring)',
];

export const REPLY_APOLOGY = ['sorry', 'apologi[sz]e~', 'apolog(?:y|ies)', '(?:we|i) regret', 'my bad'];

export const REPLY_CALL_OFFER = [
  '(?:call|ring|phone) (?:you|me|us)',
  '(?:give you|have|give me|give us|drop me|drop us) a (?:call|ring|bell)',
  '(?:hop|jump|get) on a (?:call|phone)',
  '(?:speak|talk) (?:to|with) (?:you|someone|me|us)',
  'talk (?:this|it|things) (?:through|over)',
  '(?:live chat|on (?:this |the )?chat|video call|phone call|quick call|a call|callback|call back)',
  '(?:phone|mobile|contact) number',
];

export const REPLY_RESTATES = [
  'let me (?:make sure|check) (?:that )?i (?:understand|have (?:this|that|it) right|got (?:this|that|it) right)',
  'to make sure i (?:understand|have (?:this|that|it) right)',
  'if i (?:understand|have understood|am understanding|understood|read) (?:you |this |that |it |your message )?(?:correctly|right)',
  'you (?:mentioned|said|wrote|told (?:us|me)|explained|described|reported|noted|asked)',
  'so you are (?:saying|telling me)',
  '(?:did|have) i (?:get|got|understand|understood|capture|captured) (?:that|this|it|everything) (?:right|correctly)',
  'from what you (?:have )?(?:said|described|wrote|mentioned)',
  'it sounds like',
  'as i understand it',
  'you are (?:finding|saying|seeing|experiencing|telling me|right that)',
  'you were (?:told|charged|billed|promised|left|passed|given|asked|kept|moved|cut off)',
  'you (?:paid|asked|ordered|booked|cancel(?:l)?ed|tried|have been|had to)',
];
