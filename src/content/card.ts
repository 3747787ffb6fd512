// A small card that explains a marked phrase when the pointer rests on it, with its
// better phrasing and a Swap button, then Dismiss (this reply) and Never flag this phrase
// (the agent's own list). It lives in a closed shadow root outside the editor
// (see host.ts), so the editor's DOM is not touched and the page can neither read it nor
// style it; it answers only the agent's own pointer (trusted events), never a page script's.
import type { Finding } from '../engine/types';
import { betterOf, reasonOf, t } from '../shared/i18n';
import type { ActionReply } from '../shared/messages';
import type { Mark } from './highlights';
import { ClosedHost } from './host';

// Generic font families only: a named one could be redefined by the page's @font-face.
const STYLE = `
.card { font: 13px/1.45 system-ui, sans-serif; color: #1f1f1f; width: 300px;
  background: #fff; border: 1px solid #dadce0; border-radius: 10px; padding: 10px 12px;
  box-shadow: 0 4px 16px rgb(0 0 0 / .16); }
.why { margin: 0; color: #444; }
.better { display: flex; gap: 8px; align-items: center; margin-top: 8px; padding: 6px 8px; border-radius: 8px; background: #e6f4ea; }
.label { font-size: 11px; font-weight: 700; color: #137333; text-transform: uppercase; letter-spacing: .5px; }
.text { flex: 1; }
button { font: inherit; font-weight: 600; font-size: 12px; border: 1px solid #c9ced6; border-radius: 8px; background: #fff; padding: 2px 10px; cursor: pointer; }
button:hover { background: #f6f8fb; }
.actions { display: flex; flex-wrap: wrap; gap: 2px 6px; margin: 8px -6px 0; }
.actions button { border: none; background: none; color: #3c4043; font-weight: 500; padding: 3px 6px; }
.actions button:hover, .actions button:focus-visible { background: #f1f3f4; color: #1f1f1f; }
.status { margin: 6px 0 0; font-size: 12px; color: #a50e0e; }
.brand { font-size: 11px; color: #5f6368; margin-bottom: 4px; font-weight: 600; }
.listening { color: #7b3fc4; }
.ownership { color: #00796b; }`;

/** How long the card stays once the pointer leaves, so it can travel from phrase to card. */
const LINGER_MS = 300;
/** Space between the phrase and the card, and between the card and the window's edge. */
const GAP = 2;
const MARGIN = 4;
const WIDTH = 326;

/** What the card's buttons do, for the coach to carry out. */
export interface CardActions {
  swap(finding: Finding): void;
  /** Hides the flag in this reply. */
  dismiss(finding: Finding): ActionReply;
  /** Puts the phrase on the agent's never-flag list. */
  neverFlag(finding: Finding): Promise<ActionReply>;
}

export class HoverCard {
  private readonly host = new ClosedHost({ position: 'fixed', 'z-index': '2147483647' }, STYLE);
  /** The flag's kind, in the colour of its underline: the page's only key to what the colours mean. */
  private readonly kind = document.createElement('span');
  private readonly why = document.createElement('p');
  private readonly better = document.createElement('div');
  private readonly betterText = document.createElement('span');
  private readonly button = document.createElement('button');
  private readonly dismissButton = document.createElement('button');
  private readonly neverButton = document.createElement('button');
  private readonly status = document.createElement('p');
  /** Whether a policy leaves the agent's never-flag list on. */
  private neverFlagOffered = false;
  private marks: Mark[] = [];
  private shown: Mark | undefined;
  private frame = 0;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onMove = (event: MouseEvent): void => {
    if (!event.isTrusted) return; // a page script's pointer shows nothing
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.hover(event.clientX, event.clientY));
  };
  private readonly onScroll = (): void => this.hide();
  /** Where the keyboard was before the card took it, to give it back on Escape. */
  private keyboardFrom: HTMLElement | undefined;
  private readonly onKey = (event: KeyboardEvent): void => {
    if (!event.isTrusted) return;
    if (event.key === 'Escape' && this.shown) {
      this.hide();
      this.keyboardFrom?.focus();
      this.keyboardFrom = undefined;
      return;
    }
    // Alt+Enter with the caret in a marked phrase: the card, its Swap button focused.
    if (event.key !== 'Enter' || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const caret = getSelection();
    if (!caret?.rangeCount) return;
    const at = caret.getRangeAt(0);
    const mark = this.marks.find((m) => m.range.comparePoint(at.startContainer, at.startOffset) === 0);
    if (!mark) return;
    event.preventDefault();
    event.stopPropagation();
    this.keyboardFrom = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    this.show(mark);
    (this.button.hidden ? this.dismissButton : this.button).focus();
  };

  constructor(private readonly actions: CardActions) {
    const card = document.createElement('div');
    card.className = 'card';
    const brand = document.createElement('div');
    brand.className = 'brand';
    brand.append(`${t('ext_name')} · `, this.kind);
    this.why.className = 'why';
    const label = document.createElement('span');
    label.className = 'label';
    label.textContent = t('better_label');
    this.betterText.className = 'text';
    this.better.className = 'better';
    this.better.append(label, this.betterText, this.button);
    const buttons = document.createElement('div');
    buttons.className = 'actions';
    this.dismissButton.textContent = t('dismiss');
    this.neverButton.textContent = t('never_flag');
    buttons.append(this.dismissButton, this.neverButton);
    this.status.className = 'status';
    this.status.setAttribute('role', 'status');
    this.status.hidden = true;
    card.append(brand, this.why, this.better, buttons, this.status);
    this.host.root.append(card);
    // Keep the editor's focus and selection when the card is clicked.
    card.addEventListener('mousedown', (e) => e.preventDefault());
    this.button.addEventListener('click', (e) => {
      if (!e.isTrusted) return; // only the agent's own click swaps
      if (this.shown) this.actions.swap(this.shown.finding);
      this.hide();
    });
    this.dismissButton.addEventListener('click', (e) => {
      if (!e.isTrusted || !this.shown) return;
      this.settle(this.actions.dismiss(this.shown.finding));
    });
    this.neverButton.addEventListener('click', async (e) => {
      if (!e.isTrusted || !this.shown) return;
      const shown = this.shown;
      const reply = await this.actions.neverFlag(shown.finding);
      if (this.shown === shown || !reply.ok) this.settle(reply);
    });
    this.host.on('mouseenter', (e) => {
      if (e.isTrusted) clearTimeout(this.hideTimer);
    });
    this.host.on('mouseleave', (e) => {
      if (e.isTrusted) this.hideSoon();
    });
    document.addEventListener('mousemove', this.onMove, { passive: true });
    // Capture, on the document: keys pressed on the card's own button come here too (composed).
    document.addEventListener('keydown', this.onKey, true);
    addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  /** The card closes when an action went through, and says why when it did not. */
  private settle(reply: ActionReply): void {
    if (reply.ok) {
      this.hide();
      this.keyboardFrom?.focus();
      return;
    }
    this.status.textContent = reply.error ?? t('action_failed');
    this.status.hidden = false;
  }

  update(marks: Mark[], neverFlagOffered: boolean): void {
    this.marks = marks;
    this.neverFlagOffered = neverFlagOffered;
    if (this.shown && !marks.some((m) => m.finding.start === this.shown!.finding.start)) this.hide();
  }

  private hover(x: number, y: number): void {
    // On its way to the card's button the pointer is over the card, not a phrase.
    if (this.shown && this.contains(x, y)) {
      clearTimeout(this.hideTimer);
      return;
    }
    const mark = this.marks.find((m) => [...m.range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom));
    if (mark) this.show(mark);
    else if (this.shown) this.hideSoon();
  }

  private show(mark: Mark): void {
    clearTimeout(this.hideTimer);
    if (this.shown === mark) return;
    this.shown = mark;
    const { finding } = mark;
    this.kind.textContent = t(finding.category === 'listening' ? 'score_listening' : 'score_ownership');
    this.kind.className = finding.category;
    this.why.textContent = reasonOf(finding);
    this.betterText.textContent = betterOf(finding);
    this.better.hidden = !finding.replacement && !finding.swap;
    this.button.hidden = !finding.swap;
    this.button.textContent = t(finding.replacement ? 'swap' : 'remove');
    this.dismissButton.setAttribute('aria-label', t('dismiss_named', finding.text));
    this.neverButton.setAttribute('aria-label', t('never_flag_named', finding.text));
    this.neverButton.hidden = !this.neverFlagOffered;
    this.status.hidden = true;
    this.status.textContent = '';
    this.host.show(true);
    this.place(mark.range.getBoundingClientRect());
  }

  /** Below the phrase when it fits, above it when it does not, always inside the window. */
  private place(phrase: DOMRect): void {
    const { clientWidth, clientHeight } = document.documentElement;
    const height = this.host.rect().height;
    const below = phrase.bottom + GAP;
    const above = phrase.top - GAP - height;
    const roomBelow = clientHeight - MARGIN - phrase.bottom;
    const roomAbove = phrase.top - MARGIN;
    const top = height <= roomBelow || (above < MARGIN && roomBelow >= roomAbove) ? below : above;
    this.host.moveTo({
      left: `${Math.max(MARGIN, Math.min(phrase.left, clientWidth - WIDTH))}px`,
      top: `${Math.max(MARGIN, Math.min(top, clientHeight - MARGIN - height))}px`,
    });
  }

  private contains(x: number, y: number): boolean {
    const r = this.host.rect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  private hideSoon(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hide(), LINGER_MS);
  }

  hide(): void {
    clearTimeout(this.hideTimer);
    this.shown = undefined;
    if (this.host.visible) this.host.show(false);
  }

  remove(): void {
    this.hide();
    cancelAnimationFrame(this.frame);
    document.removeEventListener('mousemove', this.onMove);
    document.removeEventListener('keydown', this.onKey, true);
    removeEventListener('scroll', this.onScroll, { capture: true });
    this.host.remove();
  }
}
