// `replycoach audit --fix`: a corrected copy of a helpdesk export, in the helpdesk's own
// format. Every flag that carries a swap is applied to the saved reply's text fields; every
// other byte of the export (ids, numbers as written, other actions, key and item order,
// indentation) is kept, because only the edited string literals are rewritten in place.
// Missing moves are reported, never written into a reply.
import type { Finding, Result, Scorer } from '../engine';
import { swapEdit, swapRange, type SwapEdit } from '../engine/swap';
import { exportShape, hasFreshdeskText, idOf, isObject, parseExport, parseJson, str, type Json, type Skipped } from './audit';
import { collapseSpace, htmlToText } from './audit-html';
import { escapeHtml, locate, mapText, textOf, type Unit } from './html-edit';
import { itemsOf, literalStyle, membersOf, rootSpan, splice, stringLiteral, type Span } from './json-spans';

/** A swap written into a reply: the flagged words and what took their place ('' when removed). */
export interface Applied {
  ruleId: string;
  severity: Finding['severity'];
  text: string;
  insert: string;
}

/** A swap that was left for a person, and why. */
interface NotApplied {
  finding: Finding;
  reason: string;
}

/** One text field of a saved reply (`comment_value_html`, `content`...), before and after. */
export interface FieldFix {
  field: string;
  before: string;
  after: string;
  applied: Applied[];
  notApplied: NotApplied[];
  /** Why the whole field was left as it was. */
  refused?: string;
}

/** Markup that the scan cannot tie back to its text character by character (rare: a reference cut by a tag). */
const UNMAPPED = 'its HTML cannot be edited safely (its text cannot be traced back to the markup)';

export interface ItemFix {
  /** 1-based position in the export's list. */
  position: number;
  id: string;
  title: string;
  fields: FieldFix[];
  /** The reply as audit reads it, scored after the fix: the flags left and the moves missing. */
  result: Result;
}

export interface FixedExport {
  /** The export's text with the fixes; equal to the input when nothing changed. */
  text: string;
  items: ItemFix[];
  skipped: Skipped[];
}

/**
 * One text field's edits, made from the end of the text backwards: everything before `cut`
 * is still the original (so the offsets of the flags still to come hold, and so does the
 * map from text to markup), everything after it is kept as pieces. Each edit costs the
 * length it spans, never the length of the whole text, however many swaps a reply holds.
 */
class FieldEditor {
  private cut: number;
  /** The edited text after `cut`, as pieces from last to first. */
  private readonly tail: string[] = [];
  private sourceCut: number;
  private readonly sourceTail: string[] = [];
  /** Which characters of the text belong to a {{placeholder}}. */
  private readonly placeholder: Uint8Array;

  /** `units` maps an HTML field's text to its markup; a plain field is its own text. */
  constructor(
    readonly text: string,
    readonly source: string,
    private readonly units?: Unit[],
  ) {
    this.cut = text.length;
    this.sourceCut = source.length;
    this.placeholder = new Uint8Array(text.length);
    for (const m of text.matchAll(PLACEHOLDER)) this.placeholder.fill(1, m.index, m.index + m[0].length);
  }

  /** The current text from `start`, reaching at least to `end` (past the cut, into what was edited). */
  window(start: number, end: number): string {
    let window = this.text.slice(start, Math.min(this.cut, end));
    for (let k = this.tail.length - 1; k >= 0 && start + window.length < end; k--) window += this.tail[k];
    return window.slice(0, end - start);
  }

  /** Why the edit (offsets into the current text; it starts before the cut) cannot be made, if it cannot. */
  check({ start, end }: SwapEdit): string | undefined {
    for (let k = start; k < Math.min(end, this.cut); k++) if (this.placeholder[k]) return 'it touches a {{placeholder}}';
    if (start === end && this.placeholder[start] && this.placeholder[start - 1]) return 'it touches a {{placeholder}}';
    if (!this.units) return undefined;
    // A removal handing its capital on to a word that a swap has just rewritten: the map to the markup ends at the cut.
    if (end > this.cut) return 'it runs into the swap after it';
    const at = locate(this.source, this.units, start, end);
    return 'refused' in at ? at.refused : undefined;
  }

  /** Makes an edit that passed `check`. */
  apply({ start, end, insert }: SwapEdit): void {
    if (this.units) {
      const at = locate(this.source, this.units, start, end) as { from: number; to: number };
      push(this.sourceTail, this.source.slice(at.to, this.sourceCut));
      push(this.sourceTail, escapeHtml(insert));
      this.sourceCut = at.from;
    }
    if (end > this.cut) this.dropTail(end - this.cut);
    else push(this.tail, this.text.slice(end, this.cut));
    push(this.tail, insert);
    this.cut = start;
  }

  private dropTail(count: number): void {
    while (count > 0) {
      const first = this.tail.pop()!;
      if (first.length > count) this.tail.push(first.slice(count));
      count -= first.length;
    }
  }

  edited(): { text: string; source: string } {
    const text = this.text.slice(0, this.cut) + [...this.tail].reverse().join('');
    if (!this.units) return { text, source: text };
    return { text, source: this.source.slice(0, this.sourceCut) + [...this.sourceTail].reverse().join('') };
  }
}

const push = (pieces: string[], piece: string) => {
  if (piece !== '') pieces.push(piece);
};

const PLACEHOLDER = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * The smallest edit with the same effect: a removal that passes its capital on rewrites the
 * next word's first letter, which is left alone when it does not change (`{`, `I`), so that
 * the edit stays clear of what follows. A surrogate pair is never cut.
 */
function tighten(text: string, edit: SwapEdit): SwapEdit {
  let { start, end, insert } = edit;
  while (end > start && insert !== '' && text[end - 1] === insert.at(-1) && !isHigh(text.charCodeAt(end - 2))) {
    end--;
    insert = insert.slice(0, -1);
  }
  while (end > start && insert !== '' && text[start] === insert[0] && !isHigh(text.charCodeAt(start))) {
    start++;
    insert = insert.slice(1);
  }
  return { start, end, insert };
}

/** A blank in a better phrasing: "[what you can offer]". */
const BLANK = /\[[^\]]*\]/;

/** How far past a flag swapEdit may look (a removal takes the spaces after it and the next letter). */
const LOOKAHEAD = 64;

/**
 * Applies the flags' swaps from the end of the text backwards, so that the offsets of the
 * ones still to come stay valid. Each edit is worked out on the text as it stands then (a
 * removal passes its capital on to whatever now follows it). Overlapping flags carry no
 * swap (the scorer drops it), and a flag that reaches into a swap already made is left.
 */
function applySwaps(editor: FieldEditor, findings: Finding[]): { applied: Applied[]; notApplied: NotApplied[] } {
  const applied: Applied[] = [];
  const notApplied: NotApplied[] = [];
  const swaps = findings
    .filter((f) => f.kind === 'flag' && f.swap && f.end > f.start)
    .map((finding) => ({ finding, range: swapRange(finding) }))
    .sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let limit = Infinity; // where the last swap made begins
  for (const { finding, range } of swaps) {
    // A saved reply is sent as it stands: a blank the agent would fill in is left for a person.
    if (BLANK.test(finding.replacement)) {
      notApplied.unshift({ finding, reason: 'its better phrasing has a [blank] to fill in' });
      continue;
    }
    if (range.end > limit) {
      notApplied.unshift({ finding, reason: 'it overlaps another swap' });
      continue;
    }
    const window = editor.window(range.start, range.end + LOOKAHEAD);
    const whole = swapEdit(window, 0, range.end - range.start, finding.replacement);
    const tight = tighten(window, whole);
    const edit = { start: range.start + tight.start, end: range.start + tight.end, insert: tight.insert };
    let edits = [edit];
    const refused = editor.check(edit);
    if (refused && finding.replacement === '' && edit.insert !== '') {
      // The capital a removal hands on may sit in other markup ("advised that <b>your</b>"):
      // then the letter and the removal are two edits, each inside its own text.
      const letter = edit.end - 1;
      edits = [{ start: letter, end: edit.end, insert: edit.insert }, { start: edit.start, end: letter, insert: '' }];
    }
    const reason = edits.length === 1 ? refused : edits.map((e) => editor.check(e)).find(Boolean);
    if (reason) {
      notApplied.unshift({ finding, reason });
      continue;
    }
    for (const e of edits) editor.apply(e);
    limit = range.start;
    applied.unshift({ ruleId: finding.ruleId, severity: finding.severity, text: range.text, insert: finding.replacement === '' ? '' : whole.insert });
  }
  return { applied, notApplied };
}

/**
 * A field with its swaps made: its new value, or its old one when the edited markup would
 * not read as the edited text (then nothing of it is changed).
 */
function fixField(value: string, html: boolean, score: Scorer): Omit<FieldFix, 'field'> & { text: string; before: string; result?: Result } {
  const units = html ? mapText(value) : undefined;
  if (html && !units) return { before: value, after: value, applied: [], notApplied: [], refused: UNMAPPED, text: htmlToText(value) };
  const text = units ? textOf(units) : value;
  const result = score({ reply: text });
  const editor = new FieldEditor(text, value, units);
  const { applied, notApplied } = applySwaps(editor, result.findings);
  if (applied.length === 0) return { before: value, after: value, applied, notApplied, text, result };
  const edited = editor.edited();
  if (!html) return { before: value, after: edited.source, applied, notApplied, text: edited.text };
  const readBack = htmlToText(edited.source);
  if (readBack !== collapseSpace(edited.text)) {
    return { before: value, after: value, applied: [], notApplied: swapsLeft(result, 'the edited HTML would not read as the edited text'), text, result };
  }
  return { before: value, after: edited.source, applied, notApplied, text: readBack };
}

/** Every swap of a result, left for the same reason. */
const swapsLeft = (result: Result, reason: string): NotApplied[] =>
  result.findings.filter((f) => f.kind === 'flag' && f.swap).map((finding) => ({ finding, reason }));

/** A text field of an item: its name, stored value, the span of its string literal, and whether it holds HTML. */
interface TextField {
  field: string;
  value: string;
  span: Span;
  html: boolean;
}

/**
 * A Zendesk macro's comment fields, as audit reads them: the first `comment_value_html` and
 * the first `comment_value` action (its text, or the last of `[channel, text]`).
 * The one audit scores comes first.
 */
function zendeskFields(source: string, span: Span, macro: Json): TextField[] {
  const actions = Array.isArray(macro.actions) ? macro.actions : [];
  const actionSpans = () => itemsOf(source, membersOf(source, span).get('actions')!);
  const fields: TextField[] = [];
  for (const field of ['comment_value_html', 'comment_value']) {
    const index = actions.findIndex((action) => isObject(action) && action.field === field);
    if (index < 0) continue;
    const action = actions[index] as Json;
    let valueSpan = membersOf(source, actionSpans()[index]!).get('value');
    let value = action.value;
    if (Array.isArray(value) && valueSpan && field === 'comment_value') {
      value = value.at(-1);
      valueSpan = itemsOf(source, valueSpan).at(-1);
    }
    if (typeof value === 'string' && value.trim() && valueSpan) fields.push({ field, value, span: valueSpan, html: field === 'comment_value_html' });
  }
  return fields;
}

/** A Freshdesk response's `content` (plain text, the one audit scores) and `content_html`. */
function freshdeskFields(source: string, span: Span, response: Json): TextField[] {
  const members = membersOf(source, span);
  return (['content', 'content_html'] as const).flatMap((field) => {
    const value = response[field];
    const at = members.get(field);
    return typeof value === 'string' && value.trim() && at ? [{ field, value, span: at, html: field === 'content_html' }] : [];
  });
}

/** The item's id as the export writes it: a number too long for JavaScript (12345678901234567891) is shown whole. */
function idIn(source: string, span: Span, item: Json, position: number): string {
  const at = membersOf(source, span).get('id');
  return at && typeof item.id === 'number' ? source.slice(at.start, at.end) : idOf(item, position);
}

/** The export's list in its own text: the document itself, or its "macros" / "canned_responses". */
function listSpan(source: string, json: unknown): Span {
  const root = rootSpan(source);
  if (Array.isArray(json)) return root;
  return membersOf(source, root).get(Array.isArray((json as Json).macros) ? 'macros' : 'canned_responses')!;
}

/**
 * Fixes every saved reply of an export (as `parseExport` reads it); `score` is audit's scorer.
 * `progress` is given the number of items and returns what to call as each is done.
 */
export function fixExport(source: string, file: string, score: Scorer, progress?: (total: number) => ((done: number) => void) | undefined): FixedExport {
  const { skipped } = parseExport(source, file); // refuses what audit refuses
  const json = parseJson(source, file);
  const shape = exportShape(json)!;
  const spans = itemsOf(source, listSpan(source, json));
  const edits: { span: Span; literal: string }[] = [];
  const style = literalStyle(source);
  const items: ItemFix[] = [];
  const step = progress?.(shape.items.length);
  shape.items.forEach((item, index) => {
    step?.(index);
    if (!isObject(item) || (shape.helpdesk === 'freshdesk' && !hasFreshdeskText(item))) return; // reported as skipped
    const span = spans[index]!;
    const fields = shape.helpdesk === 'zendesk' ? zendeskFields(source, span, item) : freshdeskFields(source, span, item);
    if (fields.length === 0) return;
    const fixes: FieldFix[] = [];
    let primaryText = '';
    let primaryResult: Result | undefined;
    for (const { field, value, span: at, html } of fields) {
      const { text, result, ...fix } = fixField(value, html, score);
      if (fix.after !== value) edits.push({ span: at, literal: stringLiteral(fix.after, style) });
      fixes.push({ field, ...fix });
      if (fixes.length === 1) {
        primaryText = text;
        primaryResult = result;
      }
    }
    items.push({ position: index + 1, id: idIn(source, span, item, index + 1), title: str(item.title), fields: fixes, result: primaryResult ?? score({ reply: primaryText }) });
  });
  step?.(shape.items.length);
  return { text: splice(source, edits), items, skipped };
}
