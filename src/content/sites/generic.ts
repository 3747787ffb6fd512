// Any other page the content script runs on: plain text areas and rich text
// boxes, no customer message. Quotes are still not the agent's words.
import { insertDefault } from '../insert';
import { GENERIC_BOXES, type Site } from './site';

export const generic: Site = {
  matches: () => true,
  boxes: GENERIC_BOXES,
  excluded: 'blockquote',
  customerMessage: () => undefined,
  insert: insertDefault,
};
