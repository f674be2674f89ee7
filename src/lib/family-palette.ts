/**
 * One colour per electrolyte family, defined once. The social images draw
 * them on a dark background, as text (the family's name) as well as a stripe,
 * so each must read as text there: test/unit/family-palette.test.ts holds
 * every colour to WCAG's 4.5:1 against PALETTE_BACKGROUND. The name is always
 * written beside the colour, so colour never carries the family alone.
 */

/** The background the palette is chosen for (Tailwind slate-900). */
export const PALETTE_BACKGROUND = '#0f172a';

/** Keyed by electrolyte id (content/electrolytes/<id>.mdx). */
export const FAMILY_COLOURS: Readonly<Record<string, string>> = {
  sulfide: '#fbbf24', // amber
  oxide: '#38bdf8', // sky blue
  polymer: '#4ade80', // green
  halide: '#c4b5fd', // violet
  hybrid: '#f9a8d4', // pink
};

/** For an undisclosed family, and for a family the palette does not know yet (a fixture's, a new one's). */
export const NO_FAMILY_COLOUR = '#94a3b8';

/** The colour of an electrolyte family by id; undefined (undisclosed) and unknown ids get the neutral one. */
export function familyColour(id: string | undefined): string {
  return (id !== undefined ? FAMILY_COLOURS[id] : undefined) ?? NO_FAMILY_COLOUR;
}

/** WCAG 2 relative luminance of a "#rrggbb" colour. */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG 2 contrast ratio of two "#rrggbb" colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
