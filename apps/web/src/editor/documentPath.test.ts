// DocPath is checked against the model's Scenario input type (pnpm --filter @tokenplan/web typecheck):
// the @ts-expect-error lines fail the typecheck the day such a path becomes valid, and the paths
// the editor uses stop compiling the day the model renames a field.
import { describe, expect, it } from 'vitest';
import { getIn, pathText, setIn, type DocPath } from './documentPath';

const editorPaths: DocPath[] = [
  ['horizonMonths'],
  ['energy', 'pricePerMWh'],
  ['platforms', 0, 'acquisition', 'pricePerGpuHour'],
  ['platforms', 0, 'throughput', 'llama-3.3-70b'],
  ['platforms', 0, 'softwareCurve', 'steps', 1, 'multiplier'],
  ['applications', 2, 'servedBy', 'platform'],
  ['applications', 2, 'growth', 'capacity'],
  ['applications', 2, 'servedBy', 1, 'fromMonth'],
  ['applications', 0, 'seats', 'monthlyGrowth'],
  ['tax', 'bonusPct'],
];

// @ts-expect-error the v0 name of the energy price (renamed to pricePerMWh)
const renamed: DocPath = ['energy', 'pricePerKWh'];
// @ts-expect-error no such field on a platform
const unknownField: DocPath = ['platforms', 0, 'powerKWPerNode'];
// @ts-expect-error lists are indexed by numbers
const stringIndex: DocPath = ['applications', 'first', 'name'];

describe('DocPath', () => {
  it('names the fields validation reports, and reads and writes them', () => {
    expect(editorPaths.map(pathText)).toEqual([
      'horizonMonths',
      'energy.pricePerMWh',
      'platforms[0].acquisition.pricePerGpuHour',
      'platforms[0].throughput["llama-3.3-70b"]',
      'platforms[0].softwareCurve.steps[1].multiplier',
      'applications[2].servedBy.platform',
      'applications[2].growth.capacity',
      'applications[2].servedBy[1].fromMonth',
      'applications[0].seats.monthlyGrowth',
      'tax.bonusPct',
    ]);
    const doc = setIn({}, ['energy', 'pricePerMWh'], '85');
    expect(getIn(doc, ['energy', 'pricePerMWh'])).toBe('85');
    expect([renamed, unknownField, stringIndex].map(pathText)).toEqual(['energy.pricePerKWh', 'platforms[0].powerKWPerNode', 'applications.first.name']);
  });
});
