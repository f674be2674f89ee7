/** The pure site index: visibility, order, lookups and relations, from plain entries (no Astro). */
import { describe, expect, it } from 'vitest';
import { indexSite } from '../../src/lib/site-index';
import { programmeSchema } from '../../src/lib/schemas/programme';
import { articleSchema } from '../../src/lib/schemas/article';
import { organisationSchema } from '../../src/lib/schemas/organisation';
import { electrolyteSchema } from '../../src/lib/schemas/docs';

const src = { title: 'T', publisher: 'P', url: 'https://news.example.com/t' };
const org = (id: string, name: string, shortName?: string) => ({ id, digest: `d-${id}`, data: organisationSchema.parse({ name, ...(shortName && { shortName }), kind: 'carmaker', country: 'Japan', website: 'https://o.example.com' }) });
const programme = (id: string, name: string, lead: string, extra: object = {}) => ({
  id,
  digest: `d-${id}`,
  data: programmeSchema.parse({
    name, shortName: name.split(' ')[0], lead, region: 'japan', status: 'pilot-line', summary: 'S.', lastVerified: '2026-11-01',
    milestones: [{ id: 'sop', title: 'SOP', announcements: [{ announced: '2023-01-01', target: '2025', stated: '2025', source: src }, { announced: '2024-01-01', target: '2027', stated: '2027', source: src }] }],
    ...extra,
  }),
});
const article = (id: string, published: string, extra: object = {}) => ({ id, digest: `d-${id}`, data: articleSchema.parse({ title: id, description: 'D.', published, sources: [src], ...extra }) });
const sulfide = { id: 'sulfide', digest: 'd-s', data: electrolyteSchema.parse({ title: 'Sulfide', description: 'S.', family: 'Sulfide', conductivity: '1 mS/cm' }) };

const collections = () => ({
  organisations: [org('toyota', 'Toyota Motor Corporation', 'Toyota'), org('idemitsu', 'Idemitsu Kosan')],
  electrolytes: [sulfide],
  guides: [],
  programmes: [
    programme('z-toyota', 'Zeta Toyota cells', 'toyota', { electrolyte: 'sulfide', partners: [{ organisation: 'idemitsu', role: 'electrolyte' }] }),
    programme('a-idemitsu', 'Alpha Idemitsu cells', 'idemitsu'),
  ],
  articles: [
    article('old', '2024-01-01', { programmes: ['z-toyota'], organisations: ['idemitsu'], electrolytes: ['sulfide'] }),
    article('new', '2025-06-01', { programmes: ['z-toyota', 'a-idemitsu'] }),
    article('draft', '2025-01-01', { draft: true, programmes: ['z-toyota'] }),
    article('scheduled', '2027-01-01', { programmes: ['z-toyota'] }),
  ],
});

describe('indexSite', () => {
  const index = indexSite(collections(), '2026-12-02');
  const ids = (list: { id: string }[] | undefined) => (list ?? []).map((e) => e.id);

  it.each([
    ['published articles, newest first (no drafts, no future dates)', () => ids(index.articles), ['new', 'old']],
    ['programmes by name', () => ids(index.programmes), ['a-idemitsu', 'z-toyota']],
    ['articles of a programme', () => ids(index.articlesByProgramme.get('z-toyota')), ['new', 'old']],
    ['articles of an organisation', () => ids(index.articlesByOrganisation.get('idemitsu')), ['old']],
    ['articles of a family', () => ids(index.articlesByElectrolyte.get('sulfide')), ['old']],
    ['programmes an organisation leads or partners in', () => ids(index.programmesByOrganisation.get('idemitsu')), ['a-idemitsu', 'z-toyota']],
    ['programmes of a family', () => ids(index.programmesByElectrolyte.get('sulfide')), ['z-toyota']],
    ['changes of a family follow their programme', () => (index.changesByElectrolyte.get('sulfide') ?? []).map((e) => e.programmeId), ['z-toyota', 'z-toyota']],
  ])('%s', (_name, actual, expected) => {
    expect(actual()).toEqual(expected);
  });

  it('resolves names and URLs once in the programme view, and carries the digest', () => {
    const view = index.programmeById.get('z-toyota')!;
    expect(view.lead).toEqual({ id: 'toyota', name: 'Toyota', url: '/organisations/toyota/' });
    expect(view.partners).toEqual([{ id: 'idemitsu', name: 'Idemitsu Kosan', url: '/organisations/idemitsu/', role: 'electrolyte', since: undefined }]);
    expect(view.electrolyte).toEqual({ id: 'sulfide', name: 'Sulfide', url: '/electrolytes/sulfide/' });
    expect(view.url).toBe('/programmes/z-toyota/');
    expect(view.digest).toBe('d-z-toyota');
    expect(view.totalSlip).toBe(24);
  });

  it('fails naming every broken reference', () => {
    const c = collections();
    c.articles.push(article('bad', '2025-01-01', { programmes: ['nosuch'] }));
    c.programmes.push(programme('b', 'Beta', 'nobody'), programme('c', 'Gamma', 'toyota', { electrolyte: 'sulphide' }));
    expect(() => indexSite(c, '2026-12-02')).toThrow(
      /3 broken reference[\s\S]*field "programmes\[0\]": "nosuch" is not an entry of programmes[\s\S]*field "lead": "nobody" is not an entry of organisations[\s\S]*field "electrolyte": "sulphide" is not an entry of electrolytes/,
    );
  });
});
