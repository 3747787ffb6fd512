// Intercom inbox: the composer is ProseMirror, which reads what the browser's editing
// command does to its DOM back into its model (it does not take synthetic `beforeinput`).
// Chat replies carry no quote or signature; a saved reply's blockquote is skipped anyway.
import { SIGNATURES, type Site } from './site';
import { latestMessage, pageName } from './thread';

const COMPOSER = '.ProseMirror[contenteditable="true"]';
const QUOTES = `blockquote, ${SIGNATURES}`;
/** Parts of the conversation written by the user (not by a teammate, a bot or a note). */
const CUSTOMER = '[data-part-author-type="user"]';
/**
 * The open conversation's header names the user it is with:
 * `span.truncate[data-conversation-title]` (read as the customer's name by public
 * extensions for Intercom's inbox, e.g. a "Support Copilot for Intercom" content script,
 * before `.inbox2__conversation-title`). A conversation given a title of its own shows
 * that instead; the engine takes no text with digits or common words for a name.
 */
const TITLE = '[data-conversation-title]';

export const intercom: Site = {
  hosts: ['https://app.intercom.com/*'],
  boxes: COMPOSER,
  excluded: QUOTES,
  customerMessage: () => latestMessage({ messages: CUSTOMER, body: '[data-part-body]', quotes: QUOTES }),
  customerName: () => pageName(TITLE),
};
