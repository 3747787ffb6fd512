// A small pattern language for rule data, written against the canonical text
// made by normalize(): lower case, straight quotes, contractions expanded,
// whitespace collapsed. It is plain JavaScript regex syntax plus:
//   - a space (outside [...]) matches one space or line break;
//   - `(` opens a non-capturing group (captures are reserved for the engine);
//   - `{name}` expands a shared macro below (`{gap:N}` = up to N words);
//   - `word~` also matches common inflections (s, es, ed, d, ing).
// Built-in patterns are reviewed data; team phrases never go through here as
// regex: they are escaped literals (see literalPattern), so they stay linear.

const MACROS: Record<string, string> = {
  be: '(?:is|are|was|were|be|been|being|am)',
  it: '(?:it|that|this|which)',
  we: '(?:i|we)',
  our: '(?:our|the|my|company|the[ \\n]company(?:\'s)?|our[ \\n]company(?:\'s)?)',
  adv: '(?:(?:really|truly|very|so|completely|totally|fully|clearly|definitely|certainly|only|just|simply|still|also|now|do|does|did|actually|already)[ \\n])?',
  sorry: '(?:sorry|apologi[sz]e(?:s|d)?|apologies|regret)',
  feel: '(?:frustrated|upset|annoyed|disappointed|angry|unhappy|dissatisfied|concerned|worried|inconvenienced)',
};

const GAP = /^gap:(\d)$/;

function expandMacro(name: string): string {
  const gap = GAP.exec(name);
  if (gap) return `(?:[^ \\n]+[ \\n]){0,${gap[1]}}`;
  const body = MACROS[name];
  if (body === undefined) throw new Error(`unknown pattern macro {${name}}`);
  return body;
}

/**
 * What the rule language changes, in one regex: an escape (kept), a class (kept whole), a macro,
 * a group's `(`, a space, a `~`. One native pass: a loop over each character was most of the
 * cost of building a scorer, which compiles every rewrite's pattern.
 */
const SPECIAL = /\\[^]|\[(?:\\[^]|[^\]\\])*(?:\]|$)|\{([a-z][^}]*)\}|\((?!\?)| |~/g;

function special(token: string, macro: string | undefined): string {
  if (macro !== undefined) return expandMacro(macro);
  if (token === '(') return '(?:';
  if (token === ' ') return '[ \\n]';
  if (token === '~') return '(?:s|es|ed|d|ing)?';
  return token; // an escape or a class
}

/** Compiles one pattern of the rule language into regex source. */
export function patternSource(pattern: string): string {
  // Grouped, so that a top-level `a|b` keeps the word edges on every alternative.
  return wholeWords(`(?:${pattern.replace(SPECIAL, special)})`);
}

// Whole words only, without \b's ASCII-only notion of a word edge breaking on "'".
const BEFORE = "(?<![a-z0-9'])";
const AFTER = '(?![a-z0-9])';
const wholeWords = (body: string) => `${BEFORE}${body}${AFTER}`;

/**
 * Joins whole-word sources into one regex source, with the word-edge checks
 * shared rather than repeated per alternative (V8 then tests them once per
 * position). `capture` wraps each alternative in a group to tell which matched.
 */
export function joinPatterns(sources: readonly string[], capture: boolean): string {
  const bodies = sources.map((s) => {
    if (!s.startsWith(BEFORE) || !s.endsWith(AFTER)) throw new Error(`not a whole-word pattern: ${s}`);
    return s.slice(BEFORE.length, s.length - AFTER.length);
  });
  return `${BEFORE}(?:${bodies.map((b) => (capture ? `(${b})` : b)).join('|')})${AFTER}`;
}

/** Whether a pattern of the rule language is one lookahead, `(?=…)` or `(?!…)`, and nothing else. */
export function isLookahead(pattern: string): boolean {
  if (!pattern.startsWith('(?=') && !pattern.startsWith('(?!')) return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[') for (i++; i < pattern.length && pattern[i] !== ']'; i++) i += pattern[i] === '\\' ? 1 : 0;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i === pattern.length - 1;
  }
  return false;
}

const SPECIALS = /[.*+?^${}()|[\]\\]/g;

/** A team phrase: matched literally, with the same tolerance as built-in patterns. */
export function literalPattern(canonicalPhrase: string): string {
  return wholeWords(canonicalPhrase.trim().replace(SPECIALS, '\\$&').replace(/[ \n]+/g, '[ \\n]'));
}
