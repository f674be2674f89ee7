/**
 * What each social image shows, as plain strings: one card per published
 * article, programme and organisation, derived from the site index the pages
 * use (a programme's `next` and `totalSlip` come from its ProgrammeView). The
 * card is exactly the image's displayed input: it is what the cache key
 * hashes, so a field that is not on the card cannot cause a re-render.
 */
import { familyColour, NO_FAMILY_COLOUR } from '../family-palette';
import { formatIsoDay } from '../dates';
import { formatSlip, organisationKindLabel, UNDISCLOSED } from '../labels';
import type { ProgrammeView } from '../programme-view';
import { lookupAll, organisationName, type SiteIndex } from '../site-index';
import { formatTarget } from '../targets';
import { site } from '../site-config';

/** Collection names: the folder under /og/ and the first part of a manifest key. */
export const SOCIAL_IMAGE_KINDS = ['articles', 'programmes', 'organisations'] as const;
export type SocialImageKind = (typeof SOCIAL_IMAGE_KINDS)[number];

export interface Chip {
  label: string;
  colour: string;
}

export interface Figure {
  label: string;
  value: string;
  /** A line under the value (the milestone a target belongs to). */
  detail?: string;
}

export interface Card {
  /** The site's name, top right. */
  site: string;
  /** The small line at the top: "Programme", "News", "Analysis", "Organisation". */
  kind: string;
  title: string;
  /** The programme or organisation names under the title. */
  name: string;
  /** Electrolyte families, most relevant first; the first one colours the stripe. */
  families: Chip[];
  /** The key figures along the bottom, two or three. */
  figures: Figure[];
}

export interface SocialImageEntry {
  kind: SocialImageKind;
  id: string;
  card: Card;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Up to three names, then a count: the line (and the alt text, which repeats it) stays short. */
function names(list: readonly string[]): string {
  return list.length <= 3 ? list.join(' · ') : `${list.slice(0, 3).join(' · ')} and ${list.length - 3} more`;
}

/** Chips for electrolyte ids, in order, each once; one family says "electrolyte" after its name. */
function familyChips(ids: readonly (string | undefined)[], index: SiteIndex): Chip[] {
  const unique = [...new Set(ids.filter((id): id is string => id !== undefined))];
  const chips = unique.map((id) => ({ label: index.electrolyteById.get(id)?.data.family ?? id, colour: familyColour(id) }));
  return chips.length === 1 ? [{ ...chips[0]!, label: `${chips[0]!.label} electrolyte` }] : chips;
}

export function programmeCard(p: ProgrammeView, index: SiteIndex): Card {
  const next = p.next;
  return {
    site: site.shortTitle,
    kind: 'Programme',
    title: p.name,
    name: p.shortName === p.lead.name ? `Led by ${p.lead.name}` : `${p.shortName} · led by ${p.lead.name}`,
    families: p.electrolyte ? familyChips([p.electrolyte.id], index) : [{ label: `Electrolyte ${UNDISCLOSED.toLowerCase()}`, colour: NO_FAMILY_COLOUR }],
    figures: [
      next
        ? { label: 'Next target', value: `${formatTarget(next.current.target)}${next.state === 'overdue' ? ', overdue' : ''}`, detail: next.title }
        : { label: 'Next target', value: 'None open' },
      { label: 'Total slip', value: capitalise(formatSlip(p.totalSlip)) },
    ],
  };
}

export function articleCard(article: SiteIndex['articles'][number], index: SiteIndex): Card {
  const a = article.data;
  const programmes = lookupAll(a.programmes, index.programmeById);
  const organisations = lookupAll(a.organisations, index.organisationById).map(organisationName);
  const more = programmes.length > 1 ? ` and ${programmes.length - 1} more` : '';
  return {
    site: site.shortTitle,
    kind: a.kind === 'analysis' ? 'Analysis' : 'News',
    title: a.title,
    name: names(organisations.length > 0 ? organisations : programmes.map((p) => p.shortName)),
    families: familyChips(a.electrolytes.length > 0 ? a.electrolytes : programmes.map((p) => p.electrolyte?.id), index),
    figures: [
      { label: 'Published', value: formatIsoDay(a.published) },
      ...(programmes[0] ? [{ label: programmes.length > 1 ? 'Programmes' : 'Programme', value: `${programmes[0].shortName}${more}` }] : []),
    ],
  };
}

export function organisationCard(organisation: SiteIndex['organisations'][number], index: SiteIndex): Card {
  const o = organisation.data;
  const programmes = index.programmesByOrganisation.get(organisation.id) ?? [];
  // Families by how many of its programmes use them, ties in the order the site lists families.
  const order = index.electrolytes.map((e) => e.id);
  const counts = new Map<string, number>();
  for (const p of programmes) if (p.electrolyte) counts.set(p.electrolyte.id, (counts.get(p.electrolyte.id) ?? 0) + 1);
  const families = [...counts].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0])).map(([id]) => id);
  return {
    site: site.shortTitle,
    kind: 'Organisation',
    title: o.name,
    name: names(programmes.map((p) => p.shortName)),
    families: familyChips(families, index),
    figures: [
      { label: 'Kind', value: organisationKindLabel[o.kind] },
      { label: 'Country', value: o.country },
      { label: 'Tracked programmes', value: String(programmes.length) },
    ],
  };
}

/** Every social image of the site: each published article, each programme, each organisation. */
export function socialCards(index: SiteIndex): SocialImageEntry[] {
  return [
    ...index.articles.map((a) => ({ kind: 'articles' as const, id: a.id, card: articleCard(a, index) })),
    ...index.programmes.map((p) => ({ kind: 'programmes' as const, id: p.id, card: programmeCard(p, index) })),
    ...index.organisations.map((o) => ({ kind: 'organisations' as const, id: o.id, card: organisationCard(o, index) })),
  ];
}

/** Every string a card draws (for checking the fonts cover them). */
export function cardTexts(card: Card): string[] {
  return [card.site, card.kind, card.title, card.name, ...card.families.map((f) => f.label), ...card.figures.flatMap((f) => [f.label, f.value, f.detail ?? ''])];
}

/** og:image:alt: one sentence saying what the image shows, in full where the image may shorten. */
export function altText(card: Card): string {
  const families = card.families.map((f) => f.label.toLowerCase());
  const facts = card.figures.map((f) => `${f.label.toLowerCase()}: ${f.value}${f.detail ? ` (${f.detail})` : ''}`);
  // A screen reader reads "·" aloud, or not at all: commas in the sentence, which continues in lower case.
  const name = card.name.replaceAll(' · ', ', ').replace(/^Led by /, 'led by ');
  const about = [name, families.length > 0 ? (families.length === 1 ? families[0] : `${families.join(', ')} electrolytes`) : ''].filter(Boolean);
  return `${card.kind} card: “${card.title}”${about.length > 0 ? `, ${about.join(', ')}` : ''}; ${facts.join('; ')}.`;
}
