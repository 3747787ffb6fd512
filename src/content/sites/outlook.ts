// Outlook on the web (work or school, and Outlook.com): the compose body is a native
// contenteditable (Roosterjs), so the browser's own editing command inserts. A reply
// keeps the signature in #Signature and puts the quoted thread *beside* the reply, from
// #appendonsend / #divRplyFwdMsg on, so the box is read only up to there.
import { insertDefault } from '../insert';
import { GENERIC_BOXES, SIGNATURES, type Site } from './site';
import { nearestMessage } from './thread';

const OUTLOOK_HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com']);
const BODY = 'div[role="textbox"][contenteditable="true"][aria-label="Message body" i]';
/** Received mail is shown with its ids prefixed `x_`. */
const HISTORY = '#appendonsend, #divRplyFwdMsg, #x_appendonsend, #x_divRplyFwdMsg, hr#stopSpelling';
const QUOTES = `blockquote, .gmail_quote, .x_gmail_quote, ${SIGNATURES}`;

export const outlook: Site = {
  matches: (url) => OUTLOOK_HOSTS.has(url.hostname),
  boxes: `${BODY}, ${GENERIC_BOXES}`,
  excluded: QUOTES,
  historyFrom: HISTORY,
  // The reading pane shows newest on top by default, or at the bottom: either way the
  // message the agent answers sits right beside the reply box.
  customerMessage: (box) =>
    nearestMessage({ messages: '[aria-label="Message body" i]:not([contenteditable="true"])', quotes: QUOTES, historyFrom: HISTORY }, box),
  insert: insertDefault,
};
