/**
 * Numbers that prose states about the site's own records, computed from the
 * index at build time (explainers and guides write <SiteFigure name="…" />),
 * so no page can contradict the data it describes.
 */
import type { SiteIndex } from './site-index';
import { plural } from './plural';

export const SITE_FIGURES = ['programmes', 'family-programmes', 'overdue-milestones', 'biggest-slip'] as const;
export type SiteFigureName = (typeof SITE_FIGURES)[number];

/** The figure in words: "14 of the 38 programmes", "18 milestones", "48 months". */
export function siteFigure(index: Pick<SiteIndex, 'programmes' | 'programmesByElectrolyte'>, name: SiteFigureName, family?: string): string {
  const total = index.programmes.length;
  switch (name) {
    case 'programmes':
      return plural(String(total), 'programme', total);
    case 'family-programmes': {
      if (!family) throw new Error('SiteFigure name="family-programmes" needs a family, e.g. family="sulfide"');
      const n = index.programmesByElectrolyte.get(family)?.length ?? 0;
      return `${n} of the ${plural(String(total), 'programme', total)}`;
    }
    case 'overdue-milestones': {
      const n = index.programmes.reduce((sum, p) => sum + p.milestones.filter((m) => m.state === 'overdue').length, 0);
      return plural(String(n), 'milestone', n);
    }
    case 'biggest-slip': {
      const max = Math.max(0, ...index.programmes.flatMap((p) => p.milestones.map((m) => m.slipMonths)));
      return plural(String(max), 'month', max);
    }
  }
}
