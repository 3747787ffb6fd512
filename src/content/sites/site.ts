// The one interface a helpdesk adapter implements. The content script's core
// works only through it and never names a site; what most sites share (any text box
// counts as a reply box, the default insert, no customer message) is the core's.

export type ReplyBox = HTMLElement;

export interface Site {
  /**
   * Match patterns of the pages this adapter knows (`https://*.zendesk.com/*`). The build
   * writes them into the manifest's `content_scripts.matches`, and the page's address
   * picks the adapter by them.
   */
  hosts: readonly string[];
  /** CSS selector of the site's own reply editors; any text area or rich text box is one too (`GENERIC_BOXES`). */
  boxes?: string;
  /** CSS selector of the parts of a box that are not the agent's own words (quotes, signatures). */
  excluded: string;
  /**
   * Where quoted history starts inside a box when the editor puts it beside the reply
   * rather than in one element (Outlook): the first match and everything after it are
   * not the agent's words.
   */
  historyFrom?: string;
  /** The customer's latest message that the reply answers, when the page shows one. */
  customerMessage?(box: ReplyBox): string | undefined;
  /** The customer's display name as the page shows it (for `wrong-name`); never guessed. */
  customerName?(box: ReplyBox): string | undefined;
  /**
   * Puts `text` in at the box's current selection through the editor's own input
   * path (so the editor keeps its model and its undo history). Returns false if
   * the editor did not take it. Without it, the core's `insertDefault`.
   */
  insert?(box: ReplyBox, text: string): Promise<boolean>;
}

/** Any plain text area or rich text box: what every site can fall back on. */
const GENERIC_BOXES = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

/** The selector of every reply box on `site`: its own editors and any text box. */
export const replyBoxes = (site: Site): string => (site.boxes ? `${site.boxes}, ${GENERIC_BOXES}` : GENERIC_BOXES);

/** Signatures that helpdesks and mail clients put in the reply box. */
export const SIGNATURES = '[id*="signature" i], [class*="signature" i], [data-signature]';
