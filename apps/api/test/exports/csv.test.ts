import { Decimal } from '@tokenplan/model';
import { describe, expect, it } from 'vitest';
import { ALLOCATION_COLUMNS, buildCsv, csvDocument, LEDGER_COLUMNS } from '../../src/exports/csv';
import { parseCsv, presetDocuments, subjectOf, upfrontDocument } from './fixtures';

const subject = subjectOf(presetDocuments()[0] as Record<string, unknown>);

describe('CSV exports (RFC 4180)', () => {
  it('ledger: one CRLF record per month, every value the projection’s exact decimal string', () => {
    const text = buildCsv([subject], 'ledger');
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(LEDGER_COLUMNS);
    expect(rows).toHaveLength(subject.projection.months.length);
    const toKey = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()).replace('energyMwh', 'energyMWh');
    rows.forEach((row, t) => {
      const month = subject.projection.months[t];
      expect(row[0]).toBe(subject.scenario.name);
      expect(row[1]).toBe(String(month?.t));
      expect(row[2]).toBe(month?.month);
      header?.slice(3).forEach((column, i) => {
        expect(row[3 + i], `${column} month ${t}`).toBe((month as unknown as Record<string, string>)[toKey(column)]);
      });
    });
  });

  it('allocation: per month, allocated costs plus idle equal the platforms’ self-hosted cost plus API cost', () => {
    const [header, ...rows] = parseCsv(buildCsv([subject], 'allocation'));
    expect(header).toEqual(ALLOCATION_COLUMNS);
    const col = (name: string) => header?.indexOf(name) ?? -1;
    for (const month of subject.projection.months) {
      const mine = rows.filter((r) => r[col('month')] === month.month);
      expect(mine.filter((r) => r[col('kind')] === 'application')).toHaveLength(subject.scenario.applications.length);
      const allocated = mine.reduce((s, r) => s.plus(r[col('allocated_cost')] ?? '0'), new Decimal(0));
      const selfHosted = month.platforms.reduce(
        (s, p) => s.plus(p.energyCost).plus(p.hosting).plus(p.maintenance).plus(p.depreciation).plus(p.rentalCost),
        new Decimal(0),
      );
      expect(allocated.minus(selfHosted.plus(month.apiCost)).abs().lte('1e-12'), month.month).toBe(true);
    }
  });

  it('fiscal years and assumptions parse back; a comparison stacks scenarios', () => {
    const two = [subject, subjectOf(presetDocuments()[1] as Record<string, unknown>)];
    const [fyHeader, ...fy] = parseCsv(buildCsv(two, 'fiscal-years'));
    expect(fy).toHaveLength(two.reduce((n, s) => n + s.projection.fiscalYears.length, 0));
    const revenue = fyHeader?.indexOf('revenue') ?? -1;
    expect(fy[0]?.[revenue]).toBe(two[0]?.projection.fiscalYears[0]?.revenue);
    expect(new Set(fy.map((r) => r[0]))).toEqual(new Set(two.map((s) => s.scenario.name)));
    const [, ...assumptions] = parseCsv(buildCsv([subject], 'assumptions'));
    expect(assumptions.find((r) => r[2] === 'energy.pricePerMWh')?.[4]).toBe(subject.scenario.energy.pricePerMWh);
  });

  it('quotes commas, quotes and line breaks, and neutralises formula-like text', () => {
    const doc = upfrontDocument();
    // A scenario name is one line (the model refuses control characters); other text may break lines.
    doc['name'] = '=HYPERLINK("x"), comma';
    const s = subjectOf(doc);
    const rows = parseCsv(buildCsv([s], 'ledger'));
    expect(rows[1]?.[0]).toBe(`'=HYPERLINK("x"), comma`);
    expect(rows[1]).toHaveLength(LEDGER_COLUMNS.length);
    expect(csvDocument(['a', 'b'], [['x,"y"', null]])).toBe('a,b\r\n"x,""y""",\r\n');
    expect(csvDocument(['a'], [['line\nbreak\r']])).toBe('a\r\n"line\nbreak\r"\r\n');
    expect(buildCsv([s], 'ledger', { bom: true }).startsWith('\uFEFFscenario,')).toBe(true);
  });

  it('neutralises every formula-like text cell (ids, teams, paths too) but writes numbers, negative ones included, unchanged', () => {
    const rows = [['=1+1'], ['+cmd'], ['@SUM(A1)'], ['\tx'], ['-1+2'], ['-0.05'], ['-12'], ['0.5'], [-3]];
    expect(csvDocument(['cell'], rows)).toBe("cell\r\n'=1+1\r\n'+cmd\r\n'@SUM(A1)\r\n'\tx\r\n'-1+2\r\n-0.05\r\n-12\r\n0.5\r\n-3\r\n");
    const doc = upfrontDocument();
    (doc['energy'] as Record<string, unknown>)['annualEscalation'] = -0.05;
    for (const app of doc['applications'] as Record<string, unknown>[]) app['team'] = '-Ops';
    const s = subjectOf(doc);
    const [, ...assumptions] = parseCsv(buildCsv([s], 'assumptions'));
    expect(assumptions.find((r) => r[2] === 'energy.annualEscalation')?.[4]).toBe('-0.05');
    const [header, ...allocation] = parseCsv(buildCsv([s], 'allocation'));
    const team = header?.indexOf('team') ?? -1;
    expect(allocation.find((r) => r[3] === 'application')?.[team]).toBe("'-Ops");
  });
});
