import { describe, expect, it } from 'vitest';
import { feedCountLabel } from '../../src/lib/feed-list';

describe('feedCountLabel', () => {
  it('gives the plain count while the feed carries everything', () => {
    expect(feedCountLabel({ count: 1, limit: 50, unit: 'article' })).toBe('1 article');
    expect(feedCountLabel({ count: 0, limit: 50, unit: 'change' })).toBe('0 changes');
    expect(feedCountLabel({ count: 50, limit: 50, unit: 'article' })).toBe('50 articles');
  });

  it('says the feed carries only the latest items once the subject has more than the cap', () => {
    expect(feedCountLabel({ count: 51, limit: 50, unit: 'article' })).toBe('latest 50 of 51 articles');
    expect(feedCountLabel({ count: 5000, limit: 100, unit: 'change' })).toBe('latest 100 of 5,000 changes');
  });
});
