// `dead-end` (RULES.md, kind `flag`). Patterns use the rule language of ../../pattern.ts over
// canonical text, so "It's" / "it is" / "IT IS" are one case.
import type { FlagRuleData } from '../types';

export const deadEnd: FlagRuleData = {
  id: 'dead-end',
  category: 'ownership',
  weight: 15,
  severity: 'warn',
  title: 'Dead end',
  why: 'Wording that shuts every door leaves the customer nowhere to go but angrier.',
  better: 'Offer the nearest thing you can do.',
  patterns: [
    { p: 'nothing (?:more |else |further )?(?:can|could|will) be done', better: 'Here is the closest thing I can do:' },
    { p: 'there {be} (?:nothing|not anything|no more|nothing more|nothing else|nothing further) (?:that )?(?:i|we) (?:can|could|are able to|am able to) (?:do|offer)', better: 'Here is what I can do:' },
    'there {be} nothing (?:more|else|further) to (?:add|say|discuss|do)',
    { p: '{we} (?:can not|will not|am unable to|are unable to|am not able to|are not able to|will not be able to) (?:do|offer) (?:anything|any more|nothing)(?: (?:more|else|further))?', better: 'Here is what I can do:' },
    { p: '(?:the|your|our) only (?:solution|option|thing|way)(?: (?:that )?(?:i|we) (?:can|could) (?:provide|offer|suggest|do))? (?:is|would be) (?:that you|to|for you to)', better: 'One option is …; another is …' },
    'there {be} no way (?:(?:around|round) (?:it|this|that)|to|of)',
    '(?:that|this|the outcome|(?:the|our|my|this) decision(?: [a-z]+){0,3}) (?:is|was|remains) (?:final|non-negotiable)',
    '{we} (?:can not|are unable to|am unable to|are not able to|am not able to) (?:assist|help)(?: you)?(?: (?:any|in any way))? (?:further|more)',
    'no exceptions',
    '(?:this|the) (?:matter|case|complaint) (?:is|is now|has been|will be) (?:now )?closed',
    '(?:consider|treat|deem) (?:the|this) (?:matter|case|complaint) (?:closed|resolved|final)',
    '{we} (?:will|shall) not be (?:discussing|responding|corresponding|entering into)',
    'you will (?:just |simply )?have to (?:wait|accept|live with|go to (?:our|the) website)',
    'there {be} no (?:manager|supervisor|one else) (?:available|here|to speak to)',
    'take your business elsewhere',
  ],
};
