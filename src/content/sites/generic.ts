// Any other page the content script runs on (a team's own helpdesk, added on the options
// page): plain text areas and rich text boxes, no customer message. Quotes are still not
// the agent's words.
import type { Site } from './site';

export const generic: Site = {
  hosts: [],
  excluded: 'blockquote',
};
