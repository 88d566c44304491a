// The OpenAPI document shows the v2 fields (spec §8, §9): the Scenario components (request and
// answer) have the new inputs, the Projection components the new lines with the model's labels,
// and the CSV export's table parameter the new tables. They derive from the zod schemas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_LABELS } from '../../src/exports/model';
import { createTestApp, type TestApp } from '../helpers';

interface JsonSchema {
  $ref?: string;
  title?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: string[];
  [key: string]: unknown;
}
interface Operation {
  parameters?: { name: string; in: string; schema?: JsonSchema }[];
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
}

let t: TestApp;
let paths: Record<string, Record<string, Operation>>;
let components: Record<string, JsonSchema>;

beforeAll(async () => {
  t = await createTestApp();
  const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
  expect(res.statusCode).toBe(200);
  const doc = res.json<{ paths: typeof paths; components: { schemas: Record<string, JsonSchema> } }>();
  paths = doc.paths;
  components = doc.components.schemas;
});
afterAll(async () => t.close());

/** A component by name, its properties; fails naming what the document has instead. */
function properties(name: string): Record<string, JsonSchema> {
  const schema = components[name];
  if (!schema?.properties) throw new Error(`no component ${name}; have ${Object.keys(components).join(', ')}`);
  return schema.properties;
}

describe('OpenAPI: the v2 fields', () => {
  it.each(['Scenario', 'ScenarioInput'])('%s has every §8/§9 input', (name) => {
    const text = JSON.stringify(components[name]);
    for (const field of [
      'terminalValue', 'revenueMode', 'tax', 'bonusPct', 'macrs5', 'fixedOpexAnnualEscalation', 'deploymentLagMonths', 'usefulLifeMonths',
      'reserved', 'fromMonth', 'seats', 'seatsMonth0', 'tokensPerSeatAnnualGrowth', 'revenuePerSeatMonth', 'cachedInputShare', 'batchShare',
      'minInteractivity', 'cachedInputPricePerMTokens', 'batchDiscount', 'commitment', 'monthlyMinimum', 'curve', 'tokensPerSecondPerGpu',
    ]) {
      expect(text, `${name}: ${field}`).toContain(`"${field}"`);
    }
  });

  it('the Projection components carry the §8/§9 lines with the model’s titles', () => {
    const month = properties('MonthRow');
    for (const line of ['disposalProceeds', 'terminalValue', 'capitalCharge', 'taxDepreciation', 'tax', 'afterTaxCashFlow'] as const) {
      expect(month[line]?.title, line).toBe(OUTPUT_LABELS[line].label);
    }
    expect(JSON.stringify(month['apiOptions'])).toContain('ApiOptionMonth');
    const platform = properties('PlatformMonth');
    for (const line of ['nodesOrdered', 'nodesRetired', 'reservedNodes', 'capitalCharge', 'allInCostPerGpuHour'] as const) expect(platform[line]?.title, line).toBe(OUTPUT_LABELS[line].label);
    const application = properties('ApplicationMonth');
    for (const line of ['target', 'seats', 'seatRevenue'] as const) expect(application[line]?.title, line).toBe(OUTPUT_LABELS[line].label);
    expect(Object.keys(properties('ApiOptionMonth'))).toEqual(['id', 'cost', 'unusedCommitment']);
    const kpis = properties('Kpis');
    for (const kpi of ['totalCost', 'presentValueOfCost', 'economicCostPerMTokens', 'afterTax', 'platforms'] as const) expect(kpis[kpi]?.title, kpi).toBe(OUTPUT_LABELS[kpi].label);
    expect(Object.keys(properties('AfterTaxKpis')).sort()).toEqual(['irrAnnual', 'mirrAnnual', 'npv', 'paybackMonths']);
    expect(Object.keys(properties('PlatformKpis'))).toEqual(['id', 'gpuHours', 'capitalCharge', 'nodesOrdered', 'nodesRetired', 'allInCostPerGpuHour']);
  });

  it('the projection routes answer with the Projection component', () => {
    const refs = Object.entries(paths)
      .filter(([path]) => path.includes('projection'))
      .flatMap(([, ops]) => Object.values(ops).map((op) => JSON.stringify(op.responses['200']?.content?.['application/json']?.schema)));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toContain('#/components/schemas/Projection');
  });

  it('the CSV export offers the platforms, api-options and kpis tables', () => {
    const op = paths['/api/v1/scenarios/{id}/export.csv']?.['get'];
    const table = op?.parameters?.find((p) => p.name === 'table');
    expect(table?.schema?.enum).toEqual(['ledger', 'allocation', 'fiscal-years', 'assumptions', 'platforms', 'api-options', 'kpis']);
  });
});
