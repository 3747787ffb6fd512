// Pattern mode for team phrases: a phrase marked `"pattern": true` may hold choices,
// `(our|the company's) (terms|policy)`, and optional words, `[kindly] note that`. A
// pattern is expanded into the literal phrases it stands for before the engine sees
// it, so matching stays literal (case, spacing and quotes tolerated) and no pattern,
// however written, can make matching slow: there is no regex to backtrack.
import type { TeamPhrase } from '../engine/types';

/** The most literal phrases one pattern may stand for. */
export const MAX_EXPANSIONS = 64;
/** The most literal phrases all of a team's phrases may stand for together. */
export const MAX_EXPANDED_PHRASES = 2000;

export interface PatternPhrase extends TeamPhrase {
  pattern?: boolean;
}

type Part = string[];

/** The literal phrases a pattern stands for, or what is wrong with it. */
export function expandPattern(pattern: string): { ok: true; phrases: string[] } | { ok: false; error: string } {
  const parts: Part[] = [];
  let literal = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === ')' || c === ']') return { ok: false, error: `pattern: "${c}" at ${i + 1} closes nothing` };
    if (c !== '(' && c !== '[') {
      literal += c;
      continue;
    }
    const close = c === '(' ? ')' : ']';
    const end = pattern.indexOf(close, i + 1);
    const inner = end < 0 ? '' : pattern.slice(i + 1, end);
    if (end < 0) return { ok: false, error: `pattern: "${c}" at ${i + 1} is never closed with "${close}"` };
    if (/[()[\]]/.test(inner)) return { ok: false, error: `pattern: groups cannot be nested (at ${i + 1})` };
    const choices = c === '(' ? inner.split('|') : [inner, ''];
    if (c === '(' && choices.some((choice) => choice.trim() === '')) {
      return { ok: false, error: `pattern: "(${inner})" at ${i + 1} has an empty choice; use [words] for optional words` };
    }
    if (c === '[' && (inner.trim() === '' || inner.includes('|'))) {
      return { ok: false, error: `pattern: "[${inner}]" at ${i + 1} should hold the optional words, without "|"` };
    }
    parts.push([literal]);
    parts.push(choices);
    literal = '';
    i = end;
  }
  parts.push([literal]);

  let phrases = [''];
  for (const choices of parts) {
    if (phrases.length * choices.length > MAX_EXPANSIONS) {
      return { ok: false, error: `pattern: stands for more than ${MAX_EXPANSIONS} phrases; split it into several` };
    }
    phrases = phrases.flatMap((head) => choices.map((choice) => head + choice));
  }
  const tidy = [...new Set(phrases.map((p) => p.replace(/\s+/g, ' ').trim()))];
  if (tidy.some((p) => p === '')) return { ok: false, error: 'pattern: one of its choices leaves no words to match' };
  return { ok: true, phrases: tidy };
}

/** The team's phrases as the engine takes them: patterns expanded, invalid ones left out. */
export function expandPhrases(phrases: readonly PatternPhrase[]): TeamPhrase[] {
  const out: TeamPhrase[] = [];
  for (const { pattern, ...phrase } of phrases) {
    const texts = pattern ? expandPattern(phrase.phrase) : { ok: true as const, phrases: [phrase.phrase] };
    if (!texts.ok) continue;
    for (const text of texts.phrases) {
      if (out.length >= MAX_EXPANDED_PHRASES) return out;
      out.push({ ...phrase, phrase: text });
    }
  }
  return out;
}

/** Settings for the engine: the same, with any pattern phrases expanded. */
export function forEngine<S extends { phrases?: PatternPhrase[] }>(settings: S): S {
  if (!settings.phrases?.some((p) => p.pattern)) return settings;
  return { ...settings, phrases: expandPhrases(settings.phrases) };
}
