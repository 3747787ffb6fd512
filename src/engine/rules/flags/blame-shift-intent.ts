// `blame-shift` frames of stop 38, for recall on text nobody tuned on. Each names an intent over
// word classes, not a case's phrase, and each was kept only where it also found labelled cases on
// tune half b, which its author never read (the families tried and dropped are in the stop's
// report). Near misses each keeps quiet are in tests/unit/blame-shift-intent.test.ts. Rule
// language of ../../pattern.ts over canonical text ("isn't" is "is not", "can't" is "can not").
import { THIRD_PARTY } from '../concepts';

/** Verbs of a request that is only help ("please let me know next time"): not advice after the fact. */
const HELPFUL_ASK =
  '(?:let|contact|call|phone|ring|email|e-mail|message|reach|get in touch|feel|reply|ask|tell|do not hesitate|come back|visit|shop|use|quote|mention|keep|save|enjoy|accept|note|find|see|try)';

/** When advice is about the future: at a clause's end ("…in future."), or a harm to avoid. */
const FROM_NOW_ON =
  '(?:(?:next time|in (?:the )?future|going forward|from now on)(?=[ ]?(?:[.!,;]|$))|to (?:avoid|prevent) (?:this|that|it|a repeat|any (?:repeat|further|more))|so (?:this|that|it) (?:does not|will not|can not|never) happen(?:s)? again|(?:for|on|with) (?:any |all |your )?(?:future|next) (?:bookings?|orders?|visits?|purchases?|claims?|trips?|deliveries|delivery|appointments?|payments?|renewals?|stays?|flights?)|before (?:you )?(?:booking|book|ordering|order|travell?ing|travel|buying|buy|paying|pay|renewing|renew|submitting|submit|coming in|come in|visiting|visit) again)';

/** Parties, for "set by X, not us": a third party or a named body. */
const SOMEONE_ELSE = `(?:${THIRD_PARTY}|(?:[a-z'-]+ ){0,3}(?:agency|council|authority|government|underwriters?|insurers?|manufacturer(?:'s)? (?:warranty|guarantee)|sender|organi[sz]ers?|venue|hotel|resort|city|state|regulator|board|committee|ombudsman|court))`;

/** Where the agent takes the matter on in the same sentence: a party named while the agent acts. */
const UNLESS_AGENT_ACTS =
  '(?![^.!?\\n]*\\b(?:i|we) (?:have|will|am|are|had) (?:now |just |already |also )?(?:asked|chased|contacted|raised|escalated|called|emailed|booked|arranged|refunded|credited|passed|spoken|requested|logged|take|chase|contact|ask|raise|escalate|call|email|arrange|pass|speak|request|sort|fix|handle|follow))';

/** Acts on an account or a form that a reply can pin on the customer in the passive. */
const CUSTOMER_ACT =
  '(?:entered|typed|keyed|selected|chosen|ticked|clicked|set|changed|turned on|turned off|switched on|switched off|deleted|removed|cancell?ed|booked|ordered|filled in|filled out|submitted|sent|given)';

export const BLAME_SHIFT_INTENT_FRAMES: string[] = [
  // Advice after the fact, whatever the verb: "please arrive on time in future", "please make sure
  // there are enough funds on the date to avoid this", "you should keep it apart from your phone going
  // forward". Not an offer of help ("please let me know next time", "feel free to use it in future").
  `(?:please|kindly|you (?:should|must|need to|will need to|may want to)) (?:always |just |also )?(?!${HELPFUL_ASK}\\b)[a-z][a-z-]*\\b(?: [^ .!?;:\\n]+){0,14}? ${FROM_NOW_ON}`,
  // The customer's act stated in the passive, so the fault is theirs without saying "you did it":
  // "the auto-renew option was switched on by you in March", "the files were deleted by you before
  // the backup ran". Not where we share it ("…by you or by us in error"), nor what they asked us to
  // do, nor beside the agent's own step. ("…changed on your account" was dropped: it raised validate's
  // false alarms, not tune half b's finds.)
  `(?:was|were|had been|has been) ${CUSTOMER_ACT} by you(?![a-z])(?![^.!?\\n]*\\b(?:by (?:us|me|our|the team|mistake)|in error|(?:our|my) (?:mistake|error|fault)|as you (?:asked|requested|wanted|instructed)|at your request)\\b)${UNLESS_AGENT_ACTS}`,
  // The duty put on the customer as a role, in whatever words: "it is up to the account holder to keep
  // the PIN safe", "it was up to you to check the dates". Not a choice offered ("it's up to you to
  // decide which suits"), nor where the agent takes it on.
  `(?:is|was) (?:entirely |solely |always |ultimately )?up to (?:the )?(?:you|customer|account holder|cardholder|card holder|buyer|passenger|guest|member|policyholder|tenant|user|sender|recipient|parent|patient|applicant|travell?er|purchaser|owner)s? to(?! (?:choose|decide|pick|select|say|tell us|let us know|book|call|reply|keep or|accept or|go ahead)\\b)${UNLESS_AGENT_ACTS}`,
  // The matter put on another party with us set apart: "the banding is set by the agency, not the
  // council", "covered by the manufacturer's warranty rather than by us", "decisions are made by our
  // underwriters, not the social media team". Not where the agent takes it on in the same sentence.
  `(?:set|made|decided|handled|issued|covered|determined|run|controlled|carried out|done|owned|provided|supplied|managed|operated|employed|caused) by (?:the |our |your |their |an? |each )?${SOMEONE_ELSE},? (?:and )?(?:not|rather than|instead of) (?:by )?(?:us|me|the (?:[a-z-]+ )?(?:council|company|store|shop|hotel|retailer|team|office|branch|desk|department)|our|this)\\b${UNLESS_AGENT_ACTS}`,
];
