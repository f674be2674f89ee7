/** One feed document, two renderings: RSS and JSON Feed carry the same items and ids, and both declare a WebSub hub only when one is configured. */
import { describe, expect, it } from 'vitest';
import { jsonFeed, rssResponse, type FeedDocument } from '../../src/lib/feed-document';
import { websubHub } from '../../src/lib/build-env';

const doc: FeedDocument = {
  title: 'T',
  description: 'D',
  homePageUrl: 'https://t.example/',
  rssUrl: 'https://t.example/rss.xml',
  jsonUrl: 'https://t.example/feed.json',
  stylesheet: '/rss-style.xsl',
  newest: '2026-12-01',
  items: [{ url: 'https://t.example/news/a/', title: 'A & B', published: '2026-12-01', summary: 'S', content: { html: '<p>x</p>' }, tags: ['Toyota'], authors: ['Ed'] }],
};

describe('feed document', () => {
  it('gives the JSON item the RSS guid as its id', async () => {
    const rss = await (await rssResponse(doc)).text();
    expect(rss).toContain('<guid isPermaLink="true">https://t.example/news/a/</guid>');
    expect(jsonFeed(doc).items[0]).toMatchObject({ id: 'https://t.example/news/a/', title: 'A & B', content_html: '<p>x</p>', date_published: '2026-12-01T00:00:00Z' });
  });

  it('declares no hub by default, and the configured one in both renderings', async () => {
    expect(await (await rssResponse(doc)).text()).not.toContain('rel="hub"');
    expect(jsonFeed(doc)).not.toHaveProperty('hubs');
    const hubbed = { ...doc, hub: 'https://hub.example/' };
    expect(await (await rssResponse(hubbed)).text()).toContain('<atom:link href="https://hub.example/" rel="hub"/>');
    expect(jsonFeed(hubbed).hubs).toEqual([{ type: 'WebSub', url: 'https://hub.example/' }]);
  });

  it('reads the hub from WEBSUB_HUB and refuses one that is not https', () => {
    expect(websubHub({})).toBeUndefined();
    expect(websubHub({ WEBSUB_HUB: 'https://pubsubhubbub.appspot.com/' })).toBe('https://pubsubhubbub.appspot.com/');
    expect(() => websubHub({ WEBSUB_HUB: 'http://hub.example' })).toThrow('WEBSUB_HUB: expected an https URL');
  });
});
