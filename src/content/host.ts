// The coach's own elements on a page (the hover card, the count badge) are the page's to
// touch if it can find them: its scripts share the DOM with the content script, and its
// style sheets apply to whatever sits in the document. So each lives in a *closed* shadow
// root on a plain element (no custom element name a page could define first and so get
// its hands on the element), and the host's look is set inline with `!important` on every
// property, re-applied on every change: an inline important declaration beats any rule in
// the page's style sheets, and `all: initial` leaves nothing for the page to pass down.
// The page can still see that an element was added to <html>; it cannot read what it
// says, style it, or open it.

export class ClosedHost {
  readonly root: ShadowRoot;
  private readonly host = document.createElement('div');
  private shown = false;
  private place: Record<string, string> = {};

  /** `base`: the host's fixed look (position, stacking, pointer events), set with priority. */
  constructor(
    private readonly base: Record<string, string>,
    css: string,
  ) {
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = css;
    this.root.append(style);
    this.apply();
    document.documentElement.append(this.host);
  }

  get visible(): boolean {
    return this.shown;
  }

  /** Shows or hides it for real: a hidden host is `display: none`, whatever the page says. */
  show(shown: boolean): void {
    this.shown = shown;
    this.apply();
  }

  /** Where it sits: `left`, `top`, `right`… in pixels. */
  moveTo(place: Record<string, string>): void {
    this.place = place;
    this.apply();
  }

  rect(): DOMRect {
    return this.host.getBoundingClientRect();
  }

  /** For events on the host itself (the pointer entering or leaving it). */
  on<K extends keyof HTMLElementEventMap>(type: K, listener: (event: HTMLElementEventMap[K]) => void): void {
    this.host.addEventListener(type, listener);
  }

  remove(): void {
    this.host.remove();
  }

  /** Every declaration inline and important; a page script's edits to the attribute are undone here too. */
  private apply(): void {
    const declarations = { ...this.base, ...this.place, display: this.shown ? 'block' : 'none' };
    this.host.style.cssText = ['all: initial !important', ...Object.entries(declarations).map(([k, v]) => `${k}: ${v} !important`)].join('; ');
    // Taken off the page by its script: put back when it is needed.
    if (this.shown && !this.host.isConnected) document.documentElement.append(this.host);
  }
}
