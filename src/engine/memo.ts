/**
 * Bounded memos keyed by cell text. Why they exist: a workbook repeats the same few texts on every row and table
 * (一级/二级 labels, plan month labels, 依据 texts, common values such as "≥90%"), and their normalisation, parsing
 * or classification was the engine's top cost before they were memoised. Each memo is cleared whole when it reaches
 * its bound, so a workbook of unique texts cannot grow it without limit. Values must never be `undefined`
 * (`null` is fine and is remembered too); cached values are shared between callers, so they must not be mutated.
 */

/** `compute(key)`, remembered for up to `max` distinct keys. */
export function textMemo<V>(max: number, compute: (key: string) => V): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = compute(key);
    if (cache.size >= max) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/**
 * `compute(a, b)` for a pair of texts, remembered in nested maps (no key concatenation on the hot path), up to
 * `max` first texts and `max` second texts per first.
 */
export function textPairMemo<V>(max: number, compute: (a: string, b: string) => V): (a: string, b: string) => V {
  const outer = new Map<string, Map<string, V>>();
  return (a, b) => {
    let inner = outer.get(a);
    if (inner === undefined) {
      if (outer.size >= max) outer.clear();
      inner = new Map();
      outer.set(a, inner);
    }
    const hit = inner.get(b);
    if (hit !== undefined) return hit;
    const value = compute(a, b);
    if (inner.size >= max) inner.clear();
    inner.set(b, value);
    return value;
  };
}
