import { describe, expect, it } from 'vitest';
import { absolutiseUrls, escapeXml, feedDate } from '../../src/lib/feed-xml';
import { serialiseJsonLd } from '../../src/lib/json-ld';
import { safeCell } from '../../src/lib/exports';
import { withBase } from '../../src/lib/paths';
import { scriptLang } from '../../src/lib/text-lang';
import { sourceText } from '../../src/lib/source-text';
import { checkRss } from '../helpers/rss-rules';

describe('serialiseJsonLd', () => {
  it('cannot close the script element and parses back to the same value', () => {
    const value = { headline: '</script><script>alert(1)</script> "q" & \u2028' };
    const out = serialiseJsonLd(value);
    expect(out).not.toMatch(/<|>|&/);
    expect(JSON.parse(out)).toEqual(value);
  });
});

describe('safeCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+cmd', "'+cmd"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['Toyota', 'Toyota'],
    ['2027-04-01', '2027-04-01'],
  ])('%j → %j', (input, expected) => {
    expect(safeCell(input)).toBe(expected);
  });
  it('keeps numbers as numbers, including negative ones', () => {
    expect(safeCell(-6)).toBe(-6);
    expect(safeCell(null)).toBe('');
  });
});

describe('feed XML helpers', () => {
  it('escapes markup and quotes', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
  it('absolutises root-relative links and srcsets, not external or protocol-relative ones', () => {
    const html = '<a href="/ssb/programmes/x/">x</a><img src="/a.png" srcset="/a.png 1x, /b.png 2x"><a href="//cdn.example/x">c</a><a href="https://e.example/">e</a><a href="#f">f</a>';
    expect(absolutiseUrls(html, 'https://site.example/')).toBe(
      '<a href="https://site.example/ssb/programmes/x/">x</a><img src="https://site.example/a.png" srcset="https://site.example/a.png 1x, https://site.example/b.png 2x"><a href="//cdn.example/x">c</a><a href="https://e.example/">e</a><a href="#f">f</a>',
    );
  });
  it('dates content days at midnight UTC', () => {
    expect(feedDate('2023-10-12').toUTCString()).toBe('Thu, 12 Oct 2023 00:00:00 GMT');
  });
});

describe('withBase', () => {
  it.each([
    ['/programmes/x/', '/', '/programmes/x/'],
    ['/programmes/x/', '/ssb/', '/ssb/programmes/x/'],
    ['/programmes/x/', '/ssb', '/ssb/programmes/x/'],
    ['/ssb/programmes/x/', '/ssb/', '/ssb/programmes/x/'],
    ['https://e.example/', '/ssb/', 'https://e.example/'],
    ['//cdn.example/a', '/ssb/', '//cdn.example/a'],
    ['#frag', '/ssb/', '#frag'],
  ])('%s under %s → %s', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});

describe('scriptLang', () => {
  it.each([
    ['出光興産、全固体電池実用化へ', 'ja'],
    ['삼성SDI 전고체', 'ko'],
    ['固态电池', 'zh'],
    ['Toyota plans', undefined],
  ])('%s → %s', (text, lang) => {
    expect(scriptLang(text)).toBe(lang);
  });
});

describe('the RSS rule checker itself', () => {
  const feed = (item: string) =>
    `<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>T</title><link>https://s.example/</link><description>D</description><atom:link href="https://s.example/rss.xml" rel="self"/>${item}</channel></rss>`;
  it('accepts a good item', () => {
    expect(checkRss(feed('<item><title>A &amp; B</title><link>https://s.example/a/</link><guid isPermaLink="true">https://s.example/a/</guid><pubDate>Thu, 12 Oct 2023 00:00:00 GMT</pubDate></item>')).problems).toEqual([]);
  });
  it.each([
    ['malformed XML', '<item><title>A</item>', /not well-formed/],
    ['unescaped markup', '<item><title>A <b>bold</b></title><link>https://s.example/a/</link><guid isPermaLink="true">https://s.example/a/</guid><pubDate>Thu, 12 Oct 2023 00:00:00 GMT</pubDate></item>', /parsed to an element/],
    ['relative link', '<item><title>A</title><link>/a/</link><guid isPermaLink="true">https://s.example/a/</guid><pubDate>Thu, 12 Oct 2023 00:00:00 GMT</pubDate></item>', /link not absolute/],
    ['wrong weekday', '<item><title>A</title><link>https://s.example/a/</link><guid isPermaLink="true">https://s.example/a/</guid><pubDate>Mon, 12 Oct 2023 00:00:00 GMT</pubDate></item>', /does not round-trip/],
    ['duplicate guid', '<item><title>A</title><link>https://s.example/a/</link><guid isPermaLink="true">https://s.example/a/</guid><pubDate>Thu, 12 Oct 2023 00:00:00 GMT</pubDate></item>'.repeat(2), /duplicate guid/],
  ])('rejects %s', (_name, item, problem) => {
    expect(checkRss(feed(item)).problems.join('\n')).toMatch(problem);
  });
});

describe('sourceText', () => {
  it('puts the headline first, names a mirror, and says in words when no headline was recorded', () => {
    expect(sourceText({ title: 'Toyota Confirms Prototype Solid-State Battery', publisher: 'Gardner Web', url: 'https://g.example/a', published: '2019-10-01' })).toBe(
      'Toyota Confirms Prototype Solid-State Battery, Gardner Web, 2019-10-01, https://g.example/a',
    );
    expect(sourceText({ publisher: 'Reuters', url: 'https://n.example/x', via: { name: 'NewsBreak', kind: 'aggregator' } })).toBe(
      'Reuters via NewsBreak (aggregator) (headline not recorded), https://n.example/x',
    );
  });
});
