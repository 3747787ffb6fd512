// `canned-empathy` (RULES.md, kind `flag`). Patterns use the rule language of ../../pattern.ts over
// canonical text, so "It's" / "it is" / "IT IS" are one case.
import { GENERIC_TROUBLE } from '../concepts';
import type { FlagRuleData } from '../types';

// Word classes of scripted sympathy. An apology, regret or sadness predicate ...
const INTENS = '(?:so |very |truly |really |deeply |terribly |sincerely |genuinely |extremely |most )?';
const APOLOGY =
  `(?:(?:i|we) (?:am |are |was |were |feel |felt )?{adv}${INTENS}(?:sorry|apologi[sz]e|regret|saddened|sad|disheartened|gutted|devastated)|${INTENS}sorry|(?:our |my )?(?:sincere |sincerest |deepest |many |humble )?apologies)`;
// ... about nothing in particular: a trouble word not followed by what the trouble was.
const VAGUE = `(?:(?:any|the|all the|all of the|this|that|such|your) )?${GENERIC_TROUBLE}(?! (?:with|on|in|of|at|regarding|about|over|when|while|during|to (?:your|the))\\b)`;
// How a scripted line says something was hard, without saying what.
const DISTRESSING = '(?:frustrating|annoying|upsetting|stressful|disruptive|difficult|disappointing|inconvenient|worrying|concerning|irritating|maddening|distressing|hard|infuriating|exasperating|tiresome)';
// A disappointing time, said in general terms.
const BAD_TIME = '(?:(?:a|an|such a|this|that) )?(?:bad|negative|poor|disappointing|unpleasant|frustrating|less than (?:perfect|ideal|satisfactory)|not so great|upsetting) (?:experience|time|visit|stay|trip|journey)';

export const cannedEmpathy: FlagRuleData = {
  id: 'canned-empathy',
  category: 'listening',
  weight: 15,
  severity: 'warn',
  title: 'Canned empathy',
  why: 'Form-letter sympathy signals that nobody read the message.',
  better: 'Name their actual problem in the apology.',
  patterns: [
    { p: '{we} (?:do |sincerely |truly |deeply |would like to )?(?:apologi[sz]e~|regret) (?:for )?(?:any|the|all the) (?:inconvenience|trouble|disruption|frustration|confusion)(?: (?:this|that|it) (?:may|might|has|will)? ?(?:have )?(?:caused|cause)(?: you)?| caused)?', better: 'I’m sorry {issue}.' },
    { p: '(?:i am |we are )?{adv}sorry for (?:any|the|all the|this|that) (?:inconvenience|trouble|confusion)(?: (?:this|that|it) (?:may|might|has)? ?(?:have )?(?:caused|cause)(?: you)?| caused)?', better: 'I’m sorry {issue}.' },
    { p: '(?:apologies|our apologies|my apologies) for (?:any|the) (?:inconvenience|trouble|confusion)(?: caused)?', better: 'I’m sorry {issue}.' },
    { p: '(?:your|this) (?:call|query|email|message|business|enquiry|inquiry|feedback|custom|request) (?:is|means) (?:very |really |extremely |so )?(?:important|valuable|a lot) to us', better: 'I’ve read your message and here is what I’m doing about it:' },
    { p: '{we} {adv}understand (?:your|the) (?:frustration|concerns?|feelings|inconvenience|disappointment|annoyance)(?! (?:about|with|over|at|regarding|that) (?!this|that|it)[a-z])', better: 'I’m sorry {issue}, and here is what I’m doing about it.' },
    { p: '{we} {adv}(?:understand|realise|realize|can see|can imagine|know) (?:that |why |how )?you (?:are|feel|must be|would be|might be|may be|were|must feel) {adv}{feel}(?: (?:about|by|with) (?:this|that|it))?(?: and (?:i am|we are) {adv}sorry to hear (?:that|this|about that))?(?! (?:about|with|that|when|by|over|because) )', better: 'I’m sorry {issue}, and here is what I’m doing about it.' },
    { p: '{we} {adv}(?:understand|realise|realize|can see|can imagine|know) how (?:frustrating|annoying|upsetting|stressful|difficult|disappointing|inconvenient) (?:this|that|it)(?: (?:situation|issue|problem|experience|matter))? (?:is|must be|has been|can be|was)(?: for you)?(?! (?:to|when|that|for you to|having|not) )', better: 'I’m sorry {issue}, and here is what I’m doing about it.' },
    { p: '(?:i am|we are) {adv}sorry (?:to hear )?(?:that )?you (?:feel|are|were|felt|have been) (?:that way|this way|{feel})(?=[ \\n]*(?:[.!,;-]|$|and |but ))', better: 'I’m sorry {issue}.' },
    { p: '(?:i am|we are) {adv}sorry to hear (?:that|this|about that|about this)(?=[ \\n]*(?:[.!,;]|$))', better: 'I’m sorry {issue}.' },
    '(?:we are|we have been) experiencing (?:an? )?(?:exceptional|unusually high|high|higher than (?:normal|usual)|unexpected|large) (?:call |contact |ticket )?volumes?',
    '(?:an? )?(?:unexpected |unusual )?(?:increase|surge) in (?:call|contact|ticket) volumes?',
    'we take (?:this|your (?:concerns?|feedback|complaint)|these matters|customer (?:service|satisfaction)) (?:very )?seriously',
    '{we} (?:hear|feel) your (?:pain|frustration)',
    { p: '{we} {adv}(?:understand|know|can imagine|appreciate) how you (?:feel|must feel|are feeling|must be feeling)(?! (?:about|when|after) (?!this|that|it\\b)[a-z])', better: 'I’m sorry {issue}, and here is what I’m doing about it.' },
    { p: '(?:i am|we are|i was|we were) {adv}sorry to (?:hear|learn|read) (?:about )?(?:your|this|that) (?:recent |negative |poor |bad |disappointing )?experience', better: 'I’m sorry {issue}.' },
    // Frames: a sympathy predicate over a vague object, in the wordings agents vary.
    { p: `${APOLOGY} (?:for|about|over|regarding) ${VAGUE}(?: (?:this|that|it|we|the [a-z]+) (?:may |might |could |has |have |will )?(?:have )?(?:caused|created|brought)(?: (?:to )?you)?| (?:caused|created)(?: (?:to )?you)?)?`, better: 'I’m sorry {issue}' },
    { p: `(?:i|we) {adv}${INTENS}regret (?:any|the|all the) ${GENERIC_TROUBLE}`, better: 'I’m sorry {issue}' },
    { p: `${APOLOGY} if (?:this|that|it|we|the [a-z]+) (?:has |have |may have |might have |may |might )?(?:caused|created|given) (?:you )?(?:any |some )?${GENERIC_TROUBLE}`, better: 'I’m sorry {issue}' },
    { p: `${APOLOGY} if (?:you|your [a-z]+|anyone) (?:were|was|felt|have been|has been|are|feel) {adv}(?:{feel}|upset|let down)`, better: 'I’m sorry {issue}' },
    { p: `(?:the |any |all )?${GENERIC_TROUBLE} (?:caused |to you )?(?:is |are )?(?:deeply |sincerely |much )?regretted`, better: 'I’m sorry {issue}' },
    { p: `${APOLOGY} to (?:hear|learn|read|see)(?: (?:that|this|about (?:that|this)|of this|it))?(?=[ \\n]*(?:[.!,;]|$))`, better: 'I’m sorry {issue}.' },
    { p: `${APOLOGY} to (?:hear|learn|read) (?:about |of )?(?:your|this|that|the) (?:recent |negative |poor |bad |disappointing )?(?:experience|feedback|comments?)`, better: 'I’m sorry {issue}' },
    { p: `${APOLOGY} (?:to hear )?(?:that )?you (?:are|were|have been) having (?:some |any |these |those )?(?:issues|problems|trouble|difficulties)(?=[ \\n]*(?:[.!,;]|$))`, better: 'I’m sorry {issue}.' },
    { p: `${APOLOGY} (?:to hear )?(?:that )?you (?:feel|felt) (?:this|that) way(?: about (?:this|that|it|the [a-z]+))?`, better: 'I’m sorry {issue}' },
    { p: `${APOLOGY} (?:to hear )?(?:that )?(?:you|your [a-z]+) (?:have |has )?(?:had|have|got|received) ${BAD_TIME}`, better: 'I’m sorry {issue}' },
    { p: `${APOLOGY} (?:to hear )?(?:that )?(?:your|the) (?:[a-z]+ ){0,2}(?:did not|has not|does not) (?:go (?:as planned|to plan|smoothly|well)|meet (?:your )?expectations|live up to (?:your )?expectations)`, better: 'I’m sorry {issue}' },
    '(?:this|that|it) (?:is|was) (?:not|never) the (?:kind of |type of |sort of )?(?:experience|service|standard|impression) (?:we|that we) (?:want|would want|expect|aim|strive|hope|like)',
    { p: `{we} {adv}(?:understand|appreciate|can (?:only )?imagine|can see|know|realise|realize) (?:just )?how ${INTENS}${DISTRESSING} {gap:3}(?:is|are|must be|has been|have been|can be|was|would be|must have been|might be)(?: for you)?(?! (?:to|when|that|for you to|having|not|because) )`, better: 'I’m sorry {issue}, and here is what I’m doing about it.' },
    { p: `{we} {adv}(?:understand|appreciate|know|realise|realize|see) (?:that )?(?:this|that|it) (?:is|must be|has been|can be|was) ${INTENS}${DISTRESSING}(?:[ \\n]for you)?(?=[ \\n]*(?:[.!,;]|$|and |but ))`, better: 'I’m sorry {issue}, and here is what I’m doing about it.' },
    { p: '{we} {adv}can (?:only )?imagine how (?:you (?:feel|must feel|are feeling|must be feeling)|(?:this|that|it) (?:feels|must feel))', better: 'I’m sorry {issue}, and here is what I’m doing about it.' },
    { p: '{we} {adv}understand where you are coming from', better: 'I see why this matters', swap: true },
    { p: '(?:i|we) {adv}(?:hear|get) you(?=[ \\n]*(?:[.!,;-]|$|and |but ))', better: 'I’m sorry {issue}' },
    { p: '(?:i|we) {adv}understand(?=[ \\n]*(?:[.!,;]|$|and i would|and we would))', better: 'I’m sorry {issue}' },
    { p: '(?:i|we) {adv}(?:acknowledge|note|recogni[sz]e) your (?:dissatisfaction|frustration|disappointment|concerns?|displeasure|unhappiness|feelings)', better: 'I’m sorry {issue}' },
    '(?:i|we) take (?:[a-z\']+ ){1,3}(?:very |extremely |really |incredibly |most )?seriously',
    { p: `and (?:for |about )?(?:any|all the) ${GENERIC_TROUBLE}(?: (?:this|that|it) (?:may |might |has |have )?(?:have )?caused(?: you)?| caused(?: you)?)?`, better: 'and I’m sorry {issue}' },
    { p: `${APOLOGY} (?:that )?(?:this|it|that) (?:is|has been|is been|was) (?:such )?(?:a (?:pain|hassle|nuisance|bother|faff|headache)|${INTENS}(?:annoying|frustrating|inconvenient|stressful|upsetting))(?=[ \\n]*(?:[.!,;]|$|and |but ))`, better: 'I’m sorry {issue}' },
    { p: `${APOLOGY} (?:to hear )?(?:that )?you (?:feel|felt|are|were|have been) {adv}(?:let down|upset|{feel})(?: (?:by|with) (?:our|us|the)(?: [a-z]+)?)?(?=[ \\n]*(?:[.!,;]|$|and |but ))`, better: 'I’m sorry {issue}' },
    { p: `{we} {adv}(?:understand|appreciate|know|get) how ${INTENS}${DISTRESSING} (?:it|this|that) (?:is|can be|gets) when (?:things|something|plans|this|that)`, better: 'I’m sorry {issue}, and here is what I’m doing about it.' },
    { p: '{we} {adv}(?:understand|appreciate|know|realise|realize) (?:that )?(?:this|it) (?:is|must be|has been) (?:a |an )?(?:very |really |incredibly |extremely )?(?:worrying|difficult|stressful|anxious|frustrating|upsetting|hard|challenging|trying|uncertain) (?:time|period|situation|few days|few weeks)', better: 'I’m sorry {issue}, and here is what I’m doing about it.' },
    { p: `(?:i|we) {adv}get (?:how|that) (?:(?:it|this|that) (?:is|can be|must be) )?${INTENS}${DISTRESSING}(?: (?:that|this|it) (?:is|can be|must be))?(?=[ \\n]*(?:[.!,;]|$|and |but ))`, better: 'I’m sorry {issue}' },
  ],
};
