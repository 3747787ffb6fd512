// `blame-shift` frames of session 36, written for recall on wordings nobody tuned for: each is a
// sentence shape over word classes (a cause verb and the customer's side, a party and the agent
// stepping back, a reminder of what the customer was told), not a case's phrase. The near misses
// each frame keeps quiet are in tests/unit/blame-shift-frames.test.ts. Rule language of
// ../../pattern.ts over canonical text (lower case, contractions expanded: "isn't" is "is not").
import { THIRD_PARTY } from '../concepts';
import { BLAME_SHIFT_INTENT_FRAMES } from './blame-shift-intent';

/** Things on the customer's side a fault can be put on: their kit, their set-up, their own people. */
const CUSTOMER_KIT =
  '(?:(?:home |own |local )?(?:internet|connection|wi-?fi|network|router|modem|broadband|signal|device|phone|handset|browser|computer|laptop|tablet|tv|screen|hardware|software|settings|set-?up|firewall|vpn|antivirus|ad-?blocker|extension|integration|code|deploy(?:ment)?|configuration|identity provider|email provider|spam filter|isp|equipment|wiring|plumbing|account settings|(?:it|admin) (?:team|department|people|admin)|administrator|admin|developer))';

/** Verbs that trace a fault to where it came from. */
const CAUSED_BY =
  '(?:caused by|triggered by|(?:comes?|came|coming|stems?|stemmed|stemming|arises?|arose|results?|resulted|resulting) from|the result of|due to|because of|down to|traced (?:back )?to)';

/** Words between a cause verb and the customer's side that keep the cause theirs (not "not", "rather", "and"). */
const CAUSE_GAP = '(?:(?!(?:not|rather|and|or|but|instead|than|us|our|we)\\b)[a-z0-9\'-]+ ){0,4}';

/** What a customer is said to have picked, sent or set, as the thing a fault came from ("the file you chose"). */
const THEY_CHOSE = '(?:chose|chosen|selected|uploaded|sent|used|entered|typed|installed|picked|gave us|provided|supplied|are using|were using|set|added|attached)';

/** A slip said in general words, no one named: "incorrect", "improper", "user". */
const SLIP_DONE = '(?:incorrect|incorrectly|wrong|wrongly|improper|improperly|careless|poor|user)';

/** What a general slip is a slip of: entering, assembling, storing, handling. */
const SLIP_OF =
  '(?:entry|entries|use|usage|assembly|installation|install|handling|storage|care|input|settings?|error|fitting|operation|maintenance|cleaning|washing|set-?up|configuration|pin|password|address|details|(?:card |account |phone |mobile )?number|code|reference|postcode)';

/** Not a slip placed on our side after it ("a wrong setting on our side", "entered wrongly by us"). */
const NOT_OURS_AFTER = '(?! (?:[a-z0-9-]+ ){0,3}?(?:on|at|from|in|by) (?:our|my|us|me)\\b)';

/** Parties a matter is handed to, named generically: the shared third parties and more. */
const PARTY =
  '(?:' + THIRD_PARTY + '|sender|shipper|insurers?|contractors?|subcontractors?|hotels?|restaurants?|venues?|organi[sz]ers?|operators?|agency|agencies|authority|council|government|treasury|customs|reception|front desk|branch(?: office)?|store|stores|shop|shops|franchisee|practice|surgery|clinic|lab|laboratory|hospital|school|owner|brand|maker|promoter|account manager|claims (?:team|department))';

/** Who a matter is handed to: them, or a party after its article ("the resort reception", "our insurers"). */
const TO_PARTY = `(?:them|(?:the|their|your|our|each|individual|an?) (?:[a-z'-]+ ){0,2}${PARTY})`;

/** What a customer raises, which can be sent elsewhere. */
const MATTER = '(?:claims?|disputes?|complaints?|appeals?|queries|query|concerns?|compensation|issues?|matters?)';

/** Roles a customer holds, said of them in the third person ("the guest should", "the donor didn't"). */
const ROLE =
  '(?:customers?|clients?|guests?|members?|users?|players?|passengers?|residents?|tenants?|homeowners?|owners?|policyholders?|account holders?|cardholders?|buyers?|senders?|recipients?|patients?|parents?|donors?|applicants?|subscribers?|travell?ers?|students?|learners?|leaders?|captains?|admins?|administrators?)';

/** What a role is told it must do: a duty, not what it will receive. */
const ROLE_DUTY =
  '(?:check|double-check|inform|notify|tell|read|review|make sure|ensure|confirm|let (?:us|the [a-z]+) know|keep|contact|arrive|measure|report|declare|provide|allow|update|register|follow|remove|book|plan|be (?:present|home|available|there|aware|on time|ready))';

/** A party of ours or the agent, whose part is denied. */
const OUR_SIDE =
  "(?:us|me|this (?:firm|company|office|team|department|practice|clinic|store|shop|branch|desk)|our (?:[a-z-]+ )?(?:team|staff|firm|company|side|end|part|service|engineers?|drivers?|technicians?|system|servers?|app|platform|store|shop|installers?|fitters?|workshop|product|update))";

/** How the agent steps back after naming who handles it: nothing for us to do, or it goes to them. */
const STEP_BACK =
  '(?:(?:so|and|which means|meaning)(?: unfortunately,?| sadly,?)? (?:(?:it|that|this) (?:is|was|will be|would be) )?(?:not something|nothing (?:we|i)|out of (?:our|my) (?:hands|control)|outside (?:of )?(?:our|my)|beyond (?:our|my)|(?:we|i|this (?:office|desk|team|department)|our team|head office|customer (?:services?|support)) (?:can not|could not|have no|has no|do not|does not|am not able|are not able|is not able|am unable|are unable|is unable)|there is nothing)' +
  `|,? so (?:any |all |the )?${MATTER} (?:need to|needs to|must|should|has to|have to|will need to|would need to) (?:go|be (?:raised|made|submitted|sent|directed|reported|taken up|pursued)) (?:directly )?(?:through|to|with|via|by) ${TO_PARTY})`;

/**
 * Not where the agent takes the matter on in the same sentence ("only the airline can authorise that, so
 * I've asked them today", "it's a courier issue, and I'm chasing it"): a third party named while the
 * agent acts is the near miss. Read from the match to the sentence's end.
 */
const UNLESS_AGENT_ACTS =
  "(?![^.!?\\n]*\\b(?:i|we) (?:have|am|will|had|are) (?:now |just |already |also |personally )?(?:asked|asking|chased|chasing|contacted|contacting|raised|raising|escalated|escalating|called|calling|phoned|emailed|emailing|booked|arranged|arranging|refunded|credited|passed|passing|spoken|speaking|requested|requesting|logged|opened|take|taking|chase|contact|ask|raise|escalate|call|email|arrange|pass|speak|request|sort|fix|handle|follow)\\b)";

export const BLAME_SHIFT_FRAMES: string[] = [
  // The fault traced to the customer's side by a verb of cause: "buffering is usually caused by your
  // home network", "most of these errors come from an expired certificate in your identity provider";
  // not where the customer's side is denied ("not caused by your router"), nor a device named as the
  // known one ("the login came from your usual device"). Where ours is named as the alternative ("…from
  // your connection rather than our servers, so…") the verdict after it is the flag, and its Swap.
  // ("Depending on your bank" times a refund, and blames no one: neither "depends on" nor the bank is here.)
  `(?<!(?:not|never|nothing|no longer) (?:[a-z]+ )?)${CAUSED_BY} ${CAUSE_GAP}(?:(?:in|on|at|with|from|by|of) )?your (?!(?:usual|registered|regular|normal|known|trusted|recogni[sz]ed|verified|saved)\\b)(?:own )?(?:[a-z-]+ ){0,2}?${CUSTOMER_KIT}\\b(?!,? (?:rather than|not) (?:our|us|any)\\b)`,
  // …or to what the customer chose or sent: "the rejection came from the file you chose", "caused by an
  // invalid payload your integration is sending".
  `(?<!(?:not|never|nothing) (?:[a-z]+ )?)${CAUSED_BY} (?:the|an?) (?:[a-z-]+ ){0,3}?(?:you|your (?:[a-z-]+ ){0,2}?${CUSTOMER_KIT}) (?:(?:is|are|was|were|have|had) )?${THEY_CHOSE}`,
  // The fault traced to a slip named in general words, in the short register that names no one:
  // "declined payments are usually due to incorrect PIN entry", "collapses are almost always down to
  // incorrect assembly", "that sounds like a user error rather than a bug". Not a slip denied ("not
  // down to incorrect use") or placed on our side ("a wrong setting on our side"). (Not the passive
  // "…because the sort code was entered incorrectly": that is the plain account a Swap leaves.)
  `(?<!(?:not|never|nothing|no longer|rather than) (?:[a-z]+ )?)${CAUSED_BY} (?:an? |the )?${SLIP_DONE} (?:[a-z-]+ )?${SLIP_OF}\\b${NOT_OURS_AFTER}`,
  '(?:is|was|sounds like|looks like|seems like|seems to be|appears to be|would be|will be|must be|most likely|probably|likely) (?:an? |the )?(?:simple |common |classic )?user (?:error|mistake)',
  // A fault said to sit on the customer's machine: "the disconnect was client-side", "it will have
  // been cancelled on your end", "the notes may not have been saved on your device".
  '(?:disconnect(?:ion)?s?|drop-?outs?|drops?|lag|outages?|timeouts?|issues?|problems?|errors?|faults?|crash(?:es)?|lag|it|this|that) (?:was|were|is|are) (?:on the )?(?:client|user|customer)[- ]side',
  `(?:will|would|must|may|might|could) (?:not )?have been (?:[a-z]+ed|done|made|set|sent|deleted|opened|left|turned off|switched off) (?:[a-z]+ ){0,2}(?:on|from|at|in) your (?:side|end|device|phone|computer|laptop|browser|app|network|account)`,
  // A slip of the customer's own people guessed at: "your IT team must have blocked our emails",
  // "someone at your address has taken it in" (not "your staff will have their wages").
  `your (?:[a-z-]+ )?(?:it (?:team|department|people)|admins?|administrators?|developers?|staff|team|colleagues?|family|partner|household|kids?|children|son|daughter|accountant|employer) (?:must|may|might) (?:well )?have (?!(?:been|had|received|seen|heard|noticed|needed|wanted|asked|tried|expected)\\b)(?:[a-z]+ed|deleted|sent|put|set|left|given|taken|made|done|forgotten|missed)\\b`,
  '(?:it seems|seems|it looks|looks|probably|likely|most likely|maybe|perhaps) (?:likely )?(?:that )?(?:someone|somebody|a (?:neighbou?r|family member|housemate|flatmate)) (?:at|in|from) your (?:address|home|house|household|building|flat|office|family) (?:has |had |must have |may have |might have )?(?:taken|signed for|collected|accepted|used|moved|opened|received)',
  // The customer's act as the cause of what went wrong, said after it: "the transcript was not accepted
  // because you uploaded a Word file", "the claim was rejected since you missed the service", "the
  // item was damaged because you not follow the label". Not an act that only asked ("because you
  // asked"), nor a cause that helps them ("…because you booked early, you get…"). The outcome is read
  // behind, so the flag starts at "because", where the older frames' flags and Swaps do.
  `(?<=(?:rejected|refused|declined|cancell?ed|removed|voided|blocked|suspended|frozen|closed|charged|billed|estimated|returned|lost|lapsed|ended|forfeited|withheld|deducted|reduced|damaged|broken|ruined|wiped|deleted|failed|bounced|not (?:accepted|processed|approved|covered|eligible|valid|honou?red|possible|actioned|refunded|paid|delivered|booked))(?: (?!(?:and|but|so|i|we)\\b)[^ .!?;:\\n]+){0,8}?,? )(?:because|since|as) you (?:had |have )?(?:just |simply |only )?(?!(?:asked|requested|wanted|told|let|contacted|called|emailed|phoned|reported|mentioned|said|wrote|raised|qualify|qualified|are|were (?:eligible|entitled))\\b)(?:not |did not |never )?(?:missed|declined|skipped|uploaded|submitted|sent|entered|typed|selected|chose|picked|opted|booked|ordered|used|left|changed|cancell?ed|deleted|removed|moved|declared|ticked|unticked|clicked|exceeded|went over|ran|installed|modified|disabled|turned off|switched off|forgot|forget|ignored|refused|arrived|checked in|turned up|paid|let|allowed|shared|gave|follow|followed|read|check|checked|tick|pay|send|submit|return|returned|update|updated|register|registered|renew|renewed|confirm|confirmed|cancel|attend|attended|provide|provided|complete|completed)\\b`,
  // …or said before it, with what could not be done after: "since you declined the bloodwork, we had no
  // way of knowing", "as you chose to allow neighbour deliveries, we are unable to refund".
  `(?<=(?:^|[.!?] |\\n|, |unfortunately,? ))(?:because|since|as) you (?:had |have )?(?!(?:asked|requested|wanted|told|let|contacted|called|emailed|reported|mentioned|said|wrote|raised|know|may know|can see|are|were|have been|had been)\\b)(?:[a-z-]+ )?(?:[a-z]+ed|chose|chosen|left|sent|paid|gave|did not [a-z]+|never [a-z]+)(?: [^ ,.!?;:\\n]+){0,8},? (?:so )?(?:we|i|it|this|that|there|the [a-z-]+|your [a-z-]+) (?:[a-z]+ )?(?:could not|can not|had no|have no|was not|were not|is not|are not|did not|will not|would not|no longer|am unable|are unable|is unable|was unable|were unable|had to be|has to be|must be|stands|applies|remains)`,
  // What the customer chose, with what followed for them: "you chose to allow neighbour deliveries, so we
  // can't refund", "they chose their own garage so the full excess applies", "you checked in at 10:40, so
  // the desk was within its rights".
  `(?:you|they|he|she|the ${ROLE}) (?:chose|picked|selected|went with|went for|opted|decided|elected|preferred|agreed|checked in|arrived|turned up|came|booked|ordered|paid|used|ticked|missed|unsubscribed|turned off|switched off|disabled|blocked|declined|skipped|ignored|deleted|cancell?ed)(?: [^ ,.!?;:\\n]+){1,8},? (?:so|which (?:is why|means|meant)|and so|that is why) (?:we|i|you|it|this|that|there|the [a-z-]+|your [a-z-]+|no [a-z-]+)(?: [a-z-]+){0,3} (?:could not|can not|had no|have no|was not|were not|is not|are not|did not|will not|would not|no longer|am unable|are unable|is unable|was unable|applies|applied|stands|remains|was within|is within|were within|was entitled|is entitled|was correct|is correct|was right)`,
  // The customer's act named as what broke it: "you're running mods, and that's what breaks it".
  `(?<=\\byou (?:are|were|have|had|have been|had been) [^.!?;:\\n]{0,60})(?:and|so|,) (?:that|this|it|which) (?:is|was) (?:what|the thing that|exactly what|why it|what is) (?:breaks|broke|caused|causes|is causing|triggers|triggered|corrupts|corrupted|crashes|crashed|wipes|wiped|stops|stopped|blocks|blocked)`,
  // The damage put after the handover or on the customer's use: "something that has happened since you
  // drove it away", "ten days of your driving is just as likely to be the cause".
  '(?:happened|occurred|caused|done|damaged|broken|scratched|dented) (?:[a-z]+ ){0,2}(?:since|after) you (?:drove|took|collected|received|picked|got|moved|bought|installed|opened|used|unpacked|assembled|fitted)',
  `your (?:[a-z0-9'-]+ ){1,4}(?:is|are|was|were) (?:just as |more |also |equally |quite |very )?(?:likely|probably) (?:to be )?the (?:cause|reason|culprit)`,
  `(?:your|a|the) (?:weak |poor |slow |old |outdated |faulty )?(?:[a-z-]+ )?(?:router|modem|wi-?fi|home network|broadband|browser|handset|firewall|antivirus|vpn|ad-?blocker) (?:[a-z-]+ )?(?:is|are|was|were) (?:the |a )?(?:most |more )?(?:common|usual|likely|probable|typical|main)? ?(?:reason|cause|culprit)`,
  // Damage said to have been there before our part: "possibly the scratch was already existing before
  // assembly", "maybe the vase was broken before, in the packing".
  '(?:maybe|perhaps|possibly|probably|likely|i think|i suspect) (?:that )?(?:the [a-z-]+|it|this|they) (?:was|were|had been) (?:already )?(?:existing|broken|damaged|scratched|cracked|dented|faulty|opened|there|missing) (?:already|before|prior)\\b',
  // Another party's act guessed at, the customer sent to them: "maybe it was opened during delivery,
  // please ask the courier".
  `please ask the (?:[a-z-]+ ){0,2}${THIRD_PARTY}`,
  // A customer told what they should have known: "you were therefore fully aware", "anyone reading it
  // carefully would have seen", "many customers make this same mistake". (Not "…, which you agreed to":
  // the terms pointed at are policy-shield's.)
  `(?<!(?:if|whether|that|unless) )you (?:were|would have been|should have been) (?:therefore |already |well |fully |clearly )+(?:aware|informed|notified)`,
  '(?:anyone|anybody|any (?:customer|reader|member|guest)) (?:reading|who read|who reads|checking|who checked|looking at) (?:it|this|that|them|the [a-z-]+)(?: [a-z-]+)? (?:carefully |properly |closely )?would (?:have )?(?:seen|noticed|known|understood|spotted|realised|realized)',
  '(?:many|most|a lot of|lots of|other) (?:other )?(?:guests|customers|people|members|users|passengers|players|buyers|clients|travell?ers) (?:make|made|have made) (?:this|that|the) (?:same |very same |exact )?(?:mistake|error)',
  // Hindsight that the customer should have noticed: "this should have been picked up sooner".
  'should (?:really )?have been (?:noticed|spotted|picked up|caught|checked|queried|questioned|seen|raised|reported|flagged) (?:much |a lot )?(?:sooner|earlier|straight away|immediately|at the time|at handover|on delivery|on arrival)',
  // A reminder that the customer was advised or told: "passengers are advised to arrive early", "members
  // are encouraged to review the tier benefits before joining", "guests are informed at check-in that".
  // (Not "required" or "asked to", which state a rule: policy-shield's.)
  `(?:the )?${ROLE} (?:are|were|is|was) (?:always |clearly |strongly )?(?:advised|encouraged|reminded|urged|expected) (?:not )?to`,
  `(?:the |all )?${ROLE} (?:are|were|is|was) (?:always |clearly |also )?(?:told|informed|warned|made aware|notified|reminded) (?:of|about|that|at|when|on|before|in)\\b`,
  // A duty put on a role in the third person: "the guest should inform the hotel of a late arrival",
  // "customer should check the floor before the visit"; "the onus is on the admin", "at the owner's
  // risk", "the cost falls to you". (Not "must" or "need to", which state a rule.)
  `(?<=(?:^|[.!?,] |\\n|the |a |each |every ))${ROLE} (?:should|ought to|is expected to|are expected to|is supposed to|are supposed to) (?:always |first |also )?${ROLE_DUTY}\\b`,
  '(?:the )?onus (?:is|was|lies|lay|rests|rested|falls|fell) (?:on|with|upon) (?!(?:us|me|our|my|we)\\b)[a-z]+',
  `${ROLE} (?:is|are|remain|remains) (?:solely |fully |entirely |personally |always |ultimately )?(?:accountable|liable|answerable) for`,
  `at (?:the )?(?:${ROLE.slice(3, -1)})(?:'s|s'|s) (?:own )?risk`,
  '(?:falls|fall|fell|rests|rest) (?:to|on|upon) (?:you|yourself)\\b',
  // Advice after the fact: "please be more careful in future", "please make sure your pin is accurate
  // next time", "you should double-check your dates before confirming", "it would have been a good
  // idea to check it at handover".
  `(?:please|you (?:should|must|need to|will need to)|kindly) (?:always )?(?:be (?:more )?careful|take (?:more )?care|pay (?:more )?attention|make sure|ensure|check|double-?check|confirm|read|measure|remember|review)\\b(?: [^ .!?;:\\n]+){0,8}? (?:next time|in (?:the )?future)(?! you (?:need|have|want|are|would like|visit|shop|order))`,
  `(?:you should|you must|it is (?:best|worth|wise|advisable|a good idea|always best|always worth) to|it is worth|please|always) (?:double-?check|check|checking|read|reading|review|reviewing|measure|measuring|confirm|confirming|verify|verifying) (?:[^ .!?;:\\n]+ ){0,6}?before (?:confirming|booking|ordering|buying|purchasing|paying|checking out|joining|signing|submitting|travell?ing|coming in|you (?:book|order|buy|confirm|pay|travel|submit|sign|join))`,
  `(?:it )?would have been (?:a good idea|best|wise|better|sensible|advisable|helpful|worth it) to (?!(?:have )?(?:told|tell|called|call|emailed|email|warned|warn|informed|inform|notified|notify|let|contacted|contact|phoned|phone|written to|write to) you\\b)[a-z]+`,
  // The customer's slip in a non-native or present form: "you forget to renew", "you not follow the label".
  '(?<!(?:if|when|whenever|in case|so|that|never|do not|do|sometimes|often|easy|if ever) )you (?:forget|fail|neglect) to\\b',
  '(?<=(?:^|[.!?,:] |\\n|because |since |as |so ))you not (?!only\\b)(?:follow|read|check|send|pay|tell|inform|confirm|register|renew|update|submit|return|use|attend|book|cancel|sign|tick|complete|provide|declare|keep|come|arrive)\\b',
  // A role's omission, said of them: "the donor didn't tick the box", "resident's bin was not out by 7am".
  `(?:the|a|our) ${ROLE} (?:did not|never|failed to|forgot to|neglected to) (?:tick|sign|complete|return|send|submit|tell|inform|notify|declare|register|confirm|update|renew|pay|attend|follow|read|check|book|cancel|provide|upload|put (?:it|the [a-z-]+) out)\\b`,
  `${ROLE}(?:'s|s') (?:[a-z-]+ )?(?:was|were) not (?:out|put out|registered|submitted|signed|filled in|returned|declared|ready|presented|available) (?:by|before|in time|on time)`,
  // The mistake handed back: "if that was a mistake, it was yours", "the error is yours".
  '(?:mistake|error|fault|slip|oversight)s?,? (?:it|that|this) (?:was|is|were) (?:all |entirely )?yours\\b',
  '(?:the )?(?:mistake|error|fault|oversight) (?:was|is) (?:all |entirely |clearly )?yours\\b',
  // Responsibility handed to another party with the agent stepping back: "payments are processed by the
  // Treasury and this office has no further role", "repairs are handled by our partner, so we have no
  // control", "opening hours are decided by each store, so it's not something we can change". A party,
  // not a rule ("set by clinical priority, and there is nothing else"), nor our own head office.
  `(?:processed|handled|managed|decided|set|dealt with|run|controlled|operated|issued|raised|imposed|applied|determined|provided|supplied|contracted|carried out|done|owned|covered) (?:directly |entirely |solely |separately |independently |locally )?(?:by|through|via) ${TO_PARTY}(?:,? [^.!?;:\\n]{0,40}?)?,? ${STEP_BACK}`,
  '(?:we|i|this (?:office|desk|team|department|section)|our (?:team|office|department)|head office(?: support)?|customer (?:services?|support)) (?:has|have|had|play|plays) no (?:further |direct )?(?:role|involvement|part) in\\b',
  '(?:has|have|had) no (?:control|say|authority) (?:over|on) (?:the |their |its |any )?(?:[a-z-]+ )?(?:branch|store|shop|partner|courier|carrier|hotel|restaurant|driver|contractor|supplier|manufacturer|seller|retailer|council|bank|landlord|third[- ]party|individual)',
  `(?:sits?|is|are|falls?) (?:within|under|in) (?:a |an )?(?:separate|different|another|other|independent) (?:team|department|directorate|division|company|business|organi[sz]ation|authority|service|unit|section|group)`,
  '{it} {be} (?:a |an |the )?(?:different|separate|other) (?:group|division|directorate|unit|section|entity|business unit)',
  `(?:are|is) (?:all )?(?:self-employed|freelance|franchised|independent|third[- ]party) (?:[a-z-]+ )?(?:partners?|contractors?|drivers?|couriers?|riders?|businesses|stores?|operators?|franchisees?)`,
  // A matter sent to another party: "any damage claims need to go through them directly", "any claim has
  // to be raised by the sender", "any dispute goes to them, not the council". (Not "…should be directed
  // to them", which an older frame flags with its Swap.)
  `${MATTER}(?: (?:for|about|regarding|over|of) [a-z-]+(?: [a-z-]+)?)? (?:(?:need|needs|must|should|has|have|will need|would need|will have|can only) (?:to )?)?(?:(?:go|goes) (?:directly |only )?(?:through|to|via)|be (?:raised|made|submitted|sent|filed|lodged|reported|handled|pursued) (?:directly |only )?by) ${TO_PARTY}`,
  `(?:please |you (?:should|must|will need to|would need to|need to|have to) )(?:raise|make|file|submit|lodge|open|direct|send|take) (?:a|an|your|the|any) (?:[a-z-]+ )?${MATTER} (?:up )?(?:through|with|to|via) ${TO_PARTY}`,
  `(?:we|i)(?: would)? (?:recommend|suggest|advise) (?:contacting|calling|phoning|emailing|speaking (?:to|with)|talking to|getting in touch with|reaching out to|raising (?:it|this|that) with|taking (?:it|this|that) up with|asking|chasing) (?:them|${TO_PARTY})`,
  // The same sent off softly: "it may be worth contacting the airline", "you might want to reach out to
  // the hotel", "the manufacturer will be best placed to help".
  `(?:it (?:may|might|would|could) be|it is|it is probably|it is always) (?:worth|best|a good idea|advisable|sensible) (?:to )?(?:contacting|contact|calling|call|speaking (?:to|with)|speak (?:to|with)|getting in touch with|get in touch with|reaching out to|reach out to|checking with|check with|raising (?:it|this) with|raise (?:it|this) with|asking|ask) ${TO_PARTY}`,
  `you (?:may|might|could) (?:want|wish|like|need) to (?:contact|call|phone|email|speak (?:to|with)|get in touch with|reach out to|check with|raise (?:it|this) with|take (?:it|this) up with|ask|chase) ${TO_PARTY}`,
  `(?:the|your|their) (?:[a-z'-]+ ){0,2}${PARTY} (?:will|would|should|may|might) be (?:best|better|well) placed to`,
  `(?:the|your|their) (?:[a-z'-]+ ){0,2}${PARTY} (?:will|would|should) be (?:able|the ones?|the people) to (?:help|assist|advise|sort|resolve|answer)(?! (?:me|us)\\b)`,
  `(?:you (?:will |would )?(?:need|have) to|you (?:should|must)|please|(?:we|i) (?:would )?(?:recommend|suggest) (?:that )?you|you are (?:kindly )?(?:requested|asked|advised) to) (?:take up|raise) (?:the matter|this matter|the issue|this|it|that|your complaint|your claim) with`,
  `(?:you (?:will |would )?(?:need|have) to|you (?:should|must)|please) (?:contact|call|phone|email|ring|speak to|get in touch with|reach out to|chase) our (?:[a-z-]+ ){0,2}(?:insurers?|partners?|contractors?|suppliers?|courier|carrier|manufacturer|warehouse|depot|landlord|agents?)(?: directly)?`,
  `(?:best|quickest|fastest|only|right) (?:route|way|option|bet|thing to do|place to go) (?:is|would be|will be) to (?:contact|call|phone|email|ring|speak (?:to|with)|get in touch with|raise (?:it|this) with|take (?:it|this) up with|reach out to) (?!(?:us|me|our|my)\\b)[a-z]+`,
  `(?<=(?:^|[.!?,;] |\\n|and ))(?!(?:we|i|it)\\b)(?:[a-z'-]+ ){0,3}(?:is|are) the (?:one|ones|people|person|team|place) (?:to|who (?:can|will|should|must|needs to)) (?:raise|handle|deal with|sort|fix|help|contact|speak to|talk to|ask|answer|resolve|decide|issue|approve|refund|authori[sz]e|agree|arrange|cancel|change|credit)`,
  `{it} {be} for (?:the|your|their) (?:[a-z-]+ ){0,2}${PARTY} to (?:correct|fix|sort|resolve|amend|update|change|refund|decide|deal|answer|pay|contact|investigate|look into|send|confirm|issue|approve|replace|repair|cover|reimburse|compensate)`,
  `(?:is|was|are|were) (?:the|their|your) (?:[a-z-]+ ){0,2}(?:${PARTY}|guys|people|staff|team|department|office),? (?:and )?not (?:us|me|ours|mine|the [a-z-]+)\\b`,
  // …and the same said of a wider set of asks: "refund requests have to go through the booking site",
  // "repairs need to be arranged with the manufacturer", "any refund would need to come from the
  // airline".
  `(?:refunds?|refund requests?|returns?|repairs?|cancell?ations?|changes|amendments|replacements?|compensation|warranty (?:claims?|repairs?)|${MATTER}) (?:(?:would|will|must|may|might|can|should)? ?(?:need|needs|have|has)? ?(?:to )?)(?:go|come|be (?:arranged|requested|claimed|sought|dealt with|handled|sorted|resolved|settled|processed)) (?:directly |only )?(?:through|with|from|by|via|to) ${TO_PARTY}`,
  // Sent off with a light touch: "you can contact the seller directly", "just give the courier a call",
  // "only your bank can reverse the charge", "the hotel is who you need to speak to".
  `(?:you can|you could|feel free to|just|simply) (?:contact|call|phone|email|ring|speak to|get in touch with|reach out to|message) ${TO_PARTY} directly${UNLESS_AGENT_ACTS}`,
  `give (?:the|your) (?:[a-z'-]+ ){0,2}${PARTY} a (?:call|ring|shout|message)${UNLESS_AGENT_ACTS}`,
  `(?<![a-z] )only (?:the|your) (?:[a-z'-]+ ){0,2}${PARTY} (?:can|could|is able to|are able to|has the power to) (?:authori[sz]e|approve|reverse|refund|cancel|change|decide|release|issue|amend|confirm|help|sort|fix|resolve|answer)${UNLESS_AGENT_ACTS}`,
  `(?:is|are) (?:who|the (?:people|ones?|person|place)) you(?: will| would)? (?:need|want|have|should) (?:to )?(?:speak|talk|go|turn|complain|write|reach out) to`,
  `(?:your|the) (?:[a-z'-]+ ){0,2}${PARTY} (?:is|are|would be|will be) (?:the )?(?:best|right|only) (?:place|people|person|ones?|contact|port of call) (?:to|for)${UNLESS_AGENT_ACTS}`,
  `{it} {be} (?:a|an) ${PARTY} (?:issue|problem|fault|error|mistake)${UNLESS_AGENT_ACTS}`,
  // Handed over and no longer ours: "once it's handed to the courier it's out of our hands", "once it
  // leaves us, the courier takes over".
  `(?:handed|passed|given|sent|transferred|dispatched) (?:over )?(?:to|on to) ${TO_PARTY}[^.!?;\\n]{0,40}?(?:out of (?:our|my) (?:hands|control)|(?:their|its) responsibility|(?:they|the [a-z-]+) (?:take|takes|took) over|no longer (?:our|my|with us))${UNLESS_AGENT_ACTS}`,
  `(?:the|a) (?:[a-z'-]+ ){0,2}${PARTY} (?:take|takes|took) over(?: responsibility| from (?:us|there|that point|then))?${UNLESS_AGENT_ACTS}`,
  '(?<=, )not here\\b',
  // Our part denied: "the delay is not due to this firm", "the wipe wasn't caused by a bug on our side",
  // "this isn't a delivery fault", "there's no failing on our part", "cannot be attributed to us", "the
  // workshop denies causing it". (Not "no error on our part": insisting we were right is argue-defend's.)
  `(?:is|was|are|were|has been|have been) not (?:due to|caused by|the fault of|down to|because of|the result of|done by|made by) (?:any (?:[a-z-]+ )?(?:fault|error|mistake|failing) (?:of|by|on the part of) )?${OUR_SIDE}`,
  `(?:is|was|are|were) not (?:caused by|due to|the result of|down to|from) (?:a |an |any |the )?(?:[a-z-]+ ){0,2}(?:on|at|from|in) (?:our|my) (?:side|end|part|system|servers?)`,
  '(?:is|was) not (?:an? )?(?:delivery|installation|assembly|manufacturing|workmanship|product|technical|service|fitting|build) (?:fault|defect|issue|problem|error|failure)',
  'no (?:failing|failure|negligence|blame|liability) on (?:our|my|the (?:[a-z-]+ )?(?:company|firm|team|store|shop|hotel|airline))(?:\'s)? part',
  '(?:can not|could not|will not|should not) be (?:attributed|blamed|laid|put down) (?:to|on|at)',
  '(?:denies|denied|deny) (?:causing|damaging|breaking|doing|making|scratching|losing|any (?:damage|wrongdoing|fault|responsibility|liability))',
  // Stop 38's intent frames (./blame-shift-intent.ts).
  ...BLAME_SHIFT_INTENT_FRAMES,
];
