import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CODES, MESSAGES } from '../../src/scenario/messages';
import { scenarioSchema } from '../../src/scenario/schema';
import { validateScenario, type ValidationIssue } from '../../src/scenario/validate';
import { apiOption, application, ownedPlatform, rentedPlatform, scenarioInput } from '../helpers/build';

/** The issues of an input that must be invalid. */
function issuesOf(input: unknown): ValidationIssue[] {
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected the input to be invalid');
  return result.issues;
}

type Path = readonly (string | number)[];

/** A valid input (deep copy) with the value at each path set, or deleted when `undefined`. */
function changed(...edits: readonly [Path, unknown][]): unknown {
  const input: unknown = structuredClone(scenarioInput());
  for (const [path, value] of edits) {
    let node: unknown = input;
    for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
    const target = node as Record<string | number, unknown>;
    const last = path[path.length - 1] ?? '';
    if (value === undefined) delete target[last];
    else target[last] = value;
  }
  return input;
}

describe('validateScenario', () => {
  it('accepts a valid scenario and normalises numbers and decimal strings to canonical decimal strings', () => {
    const result = validateScenario(
      scenarioInput({ discountRateAnnual: '0.100', energy: { pricePerMWh: 81.5, annualEscalation: '-0', pue: '1.20' } }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.discountRateAnnual).toBe('0.1');
    expect(result.scenario.energy).toEqual({ pricePerMWh: '81.5', annualEscalation: '0', pue: '1.2' });
    expect(JSON.parse(JSON.stringify(result.scenario))).toEqual(result.scenario); // plain JSON
  });

  it('applies the spec defaults: contingency 0, fixed opex 0, idle policy "separate", acquisition "own"', () => {
    const result = validateScenario(scenarioInput());
    if (!result.ok) throw new Error('invalid');
    expect(result.scenario.contingencyPct).toBe('0');
    expect(result.scenario.fixedOpexPerMonth).toBe('0');
    expect(result.scenario.idlePolicy).toBe('separate');
    expect(result.scenario.platforms[0]?.acquisition).toEqual({ type: 'own' });
  });

  it('writes exponent input in plain notation', () => {
    const result = validateScenario(scenarioInput({ applications: [application({ tokensMonth0: '1.5e12' })] }));
    if (!result.ok) throw new Error('invalid');
    expect(result.scenario.applications[0]?.tokensMonth0).toBe('1500000000000');
  });

  it('rejects unknown fields, naming each with its path', () => {
    const issues = issuesOf(changed([['colour'], 'red'], [['platforms', 0, 'fleet', 'extra'], 1]));
    expect(issues).toContainEqual({ code: CODES.unknownField, path: 'colour', message: MESSAGES.unknownField });
    expect(issues).toContainEqual({ code: CODES.unknownField, path: 'platforms[0].fleet.extra', message: MESSAGES.unknownField });
  });

  it('reports a missing required field', () => {
    const issues = issuesOf(changed([['applications', 0, 'tokensMonth0'], undefined], [['horizonMonths'], undefined]));
    // tokensMonth0 may be left out only for a seat-sized application (spec §9): the message says so.
    expect(issues).toContainEqual({ code: CODES.required, path: 'applications[0].tokensMonth0', message: MESSAGES.requiredWithoutSeats });
    expect(issues).toContainEqual({ code: CODES.required, path: 'horizonMonths', message: MESSAGES.required });
  });

  it('rejects NaN, Infinity and non-numeric strings with clear messages', () => {
    const issues = issuesOf(
      changed(
        [['discountRateAnnual'], Number.NaN],
        [['energy', 'pricePerMWh'], Number.POSITIVE_INFINITY],
        [['energy', 'pue'], '1,2'],
        [['hosting', 'perKwMonth'], 'NaN'],
      ),
    );
    expect(issues).toContainEqual({ code: CODES.notFinite, path: 'discountRateAnnual', message: MESSAGES.notFinite });
    expect(issues).toContainEqual({ code: CODES.notFinite, path: 'energy.pricePerMWh', message: MESSAGES.notFinite });
    expect(issues).toContainEqual({ code: CODES.notANumber, path: 'energy.pue', message: MESSAGES.notANumber });
    expect(issues).toContainEqual({ code: CODES.notANumber, path: 'hosting.perKwMonth', message: MESSAGES.notANumber });
  });

  it('checks every range of the spec, inclusive and exclusive bounds', () => {
    const issues = issuesOf(
      changed(
        [['discountRateAnnual'], 1.01],
        [['energy', 'annualEscalation'], '-0.6'],
        [['platforms', 0, 'fleet', 'targetUtilization'], 0], // [0.01, 1] (validation limits)
        [['applications', 0, 'growth'], { type: 'compound', monthlyRate: -1 }], // [−0.5, 1] (validation limits)
      ),
    );
    expect(issues).toContainEqual({ code: CODES.outOfRange, path: 'discountRateAnnual', message: MESSAGES.outOfRange({ min: '0', max: '1' }) });
    expect(issues).toContainEqual({ code: CODES.outOfRange, path: 'energy.annualEscalation', message: MESSAGES.outOfRange({ min: '-0.5', max: '1' }) });
    expect(issues).toContainEqual({ code: CODES.outOfRange, path: 'platforms[0].fleet.targetUtilization', message: MESSAGES.outOfRange({ min: '0.01', max: '1' }) });
    expect(issues).toContainEqual({ code: CODES.outOfRange, path: 'applications[0].growth.monthlyRate', message: MESSAGES.outOfRange({ min: '-0.5', max: '1' }) });
  });

  it('requires JSON integers where the spec says int', () => {
    const issues = issuesOf(changed([['horizonMonths'], 12.5], [['platforms', 0, 'gpusPerNode'], '8']));
    expect(issues).toContainEqual({ code: CODES.notAnInteger, path: 'horizonMonths', message: MESSAGES.notAnInteger });
    expect(issues.find((i) => i.path === 'platforms[0].gpusPerNode')?.code).toBe(CODES.invalidType);
  });

  it('rejects a start that is not a real YYYY-MM month', () => {
    for (const start of ['2027-13', '2027-00', '2027-1', '27-01', '2027/01', '1850-01']) {
      expect(issuesOf(scenarioInput({ start }))).toEqual([{ code: CODES.invalidMonth, path: 'start', message: MESSAGES.invalidMonth }]);
    }
  });

  it('rejects a horizon beyond 120 months and software steps beyond the longest horizon', () => {
    const issues = issuesOf(
      scenarioInput({ horizonMonths: 121, platforms: [ownedPlatform({ softwareCurve: { type: 'steps', steps: [{ month: 120, multiplier: 2 }] } })] }),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      [CODES.outOfRange, 'horizonMonths'],
      [CODES.outOfRange, 'platforms[0].softwareCurve.steps[0].month'],
    ]);
  });

  it('names the allowed values of a discriminated union', () => {
    const issues = issuesOf(changed([['platforms', 0, 'fleet'], { mode: 'elastic', targetUtilization: 1 }]));
    expect(issues).toEqual([{ code: CODES.invalidValue, path: 'platforms[0].fleet.mode', message: MESSAGES.invalidValue(['auto', 'fixed']) }]);
  });

  it('requires capex, maintenance, depreciation and residual value of an owned platform, not of a rented one', () => {
    const owned = ownedPlatform();
    delete owned.capexPerNode;
    delete owned.residualValuePct;
    const issues = issuesOf(scenarioInput({ platforms: [owned] }));
    expect(issues).toEqual([
      { code: CODES.ownedFieldRequired, path: 'platforms[0].capexPerNode', message: MESSAGES.ownedFieldRequired },
      { code: CODES.ownedFieldRequired, path: 'platforms[0].residualValuePct', message: MESSAGES.ownedFieldRequired },
    ]);
    expect(validateScenario(scenarioInput({ platforms: [rentedPlatform({ id: 'p' })] })).ok).toBe(true);
  });

  it('rejects duplicate ids in each list, at the repeat', () => {
    const issues = issuesOf(
      scenarioInput({
        platforms: [ownedPlatform(), ownedPlatform()],
        apiOptions: [apiOption(), apiOption()],
        applications: [application(), application({ name: 'Other' })],
      }),
    );
    expect(issues).toEqual([
      { code: CODES.duplicateId, path: 'platforms[1].id', message: MESSAGES.duplicateId('p', 'platform') },
      { code: CODES.duplicateId, path: 'apiOptions[1].id', message: MESSAGES.duplicateId('api', 'API option') },
      { code: CODES.duplicateId, path: 'applications[1].id', message: MESSAGES.duplicateId('a', 'application') },
    ]);
  });

  it('rejects servedBy ids that do not resolve', () => {
    const issues = issuesOf(
      scenarioInput({
        applications: [
          application({ id: 'a0' }),
          application({ id: 'a1' }),
          application({ id: 'a2' }),
          application({ id: 'a3', servedBy: { platform: 'gpu-x' } }),
          application({ id: 'a4', servedBy: { api: 'nowhere' } }),
        ],
      }),
    );
    expect(issues).toEqual([
      { code: CODES.unknownPlatform, path: 'applications[3].servedBy.platform', message: MESSAGES.unknownPlatform('gpu-x') },
      { code: CODES.unknownApiOption, path: 'applications[4].servedBy.api', message: MESSAGES.unknownApiOption('nowhere') },
    ]);
  });

  it('rejects a servedBy that names neither a platform nor an API', () => {
    const issues = issuesOf(changed([['applications', 0, 'servedBy'], { cluster: 'p' }]));
    expect(issues).toEqual([{ code: CODES.invalidServedBy, path: 'applications[0].servedBy', message: MESSAGES.invalidServedBy }]);
  });

  it('rejects a platform without a throughput figure for a model served on it', () => {
    const issues = issuesOf(scenarioInput({ applications: [application({ model: 'llama-3.3-70b' })] }));
    expect(issues).toEqual([
      { code: CODES.missingThroughput, path: 'platforms[0].throughput', message: MESSAGES.missingThroughput('llama-3.3-70b', 'a') },
    ]);
  });

  it('rejects a logistic capacity not above tokensMonth0', () => {
    const issues = issuesOf(
      scenarioInput({ applications: [application({ tokensMonth0: 1000, growth: { type: 'logistic', capacity: 1000, rate: 0.1 } })] }),
    );
    expect(issues).toEqual([
      { code: CODES.logisticCapacityTooLow, path: 'applications[0].growth.capacity', message: MESSAGES.logisticCapacityTooLow },
    ]);
  });

  it('rejects too many platforms and an empty application list', () => {
    const platforms = Array.from({ length: 21 }, (_, i) => ownedPlatform({ id: `p${i}` }));
    expect(issuesOf(scenarioInput({ platforms }))).toContainEqual({ code: CODES.tooManyItems, path: 'platforms', message: MESSAGES.tooManyItems(20) });
    expect(issuesOf(scenarioInput({ applications: [] }))).toEqual([{ code: CODES.tooFewItems, path: 'applications', message: MESSAGES.tooFewItems(1) }]);
  });

  it('never throws, whatever it is given', () => {
    const hostile = new Proxy({}, { get() { throw new Error('boom'); }, ownKeys() { throw new Error('boom'); } });
    for (const input of [undefined, null, 42, 'scenario', [], {}, hostile, { platforms: 'x' }, changed([['applications'], [null]])]) {
      expect(() => validateScenario(input)).not.toThrow();
      expect(validateScenario(input).ok).toBe(false);
    }
  });

  it('converts to JSON Schema for the OpenAPI document', () => {
    expect(() => z.toJSONSchema(scenarioSchema, { io: 'input' })).not.toThrow();
    const schema = z.toJSONSchema(scenarioSchema, { io: 'input' }) as { additionalProperties?: boolean; required?: string[] };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toContain('applications');
  });
});
