// blame-shift, recall frames of session 36 (src/engine/rules/flags/blame-shift-frames.ts): for each
// intent, new wordings it must catch and the near misses it must leave quiet (a cause owned with a
// fix, our own side named, a third party named while the agent acts, a plain fact or rule).
// All sentences invented for this test.
import { describe, expect, test } from 'vitest';
import { ruleFlagsOf } from './swap-helpers';

const flagged = (reply: string) => ruleFlagsOf('blame-shift', reply).length > 0;

const intents: [string, string[], string[]][] = [
  [
    'the cause traced to the customer’s side',
    [
      'The stuttering is almost always caused by your home wifi.',
      'Most of these sync errors come from an outdated browser on your laptop.',
      'These crashes usually stem from the ad-blocker in your browser.',
      'The error came from the spreadsheet you uploaded.',
      'The failures are triggered by an old token your integration keeps sending.',
      'The drop was client-side.',
      'The booking must have been cancelled on your end.',
      'Your IT department must have filtered our emails.',
      'It looks likely someone at your address has signed for it.',
    ],
    [
      'The slow speeds were caused by our server fault, not your router.',
      'This isn’t caused by your browser; it was our update.',
      'The refund can take 5 days depending on your bank.',
      'The file you uploaded came through fine and I’ve attached it to your claim.',
      'I’ll check whether it was deleted on our side.',
      'Your staff will have their wages by 6pm.',
    ],
  ],
  [
    'the customer’s act as the cause',
    [
      'The refund was refused because you returned it after 40 days.',
      'Your photo was rejected because you submitted a screenshot instead of a scan.',
      'The cover was cancelled since you skipped two payments.',
      'The jacket was ruined because you not follow the care instructions.',
      'Since you declined the inspection, we could not confirm the damage.',
      'You picked the basic plan, so the extra fee applies.',
      'They went with their own mechanic, so the warranty is not valid.',
      'You’re using a cracked version, and that’s what breaks the updates.',
      'The dent happened after you drove it off the forecourt.',
      'A slow router is the most common cause of this.',
      'Possibly the frame was damaged before installation.',
    ],
    [
      'I’ve refunded it because you asked me to.',
      'The order was cancelled because you requested it, and the refund is on its way.',
      'Since you booked early, you get a 10% discount.',
      'As you mentioned, the parcel was damaged, so I’ve sent a new one.',
      'You chose the express option, so it will arrive tomorrow.',
      'You picked a lovely colour, and it will arrive on Friday.',
    ],
  ],
  [
    'the customer told what they should have known',
    [
      'You were therefore well aware of the fee.',
      'Anyone reading the contract properly would have noticed the clause.',
      'Lots of users make this same mistake.',
      'This should have been spotted sooner.',
      'Guests are advised to arrive 20 minutes early.',
      'Customers are told about the fee before they pay.',
      'The tenant should notify the office before leaving.',
      'The onus is on the account holder to keep it updated.',
      'Bikes are left at the owner’s risk.',
      'The replacement cost falls to you.',
      'Please be more careful next time.',
      'You should double-check the dates before booking.',
      'It would have been wise to inspect it on delivery.',
      'You forget to update your card, so the payment failed.',
      'The patient didn’t sign the consent form, so we can’t proceed.',
      'If that was an error, it was yours.',
    ],
    [
      'If you were aware of the fee, let me know.',
      'Your refund should have been processed sooner, and I’m sorry.',
      'Guests are welcome to check in from 2pm.',
      'The customer should receive a refund within 5 days.',
      'The onus is on us to fix this.',
      'Please make sure to contact us next time you need help.',
      'It would have been better to tell you sooner, and that’s on us.',
      'If you forget to renew, we send a reminder.',
      'You not only get free delivery but also a discount.',
      'The customer did not receive the parcel.',
      'The choice is yours.',
    ],
  ],
  [
    'the matter handed to another party',
    [
      'Refunds are issued by the ticket agency, so we have no control over the timing.',
      'Opening times are set by each branch, so it’s not something we can change.',
      'Our office has no involvement in billing.',
      'The delay sits within a separate department.',
      'Our riders are self-employed partners.',
      'All claims for loss have to be raised by the sender.',
      'Please file your complaint with the airline.',
      'We’d suggest contacting the hotel directly for compensation.',
      'It may be worth contacting the airline about compensation.',
      'The manufacturer will be best placed to help.',
      'You are kindly requested to take up the matter with the store manager.',
      'You’ll need to contact our insurers directly.',
      'Your account manager is the one to approve a discount.',
      'Repairs need to be arranged with the manufacturer.',
      'Only your bank can reverse the charge.',
      'Once it’s handed to the courier, it’s out of our hands.',
      'That was the warehouse team, not us.',
    ],
    [
      'Refunds are processed by our finance team and I’ve asked them to prioritise yours.',
      'Waiting times are set by clinical priority, and there is nothing else I can add.',
      'Refunds go to the original card within 5 days.',
      'I’ll contact the courier and raise a claim with them for you.',
      'The best way is to contact us on 0800 123 456.',
      'I am the one to sort this out for you.',
      'Only the airline can authorise that, so I’ve asked them today.',
      'It’s a courier issue, and I’m chasing it for you now.',
      'Our team will be best placed to help, and I’ve passed it on.',
    ],
  ],
  [
    'our part denied',
    [
      'The hold-up is not due to this office.',
      'The crash was not caused by a bug on our side.',
      'So this isn’t a delivery fault.',
      'There is no failing on our part.',
      'The loss cannot be attributed to us.',
      'The garage denies causing the damage.',
    ],
    [
      'That was our mistake, not yours.',
      'The delay is due to our warehouse move, and I’m sorry.',
      'It was not caused by anything you did.',
      'We have no control over the weather, but I’ve rebooked you.',
    ],
  ],
];

describe.each(intents)('blame-shift frames: %s', (_intent, caught, quiet) => {
  test.each(caught)('caught: %s', (reply) => expect(flagged(reply)).toBe(true));
  test.each(quiet)('quiet: %s', (reply) => expect(flagged(reply)).toBe(false));
});
