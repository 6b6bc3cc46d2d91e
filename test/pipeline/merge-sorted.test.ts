// The one k-way merge: sorted sources into one sorted stream, on ties the earlier source first, every source closed.
import { describe, expect, it } from 'vitest';
import { mergeSorted } from '../../pipeline/commands/merge.ts';

describe('mergeSorted', () => {
  it('interleaves sorted sources, an equal item of an earlier source first', () => {
    const sources = [[1, 4, 4, 9], [], [2, 4, 10], [0]].map((items, source) => items.map((n) => ({ n, source }))[Symbol.iterator]());
    const merged = [...mergeSorted(sources, (a, b) => a.n - b.n)];
    expect(merged.map((m) => `${m.n}/${m.source}`)).toEqual(['0/3', '1/0', '2/2', '4/0', '4/0', '4/2', '9/0', '10/2']);
  });

  it('closes every source when the reader stops early', () => {
    const closed: number[] = [];
    function* source(id: number, items: number[]) {
      try {
        yield* items;
      } finally {
        closed.push(id);
      }
    }
    for (const n of mergeSorted([source(0, [1, 3]), source(1, [2, 4])], (a, b) => a - b)) if (n === 2) break;
    expect(closed.sort()).toEqual([0, 1]);
  });
});
