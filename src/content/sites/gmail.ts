// Gmail: compose and inline reply bodies, quoted history and signature excluded;
// the customer is the last message in the open thread that the agent did not send.
import { insertDefault } from '../insert';
import { GENERIC_BOXES, type Site } from './site';
import { readCustomer } from './thread';

const BODY = 'div[contenteditable="true"][role="textbox"][g_editable="true"], div[contenteditable="true"][aria-label="Message Body"]';
const QUOTES = '.gmail_quote, .gmail_extra, blockquote, .gmail_signature, [data-smartmail="gmail_signature"]';
/** Where Outlook-style replies start their quoted history: nothing after it is the customer's new text. */
const HISTORY = '#divRplyFwdMsg, #appendonsend, hr#stopSpelling, .gmail_attr';

/** The signed-in address; Gmail puts it in the tab title ("Inbox - me@example.com - Gmail"). */
function agentAddress(): string | undefined {
  return /[\w.+-]+@[\w-]+(\.[\w-]+)+/.exec(document.title)?.[0].toLowerCase();
}

export const gmail: Site = {
  matches: (url) => url.hostname === 'mail.google.com',
  boxes: `${BODY}, ${GENERIC_BOXES}`,
  excluded: QUOTES,
  customerMessage() {
    const me = agentAddress();
    const messages = [...document.querySelectorAll('div.adn[data-message-id]')].reverse();
    for (const message of messages) {
      const from = message.querySelector('.gD[email]')?.getAttribute('email')?.toLowerCase();
      if (me && from === me) continue;
      const body = message.querySelector('div.a3s');
      if (!body) continue;
      const text = readCustomer(body, QUOTES, HISTORY);
      if (text) return text;
    }
    return undefined;
  },
  customerName() {
    // The sender of the latest message the agent did not send, as Gmail shows it (`name`).
    const me = agentAddress();
    const messages = [...document.querySelectorAll('div.adn[data-message-id]')].reverse();
    for (const message of messages) {
      const sender = message.querySelector('.gD[email]');
      if (!sender || (me && sender.getAttribute('email')?.toLowerCase() === me)) continue;
      return sender.getAttribute('name')?.trim() || undefined;
    }
    return undefined;
  },
  insert: insertDefault,
};
