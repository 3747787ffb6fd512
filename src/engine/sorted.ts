/**
 * Where `key` is, or would go, in the ascending `list`: a binary search, for callers that walk a
 * sorted list from a point (a text's match starts from an offset, the model's bigrams from a word).
 */
export function firstAtOrAfter<T extends number | string>(list: readonly T[], key: T): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
