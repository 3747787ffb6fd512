// Freshdesk: the reply editor is Froala (`.fr-element.fr-view`, a native contenteditable
// that follows the browser's editing commands). A reply quotes the ticket in
// `.freshdesk_quote` (a div around a blockquote); the agent's signature sits in the box too.
import { SIGNATURES, type Site } from './site';
import { latestItem, shownName, type ThreadShape } from './thread';

const EDITOR = '.fr-element.fr-view[contenteditable="true"]';
const QUOTES = `.freshdesk_quote, blockquote, ${SIGNATURES}`;
const THREAD: ThreadShape = {
  /** The requester's description and their later replies (agents' replies and notes are not). */
  messages: '[data-test-id="ticket-description"], [data-test-id="conversation-item"][data-incoming="true"]',
  body: '.fr-view, [data-test-id="message-body"]',
  quotes: QUOTES,
};
/**
 * Who wrote a conversation item: Freshdesk's ticket page names each one's sender in
 * `.sender-info [data-test-id="user-name"]` (the requester's own item in
 * `.requester-wrap`), as public content scripts that read the requester's name from it do.
 */
const SENDER = '.sender-info [data-test-id="user-name"], .requester-wrap [data-test-id="user-name"]';

export const freshdesk: Site = {
  hosts: ['https://*.freshdesk.com/*'],
  boxes: EDITOR,
  excluded: QUOTES,
  customerMessage: () => latestItem(THREAD)?.text,
  // The sender of the message the reply is scored against: the requester, or a contact who wrote in.
  customerName: () => shownName(latestItem(THREAD)?.item.querySelector(SENDER)),
};
