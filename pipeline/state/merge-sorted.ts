// The one k-way merge. Each step scans the sources' next items for the least: the sources are few, one a shard.

/** Every item of `sources`, each sorted by `compare`, in order (ties: the earlier source first); all closed at the end. */
export function* mergeSorted<T>(sources: readonly Iterator<T>[], compare: (a: T, b: T) => number): Generator<T> {
  try {
    const heads = sources.map((source) => source.next());
    for (;;) {
      let least = -1;
      for (const [i, head] of heads.entries()) {
        if (!head.done && (least === -1 || compare(head.value, heads[least]!.value as T) < 0)) least = i;
      }
      if (least === -1) return;
      yield heads[least]!.value as T;
      heads[least] = sources[least]!.next();
    }
  } finally {
    for (const source of sources) source.return?.();
  }
}
