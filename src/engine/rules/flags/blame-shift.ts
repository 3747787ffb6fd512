// `blame-shift` (RULES.md, kind `flag`). Patterns use the rule language of ../../pattern.ts over
// canonical text, so "It's" / "it is" / "IT IS" are one case.
import type { FlagRuleData } from '../types';

// "you should have checked" blames; "you should have plenty of time" does not.
const PARTICIPLE =
  '(?:[a-z]{2,}ed|read|known|done|gone|sent|told|kept|made|taken|paid|bought|brought|given|written|spoken|left|put|set|let|chosen|caught|thought|understood|shown|rung|run|forgotten|missed|ignored)';

export const blameShift: FlagRuleData = {
  id: 'blame-shift',
  category: 'ownership',
  weight: 15,
  severity: 'warn',
  title: 'Shifting the blame',
  why: 'Pointing the finger, even when it is true, makes the customer defend themselves instead of working with you.',
  better: 'Own the next step, whoever caused it.',
  patterns: [
    { p: 'you (?:should|ought to) (?:have|not have) (?!(?:received|got|gotten|been|heard|had|seen|needed)\\b)' + PARTICIPLE, better: 'Next time, [what helps]; for now, here is what I’ll do:' },
    { p: 'you (?:failed|neglected|forgot|omitted) to', better: 'It looks like … didn’t go through, so I’ll …' },
    'you (?:did not|have not|never) (?:follow|read|check|complete|confirm|enclose|include|update)',
    { p: 'you must have (?!(?:been|felt|had|received|heard|thought|wondered|noticed|seen|needed|wanted|hoped|expected)\\b)' + PARTICIPLE, better: 'It looks like …; let’s fix it:' },
    'if you (?:had|would|would have) (?:read|checked|looked|followed|paid attention|contacted|called|told)',
    'you would have (?:seen|known|noticed|avoided)',
    { p: '{it} {be} {adv}(?:not|nothing to do with) (?:my|our|the company\'s) (?:fault|job|problem|department|responsibility|area|team|issue|concern)', better: 'I’ll take this on and make sure it gets sorted.' },
    '{it} (?:has|had) nothing to do with (?:me|us)',
    '(?:the )?fault is not (?:from |on |at )?our (?:end|side)',
    '{it} {be} (?:down to|up to|the fault of|the responsibility of) (?:the|your) (?:courier|carrier|manufacturer|bank|post office|airline|supplier|delivery company|other team|[a-z]+ team|partner|retailer|seller)',
    '{it} {be} (?:their|the courier\'s|the carrier\'s|the manufacturer\'s|the bank\'s|your bank\'s|your) (?:responsibility|fault|problem)',
    ', not (?:us|ours|our fault|me|mine)(?=[ \\n]*(?:[-.,;!]|$))',
    '{it} {be} (?:a matter|an issue|one) for (?:the|our|your) (?:[a-z-]+ )?(?:team|department|bank|courier|carrier|manufacturer|provider|supplier)',
    '(?:is|are) (?:the )?(?:[a-z-]+ )?[a-z-]+(?:\'s|s\')(?: [a-z-]+)? responsibility',
    { p: 'you (?:will|would) (?:need|have) to (?:take (?:it|this|that) up with|contact|call|speak (?:to|with)|get in touch with|reach out to|raise (?:it|this|that) with|file a claim with|complain to) (?:them|the [a-z-]+(?: [a-z-]+)? (?:team|department|directly|themselves)|the (?:courier|carrier|manufacturer|retailer|bank|airline|seller|supplier)|your bank)', better: 'I’ll contact them for you and keep you updated.' },
    'you (?:have )?made (?:a|an) (?:mistake|error)',
    'why did you not (?:call|contact|tell|check|read)',
    '(?:issue|problem|fault) (?:is|lies|was) (?:with|on|at) your (?:end|side|[a-z]+ (?:wiring|device|network|router|settings|bank))',
    '(?:an? |the )?(?:issue|problem|fault) (?:on|at|with) (?:your|their)(?: [a-z\']+)? (?:end|side)',
    '(?:caused by|due to|because of) (?:your|you) (?:own |not |failing )',
    'apparently,? you (?:overlooked|missed|ignored)',
    '(?:our|the) (?:business )?partners? will (?:have|need) to (?:help|deal with|sort)',
    'they do not know what they are doing',
  ],
};
