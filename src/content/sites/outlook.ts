// Outlook on the web (work or school, and Outlook.com): the compose body is a native
// contenteditable (Roosterjs), so the browser's own editing command inserts. A reply
// keeps the signature in #Signature and puts the quoted thread *beside* the reply, from
// #appendonsend / #divRplyFwdMsg on, so the box is read only up to there.
import { SIGNATURES, type Site } from './site';
import { nearestItem, shownName, type ThreadShape } from './thread';

const BODY = 'div[role="textbox"][contenteditable="true"][aria-label="Message body" i]';
/** Received mail is shown with its ids prefixed `x_`. */
const HISTORY = '#appendonsend, #divRplyFwdMsg, #x_appendonsend, #x_divRplyFwdMsg, hr#stopSpelling';
const QUOTES = `blockquote, .gmail_quote, .x_gmail_quote, ${SIGNATURES}`;
/**
 * Each message in the reading pane is `[aria-label="Email message"]`, and its sender is a
 * `span[aria-label^="From:"]` whose text reads "Dana Reyes<dana@example.net>" (as public
 * extensions that read OWA's sender find it, e.g. an Asana content script's
 * `getSenderInfo`; the class names around it, `OZZZK` and the like, change with each build).
 */
const MESSAGE = '[aria-label="Email message" i]';
const SENDER = 'span[aria-label^="From:" i]';

/** The signed-in user's name: OWA's tab title is "Mail - Sam Lee - Outlook". */
const agentName = (): string | undefined => /^\S+ - (.+) - Outlook$/.exec(document.title)?.[1]?.trim();

const senderOf = (body: Element): string | undefined => shownName(body.closest(MESSAGE)?.querySelector(SENDER));

/** Read-only message bodies in the pane, less those the agent sent (never the customer's words, nor name). */
function thread(): ThreadShape {
  const me = agentName();
  return {
    messages: '[aria-label="Message body" i]:not([contenteditable="true"])',
    quotes: QUOTES,
    historyFrom: HISTORY,
    skip: (body) => !!me && senderOf(body) === me,
  };
}

export const outlook: Site = {
  hosts: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  boxes: BODY,
  excluded: QUOTES,
  historyFrom: HISTORY,
  // The reading pane shows newest on top by default, or at the bottom: either way the
  // message the agent answers sits right beside the reply box.
  customerMessage: (box) => nearestItem(thread(), box)?.text,
  // Whoever sent the message the reply is scored against, so name and words agree.
  customerName(box) {
    const found = nearestItem(thread(), box);
    return found && senderOf(found.item);
  },
};
