// The one k-way merge: sorted sources (the shards' documents, by their place in the input) into one sorted
// stream, through a binary min-heap of each source's next item.

/**
 * Every item of `sources`, each sorted by `compare`, in that order; on equal items the earlier source's
 * first, so a merge keeps the sources' order in age. Each source is closed (`return`) however the merge ends.
 */
export function* mergeSorted<T>(sources: readonly Iterator<T>[], compare: (a: T, b: T) => number): Generator<T> {
  type Head = { item: T; source: number };
  const heap = new MinHeap<Head>((a, b) => (compare(a.item, b.item) || a.source - b.source) < 0);
  try {
    for (const [source, iterator] of sources.entries()) {
      const next = iterator.next();
      if (!next.done) heap.push({ item: next.value, source });
    }
    for (let top = heap.peek(); top; top = heap.peek()) {
      yield top.item;
      const next = sources[top.source]!.next();
      heap.replaceTop(next.done ? null : { item: next.value, source: top.source });
    }
  } finally {
    for (const iterator of sources) iterator.return?.();
  }
}

class MinHeap<T> {
  private readonly items: T[] = [];

  constructor(private readonly before: (a: T, b: T) => boolean) {}

  /** The least item, or undefined when empty. */
  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const heap = this.items;
    let i = heap.push(item) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  /** Puts `item` in the least one's place (or, with none, removes the least one) and restores the order. */
  replaceTop(item: T | null): void {
    const heap = this.items;
    if (item !== null) heap[0] = item;
    else {
      const last = heap.pop()!;
      if (heap.length === 0) return;
      heap[0] = last;
    }
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < heap.length && this.before(heap[left]!, heap[least]!)) least = left;
      if (right < heap.length && this.before(heap[right]!, heap[least]!)) least = right;
      if (least === i) return;
      [heap[i], heap[least]] = [heap[least]!, heap[i]!];
      i = least;
    }
  }
}
