// Finds the parts of a plain-text reply that the agent did not write (quoted
// lines, the quoted thread after an "On ... wrote:" line, a signature after
// "-- ", the company's legal footer under a sign-off) and blanks them with
// spaces of the same length, so offsets into the result are offsets into the
// original and nothing quoted is ever flagged.

const QUOTED_LINE = /^[ \t]*>/;
// "On Mon, 3 Jun 2024 at 09:12, Jane <jane@example.com> wrote:" (Gmail, Apple Mail,
// Thunderbird) in a few languages; clients wrap it, so up to two lines are joined.
const ATTRIBUTION =
  /^[ \t]*(?:on\b.{0,300}\bwrote|le\b.{0,300}\ba écrit|am\b.{0,300}\bschrieb|el\b.{0,300}\bescribió|op\b.{0,300}\bschreef)[ \t]*:[ \t]*$/i;
const THREAD_START =
  /^[ \t]*(?:-{2,}[ \t]*(?:original message|forwarded message)[ \t]*-{2,}|_{10,}[ \t]*|begin forwarded message:)[ \t]*$/i;
const OUTLOOK_HEADER = /^[ \t]*from:[ \t].+$/i;
const OUTLOOK_NEXT = /^[ \t]*(?:sent|date|to|subject):[ \t]/i;
const SIGNATURE = /^-- ?$/;
const MOBILE_FOOTER = /^[ \t]*sent from my [\w ]{2,30}$/i;

// A line that only closes the letter ("Kind regards,", "Yours sincerely", "Thanks,"): what follows
// it is the signature, where a company's legal footer sits ("…in line with our privacy policy",
// "This email is confidential…"), which no agent wrote for this customer.
const SIGN_OFF =
  /^[ \t]*(?:(?:kind|best|warm|warmest|many|with (?:kind |best |warm )?)(?: regards| wishes| thanks)|regards|yours (?:sincerely|faithfully|truly)|sincerely|best|cheers|thanks|many thanks|thank you|thanking you|all the best|respectfully|take care)[ \t]*[,.!]?[ \t]*$/i;
// A legal footer's opening, under the sign-off: all from it to the end is the footer.
const FOOTER_START =
  /^[ \t]*(?:disclaimer\b|confidentiality (?:notice|note|statement)\b|(?:this|the information in this) (?:e-?mail|message|communication|transmission)\b.{0,80}\b(?:confidential|privileged|intended (?:solely |only )?for)\b)/i;
// A footer line under the sign-off: the company's registration, regulator or call-recording notice.
const FOOTER_LINE =
  /\b(?:registered (?:in|office|company|number|address)|company (?:no|number|registration)|authori[sz]ed and regulated|regulated by the|calls (?:may|are|will) (?:be )?(?:recorded|monitored)|intended recipient|privacy (?:policy|notice))\b/i;
// Cheap test that a reply may hold a legal footer (the slow path reads its lines).
const FOOTER_GATE = /confidential|disclaimer|regulated|recorded|monitored|recipient|registered|privacy/i;

interface Line {
  start: number;
  end: number; // excluding the line break
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push({ start, end: lineEnd, text: text.slice(start, lineEnd) });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

/** Index in `text` where the quoted thread or signature begins, or -1. */
function tailStart(lines: Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (SIGNATURE.test(line.text) || THREAD_START.test(line.text) || ATTRIBUTION.test(line.text)) return line.start;
    if (next && line.text.length < 300 && ATTRIBUTION.test(`${line.text} ${next.text}`)) return line.start;
    if (OUTLOOK_HEADER.test(line.text) && next && OUTLOOK_NEXT.test(next.text)) return line.start;
  }
  return -1;
}

/** The legal footer's lines under the last sign-off line that has text above it: [start, end) ranges. */
function footerLines(lines: Line[], tail: number): Array<[number, number]> {
  let signOff = -1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (tail >= 0 && line.start >= tail) break;
    if (SIGN_OFF.test(line.text)) signOff = i;
  }
  if (signOff < 0) return [];
  const ranges: Array<[number, number]> = [];
  for (let i = signOff + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (tail >= 0 && line.start >= tail) break;
    if (FOOTER_START.test(line.text)) {
      ranges.push([line.start, tail >= 0 ? tail : lines[lines.length - 1]!.end]);
      break;
    }
    if (FOOTER_LINE.test(line.text)) ranges.push([line.start, line.end]);
  }
  return ranges;
}

function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

// The words that may start a quoted part, as the fast path below looks for them.
const MARKER_WORDS = /wrote|écrit|schrieb|escribió|schreef|from:|sent from|forwarded message/i;
// A looser form of MARKER_WORDS, checked first because it is cheaper: every
// marker word contains one of these ("from" for "from:" and "sent from",
// "crit" for "écrit", "scribi" for "escribió", "forwarded"). ASCII strings of four or more
// letters let the regexp engine skip ahead instead of trying every position,
// and few replies match.
const SENT_FROM = /sent from/i;
const MARKER_WORDS_GATE = /wrote|schrieb|schreef|from|crit|scribi|forwarded/i;

/**
 * Whether `reply` has any of the markers the slow path looks for: '>', '--',
 * ten underscores or a marker word in any case.
 */
function hasMarkers(reply: string): boolean {
  // Plain substrings: includes() is a fast native search.
  if (reply.includes('>') || reply.includes('--') || reply.includes('__________')) return true;
  // Every marker word but "sent from" only counts before a colon ("wrote:", "From:"), so
  // without one only a phone footer is left to look for.
  if (!reply.includes(':')) return SENT_FROM.test(reply);
  return MARKER_WORDS_GATE.test(reply) && MARKER_WORDS.test(reply);
}

/** Returns `reply` with text the agent did not write replaced by same-length blanks. */
export function ownText(reply: string): string {
  // Fast path: most replies have none of the markers.
  const footer = FOOTER_GATE.test(reply);
  if (!footer && !hasMarkers(reply)) return reply;
  const lines = splitLines(reply);
  const chars = reply.split('');
  let changed = false;
  const tail = tailStart(lines);
  if (footer) {
    for (const [start, end] of footerLines(lines, tail)) {
      blank(chars, start, end);
      changed = true;
    }
  }
  for (const line of lines) {
    if (tail >= 0 && line.start >= tail) break;
    if (QUOTED_LINE.test(line.text) || MOBILE_FOOTER.test(line.text)) {
      blank(chars, line.start, line.end);
      changed = true;
    }
  }
  if (tail >= 0) {
    blank(chars, tail, reply.length);
    changed = true;
  }
  return changed ? chars.join('') : reply;
}
