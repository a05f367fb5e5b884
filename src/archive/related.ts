/**
 * "Related articles": for every article, the few others that share the most distinctive people,
 * places, organisations and topics, nudged towards those published close in time.
 *
 * Cost stays far below O(n²): an inverted index maps each entity to its articles (kept in list
 * order, i.e. by date), and an article only scores candidates that share an entity with it. For each
 * entity only the `window` articles nearest in date on either side are considered, and entities in
 * more than `maxShare` of all articles are ignored whenever the article has a rarer one, so a
 * ubiquitous topic can neither make every article a candidate nor drown out a rare shared name.
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
  /** Articles considered either side in each entity’s date-ordered list (default 30). */
  window?: number;
  /**
   * Entities in more than this share of articles (default 0.05) are too common to say much; they
   * are used only for articles that have no rarer entity.
   */
  maxShare?: number;
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
  const { limit = 5, window = 30, maxShare = 0.05, kindWeights = DEFAULT_KIND_WEIGHTS, dateBoost = 0.5, dateScaleDays = 30 } = options;
  const count = items.length;

  // Inverted index: entity → article indexes (ascending), built with two passes over flat arrays.
  const ids = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  const keyIds = items.map((item) => [...new Set(item.keys)].map(idOf));
  const sizes = new Int32Array(ids.size);
  for (const list of keyIds) for (const id of list) sizes[id]! += 1;
  const postings = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(ids.size);
  keyIds.forEach((list, index) => {
    for (const id of list) postings[id]![filled[id]!++] = index;
  });
  const weights = new Float64Array(ids.size);
  for (const [key, id] of ids) {
    const kind = key.slice(0, key.indexOf(':'));
    weights[id] = (kindWeights[kind] ?? 1) * Math.log(1 + count / sizes[id]!);
  }

  // Small archives keep every entity: "common" needs to be more than two windows' worth too.
  const commonAbove = Math.max(maxShare * count, 2 * window + 1);
  const isCommon = (id: number) => sizes[id]! > commonAbove;

  const scores = new Float64Array(count);
  // Flat arrays, not item objects, in the hot loop: scattered objects cost a cache miss each.
  const daysOf = Float64Array.from(items, (item) => item.days);
  const touched: number[] = [];
  return keyIds.map((allIds, index) => {
    const rarer = allIds.filter((id) => !isCommon(id));
    const list = rarer.length > 0 ? rarer : allIds;
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
    // Top `limit` by score (ties: nearer in the list), kept sorted in two small parallel arrays.
    const bestIndex: number[] = [];
    const bestScore: number[] = [];
    const days = daysOf[index]!;
    for (let t = 0; t < touched.length; t++) {
      const other = touched[t]!;
      const distance = Math.abs(daysOf[other]! - days);
      const score = scores[other]! * (1 + dateBoost / (1 + distance / dateScaleDays));
      scores[other] = 0;
      let position = bestIndex.length;
      while (position > 0) {
        const rival = bestScore[position - 1]!;
        if (score < rival || (score === rival && Math.abs(other - index) >= Math.abs(bestIndex[position - 1]! - index))) break;
        position--;
      }
      if (position >= limit) continue;
      bestIndex.splice(position, 0, other);
      bestScore.splice(position, 0, score);
      if (bestIndex.length > limit) {
        bestIndex.pop();
        bestScore.pop();
      }
    }
    touched.length = 0;
    return bestIndex;
  });
}
