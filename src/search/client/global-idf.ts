/**
 * Relevance across shards as if they were one index. Pagefind scores a page with BM25, whose
 * word weight (IDF) comes from the statistics of the index searched: in a small shard a word is
 * rarer, so its pages would outrank those of a big shard. Every part of a single-word score is
 * proportional to that IDF (the BM25 term and the metadata boost, see `calculate_bm25_word_score`
 * in Pagefind's pagefind_web/src/search.rs), so scaling each shard's scores by global IDF over
 * shard IDF gives the score one index would give, up to its average page length. A query of
 * several words scores the sum of its words' scores, so each word is rescaled on its own.
 */

/**
 * Pagefind's IDF: ln((N − n + 0.5) / (n + 0.5) + 1), for `n` of `N` pages containing the word
 * (`calculate_idf` in pagefind_web/src/search.rs).
 */
export function pagefindIdf(totalPages: number, pagesContaining: number): number {
  return Math.log((totalPages - pagesContaining + 0.5) / (pagesContaining + 0.5) + 1);
}

/**
 * The factor for each shard's score of each query word: global IDF over the shard's IDF.
 * `pages[s]` is the page count of shard `s`; `containing[s][w]` how many of its pages contain
 * word `w`. A word absent from a shard gets 1 (it scores nothing there anyway).
 * @example wordScoreFactors([10, 10], [[1], [5]]) // [[< 1], [> 1]]: the rare word in shard 0 weighs less than it seemed
 */
export function wordScoreFactors(pages: readonly number[], containing: readonly (readonly number[])[]): number[][] {
  const total = pages.reduce((sum, count) => sum + count, 0);
  const words = containing[0]?.length ?? 0;
  const global = Array.from({ length: words }, (_, word) =>
    pagefindIdf(
      total,
      containing.reduce((sum, counts) => sum + (counts[word] ?? 0), 0),
    ),
  );
  return pages.map((shardPages, shard) =>
    global.map((idf, word) => {
      const here = containing[shard]?.[word] ?? 0;
      return here === 0 ? 1 : idf / pagefindIdf(shardPages, here);
    }),
  );
}
