/**
 * "Related articles": for every article, the few others that share the most distinctive people,
 * places, organisations and topics, nudged towards those published close in time.
 *
 * Cost stays far below O(n²): an inverted index maps each entity to its articles (kept in list
 * order, i.e. by date), and an article only scores candidates that share an entity with it. For a
 * common entity only the `window` articles nearest in date on either side are considered, so one
 * ubiquitous topic cannot make every article a candidate of every other.
 */

export interface RelatedInput {
  /** Entity keys as `kind:slug`, e.g. `people:michelle-bachelet`. */
  keys: readonly string[];
  /** Publication time in days (any epoch); only differences matter. */
  days: number;
}

export interface RelatedOptions {
  /** Most related articles per article (default 5). */
  limit?: number;
  /** Articles considered either side in each entity's date-ordered list (default 40). */
  window?: number;
  /** Weight of each kind of entity; a shared person says more than a shared topic. */
  kindWeights?: Record<string, number>;
  /** Largest boost for an article published the same day (default 0.5, i.e. ×1.5). */
  dateBoost?: number;
  /** Days over which the date boost halves (default 30). */
  dateScaleDays?: number;
}

export const DEFAULT_KIND_WEIGHTS: Record<string, number> = { people: 1.5, organisations: 1.2, places: 1, topics: 0.8 };

function firstAtLeast(list: Int32Array, value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Related article indexes for every article, best first. Items must be in date order (either
 * direction) so that neighbours in an entity's list are neighbours in time.
 * Score: Σ over shared entities of kind weight × ln(1 + n / articles with that entity), times
 * 1 + dateBoost / (1 + |Δdays| / dateScaleDays). Ties go to the nearer article in the list.
 */
export function relatedArticles(items: readonly RelatedInput[], options: RelatedOptions = {}): number[][] {
  const { limit = 5, window = 40, kindWeights = DEFAULT_KIND_WEIGHTS, dateBoost = 0.5, dateScaleDays = 30 } = options;
  const count = items.length;

  // Inverted index: entity → article indexes (ascending), built with two passes over flat arrays.
  const ids = new Map<string, number>();
  const keyIds = items.map((item) => [...new Set(item.keys)].map((key) => ids.get(key) ?? (ids.set(key, ids.size), ids.size - 1)));
  const sizes = new Int32Array(ids.size);
  for (const list of keyIds) for (const id of list) sizes[id]! += 1;
  const postings = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(ids.size);
  keyIds.forEach((list, index) => list.forEach((id) => (postings[id]![filled[id]!++] = index)));
  const weights = new Float64Array(ids.size);
  for (const [key, id] of ids) {
    const kind = key.slice(0, key.indexOf(':'));
    weights[id] = (kindWeights[kind] ?? 1) * Math.log(1 + count / sizes[id]!);
  }

  const scores = new Float64Array(count);
  const touched: number[] = [];
  return keyIds.map((list, index) => {
    for (const id of list) {
      const posting = postings[id]!;
      if (posting.length < 2 || weights[id]! <= 0) continue;
      const at = firstAtLeast(posting, index);
      const from = Math.max(0, at - window);
      const to = Math.min(posting.length, at + window + 1);
      for (let position = from; position < to; position++) {
        const other = posting[position]!;
        if (other === index) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += weights[id]!;
      }
    }
    const best: { index: number; score: number }[] = [];
    const days = items[index]!.days;
    for (const other of touched) {
      const distance = Math.abs(items[other]!.days - days);
      const score = scores[other]! * (1 + dateBoost / (1 + distance / dateScaleDays));
      scores[other] = 0;
      const worst = best[best.length - 1];
      const better = (candidate: { index: number; score: number }) =>
        score > candidate.score || (score === candidate.score && Math.abs(other - index) < Math.abs(candidate.index - index));
      if (best.length === limit && worst && !better(worst)) continue;
      let position = best.length;
      while (position > 0 && better(best[position - 1]!)) position--;
      best.splice(position, 0, { index: other, score });
      if (best.length > limit) best.pop();
    }
    touched.length = 0;
    return best.map((entry) => entry.index);
  });
}
