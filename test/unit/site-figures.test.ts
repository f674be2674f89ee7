/** Figures prose states about the records, against a hand-counted index, and the real content's family counts. */
import { describe, expect, it } from 'vitest';
import { siteFigure } from '../../src/lib/site-figures';
import { loadContentSet } from '../../src/lib/content-set';

const view = (id: string, milestones: { state: string; slipMonths: number }[]) => ({ id, milestones });
const index = {
  programmes: [view('a', [{ state: 'overdue', slipMonths: 12 }, { state: 'open', slipMonths: 48 }]), view('b', [{ state: 'overdue', slipMonths: -3 }]), view('c', [])],
  programmesByElectrolyte: new Map([['sulfide', [view('a', []), view('b', [])]]]),
} as unknown as Parameters<typeof siteFigure>[0];

describe('siteFigure', () => {
  it.each([
    ['programmes', undefined, '3 programmes'],
    ['family-programmes', 'sulfide', '2 of the 3 programmes'],
    ['family-programmes', 'halide', '0 of the 3 programmes'],
    ['overdue-milestones', undefined, '2 milestones'],
    ['biggest-slip', undefined, '48 months'],
  ] as const)('%s %s → %s', (name, family, expected) => {
    expect(siteFigure(index, name, family)).toBe(expected);
  });

  it('refuses a family figure without a family', () => {
    expect(() => siteFigure(index, 'family-programmes')).toThrow('needs a family');
  });

  it('backs the sulfide explainer: sulfide is the largest family in the real content', () => {
    const content = loadContentSet('content');
    const counts = new Map<string, number>();
    for (const p of content.programmes) if (p.data.electrolyte) counts.set(p.data.electrolyte, (counts.get(p.data.electrolyte) ?? 0) + 1);
    const sulfide = counts.get('sulfide') ?? 0;
    for (const [family, n] of counts) if (family !== 'sulfide') expect(sulfide, family).toBeGreaterThan(n);
  });
});
