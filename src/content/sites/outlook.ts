// Outlook on the web (work or school, and Outlook.com): the compose body is a native
// contenteditable (Roosterjs), so the browser's own editing command inserts. A reply
// keeps the signature in #Signature and puts the quoted thread *beside* the reply, from
// #appendonsend / #divRplyFwdMsg on, so the box is read only up to there.
import { SIGNATURES, type Site } from './site';
import { nearestMessage } from './thread';

const BODY = 'div[role="textbox"][contenteditable="true"][aria-label="Message body" i]';
/** Received mail is shown with its ids prefixed `x_`. */
const HISTORY = '#appendonsend, #divRplyFwdMsg, #x_appendonsend, #x_divRplyFwdMsg, hr#stopSpelling';
const QUOTES = `blockquote, .gmail_quote, .x_gmail_quote, ${SIGNATURES}`;

export const outlook: Site = {
  hosts: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  boxes: BODY,
  excluded: QUOTES,
  historyFrom: HISTORY,
  // The reading pane shows newest on top by default, or at the bottom: either way the
  // message the agent answers sits right beside the reply box.
  customerMessage: (box) =>
    nearestMessage({ messages: '[aria-label="Message body" i]:not([contenteditable="true"])', quotes: QUOTES, historyFrom: HISTORY }, box),
};
