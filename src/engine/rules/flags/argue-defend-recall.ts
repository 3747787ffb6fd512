// argue-defend frames for wordings no tune batch used (session 36): each is an intent and a
// sentence shape over word classes, not a phrase seen. Rule language of ../../pattern.ts over
// canonical text ("isn't" is "is not", "I'd" is "i would"). Read by ./argue-defend.ts.
//
// Six families:
//   1. a correction announced ("I must correct one point", "I'd dispute the description");
//   2. fault on our side denied by its shape ("was not caused by a bug on our side", "there is
//      no failing on our part", "so the dent was not made by our fitter");
//   3. the customer told they were told ("the nurse went through it with you when you
//      collected", "as set out in the agreement you signed", "anyone reading it would have seen");
//   4. repeating an answer, and its reproach ("my position hasn't changed", "I refer you again to");
//   5. contradicting them outright ("the guest is mistaken", "you were quoted 10 days, not 5",
//      "are you sure your neighbour is telling the truth?");
//   6. vouching for our people, product or record instead of hearing them ("all our staff receive
//      training", "our forms meet accessibility standards", "we are confident she acted
//      appropriately", "on time 96% of the time", "I'd gently suggest").
// Near-misses each frame keeps quiet are in tests/unit/argue-defend-unseen.test.ts.
import { ARGUE_DEFEND_INTENT_FRAMES } from './argue-defend-intent';
import { STAFF } from './argue-defend-words';

/** Where a sentence goes on to own the step anyway ("…, but I'll still look at it"): not arguing. */
const NO_OWNING_AFTER = "(?![^.!?\\n]*\\b(?:but|and|so|though|although|however|still),? (?:i|we) (?:will|can|have|am|are|would|did|do)\\b)";
/** An apology in the same sentence ("…, which is unusual, and I'm sorry it happened to you"). */
const NO_APOLOGY_AFTER = '(?![^.!?\\n]*\\b(?:sorry|apologi[sz]e|apologies)\\b)';
/** What the customer said or believes, as a noun the agent can set right. */
const THEIR_POINT =
  '(?:point|points|thing|things|impression|idea|notion|suggestion|description|claim|characteri[sz]ation|assumption|misunderstanding|misconception|statement)';
/** What of ours a customer's complaint can be about: things and services. */
const OUR_THINGS =
  '(?:products?|forms?|sizes|sizing|items|goods|website|site|app|pages|services|vehicles|coaches|trains|rooms|packaging|devices|units|systems|processes|prices|materials|ingredients|cars|buses|flights|courses|classes|facilities|premises|kitchens?|toys|clothes|garments)';
/** Words an agent uses of their own fix, modestly: "I wouldn't call it a fix yet" is not arguing. */
const OWN_FIX = '(?:fix|fixed|solution|solved|resolved|sorted|done|finished|complete|ideal|perfect|great|good|ready|a success)';
/** Customers named in the third person (internal notes, forwarded cases). */
const THE_CUSTOMER =
  '(?:customer|policyholder|client|member|guest|passenger|patient|tenant|caller|complainant|claimant|resident|buyer|user|account holder)';

export const RECALL_FRAMES: string[] = [
  // 1. A correction announced: "I must correct one point", "I'd like to correct the impression
  //    that…", "we have to dispute the suggestion". Not a correction the agent will make to a
  //    record ("I will correct the statement on your file").
  `(?:i|we) (?:must|have to|need to|would like to|would have to|want to|feel (?:i|we) (?:must|should)|should|would) (?:first |just |gently |respectfully |also )?(?:correct|dispute|challenge|refute|take issue with|push back on) (?:one|a|two|a few|several|some|this|that|the|your|any) (?:small |key |important )?${THEIR_POINT}s?(?! (?:on|in) (?:your|our|the) (?:file|account|record|system|bill|invoice))`,
  // "I wouldn't call it discriminatory", "we'd hardly describe that as a scam": the customer's word
  // for it refused. Not the agent's modesty about a fix ("I wouldn't call it fixed yet").
  `(?:i|we) (?:would not|would hardly|would never|do not think (?:i|we) would|really would not|could not) (?:call|describe|characteri[sz]e|class|label|term) (?:it|this|that|them|our [a-z]+|the [a-z]+|what happened)(?: as)? (?:a |an |the )?(?!${OWN_FIX}\\b)[a-z-]+(?= ?(?:[-—–,.;:!]|$))`,

  // 2. Fault on our side denied, by its shape rather than "not our fault" (blame-shift's).
  //    "the freeze was not caused by our network", "the delay is not due to this firm".
  `(?:is|was|were|are) not (?:caused by|due to|down to|the result of|because of) (?:us|this (?:firm|company|office|practice|shop|store)|our (?:side|end|part|firm|company|staff|team|network|system|service|product|app|update|engineer|driver|courier|warehouse|depot)|anything (?:we|i) did|(?:a|any) (?:bug|fault|error|problem|mistake|failure|defect) (?:on|from|at) our (?:side|end|part))${NO_OWNING_AFTER}`,
  // "there is no failing on our part", "there was no delay from our side".
  'there (?:is|was|has been|were) (?:absolutely )?no (?:failing|failure|negligence|wrongdoing|breach|delay|problem|issue|failings|fault|error|mistake)s? (?:on|from|at) (?:our|my|the (?:[a-z]+ )?(?:firm|company|store|hotel|airline|shop)(?:\'s)?) (?:part|side|end)',
  // "so the scratch is not done by him", "which means the dent could not have been caused by our fitter".
  `(?:so|therefore|which means|hence|this means) [^.!?;:\\n]{0,50}(?:(?:is|was|were|are) not|could not have been|can not have been|can not be) (?:caused|done|made|damaged|broken|scratched|marked) by (?:him|her|them|us|our|the (?:driver|engineer|technician|courier|fitter|installer|staff|team|crew))`,
  // "this isn't something we'd consider the cattery's fault".
  "(?:is|was) not something (?:we|i) (?:would|could|can) (?:consider|call|accept as|class as|regard as|see as|treat as) (?:a |an |our |the )?[a-z'’ ]{0,30}(?:fault|error|mistake|failing|defect|problem)",

  // 3. The customer told they were told. A person of ours went through it with them at the time:
  //    "the pharmacist went through the side effects with you", "our adviser explained the fee
  //    when you called".
  `(?:the|our|my) (?:[a-z]+ )?(?:${STAFF}|pharmacists?|vets?|dentists?|opticians?|tutors?) (?:did )?(?:went|go) through (?:[a-z-]+ ){0,4}with you${NO_OWNING_AFTER}`,
  `(?:the|our|my) (?:[a-z]+ )?(?:${STAFF}|pharmacists?|vets?|dentists?|opticians?|tutors?) (?:did )?(?:explained|told you|showed you|walked you through|talked you through|went over|pointed out|read out|warned you|advised you|informed you|explain|tell you|show you|warn you)\\b[^.!?;\\n]{0,60}\\b(?:when you|before you|at the time|at (?:collection|check-?in|booking|checkout|the counter|the door|handover|pick-?up|drop-?off|sign-?up|the start))${NO_OWNING_AFTER}`,
  // "as stated at checkout", "as explained in your booking confirmation".
  'as (?:stated|explained|mentioned|advised|made clear|noted|specified|indicated|highlighted|warned) (?:clearly )?(?:at|on|in|during) (?:checkout|booking|sign-?up|registration|the (?:checkout|booking|order|product|sign-?up|registration|listing|hotel|event) (?:page|process|stage|screen|form|confirmation)|(?:your|the) (?:order|booking) confirmation|your (?:contract|agreement|induction|welcome (?:pack|email|letter)))',
  // What a careful reader, or other customers, would have done: "anyone reading it carefully would
  // have seen that", "most guests check that section before booking".
  '(?:anyone|anybody|most people|any customer|a careful reader) (?:reading|who read|who reads|looking at|checking) (?:it|this|that|the [a-z]+)(?: [a-z]+)?(?: (?:carefully|properly|closely|fully))? (?:would|will|should|could) (?:have )?(?:seen|noticed|known|understood|spotted|realised|realized)',
  '(?:most|many|other|our other) (?:guests|customers|users|clients|passengers|members|people|buyers|shoppers|tenants|students|travell?ers) (?:check|read|see|notice|spot) (?:this|that|it|the [a-z]+)(?: [a-z]+)? (?:before|when)',

  // 4. Repeating an answer, with the reproach that it has not changed.
  '(?:my|our) (?:answer|position|view|stance|response|reply) (?:has not|have not|had not|does not|will not|is not going to) change(?:d)?',
  `(?:i|we) (?:have |had )?(?:already )?(?:answered|addressed|responded to|covered|explained) (?:this|that|it)(?: point| question)? (?:(?:to|with) you )?in (?:each|all|both|every|several|many|two|three)(?: of)?(?: my| our)? (?:previous |last |earlier |prior )?(?:e-?mails?|messages?|replies|reply|responses?|letters?|calls?|chats?)`,
  '(?:i|we) (?:would |must |have to )?refer you (?:again|once again|once more) to',
  'as (?:i|we) (?:have )?(?:already |previously )?(?:clarified|made clear|highlighted|stressed|emphasi[sz]ed|wrote|pointed out)(?= (?:last|earlier|before|previously|already|yesterday|on|in|when|to you|a (?:few )?(?:days?|weeks?) ago)|,)',

  // 5. Contradicting them outright. "The policyholder is mistaken" (a note about the customer).
  `(?:the|this|our) ${THE_CUSTOMER}(?:'s)? (?:is|are|was|were) (?:simply |clearly |quite |completely |just )?(?:mistaken|wrong|incorrect|confused|misinformed)`,
  '(?:i|we) (?:am|are) (?:therefore |afraid |sorry but )?(?:unable|not able|not in a position) to agree (?:that|with (?:you|your|the|this|that))',
  // "you were told 7-10 days, not 7", "…, not the 5 you mention".
  `you were (?:told|quoted|advised|informed|promised|given|sold|offered) [^.,;!?\\n'"]{1,30}, not [^.,;!?\\n]{1,30}`,
  '(?<=, )not (?:the )?[^.,;!?\\n]{1,25} (?:that )?you (?:mention|mentioned|said|say|claim|claimed|quote|quoted|think|thought|stated|suggest|suggested|remember|remembered|describe|described|wrote|were expecting)',
  '(?:i must|i have to|i need to) (?:say|stress|point out) (?:that )?you (?:were|did|have|had)\\b',
  // A bare "No, you didn't pay it" at the head of a sentence.
  '(?<=(?:^|[.!?] |\\n|, ))no,? (?:you|u) (?:did not|have not|never) (?:pay|send|submit|return|cancel|tell|call|give|sign|order|book|receive|request|ask|inform|contact|email|upload|post)',
  // Doubt turned on the customer or their witnesses: "are you sure your neighbours are telling the
  // truth?", "are you certain you didn't tick it?", "have you checked your own connection?".
  'are you (?:sure|certain|positive) (?:that )?(?:(?:your|the) [a-z]+ (?:is|are|was|were) (?:telling the truth|right|correct|honest)|you (?:did not|have not|never|had not))',
  'have you (?:even |actually |already )?(?:checked|tested|looked at|tried|considered) your own',
  // "To be clear, the tracking is run by the courier, not by us" (a denial announced).
  'to be (?:very |perfectly |absolutely |crystal )?clear,? [^.!?\\n]{0,80}\\bnot (?:by |from |with |on |at )?(?:us|our|me)\\b',
  // "To be fair, the size was on every invoice": a lead that takes our side. Not "to be fair, we
  // should have…" nor "to be fair, you're right".
  "(?<=(?:^|[.!?:] |\\n|, ))to be fair,(?= (?!(?:i|we|you are right|you have a point|that is (?:fair|a fair))\\b))",

  // 6. Vouching instead of hearing. Our people's training or experience: "all our colleagues
  //    receive customer service training", "our vets have seven years of training". Not a step
  //    the agent takes ("I'll make sure our staff receive training on this").
  `(?<!\\b(?:sure|ensure|that|will|to|so|arrange for|ask for) (?:all )?)(?:all )?(?:our|the) (?:[a-z]+ )?(?:${STAFF}|pharmacists?|vets?|dentists?|tutors?|teachers?|stylists?|therapists?|guides?) (?:all )?(?:receive|get|undergo|undergoes|go through|have|has|complete|attend|hold) (?:[a-z-]+ ){0,3}(?:training|years of (?:training|experience)|qualifications?|certification|accreditation)${NO_OWNING_AFTER}`,
  // Our things said to meet a standard: "all our forms meet accessibility standards", "our sizes
  // follow standard UK sizing".
  `(?:all )?(?:our|the) (?:[a-z]+ ){0,2}${OUR_THINGS} (?:all )?(?:meet|meets|follow|follows|comply with|complies with|exceed|exceeds|conform to|conforms to|adhere to|adheres to) (?:all )?(?:the )?(?:[a-z]+ ){0,2}(?:standards?|sizing|guidelines|regulations|requirements|specifications?|norms)${NO_OWNING_AFTER}`,
  // The verdict drawn from it: "so they're consistent", "so this really is unusual".
  `(?:so|which means|therefore) (?:they|it|this|that|our [a-z]+) (?:are|is|were|was) (?:very |really |highly |extremely |always |entirely |perfectly |all |completely )?(?:consistent|reliable|unusual|rare|a one-off|an isolated (?:case|incident)|the exception)${NO_APOLOGY_AFTER}`,
  // Staff or a decision vouched for: "we are confident Dr Hale acted appropriately", "the manager
  // is satisfied that the ban was warranted".
  '(?:confident|satisfied|sure|certain|assured) (?:that )?[^.!?;\\n]{1,40}? (?:acted|behaved|responded) (?:entirely |completely |perfectly |fully |quite )?(?:appropriately|correctly|properly|reasonably|professionally|fairly|in line with|in accordance with|within)',
  '(?:confident|satisfied|sure|certain) (?:that )?[^.!?;\\n]{1,40}? (?:was|were|is|are|has been|have been) (?:entirely |completely |fully |quite |perfectly )?(?:warranted|justified|proportionate|the right (?:decision|call|outcome))',
  '(?:was|were|is|are|acted) (?:entirely |fully |well |quite )?within (?:its|their|his|her) rights',
  '(?:rights|obligations|duties|responsibilities)(?: (?:under|to) (?:the |your |our )?[a-z-]+(?: [a-z-]+)?)? (?:have|has) (?:all )?been (?:fully |completely |entirely )?(?:met|honoured|honored|fulfilled|respected|satisfied)',
  // The thing did what it should: "the sensor performed as intended". Not after a fix ("now works as expected").
  '(?<!\\b(?:now|again|then) )(?:performed|worked|functioned|operated|behaved|responded) (?:exactly |correctly |normally |properly )?as (?:intended|designed|it should|they should|it was (?:designed|meant|supposed) to)(?! (?:again|now))',
  'you were (?:billed|charged|invoiced) (?:accurately|correctly|properly|fairly|the (?:correct|right) amount)(?![^.!?\\n]*\\bbut\\b)',
  // A track record against their experience: "our coaches run on time 94% of the time", "a
  // 4.8-star average", "installed on over 200,000 homes", "more titles than any other service".
  `[0-9.]+ ?% of the time${NO_APOLOGY_AFTER}`,
  `[0-9.]+[ -]star (?:average|rating)${NO_APOLOGY_AFTER}`,
  '(?:installed|used|working|running|delivered|tested|sold) (?:successfully |without (?:any )?(?:problems?|issues?) )?(?:on|by|for|in|to) (?:over|more than|thousands of|millions of|hundreds of) (?:[0-9,]+ )?(?:other )?(?:customers|users|homes|households|devices|hubs|units|vehicles|clients|people|sites|businesses)',
  'more [a-z ]{1,30} than any other (?:[a-z]+ )?(?:service|provider|company|retailer|supplier|network|operator|competitor|bank|airline|platform|store|shop|brand)',
  // A lead-in that raises the voice while seeming polite: "I'd gently suggest", "we would respectfully highlight".
  '(?:i|we) (?:would|must|will|have to|should) (?:gently |respectfully |politely |humbly )(?:suggest|point out|highlight|note|remind|add|observe|stress)',
  // Stop 38's intent frames (./argue-defend-intent.ts).
  ...ARGUE_DEFEND_INTENT_FRAMES,
];
