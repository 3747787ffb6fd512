// Phrases that hurt (RULES.md, kind `flag`), one file a rule, in RULES.md order.
import type { FlagRuleData } from './types';
import { policyShield } from './flags/policy-shield';
import { systemSays } from './flags/system-says';
import { cannedEmpathy } from './flags/canned-empathy';
import { deadEnd } from './flags/dead-end';
import { blameShift } from './flags/blame-shift';
import { argueDefend } from './flags/argue-defend';
import { corporateSpeak } from './flags/corporate-speak';
import { wrongName } from './flags/wrong-name';
import { unfilledPlaceholder } from './flags/unfilled-placeholder';
import { weForI } from './flags/we-for-i';
import { sorryForWait } from './flags/sorry-for-wait';
import { vagueTime } from './flags/vague-time';

export const FLAG_RULES: FlagRuleData[] = [
  policyShield, systemSays, cannedEmpathy, deadEnd, blameShift, argueDefend, corporateSpeak,
  // RULES.md, *Added rules*.
  wrongName, unfilledPlaceholder, weForI, sorryForWait, vagueTime,
];
