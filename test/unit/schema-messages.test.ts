/**
 * Messages an author sees for bad content, checked against the real schemas
 * (no build): each case is valid fixture data with one fault, and the message
 * must name the field's path and say what was expected.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { programmeSchema } from '../../src/lib/schemas/programme';
import { articleSchema } from '../../src/lib/schemas/article';
import { organisationSchema } from '../../src/lib/schemas/organisation';
import { electrolyteSchema, guideSchema } from '../../src/lib/schemas/docs';
import { editDistance, nearestKey } from '../../src/lib/nearest-key';

const src = { title: 'Alpha plans cells by 2025', publisher: 'Fixture Wire', url: 'https://news.example.com/alpha-2025' };
const programme = () => ({
  name: 'Alpha sulfide cells', shortName: 'Alpha', lead: 'alpha-motors', region: 'japan', status: 'pilot-line',
  summary: 'A fixture.', lastVerified: '2026-11-01',
  partners: [{ organisation: 'beta-chemicals', role: 'electrolyte' }],
  milestones: [
    { id: 'sop', title: 'Start of production', announcements: [{ announced: '2023-10-12', target: '2025', stated: 'by 2025', source: { ...src } }] },
    { id: 'pilot', title: 'Pilot line', announcements: [{ announced: '2023-10-12', target: '2026', stated: '2026', source: { ...src } }] },
  ],
});
const article = () => ({ title: 'Deal', description: 'A deal.', published: '2023-10-12', sources: [{ ...src }] });

/** The "path: message" lines of a failed parse, as Astro prints them (dot paths). */
function messages(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

type Case = [name: string, schema: z.ZodType, data: () => unknown, expected: (string | RegExp)[]];
const withKey = <T extends object>(obj: T, key: string, value: unknown) => Object.assign(obj, { [key]: value });

const unknownKeyCases: Case[] = [
  ['a misspelt achieved on a milestone', programmeSchema, () => { const p = programme(); withKey(p.milestones[1]!, 'acheived', { date: '2025-01' }); return p; },
    ['milestones.1: unknown key "milestones[1].acheived": did you mean "achieved"?']],
  ['a misspelt key on an announcement', programmeSchema, () => { const p = programme(); withKey(p.milestones[0]!.announcements[0]!, 'anounced', '2023'); return p; },
    ['unknown key "milestones[0].announcements[0].anounced": did you mean "announced"?']],
  ['a misspelt key on a source', programmeSchema, () => { const p = programme(); withKey(p.milestones[0]!.announcements[0]!.source, 'publsher', 'X'); return p; },
    ['did you mean "publisher"?']],
  ['a misspelt key on a partner', programmeSchema, () => { const p = programme(); withKey(p.partners[0]!, 'roll', 'x'); return p; }, ['unknown key "partners[0].roll": did you mean "role"?']],
  ['a misspelt top-level programme key', programmeSchema, () => withKey(programme(), 'lastVerifed', '2026-01-01'), ['unknown key "lastVerifed": did you mean "lastVerified"?']],
  ['draftt on an article', articleSchema, () => withKey(article(), 'draftt', true), ['unknown key "draftt": did you mean "draft"?']],
  ['a key far from every known key', organisationSchema, () => ({ name: 'A', kind: 'carmaker', country: 'Japan', website: 'https://a.example', colour: 'red' }),
    [/unknown key "colour"; expected one of "name", "shortName"/]],
  ['a misspelt key in explainer front matter', electrolyteSchema, () => ({ title: 'S', description: 'S.', family: 'Sulfide', conductivity: '1 mS/cm', keyMaterial: [] }),
    ['did you mean "keyMaterials"?']],
  ['a misspelt key in guide front matter', guideSchema, () => ({ title: 'G', description: 'G.', oder: 3 }), ['did you mean "order"?']],
];

const ruleCases: Case[] = [
  ['a missing required field', programmeSchema, () => { const p = programme() as Record<string, unknown>; delete p.summary; return p; }, ['summary: expected a summary']],
  ['a wrong enum value', programmeSchema, () => ({ ...programme(), status: 'shipping' }), [/status: Invalid option: expected one of "research"\|"pilot-line"/]],
  ['an impossible calendar date (quoted)', programmeSchema, () => ({ ...programme(), lastVerified: '2024-02-30' }), ['lastVerified: expected a real calendar date "YYYY-MM-DD", got "2024-02-30"']],
  ['an unquoted YAML date', programmeSchema, () => ({ ...programme(), lastVerified: new Date('2024-03-01') }), ['lastVerified: expected a quoted date "YYYY-MM-DD": unquoted YAML dates are parsed loosely']],
  ['an impossible date in article front matter', articleSchema, () => ({ ...article(), published: '2023-02-29' }), ['published: expected a real calendar date']],
  ['an announcement without a source', programmeSchema, () => { const p = programme(); delete (p.milestones[0]!.announcements[0] as { source?: unknown }).source; return p; },
    ['milestones.0.announcements.0.source: expected a source with publisher and url']],
  ['a malformed source URL', programmeSchema, () => { const p = programme(); p.milestones[0]!.announcements[0]!.source.url = 'news.example.com/alpha-2025'; return p; },
    ['milestones.0.announcements.0.source.url: expected an absolute URL starting with https:// or http://']],
  ['both achieved and abandoned', programmeSchema, () => { const p = programme(); withKey(p.milestones[0]!, 'achieved', { date: '2025-01', source: src }); withKey(p.milestones[0]!, 'abandoned', { date: '2025-02-01', source: src }); return p; },
    ['milestones.0.abandoned: a milestone cannot be both achieved and abandoned']],
  ['updated before published', articleSchema, () => withKey(article(), 'updated', '2023-01-01'), ['updated: "2023-01-01" is before the publication day "2023-10-12"']],
  ['a partner that is also the lead', programmeSchema, () => { const p = programme(); p.partners[0]!.organisation = 'alpha-motors'; return p; }, ['partners.0.organisation: "alpha-motors" is the lead']],
  ['the same source URL twice in one list', articleSchema, () => { const a = article(); a.sources.push({ ...src, title: 'Other' }); return a; },
    ['sources.1.url: "https://news.example.com/alpha-2025" is already cited at index 0']],
  ['an achievement dated before the first announcement, without a note', programmeSchema, () => { const p = programme(); withKey(p.milestones[0]!, 'achieved', { date: '2022-05', source: src }); return p; },
    ['milestones.0.achieved.date: "2022-05" is before the first announcement (2023-10-12); if that is right, say why in achieved.note']],
  ['a bracketed description instead of a headline', articleSchema, () => { const a = article(); a.sources[0]!.title = '[slug] alpha-2025'; return a; },
    ['sources.0.title: expected the headline as published; when it is not known, leave `title` out']],
  ['a via without its kind', articleSchema, () => { const a = article(); withKey(a.sources[0]!, 'via', { name: 'NewsBreak' }); return a; }, ['sources.0.via.kind']],
  ['an abandonment without a source', programmeSchema, () => { const p = programme(); withKey(p.milestones[0]!, 'abandoned', { date: '2025-02-01' }); return p; }, ['milestones.0.abandoned.source: expected a source with publisher and url']],
  ['two milestones with one id', programmeSchema, () => { const p = programme(); p.milestones.push({ ...p.milestones[0]! }); return p; }, ['milestones.2.id: duplicate milestone id "sop"']],
  ['a milestone without announcements', programmeSchema, () => { const p = programme(); p.milestones[0]!.announcements = []; return p; }, ['milestones.0.announcements: expected at least one announcement']],
  ['a target outside the grammar', programmeSchema, () => { const p = programme(); (p.milestones[0]!.announcements[0] as { target: string }).target = 'mid-2025'; return p; },
    ['milestones.0.announcements.0.target: "mid-2025" is not a valid target']],
];

describe('schema messages name the path and what was expected', () => {
  it.each([...unknownKeyCases, ...ruleCases])('%s', (_name, schema, data, expected) => {
    const out = messages(schema, data()).join('\n');
    for (const e of expected) expect(out).toMatch(e);
  });

  it('accepts the valid base data, with a title-less source, a lang and a via', () => {
    const a = article();
    a.sources.push({ publisher: 'Nikkei', url: 'https://n.example/x', via: { name: 'NewsBreak', kind: 'aggregator' }, lang: 'ja' } as never);
    expect(messages(programmeSchema, programme())).toEqual([]);
    expect(messages(articleSchema, a)).toEqual([]);
  });

  it('accepts an early achievement that a note explains', () => {
    const p = programme();
    withKey(p.milestones[0]!, 'achieved', { date: '2022-05', source: src, note: 'Achieved before it was publicly promised.' });
    expect(messages(programmeSchema, p)).toEqual([]);
  });

  it('carries the target parsed', () => {
    const parsed = programmeSchema.parse(programme());
    expect(parsed.milestones[0]!.announcements[0]!.target).toEqual({ text: '2025', precision: 'year', start: '2025-01-01', end: '2025-12-31' });
  });
});

describe('nearestKey', () => {
  it.each([
    ['acheived', 'achieved'], ['draftt', 'draft'], ['Achieved', 'achieved'], ['titel', 'title'], ['colour', undefined], 
  ])('%s → %s', (key, expected) => {
    expect(nearestKey(key, ['achieved', 'draft', 'title', 'abandoned', 'id'])).toBe(expected);
  });
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('acheived', 'achieved')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
