// `policy-shield` (RULES.md, kind `flag`). Patterns use the rule language of ../../pattern.ts over
// canonical text, so "It's" / "it is" / "IT IS" are one case.
import type { FlagRuleData } from '../types';

const POLICY_WORDS = '(?:polic(?:y|ies)|terms(?: and conditions| of service| of business)?|t&cs?|guidelines|rules|regulations|procedures?)';

export const policyShield: FlagRuleData = {
  id: 'policy-shield',
  category: 'ownership',
  weight: 15,
  severity: 'warn',
  title: 'Hiding behind policy',
  why: 'Pointing to a policy tells the customer the rules matter more than they do, and ends the conversation.',
  better: 'Say what you can do and why, in your own words.',
  patterns: [
    { p: '{it} {be} {adv}(?:not )?(?:our|the|company|a|the company(?:\'s)?|our company(?:\'s)?|just) (?:company )?(?:polic(?:y|ies)|rules)', better: 'Explain the reason in your own words, then say what you can do.' },
    { p: '{it} {be} {adv}(?:against|outside(?: of)?|not within|not covered by) (?:our|the|company|company\'s) (?:company )?' + POLICY_WORDS, better: 'Here is what I can do instead:' },
    { p: '(?:per|under|according to|in line with|in accordance with|as per|due to|because of|in keeping with) (?:our|the|company|company\'s|our company\'s|the company\'s) (?:company |strict |current |standard )?' + POLICY_WORDS, better: 'Because [the real reason], ' },
    '(?:our|the) (?:company\'s |company )?(?:[a-z]+ )?' + POLICY_WORDS + ' (?:prevent|prohibit|forbid|dictate|require)s?',
    '(?:our|the) (?:company\'s |company )?' + POLICY_WORDS + ' (?:clearly )?(?:state|say|stipulate)s?',
    { p: '{we} {be} {adv}not (?:allowed|permitted|authori[sz]ed) to', better: 'I can’t do that one, but here is what I can do:' },
    'rules are rules',
    '(?:those|these) are the rules',
    '{we} (?:do|can|will) not (?:make|do|give) (?:any |an )?exceptions?',
    '{we} (?:do|can|will) not make (?:an|any) exception',
    'i (?:am|was) (?:just |only )?following (?:company |our |the )?(?:polic(?:y|ies)|procedures?|the rules|rules)',
    'i do not make the rules',
    '(?:the )?(?:rules|polic(?:y|ies)|deadlines?|terms|fees?) (?:is|are) the same for (?:everyone|everybody|every customer|all (?:our )?customers)',
    'polic(?:y|ies) (?:is|are) polic(?:y|ies)',
    // Last: it may begin with any word ("the refund policy does not …"), so it is searched
    // across the text rather than only where a known opening word occurs.
    '(?:(?:our|the) )?(?:company\'s |company )?(?:[a-z]+ )?' + POLICY_WORDS + ' {adv}(?:do|does|did|will) not (?:permit|allow|let|cover)',
  ],
  // "It's not our policy to leave families without heating, so I've booked ..." reverses the shield.
  unlessSentence: ['\\bso (?:i|we) (?:have|will|am going to|are going to)(?! not\\b)', '\\bwhich is why (?:i|we) (?:have|will)(?! not\\b)', '\\binstead\\b'],
};
