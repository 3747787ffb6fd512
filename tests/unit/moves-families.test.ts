// Families of conversations where a missing move went unnoticed or was suggested wrongly (issue
// 16): each family fires on its own wording and stays quiet where the move is made or not needed.
import { describe, expect, test } from 'vitest';
import { createScorer } from '../../src/engine';

const scoreReply = createScorer();
const suggested = (reply: string, customer?: string) =>
  scoreReply(customer === undefined ? { reply } : { reply, customer })
    .findings.filter((f) => f.kind === 'suggestion')
    .map((f) => f.ruleId);

interface Family {
  rule: string;
  fires: { customer: string; reply: string }[];
  quiet: { customer: string; reply: string }[];
}

const FAMILIES: Record<string, Family[]> = {
  // A request that leaves the customer waiting on someone is a problem to own and to time.
  'a request for action is a problem to own': [
    {
      rule: 'own-it',
      fires: [
        { customer: 'I need to transfer my mobile contract to my son’s name, I’m moving into a care home.', reply: 'Transfers of ownership need both account holders to sign the form on our website.' },
        { customer: 'Please add my wife to my account. She’s in the branch with me right now.', reply: 'Adding a second holder needs ID from both of you.' },
      ],
      quiet: [
        { customer: 'I need to transfer my mobile contract to my son’s name, I’m moving into a care home.', reply: 'I’ll send you the transfer form today and process it as soon as it comes back.' },
        { customer: 'Does my mobile plan include EU roaming?', reply: 'Yes, your plan includes roaming in the EU at no extra cost.' },
      ],
    },
    {
      rule: 'next-steps',
      fires: [{ customer: 'Please add my wife to my account. She’s in the branch with me right now.', reply: 'Adding a second holder needs ID from both of you.' }],
      quiet: [{ customer: 'Please add my wife to my account. She’s in the branch with me right now.', reply: 'I’ll add her today once the branch has scanned her ID.' }],
    },
  ],
  // A customer's report of our error in words the cues did not know: money taken twice, a parcel
  // sent to the wrong place, a record they dispute, paid-for things that never appeared, a service
  // down, being left uninformed, and someone else's slip read as the customer's own.
  'a report of our error in other words': [
    {
      rule: 'admit-error',
      fires: [
        { customer: 'My direct debit was taken twice this month, £42 each time. I need one back.', reply: 'Direct debits are collected on the 1st of each month.' },
        { customer: 'Hi, my package was delivered to my old address. I updated it in my account before ordering!', reply: 'Orders go to the address saved at checkout.' },
        { customer: 'My daughter’s exam result has been recorded as absent but she sat the exam.', reply: 'Results are entered by the exam board.' },
        { customer: 'I bought the deluxe edition but the bonus content never unlocked.', reply: 'Bonus content can take up to 24 hours to appear.' },
        { customer: 'Our API calls are failing with 500 errors since last night.', reply: 'Please check your API key is valid.' },
        { customer: 'You cut the power for planned works yesterday without telling us.', reply: 'Planned works are listed on our website.' },
        { customer: 'I was sent a bill for $240. Your office used the wrong insurance ID. Please correct.', reply: 'Bills are generated from the details on file.' },
        // A step taken beside a record quoted as proof, or the blame put on them, holds their account against them.
        { customer: 'The technician never turned up for my appointment.', reply: 'Our records show the technician attended at 10:40. I’ve rebooked the technician for Tuesday 8–12.' },
      ],
      quiet: [
        // Putting it right with nothing said against their account: the writers of tune label the
        // admission done (reply.takesItOn), though dev.jsonl labels one such reply the other way.
        { customer: 'You billed me £30 for a month I had already cancelled.', reply: 'I’ll refund the £30 to your card by Friday and confirm by email.' },
        { customer: 'The technician never turned up for my appointment.', reply: 'I’ve rebooked the technician for Tuesday 8–12 and I’ll call you on Monday to confirm.' },
        { customer: 'My direct debit was taken twice this month, £42 each time. I need one back.', reply: 'You’re right, that second collection was our mistake. I’ve refunded the £42 today.' },
        { customer: 'I used the wrong card by mistake when I paid. Can I swap it?', reply: 'Card payments can’t be moved to another card once taken.' },
      ],
    },
  ],
  // Earlier contacts counted without a verb of asking: "3 tickets, 0 replies", "4 calls. Still broken."
  'contacts counted without the verb': [
    {
      rule: 'acknowledge-repeat',
      fires: [
        { customer: '@Riftborn 3 tickets, 0 replies. my purchase never arrived', reply: 'Purchases can take up to 24 hours to arrive.' },
        { customer: 'Smart meter’s been showing no signal since June. 4 calls. Still broken.', reply: 'Signal problems are usually fixed by a restart.' },
        { customer: 'Streetlight outside my house has been out for 2 months, reported it 3 times.', reply: 'Streetlight repairs are scheduled weekly.' },
      ],
      quiet: [
        { customer: '@Riftborn 3 tickets, 0 replies. my purchase never arrived', reply: 'I’m sorry you’ve had to contact us again about this; I’ve added the purchase to your account now.' },
        { customer: 'I got 3 emails from you this morning about the same sale.', reply: 'That was a duplicate send from our mailing tool.' },
      ],
    },
  ],
  // A threat to leave in words the cues did not know: a rival named, a bare "cancelling.", an
  // ultimatum that ends in going, the way out asked for.
  'a threat to leave in other words': [
    {
      rule: 'keep-the-customer',
      fires: [
        { customer: 'You blocked my payment twice. If this happens again I’m moving everything to Nationwide.', reply: 'Payments are checked by our fraud systems.' },
        { customer: 'This is my fourth email. If this isn’t fixed by Friday I’m going back to Vodafone.', reply: 'Porting can take up to five working days.' },
        { customer: '@StreamBox you put the price up again. 3rd time in 2 years. cancelling.', reply: 'Prices are reviewed every year.' },
        { customer: 'My car has been at the garage for 7 weeks. If I don’t hear by Friday I’m cancelling all three policies with you.', reply: 'Your claim is with the assessor.' },
        { customer: 'Unfreeze my account or I’m moving banks.', reply: 'Accounts are reviewed within 48 hours.' },
      ],
      quiet: [
        { customer: 'If this happens again I’m moving everything to Nationwide.', reply: 'I’d hate to lose you over this; I’ve whitelisted the venue so it won’t happen again.' },
        { customer: 'I’m going back to work on Monday, can I change my delivery day?', reply: 'Yes, you can change it in the app.' },
      ],
    },
  ],
  // How it left them feeling names no fix: asking what would make it right is the move.
  'venting a feeling, not a fix': [
    {
      rule: 'ask-what-they-want',
      fires: [
        { customer: 'My appointment was cancelled by text the night before, the third time this year. I’m exhausted by this.', reply: 'Appointments are sometimes moved at short notice.' },
        { customer: 'Your store rep was pushy and sold me a tablet line I didn’t need. I feel taken advantage of.', reply: 'Our staff are trained to explain every plan.' },
      ],
      quiet: [
        { customer: 'Your store rep was pushy and sold me a tablet line I didn’t need. I feel taken advantage of.', reply: 'I’m sorry. What would make this right for you?' },
        { customer: 'I’m exhausted by this. Please refund the £40 you took twice.', reply: 'Refunds take 3 to 5 days.' },
      ],
    },
  ],
  // A problem in words the cues did not know: harm and fear, a wait with nothing to show, paying
  // more than new customers, crowding and noise. The apology and the thanks it calls for follow.
  'a problem in other words': [
    {
      rule: 'sincere-apology',
      fires: [
        { customer: 'The rower I was using had a loose seat and I fell. My back is killing me.', reply: 'Equipment is checked every morning.' },
        { customer: 'Ordered on the 1st, it’s the 20th, still processing. What’s the holdup??', reply: 'Orders are dispatched in the order they are received.' },
        { customer: 'I’ve been with you 11 years and new customers get the same plan for half what I pay.', reply: 'Prices for new customers are set by our marketing team.' },
        { customer: 'The train was so overcrowded I had to stand for 3 hours with a first-class ticket.', reply: 'Trains are busiest on Fridays.' },
      ],
      quiet: [
        { customer: 'The rower I was using had a loose seat and I fell. My back is killing me.', reply: 'I’m so sorry you were hurt on our rower. I’ve taken it out of use today.' },
        { customer: 'Is the gym busy on Friday evenings?', reply: 'It’s quieter after 8pm.' },
      ],
    },
    {
      rule: 'thank-feedback',
      fires: [{ customer: 'The music in the weights room is SO loud, can’t even hear my headphones.', reply: 'Music volume is set by each club.' }],
      quiet: [{ customer: 'The music in the weights room is SO loud, can’t even hear my headphones.', reply: 'Thanks for telling us about the music; I’ve asked the club to turn it down today.' }],
    },
  ],
  // A look-up or a hand-off is not ownership: "I've checked and the reading is correct", "I've
  // passed your comments to the team", "I am writing to inform you" leave nothing owned to do.
  'a look-up or a hand-off is not a commitment': [
    {
      rule: 'own-it',
      fires: [
        { customer: 'My bill says I used 900 units but I was away all month.', reply: 'I’ve checked and the reading is correct, so the bill stands.' },
        { customer: 'Broken seat, no meal choice, uninterested crew. Not what I paid for.', reply: 'Thank you for your email. I have forwarded your comments to the relevant department.' },
        { customer: 'You charged me $189 but the website said $129 when I booked.', reply: 'I am writing to inform you that the rate displayed due to a technical error.' },
      ],
      quiet: [
        { customer: 'My bill says I used 900 units but I was away all month.', reply: 'I’ve checked the reading and I’ll send an engineer to test the meter on Friday.' },
        { customer: 'Broken seat, no meal choice, uninterested crew. Not what I paid for.', reply: 'I’ve refunded your seat fee and I’m taking this up with the crew manager myself.' },
      ],
    },
  ],
  // A next step needs a time the customer can hold us to: "soon", "shortly", "ASAP" is none.
  'a next step without a real time': [
    {
      rule: 'next-steps',
      fires: [
        { customer: 'The form keeps failing when I submit it.', reply: 'Sorry about this! The IT team are aware and should have the form fixed soon.' },
        { customer: 'My refund still hasn’t arrived.', reply: 'We will refund the extra charges as soon as possible.' },
        { customer: 'Sewage has flooded my garden.', reply: 'Thank you for reporting it. We’ll have someone out to clear it ASAP.' },
      ],
      quiet: [
        { customer: 'My refund still hasn’t arrived.', reply: 'I’ll send the refund today and it will reach your card by Friday.' },
        { customer: 'Sewage has flooded my garden.', reply: 'I’ve booked a crew to clear it tomorrow between 8am and 12pm.' },
      ],
    },
  ],
};

describe.each(Object.entries(FAMILIES))('%s', (_name, families) => {
  for (const { rule, fires, quiet } of families) {
    test.each(fires)(`${rule} fires: $customer / $reply`, ({ customer, reply }) => {
      expect(suggested(reply, customer)).toContain(rule);
    });
    test.each(quiet)(`${rule} stays quiet: $customer / $reply`, ({ customer, reply }) => {
      expect(suggested(reply, customer)).not.toContain(rule);
    });
  }
});
