// `corporate-speak` (RULES.md, kind `flag`). Patterns use the rule language of ../../pattern.ts over
// canonical text, so "It's" / "it is" / "IT IS" are one case.
import type { FlagRuleData } from '../types';

export const corporateSpeak: FlagRuleData = {
  id: 'corporate-speak',
  category: 'listening',
  weight: 10,
  severity: 'warn',
  title: 'Corporate speak',
  why: 'Stilted, legal-sounding wording reads like a script, not a person.',
  better: 'Use plain words.',
  patterns: [
    { p: 'please be advised(?: that)?', better: '', swap: true },
    { p: '(?:please )?be (?:advised|informed)(?: that)?', better: '', swap: true },
    { p: '(?:we|i) (?:hereby )?acknowledge (?:receipt of|your)', better: 'Thanks for', swap: true },
    { p: '(?:please )?kindly note(?: that)?', better: 'Just so you know,', swap: true },
    { p: '(?<!thank you |thanks |very |so |most )kindly(?! (?:offered|agreed|gave|given|sent|let|helped))', better: 'please', swap: true },
    { p: 'as per', better: 'following', swap: true },
    { p: 'at this (?:point|moment) in time', better: 'right now', swap: true },
    { p: '(?:i am|we are) verbali[sz]ing(?: to you)?', better: 'I’m telling you', swap: true },
    { p: 'further to your', better: 'Following up on your', swap: true },
    { p: 'we (?:hereby|herewith)', better: 'we', swap: true },
    { p: 'hereby', better: '', swap: true },
    { p: 'pursuant to', better: 'under', swap: true },
    { p: 'we wish to inform you(?: that)?', better: '', swap: true },
    { p: 'we regret to inform you(?: that)?', better: 'I’m sorry to say', swap: true },
    { p: 'dear (?:valued )?(?:customer|client|sir or madam|sir/madam)', better: 'Hi [name]', swap: true },
    { p: '(?:please )?do not hesitate to (?:contact|reach out to|get in touch with)', better: 'just reply to', swap: true },
    { p: '(?:enclosed|attached) please find', better: 'I’ve attached', swap: true },
    { p: 'please find (?:attached|enclosed)', better: 'I’ve attached', swap: true },
    { p: 'at your earliest convenience', better: 'when you can', swap: true },
    { p: 'revert (?:back )?to you', better: 'get back to you', swap: true },
    { p: 'do the needful', better: 'sort this out', swap: true },
    { p: 'with (?:immediate )?effect(?: from)?', better: 'from', swap: true },
    { p: 'aforementioned', better: 'this', swap: true },
  ],
};
