// `system-says` (RULES.md, kind `flag`). Patterns use the rule language of ../../pattern.ts over
// canonical text, so "It's" / "it is" / "IT IS" are one case.
import type { FlagRuleData } from '../types';

export const systemSays: FlagRuleData = {
  id: 'system-says',
  category: 'ownership',
  weight: 15,
  severity: 'warn',
  title: 'Treating the system as infallible',
  why: 'The customer is telling you the system is wrong; quoting it back says you trust it more than them.',
  better: 'Admit the system may be wrong, and check.',
  patterns: [
    { p: '(?:the|our|my|the [a-z-]+\'s) (?:[a-z-]+ )?(?:computer|computers|system|systems|records?|logs?|database|data|screen|history|notes|gps|scan|scans|scanner|sensors?|cctv|camera|photo|tracking(?: system| information)?) {adv}(?:show(?:s|ed)?|indicate~|say~|said|state~|confirm~|list~|reflect~|tell~ (?:me|us)|read~|suggest~|record~|(?:has|have|had) (?:you|it|this|that) (?:as|down))', better: 'Our records show …, but they may be wrong, so I’m checking.' },
    { p: '(?:the|our) (?:computer|computers|system|systems) (?:will|does|do|would|can) not (?:let|allow|accept|take|do|process|handle)', better: 'I’ll find another way to do this for you.' },
    '(?:until|unless) (?:the|our) (?:system|computer) (?:lets|allows|let|allow)',
    '(?:the|our) (?:system|computer|records?|data) (?:does not|do not|never|can not|will not) (?:lie|lies|make mistakes|get (?:it|things) wrong)',
    '(?:the|our) (?:[a-z-]+ )?(?:system|records?|database|logs?) (?:has|have|shows?|show) no (?:record|trace|sign|evidence)',
    '(?:our|the) (?:computers?|systems?) (?:are|is) (?:slow|down|playing up)',
    '(?:our|the) (?:[a-z]+ ){0,3}system (?:lost|rejected|declined|deleted|blocked|flagged|cancel(?:l)?ed)',
    { p: '(?:according to|(?:as )?per|based on|going by) (?:our|the|my) (?:computer|system|systems|records?|logs?|database|data|account (?:history|notes))', better: 'Our records say …; if that’s wrong, I’ll correct it.' },
    'computer says no',
    '{it} {be} (?:just )?(?:computer|system)[- ]generated',
    '(?:the|our) (?:computer|system|records?)(?:\'s| is| are) (?:saying|showing|telling (?:me|us))',
    'i can see (?:on|in|from) (?:our|the) (?:system|records|computer|database)',
    '{be} recorded (?:against|on|to) your (?:number|account|line)',
  ],
  // Hedged: the agent already allows that the record may be wrong.
  unlessSentence: [
    '\\b(?:may|might|could|can) (?:be|have been) (?:wrong|mistaken|incorrect|an error|a mistake|out of date)',
    '\\b(?:do not|would not) want to rely on\\b',
    '\\b(?:let me|i will|i am going to|i am) (?:check|checking|verify|verifying|double-check|double-checking|look into|looking into|confirm)\\b',
    '\\bgot (?:this|it|that) wrong\\b',
    '\\b(?:possible|possibly|chance) (?:that )?(?:our|the|there)\\b',
    '\\bdouble[- ]check',
    '\\bif (?:that|this|it) is (?:wrong|not right|incorrect)',
    '\\b(?:our|my) (?:mistake|fault|error)\\b',
  ],
};
