/**
 * Pagefind ranking for this site, shared by the search page and the ranking
 * tests. Entity pages (programmes, organisations, electrolyte families) carry
 * their names and aliases in an `entity` meta field; a query that names one
 * gets that page's meta boost on top of the body score, so a record outranks
 * news that merely mentions it. No imports, so the browser script can use it.
 * Meta weights are Pagefind's post-BM25 boost (docs: Ranking, `metaWeights`).
 */
export const PAGEFIND_RANKING = { metaWeights: { entity: 10, title: 5 } } as const;
