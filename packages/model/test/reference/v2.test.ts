/**
 * The engine against the independent reference calculator (contract.ts, written from the contract
 * text alone) on generated scenarios using every §8 and §9 feature: every month value, platform-,
 * application- and API-option-month, fiscal year, KPI and warning to 1e-9 relative. The script
 * v2.script.ts runs the same comparison on any number of seeds and prints mismatches by field.
 */
import { describe, expect, it } from 'vitest';
import { project, validateScenario } from '../../src/index';
import { compareProjection } from './compare';
import { referenceProject } from './contract';
import { generateScenario } from './generate';

const SCENARIOS = 200;

describe('engine against the reference, generated §8/§9 scenarios', () => {
  it(`matches on every value of ${SCENARIOS} scenarios`, { timeout: 240_000 }, () => {
    const failures: string[] = [];
    let irrCompared = 0;
    for (let seed = 1; seed <= SCENARIOS; seed++) {
      const input = generateScenario(seed, { v2: true });
      const checked = validateScenario(input);
      if (!checked.ok) {
        failures.push(`seed ${seed}: invalid ${JSON.stringify(checked.issues.slice(0, 2))}`);
        continue;
      }
      const ref = referenceProject(input);
      if (ref.notes.irr === 'clear') irrCompared += 1;
      const engine = JSON.parse(JSON.stringify(project(checked.scenario))) as unknown;
      for (const m of compareProjection(engine, ref, { scope: 'all', paybacks: true }).slice(0, 3)) {
        failures.push(`seed ${seed} ${m.path}: engine ${JSON.stringify(m.engine)} reference ${JSON.stringify(m.reference)}`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(irrCompared).toBeGreaterThan(SCENARIOS * 0.8);
  });
});
