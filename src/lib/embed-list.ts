/**
 * Every embeddable chart: one SVG of each programme's milestones and one of
 * each electrolyte family's, on the timeline's layout. The endpoints, the
 * pages' embed snippets and /feeds/ all read this list.
 */
import { compareTargets } from './targets';
import { sitePaths } from './paths';
import { programmeMilestones, type ProgrammeView } from './programme-view';
import { layoutTimeline, type TimelineLayout } from './timeline-layout';
import type { SiteData } from './site-data';
import { plural } from './plural';

export interface EmbedSpec {
  id: string;
  /** Site path of the SVG file and of the page it belongs to. */
  path: string;
  pagePath: string;
  title: string;
  /** What the chart shows, for <desc> and the <img> alt text. */
  desc: string;
  layout: TimelineLayout;
}

function layoutOf(programmes: readonly ProgrammeView[], asOf: string): TimelineLayout {
  const inputs = programmeMilestones(programmes.map((p) => ({ ...p, milestones: [...p.milestones].sort((a, b) => compareTargets(a.current.target, b.current.target)) })));
  return layoutTimeline(inputs, asOf);
}

const describe = (what: string, milestones: number, asOf: string) =>
  `${what}: ${plural(milestones, 'promised milestone')} on a time axis, each with its current target window, earlier windows, slip and achievement, as of ${asOf}.`;

export function programmeEmbed(p: ProgrammeView, asOf: string): EmbedSpec {
  return {
    id: p.id,
    path: sitePaths.entityEmbed('programmes', p.id),
    pagePath: sitePaths.programme(p.id),
    title: `${p.shortName}: promised milestones`,
    desc: describe(p.name, p.milestones.length, asOf),
    layout: layoutOf([p], asOf),
  };
}

export function electrolyteEmbed(e: SiteData['electrolytes'][number], programmes: readonly ProgrammeView[], asOf: string): EmbedSpec {
  return {
    id: e.id,
    path: sitePaths.entityEmbed('electrolytes', e.id),
    pagePath: sitePaths.electrolyte(e.id),
    title: `${e.data.family} electrolyte programmes: promised milestones`,
    desc: describe(`${plural(programmes.length, 'programme')} using ${e.data.family.toLowerCase()} electrolytes`, programmes.reduce((n, p) => n + p.milestones.length, 0), asOf),
    layout: layoutOf(programmes, asOf),
  };
}

export const programmeEmbeds = (data: SiteData): EmbedSpec[] => data.programmes.map((p) => programmeEmbed(p, data.asOf));
/** Families with no programme get no file: an empty chart says nothing. */
export const electrolyteEmbeds = (data: SiteData): EmbedSpec[] =>
  data.electrolytes.flatMap((e) => {
    const programmes = data.programmesByElectrolyte.get(e.id) ?? [];
    return programmes.length > 0 ? [electrolyteEmbed(e, programmes, data.asOf)] : [];
  });
