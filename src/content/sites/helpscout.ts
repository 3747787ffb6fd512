// Help Scout: the conversation's reply editor, a rich contenteditable (Help Scout has used
// Redactor and now a model editor; both take the browser's editing command or
// `beforeinput`). The signature is added on send, but one pasted into the box is still
// not the agent's new words.
import { SIGNATURES, type Site } from './site';
import { nearestMessage, pageName } from './thread';

const EDITOR = [
  '[data-cy="ReplyEditor"] [contenteditable="true"]',
  '.redactor-editor[contenteditable="true"]',
  '.redactor_editor[contenteditable="true"]',
  '.ProseMirror[contenteditable="true"]',
].join(', ');
const QUOTES = `blockquote, ${SIGNATURES}`;
const CUSTOMER = '.thread.customer, [data-cy="ThreadItem"][data-thread-type="customer"]';
/**
 * The conversation's customer, as the profile card in the sidebar names them
 * (`.c-profile__name`; a public copilot extension for Help Scout greets the customer
 * with its first word). The thread items (`article.thread.customer`) carry no name of
 * their own that public code reads.
 */
const PROFILE_NAME = '.c-profile__name';

export const helpscout: Site = {
  hosts: ['https://secure.helpscout.net/*'],
  boxes: EDITOR,
  excluded: QUOTES,
  // The thread is newest first by default (oldest first is a per-user setting), with the
  // editor above it: the message beside the editor is the one being answered.
  customerMessage: (box) => nearestMessage({ messages: CUSTOMER, body: '.messageBody, [data-cy="ThreadBody"]', quotes: QUOTES }, box),
  customerName: () => pageName(PROFILE_NAME),
};
