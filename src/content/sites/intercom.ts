// Intercom inbox: the composer is ProseMirror, which reads what the browser's editing
// command does to its DOM back into its model (it does not take synthetic `beforeinput`).
// Chat replies carry no quote or signature; a saved reply's blockquote is skipped anyway.
import { SIGNATURES, type Site } from './site';
import { latestMessage } from './thread';

const COMPOSER = '.ProseMirror[contenteditable="true"]';
const QUOTES = `blockquote, ${SIGNATURES}`;
/** Parts of the conversation written by the user (not by a teammate, a bot or a note). */
const CUSTOMER = '[data-part-author-type="user"]';

export const intercom: Site = {
  hosts: ['https://app.intercom.com/*'],
  boxes: COMPOSER,
  excluded: QUOTES,
  customerMessage: () => latestMessage({ messages: CUSTOMER, body: '[data-part-body]', quotes: QUOTES }),
};
