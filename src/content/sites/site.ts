// The one interface a helpdesk adapter implements. The content script's core
// works only through it and never names a site.

export type ReplyBox = HTMLElement;

export interface Site {
  /** Whether this adapter knows the page at `url`. */
  matches(url: URL): boolean;
  /** CSS selector of the reply boxes the agent types in. */
  boxes: string;
  /** CSS selector of the parts of a box that are not the agent's own words (quotes, signatures). */
  excluded: string;
  /**
   * Where quoted history starts inside a box when the editor puts it beside the reply
   * rather than in one element (Outlook): the first match and everything after it are
   * not the agent's words.
   */
  historyFrom?: string;
  /** The customer's latest message that the reply answers, when the page shows one. */
  customerMessage(box: ReplyBox): string | undefined;
  /** The customer's display name as the page shows it (for `wrong-name`); never guessed. */
  customerName?(box: ReplyBox): string | undefined;
  /**
   * Puts `text` in at the box's current selection through the editor's own input
   * path (so the editor keeps its model and its undo history). Returns false if
   * the editor did not take it.
   */
  insert(box: ReplyBox, text: string): Promise<boolean>;
}

/** Any plain text area or rich text box: what every site can fall back on. */
export const GENERIC_BOXES = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

/** Signatures that helpdesks and mail clients put in the reply box. */
export const SIGNATURES = '[id*="signature" i], [class*="signature" i], [data-signature]';
