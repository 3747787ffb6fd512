// `canned-empathy` (RULES.md, kind `flag`). Patterns use the rule language of ../../pattern.ts over
// canonical text, so "It's" / "it is" / "IT IS" are one case.
import type { FlagRuleData } from '../types';

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
  ],
};
