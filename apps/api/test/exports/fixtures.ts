// Export test fixtures: the realistic Blackwell vs Hopper preset pair, and a variant that buys its
// whole fleet in month 0 so the cash flows change sign once and IRR/MIRR exist.
import { PRESETS, project, validateScenario, type Scenario } from '@tokenplan/model';
import type { ExportSubject } from '../../src/exports/content';

export function presetDocuments(): Record<string, unknown>[] {
  const preset = PRESETS.find((p) => p.id === 'blackwell-vs-hopper');
  if (!preset) throw new Error('preset blackwell-vs-hopper missing');
  return preset.scenarios.map((d) => structuredClone(d));
}

export function subjectOf(document: Record<string, unknown>): ExportSubject {
  const result = validateScenario(document);
  if (!result.ok) throw new Error(`fixture invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  const scenario: Scenario = result.scenario;
  return { scenario, projection: project(scenario) };
}

/** Blackwell preset with 300 nodes bought up front: one sign change, so IRR and MIRR are defined. */
export function upfrontDocument(): Record<string, unknown> {
  const doc = presetDocuments()[0] as Record<string, unknown> & { platforms: Record<string, unknown>[] };
  doc['name'] = 'B200, "up-front" fleet, 300 nodes';
  const platform = doc.platforms[0];
  if (!platform) throw new Error('preset has no platform');
  platform['fleet'] = { mode: 'fixed', nodes: 300, targetUtilization: '0.6' };
  // The preset now earns open-model market prices (reference library), which never repay 300 nodes:
  // this fixture keeps its earlier revenue so the cash flow changes sign once and IRR/MIRR exist.
  const revenue: Record<string, [string, string]> = {
    'support-assistant': ['6', '0.3'], 'code-assistant': ['3', '0.4'], 'research-agent': ['45', '0.3'], 'sales-copilot': ['6', '0.3'],
  };
  for (const app of doc['applications'] as Record<string, unknown>[]) {
    const r = revenue[String(app['id'])];
    if (r) Object.assign(app, { revenuePerMTokens: r[0], annualPriceErosion: r[1] });
  }
  return doc;
}

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF records. Throws on a bare LF record end. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else if (c === '\n') throw new Error(`bare LF at ${i}`);
    else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('last record not terminated by CRLF');
  return rows;
}

/**
 * A scenario using the v2 fields (spec §8, §9): tax with MACRS 5-year and a bonus, book terminal
 * value, an owned platform ordered 2 months ahead with a 12-month useful life, a rented platform
 * whose throughput is an interactivity curve and one by token class, an application migrating from
 * the owned platform to the API at month 6, a seat-based application, and an API option with a commitment.
 */
export function v2Document(): Record<string, unknown> {
  const platform = (over: Record<string, unknown>) => ({
    gpusPerNode: 8,
    powerKwPerNode: '10',
    idlePowerFraction: '0.3',
    softwareCurve: { type: 'none' },
    fleet: { mode: 'auto', targetUtilization: '0.6' },
    ...over,
  });
  return {
    name: 'v2 capital and demand',
    start: '2027-01',
    horizonMonths: 24,
    discountRateAnnual: '0.1',
    fiscalYearStartMonth: 1,
    contingencyPct: '0.05',
    energy: { pricePerMWh: '80', annualEscalation: '0.02', pue: '1.3' },
    hosting: { perKwMonth: '150', annualEscalation: '0.03' },
    fixedOpexPerMonth: '10000',
    fixedOpexAnnualEscalation: '0.04',
    terminalValue: 'bookValue',
    revenueMode: 'revenue',
    tax: { rate: '0.21', depreciation: 'macrs5', bonusPct: '0.4' },
    platforms: [
      platform({
        id: 'own',
        name: 'Owned B200',
        capexPerNode: '400000',
        maintenancePctPerYear: '0.05',
        depreciationMonths: 48,
        residualValuePct: '0.1',
        deploymentLagMonths: 2,
        usefulLifeMonths: 12,
        throughput: { llama: '1500', coder: { input: '20000', output: '2000' } },
      }),
      platform({
        id: 'rent',
        name: 'Rented H100',
        acquisition: { type: 'rent', pricePerGpuHour: '2.5', annualPriceDecline: '0.1', reserved: { nodes: 2, pricePerGpuHour: '2' } },
        throughput: {
          llama: {
            curve: [
              { interactivity: '10', tokensPerSecondPerGpu: '3000' },
              { interactivity: '30', tokensPerSecondPerGpu: '2000' },
              { interactivity: '50', tokensPerSecondPerGpu: '1200' },
              { interactivity: '80', tokensPerSecondPerGpu: '600' },
            ],
          },
        },
      }),
    ],
    apiOptions: [
      {
        id: 'frontier',
        name: 'Frontier API',
        inputPricePerMTokens: '3',
        outputPricePerMTokens: '15',
        annualPriceDecline: '0.2',
        cachedInputPricePerMTokens: '0.3',
        batchDiscount: '0.5',
        commitment: { monthlyMinimum: '50000', discountPct: '0.1' },
      },
    ],
    applications: [
      {
        id: 'chat',
        name: 'Chat',
        team: 'Product',
        model: 'llama',
        servedBy: [
          { fromMonth: 0, target: { platform: 'own' } },
          { fromMonth: 6, target: { api: 'frontier' } },
        ],
        tokensMonth0: '200000000000',
        outputShare: '0.3',
        growth: { type: 'compound', monthlyRate: '0.05' },
        revenuePerMTokens: '4',
        annualPriceErosion: '0.1',
        cachedInputShare: '0.4',
        batchShare: '0.2',
        tokensPerQuery: '1500',
        queriesPerTask: '3',
      },
      {
        id: 'copilot',
        name: 'Copilot',
        team: 'Engineering',
        model: 'llama',
        servedBy: { platform: 'rent' },
        seats: { seatsMonth0: '5000', monthlyGrowth: '0.03', tokensPerSeatMonth0: '20000000', tokensPerSeatAnnualGrowth: '0.5' },
        revenuePerSeatMonth: '30',
        outputShare: '0.2',
        revenuePerMTokens: '0',
        annualPriceErosion: '0',
        minInteractivity: '40',
        tokensPerQuery: '2000',
        queriesPerTask: '1',
      },
      {
        id: 'review',
        name: 'Code review',
        team: 'Engineering',
        model: 'coder',
        servedBy: { platform: 'own' },
        tokensMonth0: '50000000000',
        outputShare: '0.1',
        growth: { type: 'linear', monthlyIncrement: '1000000000' },
        revenuePerMTokens: '2',
        annualPriceErosion: '0',
        cachedInputShare: '0.5',
        tokensPerQuery: '8000',
        queriesPerTask: '2',
      },
    ],
  };
}

/** The v2 document validated (no projection: for the input side, before the engine projects v2). */
export function v2Scenario(): Scenario {
  const result = validateScenario(v2Document());
  if (!result.ok) throw new Error(`v2 fixture invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.scenario;
}
