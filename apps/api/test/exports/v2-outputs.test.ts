// The v2 outputs (spec §8, §9) in every export: a scenario with MACRS tax, book terminal value,
// lag, useful life, a migration path, seats, an API commitment and a curve throughput (fixtures.ts
// v2Document) exported to CSV, XLSX and PDF carries each new line with the projection's values.
// Hand-worked figures from the fixture (capex 400,000 a node, residual 10 %, 48 months, life 12):
// depreciation 400,000 × 0.9 / 48 = 7,500 a node-month, so a node retired after 12 months in
// service has book value 400,000 − 12 × 7,500 = 310,000.
import { describe, expect, it } from 'vitest';
import { API_OPTION_COLUMNS, buildCsv, KPI_COLUMNS, LEDGER_COLUMNS, PLATFORM_COLUMNS } from '../../src/exports/csv';
import { OUTPUT_LABELS } from '../../src/exports/model';
import { parseCsv, subjectOf, v2Document } from './fixtures';
import { monthValues, readBack, rowInSection, rowsLabelled, sheet, valueOf } from './xlsxRead';

const subject = subjectOf(v2Document());
const { projection } = subject;
const months = projection.months;
const H = months.length;

function table(name: Parameters<typeof buildCsv>[1]) {
  const [header, ...rows] = parseCsv(buildCsv([subject], name));
  if (!header) throw new Error('no header');
  return { header, rows, col: (c: string) => header.indexOf(c) };
}

describe('v2 outputs: CSV', () => {
  it('ledger: the §8 month lines are columns with the projection’s exact values', () => {
    const { header, rows, col } = table('ledger');
    expect(header).toEqual(LEDGER_COLUMNS);
    const lines = { disposal_proceeds: 'disposalProceeds', terminal_value: 'terminalValue', capital_charge: 'capitalCharge', tax_depreciation: 'taxDepreciation', tax: 'tax', after_tax_cash_flow: 'afterTaxCashFlow' } as const;
    for (const [column, key] of Object.entries(lines)) {
      expect(col(column), column).toBeGreaterThan(2);
      rows.forEach((row, t) => expect(row[col(column)], `${column} ${t}`).toBe(months[t]?.[key]));
    }
    // Month 12 disposes of the 11 nodes that entered service in month 0: 11 × 310,000.
    expect(Number(rows[0]?.[col('disposal_proceeds')])).toBe(0);
    expect(Number(rows[12]?.[col('disposal_proceeds')])).toBe(11 * 310_000);
    // The one node serving from month 17 (ordered in 15, lag 2) is worth 400,000 − 7 × 7,500 after month 23.
    expect(Number(rows[H - 1]?.[col('terminal_value')])).toBe(400_000 - 7 * 7_500);
    // After-tax cash flow = cash flow − tax, month by month.
    for (const row of rows) expect(Number(row[col('after_tax_cash_flow')])).toBeCloseTo(Number(row[col('cash_flow')]) - Number(row[col('tax')]), 6);
  });

  it('platforms: orders, retirements, reserved nodes, capital charge and all-in $/GPU-hour per month', () => {
    const { header, rows, col } = table('platforms');
    expect(header).toEqual(PLATFORM_COLUMNS);
    expect(rows).toHaveLength(H * 2);
    for (const key of ['nodes_ordered', 'nodes_retired', 'reserved_nodes', 'capital_charge', 'all_in_cost_per_gpu_hour']) expect(col(key), key).toBeGreaterThan(4);
    const own = rows.filter((r) => r[col('id')] === 'own');
    own.forEach((row, t) => {
      const pm = months[t]?.platforms[0];
      expect([row[col('nodes_ordered')], row[col('nodes_retired')], row[col('capital_charge')], row[col('all_in_cost_per_gpu_hour')]]).toEqual([
        String(pm?.nodesOrdered),
        String(pm?.nodesRetired),
        pm?.capitalCharge,
        pm?.allInCostPerGpuHour ?? '',
      ]);
    });
    // A cohort retires 12 months after it entered service: month 12 retires month 0's nodes, month 13 those added in month 1.
    const nodes = own.map((r) => Number(r[col('nodes')]));
    expect(Number(own[12]?.[col('nodes_retired')])).toBe(nodes[0]);
    expect(Number(own[13]?.[col('nodes_retired')])).toBe((nodes[1] ?? 0) - (nodes[0] ?? 0));
    // The rented platform holds its 2 reserved nodes every month.
    expect(new Set(rows.filter((r) => r[col('id')] === 'rent').map((r) => r[col('reserved_nodes')]))).toEqual(new Set(['2']));
  });

  it('allocation: each month’s target, seats and seat revenue; the API commitment’s shortfall is an idle line', () => {
    const { rows, col } = table('allocation');
    const chat = rows.filter((r) => r[col('id')] === 'chat');
    // The migration path: the owned platform for months 0–5, the API from month 6.
    expect(chat.map((r) => r[col('served_by')])).toEqual([...Array(6).fill('platform:own'), ...Array(H - 6).fill('api:frontier')]);
    const copilot = rows.filter((r) => r[col('id')] === 'copilot' && r[col('kind')] === 'application');
    // 5,000 seats growing 3 % a month: 5,000 × 1.03^6 in month 6; all served, so seat revenue = seats × 30.
    expect(Number(copilot[6]?.[col('seats')])).toBeCloseTo(5000 * 1.03 ** 6, 6);
    expect(Number(copilot[0]?.[col('seat_revenue')])).toBe(150_000);
    copilot.forEach((r, t) => expect(r[col('seat_revenue')]).toBe(months[t]?.applications[1]?.seatRevenue));
    expect(rows.find((r) => r[col('id')] === 'chat')?.[col('seats')]).toBe('');
    // Before month 6 nothing uses the API: its cost is the 50,000 minimum, all of it unused (idle).
    const apiIdle = rows.filter((r) => r[col('kind')] === 'idle' && r[col('served_by')] === 'api:frontier');
    expect(apiIdle.slice(0, 6).map((r) => Number(r[col('allocated_cost')]))).toEqual(Array(6).fill(50_000));
  });

  it('api-options: cost and unused commitment per month', () => {
    const { header, rows, col } = table('api-options');
    expect(header).toEqual(API_OPTION_COLUMNS);
    expect(rows.slice(0, 6).map((r) => [r[col('cost')], r[col('unused_commitment')]].map(Number))).toEqual(Array(6).fill([50_000, 50_000]));
    rows.forEach((r, t) => expect([r[col('cost')], r[col('unused_commitment')]]).toEqual([months[t]?.apiOptions[0]?.cost, months[t]?.apiOptions[0]?.unusedCommitment]));
  });

  it('kpis: the §8 totals, after-tax returns and per-platform figures', () => {
    const { header, rows, col } = table('kpis');
    expect(header).toEqual(KPI_COLUMNS);
    const value = (kpi: string, platform = '') => rows.find((r) => r[col('kpi')] === kpi && r[col('platform')] === platform)?.[col('value')];
    const k = projection.kpis;
    expect(value('total_cost')).toBe(k.totalCost);
    expect(value('present_value_of_cost')).toBe(k.presentValueOfCost);
    expect(value('economic_cost_per_m_tokens')).toBe(k.economicCostPerMTokens);
    expect(value('after_tax_npv')).toBe(k.afterTax?.npv);
    expect(value('after_tax_irr_annual')).toBe(k.afterTax?.irrAnnual);
    expect(value('after_tax_mirr_annual')).toBe(k.afterTax?.mirrAnnual);
    expect(value('after_tax_payback_months')).toBe(k.afterTax?.paybackMonths ?? '');
    // Over the horizon the owned platform ordered what the months ordered.
    const ordered = months.reduce((s, m) => s + (m.platforms[0]?.nodesOrdered ?? 0), 0);
    expect(value('platform_nodes_ordered', 'own')).toBe(String(ordered));
    expect(value('platform_capital_charge', 'own')).toBe(k.platforms[0]?.capitalCharge);
    expect(value('platform_all_in_cost_per_gpu_hour', 'rent')).toBe(k.platforms[1]?.allInCostPerGpuHour);
  });
});

describe('v2 outputs: XLSX', () => {
  it('the ledger has the §8 month lines, platform, application and API option rows with the projection’s values', async () => {
    const ws = sheet(await readBack([subject]), 'Monthly ledger');
    const num = (xs: readonly (string | number | null | undefined)[]) => xs.map((x) => (x === null || x === undefined ? null : Number(x)));
    expect(monthValues(rowsLabelled(ws, 'After-tax cash flow')[0] as never, H)).toEqual(num(months.map((m) => m.afterTaxCashFlow)));
    expect(monthValues(rowsLabelled(ws, 'Disposal proceeds')[0] as never, H)).toEqual(num(months.map((m) => m.disposalProceeds)));
    expect(monthValues(rowsLabelled(ws, 'Tax')[0] as never, H)).toEqual(num(months.map((m) => m.tax)));
    const own = 'Platform: Owned B200 (own';
    expect(monthValues(rowInSection(ws, own, 'Nodes ordered'), H)).toEqual(months.map((m) => m.platforms[0]?.nodesOrdered));
    expect(monthValues(rowInSection(ws, own, 'Nodes retired'), H)).toEqual(months.map((m) => m.platforms[0]?.nodesRetired));
    expect(monthValues(rowInSection(ws, own, 'Capital charge'), H)).toEqual(num(months.map((m) => m.platforms[0]?.capitalCharge)));
    expect(monthValues(rowInSection(ws, own, 'All-in cost per GPU-hour'), H)).toEqual(num(months.map((m) => m.platforms[0]?.allInCostPerGpuHour)));
    expect(monthValues(rowInSection(ws, 'Platform: Rented H100', 'Reserved nodes'), H)).toEqual(Array(H).fill(2));
    expect(monthValues(rowInSection(ws, 'Application: Chat', 'Served by'), H)).toEqual([...Array(6).fill('platform:own'), ...Array(H - 6).fill('api:frontier')]);
    expect(monthValues(rowInSection(ws, 'Application: Copilot', 'Seats'), H)).toEqual(num(months.map((m) => m.applications[1]?.seats)));
    expect(monthValues(rowInSection(ws, 'Application: Copilot', 'Seat revenue'), H)).toEqual(num(months.map((m) => m.applications[1]?.seatRevenue)));
    const api = 'API option: Frontier API (frontier)';
    expect(monthValues(rowInSection(ws, api, OUTPUT_LABELS.cost.label), H)).toEqual(num(months.map((m) => m.apiOptions[0]?.cost)));
    expect(monthValues(rowInSection(ws, api, 'Unused commitment'), H)).toEqual(num(months.map((m) => m.apiOptions[0]?.unusedCommitment)));
  });

  it('fiscal years sum the §8 lines; the KPI sheet lists the §8 KPIs, after-tax returns and platforms', async () => {
    const wb = await readBack([subject]);
    const fy = sheet(wb, 'Fiscal years');
    const row = rowsLabelled(fy, 'After-tax cash flow')[0];
    expect(projection.fiscalYears.map((_, i) => valueOf(row?.getCell(3 + i) as never))).toEqual(projection.fiscalYears.map((y) => Number(y.afterTaxCashFlow)));
    // FY2028 (months 12–23) holds the three disposals: (11 + 2 + 1) × 310,000.
    expect(valueOf(rowsLabelled(fy, 'Disposal proceeds')[0]?.getCell(4) as never)).toBe(14 * 310_000);
    const kpis = sheet(wb, 'KPIs');
    const value = (label: string) => valueOf(rowsLabelled(kpis, label)[0]?.getCell(2) as never);
    const k = projection.kpis;
    expect(value('Total cost')).toBe(Number(k.totalCost));
    expect(value('Present value of cost')).toBe(Number(k.presentValueOfCost));
    expect(value('Economic cost per M tokens')).toBe(Number(k.economicCostPerMTokens));
    expect(value('After-tax NPV')).toBe(Number(k.afterTax?.npv));
    expect(value('After-tax IRR')).toBe(Number(k.afterTax?.irrAnnual));
    expect(value('After-tax MIRR')).toBe(Number(k.afterTax?.mirrAnnual));
    expect(value('After-tax Payback')).toBe(Number(k.afterTax?.paybackMonths));
    const platform = rowsLabelled(kpis, 'Owned B200 (own)')[0];
    expect([2, 3, 4, 5, 6].map((c) => valueOf(platform?.getCell(c) as never))).toEqual([
      Number(k.platforms[0]?.gpuHours),
      Number(k.platforms[0]?.capitalCharge),
      k.platforms[0]?.nodesOrdered,
      k.platforms[0]?.nodesRetired,
      Number(k.platforms[0]?.allInCostPerGpuHour),
    ]);
  });

  it('the Assumptions sheet has the curve points in a table of their own', async () => {
    const ws = sheet(await readBack([subject]), 'Assumptions');
    const head = rowsLabelled(ws, 'Interactivity curve')[0];
    if (!head) throw new Error('no curve table');
    const points = [1, 2, 3, 4].map((i) => ws.getRow(head.number + i)).map((r) => [2, 3, 4, 5].map((c) => r.getCell(c).value));
    expect(points).toEqual([
      ['llama', 1, 10, 3000],
      ['llama', 2, 30, 2000],
      ['llama', 3, 50, 1200],
      ['llama', 4, 80, 600],
    ]);
    const byPath = new Map<string, unknown>();
    ws.eachRow((r) => byPath.set(String(r.getCell(6).value), r.getCell(3).value));
    expect(byPath.get('platforms[0].throughput["coder"]')).toBe('in 20,000 / out 2,000 tok/s');
    expect(byPath.get('applications[0].servedBy')).toBe('platform:own from month 0; api:frontier from month 6');
    expect(byPath.get('tax.depreciation')).toBe('macrs5');
    expect(byPath.get('tax.rate')).toBe(0.21);
  });
});
