import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MONTH_FLOW_LINES, projectionSchema } from '../../src/output/projectionSchema';
import { project } from '../../src/projection/project';
import { typicalScenario } from '../fixtures/typical';

describe('projectionSchema, the output contract', () => {
  const projection = project(typicalScenario);

  it('describes exactly what project returns: parsing keeps every field, in order', () => {
    // The API serializes through the schema: the same JSON as project's, byte for byte.
    expect(JSON.stringify(projectionSchema.parse(projection))).toBe(JSON.stringify(projection));
  });

  it('rejects a projection with a number where a decimal string belongs', () => {
    const month = { ...projection.months[0], revenue: 12 };
    expect(projectionSchema.safeParse({ ...projection, months: [month] }).success).toBe(false);
  });

  it('shows titles, descriptions and units in the JSON Schema of the API document', () => {
    const json = z.toJSONSchema(projectionSchema, { io: 'output' }) as {
      $defs: Record<string, { properties: Record<string, { title?: string; description?: string; 'x-unit'?: string }> }>;
    };
    const platform = json.$defs['PlatformMonth']?.properties;
    expect(platform?.['rentalCost']).toMatchObject({ title: 'GPU rental', 'x-unit': 'USD' });
    expect(json.$defs['Kpis']?.properties['joulesPerToken']).toMatchObject({ title: 'Energy per token', 'x-unit': 'J/token' });
    expect(Object.keys(json.$defs['FiscalYearRow']?.properties ?? {})).toEqual(['fiscalYear', ...MONTH_FLOW_LINES.slice(0, MONTH_FLOW_LINES.indexOf('budget')), 'cumulativeCashFlow', ...MONTH_FLOW_LINES.slice(MONTH_FLOW_LINES.indexOf('budget'))]);
  });
});
