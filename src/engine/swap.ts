// What a Swap does to the reply's text, in one place for the page and the command line: the
// flagged words give way to the better phrasing; a removal takes the following space (and a
// comma that only closed the removed words: "With respect, you") along and passes a
// sentence-opening capital on to the next word.

export interface SwapEdit {
  /** The span of `text` to replace (it may reach past the flagged words, over a space). */
  start: number;
  end: number;
  insert: string;
}

const isCapital = (c: string) => c !== c.toLowerCase();

/** The edit that replaces `text.slice(start, end)` with `replacement`. */
export function swapEdit(text: string, start: number, end: number, replacement: string): SwapEdit {
  const capital = isCapital(text.charAt(start));
  if (replacement !== '') {
    return { start, end, insert: capital ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement };
  }
  const next = /^,?[ \u00a0]+(\S?)/.exec(text.slice(end, end + 64));
  if (!next) return { start, end, insert: '' };
  return { start, end: end + next[0].length, insert: capital ? next[1]!.toUpperCase() : next[1]! };
}

/** `text` with the edit applied. */
export const applyEdit = (text: string, edit: SwapEdit): string => text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
