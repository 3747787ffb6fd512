// Replies to the Gmail fixture's thread (Dana: order 4471 never arrived, charged twice, "!!!").

/** Flags: policy-shield, system-says, canned-empathy. */
export const BAD_REPLY = 'It is our policy not to refund this. The system shows the parcel was delivered. Sorry for the inconvenience.';

/** Restates, apologises for the specifics, allows the error, owns dated next steps, offers a call. */
export const GOOD_REPLY =
  "Hi Dana, thank you for writing again, and I'm sorry that order 4471 never reached you and that you were charged twice. " +
  "It's possible our system got this wrong, so I have checked it myself. I will refund the second charge today and send a " +
  'replacement by express shipping; you will get the tracking number from me by 5pm. Would a call help? I am happy to phone you today.';
