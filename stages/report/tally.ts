// Counts per stance category, for the totals, each actor, pair, date and document.

export type StanceCounts = Record<string, number>;

/**
 * Counts per category; turned into an object in the report's category order only at the end. There is one
 * per document, and most documents have no record: the map is made with the first.
 */
export class Tally {
  total = 0;
  private counts: Map<string, number> | null = null;

  bump(stance: string, by = 1): void {
    this.total += by;
    this.counts ??= new Map();
    this.counts.set(stance, (this.counts.get(stance) ?? 0) + by);
  }

  /** Adds another tally's counts to this one. */
  add(other: Tally): void {
    for (const [stance, n] of other.entries()) this.bump(stance, n);
  }

  /** Each category counted, with its count, in the order first counted. */
  entries(): Iterable<[string, number]> {
    return this.counts?.entries() ?? [];
  }

  byStance(stances: readonly string[]): StanceCounts {
    return Object.fromEntries(stances.map((s) => [s, this.counts?.get(s) ?? 0]));
  }

  summary(stances: readonly string[]) {
    return { total: this.total, by_stance: this.byStance(stances) };
  }
}
