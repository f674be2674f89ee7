/**
 * The bundled fonts cover what the social images show: every character of
 * every card of the real content is drawn by Noto Sans or the CJK subset
 * (none falls back to U+FFFD). When this fails, a title or name carries a
 * character the subset lacks: rebuild it (src/assets/fonts/README.md).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContentSet } from '../../src/lib/content-set';
import { indexSite } from '../../src/lib/site-index';
import { cardTexts, socialCards } from '../../src/lib/social-image/cards';
import { bundledFonts, FONT_FILES } from '../../src/lib/social-image/fonts';
import { missingCharacters } from '../../src/lib/social-image/text-layout';
import { AS_OF } from '../helpers/astro-build';

const fonts = bundledFonts();

describe('bundled fonts', () => {
  it('are committed with their licences', () => {
    for (const file of [...FONT_FILES, 'src/assets/fonts/OFL-NotoSans.txt', 'src/assets/fonts/OFL-NotoSansCJK.txt']) expect(existsSync(file), file).toBe(true);
  });

  it('draw every character of every card of the real content', () => {
    const cards = socialCards(indexSite(loadContentSet('content'), AS_OF));
    const missing = cards.flatMap(({ kind, id, card }) => {
      const chars = cardTexts(card).flatMap((t) => missingCharacters(t, fonts));
      return chars.length > 0 ? [`${kind}/${id}: ${chars.join(' ')}`] : [];
    });
    expect(missing).toEqual([]);
  });

  it('cover Chinese, Japanese and Korean as well as accented Latin', () => {
    expect(missingCharacters('Enagás Bolloré Tecnológico 赣锋锂业 重庆 トヨタ 全固体電池 엘지에너지솔루션 전고체 배터리 「」、。', fonts)).toEqual([]);
  });
});
