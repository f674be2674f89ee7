/**
 * What each social image shows, from the valid fixture through the same site
 * index the pages use: a programme's next target and total slip (its
 * ProgrammeView), an article's date and programme, an organisation's kind,
 * country and programmes; and the alt text that says so in one sentence.
 */
import { describe, expect, it } from 'vitest';
import { loadContentSet } from '../../src/lib/content-set';
import { indexSite } from '../../src/lib/site-index';
import { altText, socialCards, type Card } from '../../src/lib/social-image/cards';
import { familyColour, NO_FAMILY_COLOUR } from '../../src/lib/family-palette';

const index = indexSite(loadContentSet('test/fixtures/valid'), '2026-12-02');
const cards = new Map(socialCards(index).map((e) => [`${e.kind}/${e.id}`, e.card]));
const card = (key: string): Card => {
  const found = cards.get(key);
  if (!found) throw new Error(`no card ${key}`);
  return found;
};

describe('social image cards', () => {
  it('shows a programme’s name, lead, family, next target (with its milestone) and total slip', () => {
    const view = index.programmeById.get('alpha-sulfide')!;
    expect(card('programmes/alpha-sulfide')).toEqual({
      site: 'SSB Tracker',
      kind: 'Programme',
      title: 'Alpha Motors sulfide all-solid-state programme',
      name: 'Alpha–Beta · led by Alpha Motors',
      families: [{ label: 'Sulfide electrolyte', colour: NO_FAMILY_COLOUR }],
      figures: [
        { label: 'Next target', value: 'FY2027–28', detail: view.next!.title },
        { label: 'Total slip', value: `+${view.totalSlip} months` },
      ],
    });
    expect(view.totalSlip).toBe(39);
  });

  it('marks an overdue next target', () => {
    expect(card('programmes/gamma-oxide').figures[0]!.value).toMatch(/, overdue$/);
  });

  it('shows an article’s kind, organisations, family, publication day and programme', () => {
    expect(card('articles/alpha-beta-deal')).toMatchObject({
      kind: 'News',
      title: 'Alpha and Beta agree to mass-produce sulfide electrolyte',
      name: 'Alpha Motors · Beta Chemicals',
      figures: [{ label: 'Published', value: '12 October 2023' }, { label: 'Programme', value: 'Alpha–Beta' }],
    });
    // No electrolyte of its own: the family of the programme it links.
    expect(card('articles/gamma-samples-late')).toMatchObject({ kind: 'Analysis', families: [{ label: 'Sulfide electrolyte' }] });
  });

  it('shows an organisation’s kind, country and programmes, and leaves no card for a draft', () => {
    expect(card('organisations/beta-chemicals')).toMatchObject({
      title: 'Beta Chemicals Ltd.',
      name: 'Alpha–Beta',
      figures: [{ label: 'Kind', value: 'Materials supplier' }, { label: 'Country', value: 'Germany' }, { label: 'Tracked programmes', value: '1' }],
    });
    expect([...cards.keys()].some((k) => k.includes('draft'))).toBe(false);
  });

  it('colours a family the palette knows, and only those', () => {
    expect(familyColour('sulfide')).not.toBe(NO_FAMILY_COLOUR);
    expect(card('programmes/alpha-sulfide').families[0]!.colour).toBe(familyColour('sulfide-fixture'));
  });

  it('says in one sentence what the image shows', () => {
    expect(altText(card('programmes/alpha-sulfide'))).toBe(
      'Programme card: “Alpha Motors sulfide all-solid-state programme”, Alpha–Beta, led by Alpha Motors, sulfide electrolyte; ' +
        `next target: FY2027–28 (${index.programmeById.get('alpha-sulfide')!.next!.title}); total slip: +39 months.`,
    );
    expect(altText(card('organisations/gamma-cells'))).toBe(
      'Organisation card: “Gamma Cells Inc.”, Gamma, sulfide electrolyte; kind: Start-up; country: United States; tracked programmes: 1.',
    );
  });
});
