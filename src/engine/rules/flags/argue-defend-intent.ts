// `argue-defend` frames of stop 38, for recall on text nobody tuned on. Each is an intent over
// closed word classes, not a case's phrase, and each was kept only where it also found labelled
// cases on tune half b, which its author never read (the families tried and dropped are in the
// stop's report). Near misses each keeps quiet are in tests/unit/argue-defend-intent.test.ts.
// Rule language of ../../pattern.ts over canonical text ("isn't" is "is not", "can't" is "can not").

/** Pages and papers a customer was shown, where a rule or a warning was written. */
const WHERE_WRITTEN =
  '(?:checkout|website|site|web page|page|screen|app|terms|booking (?:page|form|confirmation)|confirmation|listing|product page|label|care label|contract|agreement|induction|welcome (?:pack|email|letter)|house rules|rules|small print|fine print|faqs?|order summary|sign-?up|registration|update screen|release notes|documentation)';

export const ARGUE_DEFEND_INTENT_FRAMES: string[] = [
  // The reproach of having to say it again: "I'm not sure how much clearer I can make this", "I
  // don't know how else to explain it".
  '(?:not sure|do not know|do not see) how (?:much )?(?:clearer|else|many (?:more )?(?:times|ways)|more (?:clearly|simply|plainly)) (?:i|we) (?:can|could|am able to|are able to) (?:make|explain|put|say|word)',
  // Our side's word beyond doubt: "we have no reason to doubt them", "I see no reason to question
  // the engineer's report".
  '(?:we|i) (?:have|see|can see|had|saw) (?:absolutely )?no reason to (?:doubt|question|dispute|disbelieve|think otherwise|believe otherwise)',
  // Agreement claimed for our side before the customer gives it: "surely you can see why the fee
  // applies", "I'm sure you'll appreciate that we cannot make exceptions". Not "I'm sure you can
  // see it in the app now" (seeing a thing, not a reason).
  "(?:surely|of course|i am sure|i am certain|we are sure|we are certain) (?:that )?you (?:can|could|must|would|will) (?:see|understand|appreciate|agree|accept|recogni[sz]e)(?= (?:that|why|how|our (?:position|point|view|side|reasons?)|the (?:reason|reasons|need|position|difficulty)|we)\\b)",
  // The customer reminded that a warning was written down for them (the labels call this arguing):
  // "which the app warns about on the update screen", "which the listing mentions on the product page".
  `which (?:the |our )?(?:[a-z-]+ ){0,2}(?:warns?|warned|explains?|explained|states?|stated|tells? you|told you|mentions?|mentioned) (?:you )?(?:about |of )?(?:clearly )?(?:on|in|at|during) (?:the |our |your )?(?:[a-z-]+ ){0,2}${WHERE_WRITTEN}\\b`,
];
