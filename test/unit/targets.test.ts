import { describe, expect, it } from 'vitest';
import { compareTargets, formatTarget, isPast, monthsBetween, parseTarget, TargetError } from '../../src/lib/targets';

describe('parseTarget', () => {
  it.each([
    ['2027', 'year', '2027-01-01', '2027-12-31'],
    ['2027-H1', 'half', '2027-01-01', '2027-06-30'],
    ['2027-H2', 'half', '2027-07-01', '2027-12-31'],
    ['2027-Q1', 'quarter', '2027-01-01', '2027-03-31'],
    ['2027-Q3', 'quarter', '2027-07-01', '2027-09-30'],
    ['2027-Q4', 'quarter', '2027-10-01', '2027-12-31'],
    ['2027-06', 'month', '2027-06-01', '2027-06-30'],
    ['2028-02', 'month', '2028-02-01', '2028-02-29'],
    ['2027-02', 'month', '2027-02-01', '2027-02-28'],
    ['2027-06-15', 'day', '2027-06-15', '2027-06-15'],
    ['2024-02-29', 'day', '2024-02-29', '2024-02-29'],
    ['2027/2028', 'range', '2027-01-01', '2028-12-31'],
    ['2027-04/2029-03', 'range', '2027-04-01', '2029-03-31'],
    ['2026-H2/2027-Q1', 'range', '2026-07-01', '2027-03-31'],
    ['2027 / 2028', 'range', '2027-01-01', '2028-12-31'],
    ['by 2030', 'by', null, '2030-12-31'],
    ['by 2026-H1', 'by', null, '2026-06-30'],
    ['By 2030', 'by', null, '2030-12-31'],
  ])('%s is a %s from %s to %s', (text, precision, start, end) => {
    expect(parseTarget(text)).toEqual({ text: text.trim(), precision, start, end });
  });

  it.each([
    ['', 'it is empty'],
    ['2027-13', 'month 13 is not between 01 and 12'],
    ['2027-00', 'month 00 is not between 01 and 12'],
    ['2023-02-29', '2023-02-29 is not a calendar date'],
    ['2024-02-30', '2024-02-30 is not a calendar date'],
    ['2027-H3', '"2027-H3" is not a year, half, quarter, month or day'],
    ['2027-Q5', '"2027-Q5" is not a year, half, quarter, month or day'],
    ['27', '"27" is not a year, half, quarter, month or day'],
    ['mid-2027', '"mid-2027" is not a year, half, quarter, month or day'],
    ['2028/2027', 'the range ends before it starts'],
    ['2027/2028/2029', 'a range has exactly one "/"'],
    ['by', '"by" is not a year, half, quarter, month or day'],
    ['by 2030/2031', '"2030/2031" is not a year, half, quarter, month or day'],
    ['2027-H2-15', '"2027-H2-15" is not a year, half, quarter, month or day'],
    ['2027-Q3-05', '"2027-Q3-05" is not a year, half, quarter, month or day'],
  ])('rejects %j: %s', (text, reason) => {
    expect(() => parseTarget(text)).toThrow(TargetError);
    expect(() => parseTarget(text)).toThrow(reason);
    expect(() => parseTarget(text)).toThrow(/Expected one of 2027, 2027-H2, 2027-Q3, 2027-06, 2027-06-15/);
  });
});

describe('formatTarget', () => {
  it.each([
    ['2027', '2027'],
    ['2027-H2', 'H2 2027'],
    ['2027-Q3', 'Q3 2027'],
    ['2027-06', 'June 2027'],
    ['2027-06-15', '15 June 2027'],
    ['2027/2028', '2027–2028'],
    ['2027-04/2029-03', 'FY2027–28'],
    ['2027-04/2028-03', 'FY2027'],
    ['2026-H2/2027', 'H2 2026 – 2027'],
    ['2027-04/2027-09', 'April 2027 – September 2027'],
    ['by 2030', 'by 2030'],
    ['by 2026-H1', 'by H1 2026'],
  ])('%s reads "%s"', (text, expected) => {
    expect(formatTarget(parseTarget(text))).toBe(expected);
  });
});

describe('compareTargets', () => {
  it('orders by the end of the window, then by start', () => {
    const texts = ['2028', 'by 2027', '2027-Q4', '2027-H2', '2025/2027', '2027-06'];
    const sorted = texts.map(parseTarget).sort(compareTargets).map((t) => t.text);
    expect(sorted).toEqual(['2027-06', 'by 2027', '2025/2027', '2027-H2', '2027-Q4', '2028']);
  });
});

describe('monthsBetween and isPast', () => {
  it('counts whole months between window ends', () => {
    expect(monthsBetween(parseTarget('2025').end, parseTarget('2027-04/2029-03').end)).toBe(39);
    expect(monthsBetween(parseTarget('2027-H2').end, parseTarget('2027-H1').end)).toBe(-6);
    expect(monthsBetween('2027-06-30', '2027-06-01')).toBe(0);
  });

  it('judges a window past only after its last day', () => {
    const t = parseTarget('2025-Q4');
    expect(isPast(t, '2025-12-31')).toBe(false);
    expect(isPast(t, '2026-01-01')).toBe(true);
  });
});
