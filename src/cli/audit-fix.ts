// `replycoach audit --fix`: a corrected copy of a helpdesk export, in the helpdesk's own
// format. Every flag that carries a swap is applied to the saved reply's text fields; every
// other byte of the export (ids, numbers as written, other actions, key and item order,
// indentation) is kept, because only the edited string literals are rewritten in place.
// Missing moves are reported, never written into a reply.
import type { Finding, Result, Scorer } from '../engine';
import { applyEdit, swapEdit, type SwapEdit } from '../engine/swap';
import { exportShape, hasFreshdeskText, idOf, isObject, parseExport, parseJson, str, type Json, type Skipped } from './audit';
import { htmlToText } from './audit-html';
import { editHtml, mapText, textOf, type Unit } from './html-edit';
import { itemsOf, membersOf, rootSpan, splice, stringLiteral, type Span } from './json-spans';

/** A swap written into a reply: the flagged words and what took their place ('' when removed). */
export interface Applied {
  ruleId: string;
  severity: Finding['severity'];
  text: string;
  insert: string;
}

/** A swap that was left for a person, and why. */
export interface NotApplied {
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

/** A saved reply's text as the scorer reads it, and how an edit of that text is written back. */
interface Body {
  /** The field's value as stored: HTML for an HTML field. */
  value: string;
  text: string;
  /** Applies the edit to `value` (and `text`), or says why it cannot. */
  edit(edit: SwapEdit): string | undefined;
}

function plainBody(value: string): Body {
  const body: Body = {
    value,
    text: value,
    edit(edit) {
      body.value = body.text = applyEdit(body.text, edit);
      return undefined;
    },
  };
  return body;
}

function htmlBody(value: string): Body | undefined {
  let units: Unit[] | undefined = mapText(value);
  if (!units) return undefined;
  const body: Body = {
    value,
    text: textOf(units),
    edit(edit) {
      const done = editHtml(body.value, units!, edit.start, edit.end, edit.insert);
      if ('refused' in done) return done.refused;
      const next = mapText(done.html);
      // The markup must read back as exactly the edited text, or it is not written.
      if (!next || textOf(next) !== applyEdit(body.text, edit)) return 'the edited HTML would not read as the edited text';
      body.value = done.html;
      body.text = textOf(next);
      units = next;
      return undefined;
    },
  };
  return body;
}

const PLACEHOLDER = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;

/** True when the edit would change a helpdesk placeholder ({{ticket.requester.first_name}}, {% if %}). */
function touchesPlaceholder(text: string, { start, end }: SwapEdit): boolean {
  for (const m of text.matchAll(PLACEHOLDER)) {
    const [from, to] = [m.index, m.index + m[0].length];
    if (start === end ? from < start && start < to : start < to && from < end) return true;
  }
  return false;
}

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

/**
 * Applies the flags' swaps from the end of the text backwards, so that the offsets of the
 * ones still to come stay valid. Each edit is worked out on the text as it stands then (a
 * removal passes its capital on to whatever now follows it).
 */
function applySwaps(body: Body, findings: Finding[]): { applied: Applied[]; notApplied: NotApplied[] } {
  const applied: Applied[] = [];
  const notApplied: NotApplied[] = [];
  const swaps = findings.filter((f) => f.kind === 'flag' && f.swap && f.end > f.start).sort((a, b) => b.start - a.start || b.end - a.end);
  let limit = Infinity; // where the last swap applied begins
  for (const finding of swaps) {
    const leave = (reason: string) => notApplied.push({ finding, reason });
    if (finding.end > limit) {
      leave('it overlaps another swap');
      continue;
    }
    const text = body.text;
    if (text.slice(finding.start, finding.end) !== finding.text) {
      leave('its words moved when a later swap was applied');
      continue;
    }
    const whole = swapEdit(text, finding.start, finding.end, finding.replacement);
    const edit = tighten(text, whole);
    if (touchesPlaceholder(text, edit)) {
      leave('it touches a {{placeholder}}');
      continue;
    }
    const refused = body.edit(edit);
    if (refused) {
      leave(refused);
      continue;
    }
    limit = finding.start;
    applied.unshift({ ruleId: finding.ruleId, severity: finding.severity, text: finding.text, insert: finding.replacement === '' ? '' : whole.insert });
  }
  notApplied.reverse();
  return { applied, notApplied };
}

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
    if (Array.isArray(value) && valueSpan) {
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

/** The export's list in its own text: the document itself, or its "macros" / "canned_responses". */
function listSpan(source: string, json: unknown): Span {
  const root = rootSpan(source);
  if (Array.isArray(json)) return root;
  return membersOf(source, root).get(Array.isArray((json as Json).macros) ? 'macros' : 'canned_responses')!;
}

/** Fixes every saved reply of an export (as `parseExport` reads it); `score` is audit's scorer. */
export function fixExport(source: string, file: string, score: Scorer): FixedExport {
  const { skipped } = parseExport(source, file); // refuses what audit refuses
  const json = parseJson(source, file);
  const shape = exportShape(json)!;
  const spans = itemsOf(source, listSpan(source, json));
  const edits: { span: Span; literal: string }[] = [];
  const items: ItemFix[] = [];
  shape.items.forEach((item, index) => {
    if (!isObject(item) || (shape.helpdesk === 'freshdesk' && !hasFreshdeskText(item))) return; // reported as skipped
    const span = spans[index]!;
    const fields = shape.helpdesk === 'zendesk' ? zendeskFields(source, span, item) : freshdeskFields(source, span, item);
    if (fields.length === 0) return;
    const fixes: FieldFix[] = [];
    let primaryText = '';
    let primaryResult: Result | undefined;
    for (const { field, value, span: at, html } of fields) {
      const body = html ? htmlBody(value) : plainBody(value);
      if (!body) {
        fixes.push({ field, before: value, after: value, applied: [], notApplied: [], refused: UNMAPPED });
        if (fixes.length === 1) primaryText = htmlToText(value);
        continue;
      }
      const before = score({ reply: body.text });
      const { applied, notApplied } = applySwaps(body, before.findings);
      if (body.value !== value) edits.push({ span: at, literal: stringLiteral(body.value, source.slice(at.start, at.end)) });
      fixes.push({ field, before: value, after: body.value, applied, notApplied });
      if (fixes.length === 1) {
        primaryText = body.text;
        if (applied.length === 0) primaryResult = before;
      }
    }
    items.push({ position: index + 1, id: idOf(item, index + 1), title: str(item.title), fields: fixes, result: primaryResult ?? score({ reply: primaryText }) });
  });
  return { text: splice(source, edits), items, skipped };
}
