// Freshdesk: the reply editor is Froala (`.fr-element.fr-view`, a native contenteditable
// that follows the browser's editing commands). A reply quotes the ticket in
// `.freshdesk_quote` (a div around a blockquote); the agent's signature sits in the box too.
import { SIGNATURES, type Site } from './site';
import { latestMessage } from './thread';

const EDITOR = '.fr-element.fr-view[contenteditable="true"]';
const QUOTES = `.freshdesk_quote, blockquote, ${SIGNATURES}`;
/** The requester's description and their later replies (agents' replies and notes are not). */
const CUSTOMER = '[data-test-id="ticket-description"], [data-test-id="conversation-item"][data-incoming="true"]';

export const freshdesk: Site = {
  hosts: ['https://*.freshdesk.com/*'],
  boxes: EDITOR,
  excluded: QUOTES,
  customerMessage: () => latestMessage({ messages: CUSTOMER, body: '.fr-view, [data-test-id="message-body"]', quotes: QUOTES }),
};
