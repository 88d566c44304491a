// Team rule: every Scenario field of the spec has an input in the editor. The field list is read
// off the model's schema (scenarioFieldPaths), so a field added to the schema fails here until the
// editor has a control for it. The document uses every form of every union (owned and rented,
// auto and fixed fleets, each software curve, growth model and throughput form, seats, a
// migration path, a commitment, tax).
import { fieldPattern, scenarioFieldPaths } from '@tokenplan/model';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ScenarioEditor, type ScenarioDocument } from './ScenarioEditor';
import { blackwellWithApiOption } from './testing/renderEditor';

type Item = Record<string, unknown>;
const list = (doc: ScenarioDocument, key: string) => doc[key] as Item[];

/** blackwellWithApiOption() with every optional field set and every union form in use. */
function everyFormDocument(): ScenarioDocument {
  const doc = blackwellWithApiOption();
  Object.assign(doc, { revenueMode: 'revenue', terminalValue: 'bookValue', fixedOpexAnnualEscalation: '0.03', tax: { rate: '0.21', depreciation: 'macrs5', bonusPct: '0.4' } });
  doc['hosting'] = { perKwMonth: '184.06', annualEscalation: '0.02' };
  const b200 = list(doc, 'platforms')[0] as Item;
  Object.assign(b200, {
    deploymentLagMonths: 3,
    usefulLifeMonths: 48,
    powerCapKw: '5000',
    fleet: { mode: 'auto', targetUtilization: '0.6', maxNodes: 100 },
    throughput: { 'llama-3.3-70b': { input: '40000', output: '4800' }, 'gpt-oss-120b': '12000' },
  });
  list(doc, 'platforms').push({
    id: 'rented',
    name: 'Rented H100',
    acquisition: { type: 'rent', pricePerGpuHour: '2.2', annualPriceDecline: '0.15', reserved: { nodes: 2, pricePerGpuHour: '1.8' } },
    gpusPerNode: 8,
    powerKwPerNode: '10.2',
    idlePowerFraction: '0.3',
    throughput: { 'gpt-oss-120b': { curve: [{ interactivity: '10', tokensPerSecondPerGpu: '3000' }, { interactivity: '50', tokensPerSecondPerGpu: '1000' }] } },
    softwareCurve: { type: 'steps', steps: [{ month: 12, multiplier: '1.2' }] },
    fleet: { mode: 'fixed', nodes: 4, targetUtilization: '0.6' },
  });
  Object.assign(list(doc, 'apiOptions')[0] as Item, { cachedInputPricePerMTokens: '0.3', batchDiscount: '0.5', commitment: { monthlyMinimum: '50000', discountPct: '0.1' } });
  const [support, code, research] = list(doc, 'applications') as [Item, Item, Item];
  Object.assign(support, { servedBy: { api: 'frontier' }, cachedInputShare: '0.4', batchShare: '0.2' });
  delete code['tokensMonth0'];
  delete code['growth'];
  Object.assign(code, {
    seats: { seatsMonth0: '100', monthlyGrowth: '0.02', tokensPerSeatMonth0: '2000000', tokensPerSeatAnnualGrowth: '0.5' },
    revenuePerSeatMonth: '20',
    servedBy: [
      { fromMonth: 0, target: { platform: 'b200' } },
      { fromMonth: 24, target: { api: 'frontier' } },
    ],
  });
  Object.assign(research, { servedBy: { platform: 'rented' }, minInteractivity: '40' });
  return doc;
}

/** One picker edits a target (platform or API): its path stands for both of the schema's fields. */
function schemaFieldsOf(pattern: string): string[] {
  if (pattern.endsWith('.servedBy') || pattern.endsWith('.target')) return [`${pattern}.platform`, `${pattern}.api`];
  return [pattern];
}

afterEach(cleanup);

describe('every Scenario field', { timeout: 60_000 }, () => {
  it('has an editor input, labelled, for every field of the schema', () => {
    const { container } = render(<ScenarioEditor doc={everyFormDocument()} onChange={() => undefined} />);
    for (const more of screen.getAllByRole('button', { name: /^More inputs of / })) fireEvent.click(more);
    const controls = [...container.querySelectorAll('input[data-path], select[data-path], textarea[data-path]')];
    const edited = new Set(controls.flatMap((c) => schemaFieldsOf(fieldPattern(c.getAttribute('data-path') ?? ''))));
    const leaves = scenarioFieldPaths().filter((f) => f.leaf).map((f) => f.path);
    expect(leaves.length).toBeGreaterThanOrEqual(85);
    expect(leaves.filter((path) => !edited.has(path))).toEqual([]);
    for (const control of controls) {
      const labelled = control.getAttribute('aria-label') || (control.id && container.querySelector(`label[for="${control.id}"]`)?.textContent);
      expect(labelled, `${control.getAttribute('data-path')} is labelled`).toBeTruthy();
    }
  });
});
