/**
 * Text layout of the social images, by the bundled fonts' glyph metrics:
 * where lines break in Latin, Chinese, Japanese and Korean, how a title
 * shrinks and then shortens, and how text is split into font runs.
 */
import { describe, expect, it } from 'vitest';
import { bundledFonts } from '../../src/lib/social-image/fonts';
import { cleanText, fitText, lineRuns, measure, missingCharacters, wrap } from '../../src/lib/social-image/text-layout';

const fonts = bundledFonts();
const bold = (size: number) => ({ size, weight: 700 as const });
const lines = (text: string, width: number, max = 10, size = 40) => wrap(cleanText(text, fonts), bold(size), width, max, fonts).lines.map((l) => l.text);

describe('measure', () => {
  it('adds glyph advances, not character counts: “iiii” is narrower than “WWWW”', () => {
    expect(measure('iiii', bold(40), fonts)).toBeLessThan(measure('WWWW', bold(40), fonts) / 2);
  });

  it('scales with the font size and uses the CJK font’s full-width advance for Han characters', () => {
    expect(measure('Toyota', bold(80), fonts)).toBeCloseTo(2 * measure('Toyota', bold(40), fonts));
    expect(measure('重庆', bold(40), fonts)).toBeCloseTo(80);
  });
});

describe('wrap', () => {
  it.each([
    ['Latin breaks at spaces', 'Toyota and Idemitsu team up', 300, ['Toyota and', 'Idemitsu team', 'up']],
    ['a hyphenated word may break after its hyphen', 'mass-produce electrolyte', 250, ['mass-', 'produce', 'electrolyte']],
    ['Chinese breaks between characters', '重庆两江新区赣锋新型锂电池', 200, ['重庆两江新', '区赣锋新型', '锂电池']],
    ['no line starts with closing punctuation', '赣锋锂业，重庆', 160, ['赣锋锂', '业，重庆']],
    ['Korean breaks between words, like Latin', '전고체 배터리 고분자계', 200, ['전고체', '배터리', '고분자계']],
    ['a word wider than the line is cut where it must be', 'Supercalifragilistic', 200, ['Supercali', 'fragilistic']],
  ])('%s', (_what, text, width, expected) => {
    expect(lines(text, width)).toEqual(expected);
  });

  it('keeps every line within the width', () => {
    const text = 'Who has slipped, and by how much: solid-state battery targets measured against their first announcements';
    for (const line of wrap(cleanText(text, fonts), bold(64), 1040, 10, fonts).lines) expect(line.width).toBeLessThanOrEqual(1040);
  });

  it('ends the last allowed line in an ellipsis that fits, and says it truncated', () => {
    const result = wrap(cleanText('one two three four five six seven eight nine ten', fonts), bold(40), 300, 2, fonts);
    expect(result.truncated).toBe(true);
    expect(result.lines).toHaveLength(2);
    expect(result.lines[1]!.text).toMatch(/…$/);
    expect(result.lines[1]!.width).toBeLessThanOrEqual(300);
  });
});

describe('fitText', () => {
  const title = 'Toyota all-solid-state battery for BEVs, with Idemitsu sulfide electrolyte';

  it('keeps the largest size at which the text fits the lines', () => {
    const fit = fitText(cleanText(title, fonts), [64, 56, 50, 44], 700, 1040, 3, fonts);
    expect([fit.size, fit.truncated, fit.lines.length]).toEqual([64, false, 3]);
    expect(fitText(cleanText(title, fonts), [64, 56, 50, 44], 700, 1040, 2, fonts).size).toBeLessThan(64);
  });

  it('shortens at the smallest size when nothing fits', () => {
    const fit = fitText(cleanText(`${title} ${title} ${title}`, fonts), [64, 56], 700, 1040, 2, fonts);
    expect([fit.size, fit.truncated]).toEqual([56, true]);
  });
});

describe('cleanText and font runs', () => {
  it('composes accents (NFC), drops invisible characters and collapses whitespace', () => {
    expect(cleanText(' cafe\u0301\u200b  au\tlait\n', fonts)).toBe('café au lait');
  });

  it('replaces what neither font draws with U+FFFD and reports it', () => {
    expect(cleanText('battery 🔋', fonts)).toBe('battery \uFFFD');
    expect(missingCharacters('battery 🔋 重庆', fonts)).toEqual(['🔋']);
  });

  it('splits a line into one run per font, each starting at its measured offset', () => {
    const runs = lineRuns('LG 엔솔 and 重庆', bold(40), fonts);
    expect(runs.map((r) => [r.script, r.text])).toEqual([
      ['latin', 'LG '],
      ['cjk', '엔솔'],
      ['latin', 'and '],
      ['cjk', '重庆'],
    ]);
    expect(runs[1]!.x).toBeCloseTo(measure('LG ', bold(40), fonts));
    expect(runs[2]!.x).toBeCloseTo(measure('LG 엔솔 ', bold(40), fonts));
  });
});
