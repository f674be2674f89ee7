/**
 * The electrolyte family palette: one distinct colour per family, each
 * readable as text on the social images' background (WCAG AA, 4.5:1), and a
 * colour for every family the content has.
 */
import { describe, expect, it } from 'vitest';
import { loadContentSet } from '../../src/lib/content-set';
import { contrastRatio, FAMILY_COLOURS, familyColour, NO_FAMILY_COLOUR, PALETTE_BACKGROUND } from '../../src/lib/family-palette';

const colours = Object.entries(FAMILY_COLOURS);

describe('family palette', () => {
  it.each([...colours, ['none', NO_FAMILY_COLOUR] as const])('%s (%s) reads as text on the background at 4.5:1 or more', (_family, colour) => {
    expect(contrastRatio(colour, PALETTE_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives each family its own colour, none of them the neutral one', () => {
    const all = [...colours.map(([, c]) => c), NO_FAMILY_COLOUR];
    expect(new Set(all).size).toBe(all.length);
  });

  it('has a colour for every electrolyte family in content/', () => {
    const families = loadContentSet('content').electrolytes.map((e) => e.id);
    expect(families.filter((id) => familyColour(id) === NO_FAMILY_COLOUR)).toEqual([]);
  });

  it('falls back to the neutral colour for an undisclosed or unknown family', () => {
    expect([familyColour(undefined), familyColour('no-such-family')]).toEqual([NO_FAMILY_COLOUR, NO_FAMILY_COLOUR]);
  });

  it('computes WCAG contrast as the spec does (black on white is 21:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
