// Gmail: compose and inline reply bodies, quoted history and signature excluded;
// the customer is the last message in the open thread that the agent did not send.
import type { Site } from './site';
import { customerItems, latestMessage, shownName, type ThreadShape } from './thread';

const BODY = 'div[contenteditable="true"][role="textbox"][g_editable="true"], div[contenteditable="true"][aria-label="Message Body"]';
const QUOTES = '.gmail_quote, .gmail_extra, blockquote, .gmail_signature, [data-smartmail="gmail_signature"]';
/** Where Outlook-style replies start their quoted history: nothing after it is the customer's new text. */
const HISTORY = '#divRplyFwdMsg, #appendonsend, hr#stopSpelling, .gmail_attr';

/** The signed-in address; Gmail puts it in the tab title ("Inbox - me@example.com - Gmail"). */
function agentAddress(): string | undefined {
  return /[\w.+-]+@[\w-]+(\.[\w-]+)+/.exec(document.title)?.[0].toLowerCase();
}

const senderOf = (message: Element): Element | null => message.querySelector('.gD[email]');

/** The open thread's messages, less those the agent sent. */
function thread(): ThreadShape {
  const me = agentAddress();
  return {
    messages: 'div.adn[data-message-id]',
    body: 'div.a3s',
    bodyRequired: true,
    quotes: QUOTES,
    historyFrom: HISTORY,
    skip: (message) => !!me && senderOf(message)?.getAttribute('email')?.toLowerCase() === me,
  };
}

export const gmail: Site = {
  hosts: ['https://mail.google.com/*'],
  boxes: BODY,
  excluded: QUOTES,
  customerMessage: () => latestMessage(thread()),
  // The sender of the latest message the agent did not send, as Gmail shows it: the text
  // of `.gD` ("Dana Reyes"), not its `name` attribute, so only what the agent sees counts.
  customerName: () => shownName(customerItems(thread()).reverse().map(senderOf).find((found) => found !== null)),
};
