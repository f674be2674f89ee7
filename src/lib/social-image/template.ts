/**
 * The social image as SVG, 1200×630: a stripe in the first family's colour,
 * the kind and the site's name, family chips, the title (shrunk to fit three
 * lines, then ellipsised), the programme or organisation names, and two or
 * three key figures along the bottom. Every position is computed here from
 * glyph metrics (text-layout.ts); the renderer only draws.
 */
import { NO_FAMILY_COLOUR, PALETTE_BACKGROUND } from '../family-palette';
import { escapeXml } from '../feed-xml';
import type { Card } from './cards';
import { FAMILY, type FontSet, type Weight } from './fonts';
import { cleanText, fitText, measure, wrap, type Line } from './text-layout';

export const WIDTH = 1200;
export const HEIGHT = 630;

const LEFT = 80;
const RIGHT = WIDTH - 80;
const TEXT_WIDTH = RIGHT - LEFT;
const STRIPE = 16;
const INK = '#f8fafc';
const SOFT = '#cbd5e1';
const MUTED = '#94a3b8';
const RULE = '#334155';
/** Title sizes tried in turn, largest first, before the title is shortened. */
const TITLE_SIZES = [64, 56, 50, 44] as const;
const TITLE_LINES = 3;
const TITLE_TOP = 172;

const px = (n: number) => String(Math.round(n * 100) / 100);

/** One <text> per font run of a line (see text-layout.ts for why runs never share an element). */
function drawLine(line: Line, x: number, y: number, size: number, weight: Weight, fill: string): string {
  return line.runs
    .map(
      (run) =>
        `<text x="${px(x + run.x)}" y="${px(y)}" font-family="${FAMILY[run.script]}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(run.text)}</text>`,
    )
    .join('');
}

/** A single line that fits `width`, ellipsised if it must be. */
function oneLine(text: string, size: number, weight: Weight, width: number, fonts: FontSet): Line | undefined {
  const clean = cleanText(text, fonts);
  return clean === '' ? undefined : wrap(clean, { size, weight }, width, 1, fonts).lines[0];
}

function chips(card: Card, fonts: FontSet): string {
  const size = 26;
  let x = LEFT;
  const out: string[] = [];
  for (const chip of card.families) {
    const line = oneLine(chip.label, size, 700, RIGHT - x - 26, fonts);
    if (!line || x + 26 + line.width > RIGHT) break;
    out.push(`<circle cx="${px(x + 9)}" cy="${px(131)}" r="9" fill="${chip.colour}"/>`, drawLine(line, x + 26, 140, size, 700, chip.colour));
    x += 26 + line.width + 36;
  }
  return out.join('');
}

function figures(card: Card, accent: string, fonts: FontSet): string {
  const column = TEXT_WIDTH / Math.max(1, card.figures.length);
  return card.figures
    .map((figure, i) => {
      const x = LEFT + i * column;
      const width = column - 32;
      const label = oneLine(figure.label.toUpperCase(), 20, 700, width, fonts);
      const clean = cleanText(figure.value, fonts);
      const value = fitText(clean, [40, 34, 30], 700, width, 1, fonts);
      const detail = figure.detail ? oneLine(figure.detail, 22, 400, width, fonts) : undefined;
      return [
        label ? drawLine(label, x, 514, 20, 700, MUTED) : '',
        value.lines[0] ? drawLine(value.lines[0], x, 562, value.size, 700, i === 0 ? accent : INK) : '',
        detail ? drawLine(detail, x, 598, 22, 400, SOFT) : '',
      ].join('');
    })
    .join('');
}

/** The card drawn as an SVG document, ready for the renderer. */
export function cardSvg(card: Card, fonts: FontSet): string {
  const accent = card.families[0]?.colour ?? NO_FAMILY_COLOUR;
  const kind = oneLine(card.kind.toUpperCase(), 24, 700, TEXT_WIDTH / 2, fonts);
  const brand = oneLine(card.site, 24, 700, TEXT_WIDTH / 2, fonts);
  const title = fitText(cleanText(card.title, fonts), TITLE_SIZES, 700, TEXT_WIDTH, TITLE_LINES, fonts);
  const leading = title.size * 1.2;
  const first = TITLE_TOP + title.size * 0.95;
  const titleSvg = title.lines.map((line, i) => drawLine(line, LEFT, first + i * leading, title.size, 700, INK)).join('');
  const name = oneLine(card.name, 30, 400, TEXT_WIDTH, fonts);
  const nameY = first + (title.lines.length - 1) * leading + 62;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${PALETTE_BACKGROUND}"/>`,
    `<rect width="${STRIPE}" height="${HEIGHT}" fill="${accent}"/>`,
    kind ? drawLine(kind, LEFT, 88, 24, 700, MUTED) : '',
    brand ? drawLine(brand, RIGHT - measure(brand.text, { size: 24, weight: 700 }, fonts), 88, 24, 700, SOFT) : '',
    chips(card, fonts),
    titleSvg,
    name ? drawLine(name, LEFT, nameY, 30, 400, SOFT) : '',
    `<rect x="${LEFT}" y="468" width="${TEXT_WIDTH}" height="2" fill="${RULE}"/>`,
    figures(card, accent, fonts),
    '</svg>',
  ].join('');
}
