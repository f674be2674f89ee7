/** The family colours as stylesheet classes: one per family in content/, the neutral one for undisclosed, generated from the palette the images use. */
import { describe, expect, it } from 'vitest';
import { familyClass, familyCss } from '../../src/lib/family-css';
import { FAMILY_COLOURS, NO_FAMILY_COLOUR } from '../../src/lib/family-palette';
import { loadContentSet } from '../../src/lib/content-set';

describe('family stylesheet', () => {
  const css = familyCss();
  it('sets one colour per electrolyte family of the content, from the palette', () => {
    for (const e of loadContentSet('content').electrolytes) expect(css).toContain(`.family-${e.id}{--family:${FAMILY_COLOURS[e.id]}}`);
  });
  it('gives programmes without a disclosed family the neutral colour', () => {
    expect(familyClass(undefined)).toBe('family-undisclosed');
    expect(css).toContain(`.family-undisclosed{--family:${NO_FAMILY_COLOUR}}`);
  });
  it('colours swatches and bars, which always sit beside the family name', () => {
    expect(css).toContain('.family-swatch{');
    expect(css).toContain('.bar-list rect.family-bar,.family-bar{fill:var(--family)}');
  });
});
