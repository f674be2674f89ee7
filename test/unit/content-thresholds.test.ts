/**
 * The editor's report (npm run content:report) as ceilings on the real content,
 * so the record's weak spots cannot creep back. Lower a ceiling when the record
 * improves; never raise it to let a change in.
 */
import { describe, expect, it } from 'vitest';
import { loadContentSet } from '../../src/lib/content-set';
import { citedDifferently, contentReport } from '../../src/lib/content-report';

const content = loadContentSet('content');
const report = contentReport(content, '2026-12-02');

/**
 * Share of source entries without a recorded headline: 437 of 806 (54%), then 465 of 959 (48%), then 355 of 964
 * (37%), then 330 of 957 (34%) on 2026-12-02, then 303 of 953 (32%) and 273 of 944 (29%) on 2026-12-03: the
 * target, 30%, is the ceiling now.
 */
const UNTITLED_SHARE_CEILING = 0.3;

describe('content thresholds', () => {
  it('validates', () => {
    expect(content.problems).toEqual([]);
  });
  it('has no bracketed or slug titles', () => {
    expect(report.bracketed.map((s) => `${s.file}: ${s.source.title}`)).toEqual([]);
  });
  it(`keeps untitled sources at or below ${UNTITLED_SHARE_CEILING * 100}% of all source entries`, () => {
    expect(report.untitled / report.totals.sources).toBeLessThanOrEqual(UNTITLED_SHARE_CEILING);
  });
  it('cites each page the same way wherever it is cited', () => {
    expect(report.citedDifferently).toEqual([]);
  });
  it('re-verifies every programme within six months', () => {
    expect(report.staleVerification).toEqual([]);
  });
});

describe('citedDifferently', () => {
  const at = (file: string, source: Parameters<typeof citedDifferently>[0][number]['source']) => ({ file, source });
  const page = { publisher: 'Reuters', url: 'https://example.com/a' };
  it('lists a page whose headline is recorded in one file and not in another, with both readings', () => {
    const found = citedDifferently([at('a.yaml', { ...page, title: 'Headline' }), at('b.md', page), at('c.md', page)]);
    expect(found).toEqual([
      {
        url: 'https://example.com/a',
        variants: [
          { citation: 'Headline · Reuters', files: ['a.yaml'] },
          { citation: '(no headline) · Reuters', files: ['b.md', 'c.md'] },
        ],
      },
    ]);
  });
  it('lists one outlet spelt two ways, and a mirror named on one citation only', () => {
    expect(citedDifferently([at('a', page), at('b', { ...page, publisher: 'Reuters (wire)' })]).length).toBe(1);
    expect(citedDifferently([at('a', page), at('b', { ...page, via: { name: 'Nasdaq', kind: 'mirror' } })]).length).toBe(1);
  });
  it('passes a page cited the same way twice, and two pages cited differently', () => {
    expect(citedDifferently([at('a', page), at('b', { ...page })])).toEqual([]);
    expect(citedDifferently([at('a', page), at('b', { ...page, url: 'https://example.com/b', title: 'Other' })])).toEqual([]);
  });
});
