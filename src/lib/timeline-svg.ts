/**
 * The marks of a timeline layout (src/lib/timeline-layout.ts) as SVG markup:
 * the one drawing code for the chart on the site's pages (TimelineChart.astro)
 * and for the standalone SVG files others embed (/programmes/<id>/timeline.svg,
 * /electrolytes/<id>/timeline.svg), which carry their own styles, light and
 * dark, and a <title> and <desc>.
 */
import { escapeXml } from './feed-xml';
import { paths } from './paths';
import { fitLabel, TIMELINE, type TimelineLayout } from './timeline-layout';

const r = (n: number) => Math.round(n * 10) / 10;
const attrs = (a: Record<string, string>) => Object.entries(a).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');

export interface MarkOptions {
  /** Data attributes per row key, for the page scripts. */
  rowData?: Record<string, Record<string, string>>;
  /** Row labels link to the milestone on the site (pages); embeds have no links, since an <img> cannot follow them. */
  links?: boolean;
}

export function timelineMarks(layout: TimelineLayout, { rowData = {}, links = true }: MarkOptions = {}): string {
  const bar = TIMELINE.rowHeight - 10;
  const axis = layout.ticks.map((t) => `<g><line x1="${r(t.x)}" x2="${r(t.x)}" y1="${layout.plot.top - 6}" y2="${layout.plot.bottom}"/><text x="${r(t.x) + 3}" y="${layout.plot.top - 10}">${escapeXml(t.label)}</text></g>`).join('');
  const rows = layout.rows.map((row) => {
    const label = `<text x="4" y="${bar}">${escapeXml(fitLabel(row.label))}</text>`;
    const linked = links ? `<a href="${escapeXml(paths.milestone(row.programmeId, row.milestoneId))}" aria-hidden="true" tabindex="-1">${label}</a>` : label;
    const ghosts = row.ghosts.map((g) => `<rect class="ghost" x="${r(g.x)}" y="3" width="${r(g.width)}" height="${bar}" rx="2"/>`).join('');
    const current = `<rect class="current" x="${r(row.current.x)}" y="3" width="${r(row.current.width)}" height="${bar}" rx="2"/>`;
    const slip = row.slip
      ? `<g class="${row.slip.months > 0 ? 'slip later' : 'slip earlier'}"><line x1="${r(row.slip.x1)}" x2="${r(row.slip.x2)}" y1="${bar + 6}" y2="${bar + 6}"/><path d="M${r(row.slip.x2)} ${bar + 6} l${row.slip.months > 0 ? -5 : 5} -3 v6 z"/></g>`
      : '';
    const achieved = row.achieved !== null ? `<path class="achieved" d="M${r(row.achieved)} 1 l6 ${bar / 2 + 2} -6 ${bar / 2 + 2} -6 -${bar / 2 + 2} z"/>` : '';
    const a = attrs({ role: 'listitem', 'aria-label': row.description, class: `row state-${row.state}`, 'data-row': row.key, ...(rowData[row.key] ?? {}), transform: `translate(0 ${row.y})` });
    return `<g${a}><title>${escapeXml(row.description)}</title>${linked}${ghosts}${current}${slip}${achieved}</g>`;
  });
  const today = `<g class="today" aria-hidden="true"><line x1="${r(layout.today.x)}" x2="${r(layout.today.x)}" y1="${layout.plot.top - 6}" y2="${layout.plot.bottom}"/></g>`;
  return `<g class="axis" aria-hidden="true">${axis}</g><g role="list">${rows.join('')}</g>${today}`;
}

/** Colours of the embedded chart: the site's palette, light and dark, so the file looks right on its own. */
const EMBED_STYLE = `
svg{--bg:#fdfdfc;--fg:#1b1d21;--muted:#545b66;--line:#d9dce1;--accent:#0b5fb0;--good:#17683a;--warn:#8a4b00;--bad:#a3261d;font:12px system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}
@media (prefers-color-scheme:dark){svg{--bg:#121417;--fg:#e7e9ec;--muted:#a9b0ba;--line:#343a42;--accent:#79b8ff;--good:#6fd39a;--warn:#f0b86b;--bad:#ff9a90}}
.bg{fill:var(--bg)}text{fill:var(--fg)}.axis line{stroke:var(--line)}.axis text,.credit{fill:var(--muted)}
rect.current{fill:var(--accent)}.state-achieved rect.current{fill:var(--good)}.state-overdue rect.current{fill:var(--bad)}.state-abandoned rect.current{fill:var(--muted)}
rect.ghost{fill:none;stroke:var(--muted);stroke-dasharray:3 2}.slip line{stroke-width:2}.slip.later line{stroke:var(--bad)}.slip.earlier line{stroke:var(--good)}
.slip.later path{fill:var(--bad)}.slip.earlier path{fill:var(--good)}path.achieved{fill:var(--good);stroke:var(--bg)}.today line{stroke:var(--warn);stroke-width:2;stroke-dasharray:4 3}
`.trim();

/** Height of the credit line under an embedded chart. */
const CREDIT = 20;

/** A self-contained SVG file of the layout: own styles, title and description, and a credit line naming the source page. */
export function standaloneTimelineSvg(layout: TimelineLayout, meta: { title: string; desc: string; credit: string }): string {
  const height = layout.height + CREDIT;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${height}" width="${layout.width}" height="${height}" role="img" aria-labelledby="title desc">`,
    `<title id="title">${escapeXml(meta.title)}</title>`,
    `<desc id="desc">${escapeXml(meta.desc)}</desc>`,
    `<style>${EMBED_STYLE}</style>`,
    `<rect class="bg" width="100%" height="100%"/>`,
    timelineMarks(layout, { links: false }),
    `<text class="credit" x="4" y="${height - 6}">${escapeXml(meta.credit)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
