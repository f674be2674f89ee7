/**
 * The family palette (family-palette.ts, also drawn on the social images) as
 * the site's stylesheet classes: `.family-<id>` sets `--family` for swatches,
 * bars and chart marks. Generated, so the pages and the images cannot drift
 * apart. A swatch always sits beside the family's name: colour is never the
 * only thing that says which family it is.
 */
import { FAMILY_COLOURS, NO_FAMILY_COLOUR } from './family-palette';
import { UNDISCLOSED_ID } from './labels';

export const familyClass = (id: string | undefined): string => `family-${id ?? UNDISCLOSED_ID}`;

export function familyCss(): string {
  const rules = Object.entries(FAMILY_COLOURS).map(([id, colour]) => `.${familyClass(id)}{--family:${colour}}`);
  return [
    `.${familyClass(undefined)}{--family:${NO_FAMILY_COLOUR}}`,
    ...rules,
    '.family-swatch{display:inline-block;width:0.8em;height:0.8em;margin-right:0.35em;vertical-align:-0.05em;border-radius:0.15em;background:var(--family);border:1px solid var(--fg)}',
    '.bar-list rect.family-bar,.family-bar{fill:var(--family)}',
    '',
  ].join('\n');
}
