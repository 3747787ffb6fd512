// Which flags share a card in the popup. Two kinds of sharing: flags side by side that one Swap
// fixes ("As per our records," is corporate speak and a record cited; leaving it out answers
// both), and the same phrase flagged the same way more than once in a reply (one card ×n, Fix all).
import type { Finding } from '../engine/types';

export interface FlagCard {
  /**
   * The flag the card is about: of flags one Swap fixes, the first in the reply (the longest of
   * those starting there). The card heads with the words its Swap starts at, as the agent reads.
   */
  finding: Finding;
  /** Other flags on the same words that the same Swap fixes; their kinds are named on the card. */
  also: Finding[];
  /** `finding` and its repeats elsewhere in the reply, in reply order (Fix all swaps each). */
  repeats: Finding[];
}

/** What a Swap does: the stretch it rewrites and what it writes there. */
function swapKey(f: Finding): string | undefined {
  if (!f.swap) return undefined;
  const start = f.swapSpan?.start ?? f.start;
  const end = f.swapSpan?.end ?? f.end;
  return `${start}:${end}\u0000${f.replacement}`;
}

/** Flags whose Swaps do the same thing, together; the rest alone. The first flag's place is the group's. */
function bySharedSwap(flags: readonly Finding[]): Finding[][] {
  const groups: Finding[][] = [];
  const at = new Map<string, Finding[]>();
  for (const f of flags) {
    const key = swapKey(f);
    const group = key === undefined ? undefined : at.get(key);
    if (group) {
      group.push(f);
      continue;
    }
    const fresh = [f];
    groups.push(fresh);
    if (key !== undefined) at.set(key, fresh);
  }
  return groups;
}

export function flagCards(flags: readonly Finding[]): FlagCard[] {
  const cards: FlagCard[] = [];
  const repeatsOf = new Map<string, FlagCard>();
  for (const group of bySharedSwap(flags)) {
    const finding = group.reduce((a, b) => (b.start < a.start || (b.start === a.start && b.end - b.start > a.end - a.start) ? b : a));
    const also = group.filter((f) => f !== finding);
    // A repeat is the same phrase flagged the same way with the same fix.
    const key = `${finding.ruleId}\u0000${finding.text.toLowerCase()}\u0000${finding.replacement}\u0000${finding.swap ? 1 : 0}\u0000${also.map((f) => f.ruleId).join(' ')}`;
    const card = repeatsOf.get(key);
    if (card) {
      card.repeats.push(finding);
      continue;
    }
    const fresh: FlagCard = { finding, also, repeats: [finding] };
    cards.push(fresh);
    repeatsOf.set(key, fresh);
  }
  return cards;
}
