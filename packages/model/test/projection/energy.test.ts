import { describe, expect, it } from 'vitest';
import { project } from '../../src/projection/project';
import { application, ownedPlatform, rentedPlatform, scenario } from '../helpers/build';

const JUNE_NODE = 2.592e9; // tokens one 1-GPU node at 1000 tokens/s serves in 720 hours

describe('energy', () => {
  it('draws idle power with no work: E = N · kW · idle · hours · PUE / 1000', () => {
    // 2 fixed nodes of 10 kW, idle at 30 %, PUE 1.5, June (720 h): 2·10·0.3·720·1.5/1000 = 6.48 MWh
    const result = project(
      scenario({
        energy: { pricePerMWh: 100, annualEscalation: 0, pue: 1.5 },
        platforms: [ownedPlatform({ powerKwPerNode: 10, idlePowerFraction: 0.3, fleet: { mode: 'fixed', nodes: 2, targetUtilization: 1 } })],
      }),
    );
    expect(result.months[0]?.energyMWh).toBe('6.48');
    expect(result.months[0]?.energyCost).toBe('648');
  });

  it('scales linearly from idle to full load with utilisation', () => {
    // 1 node of 10 kW, idle 30 %, U = 0.5: 10 · (0.3 + 0.7·0.5) · 720 / 1000 = 4.68 MWh
    const result = project(
      scenario({
        platforms: [ownedPlatform({ powerKwPerNode: 10, idlePowerFraction: 0.3 })],
        applications: [application({ tokensMonth0: JUNE_NODE / 2 })],
      }),
    );
    expect(result.months[0]?.platforms[0]?.utilization).toBe('0.5');
    expect(result.months[0]?.energyMWh).toBe('4.68');
  });

  it('escalates the energy price once per model year: (1 + esc)^year(t)', () => {
    // 1 fixed node of 1 kW at full idle draw (idle fraction 1): 1 kW · hours / 1000 MWh a month
    const result = project(
      scenario({
        start: '2027-01',
        horizonMonths: 25,
        energy: { pricePerMWh: 100, annualEscalation: 0.1, pue: 1 },
        platforms: [ownedPlatform({ idlePowerFraction: 1, fleet: { mode: 'fixed', nodes: 1, targetUtilization: 1 } })],
      }),
    );
    const cost = (t: number) => result.months[t]?.energyCost;
    expect(cost(0)).toBe('74.4'); // Jan 2027: 0.744 MWh · $100
    expect(cost(11)).toBe('74.4'); // Dec 2027: still model year 0
    expect(cost(12)).toBe('81.84'); // Jan 2028: 0.744 · 110
    expect(cost(13)).toBe('76.56'); // Feb 2028 (leap, 696 h): 0.696 · 110
    expect(cost(24)).toBe('90.024'); // Jan 2029: 0.744 · 121
  });

  it('counts a rented platform’s energy in MWh but not in energy cost (the rental price includes it)', () => {
    const result = project(
      scenario({
        energy: { pricePerMWh: 100, annualEscalation: 0, pue: 1 },
        hosting: { perKwMonth: 50 },
        platforms: [rentedPlatform({ id: 'p', powerKwPerNode: 10, idlePowerFraction: 0 })],
        applications: [application({ tokensMonth0: JUNE_NODE })],
      }),
    );
    const month = result.months[0];
    expect(month?.energyMWh).toBe('7.2'); // 1 node · 10 kW · U 1 · 720 h / 1000
    expect(month?.energyCost).toBe('0');
    expect(month?.hosting).toBe('0');
    expect(month?.rentalCost).toBe('1440'); // 1 · 1 GPU · 720 h · $2
    // J/token and tokens/MWh count rented energy: 7.2 MWh · 3.6e9 J / 2.592e9 tokens = 10 J/token
    expect(result.kpis.joulesPerToken).toBe('10');
    expect(result.kpis.tokensPerMWh).toBe('360000000');
  });

  it('charges hosting on provisioned IT kW: N · powerKwPerNode · perKwMonth', () => {
    const result = project(
      scenario({
        hosting: { perKwMonth: 180 },
        platforms: [ownedPlatform({ powerKwPerNode: 14.3, fleet: { mode: 'fixed', nodes: 3, targetUtilization: 1 } })],
      }),
    );
    expect(result.months[0]?.hosting).toBe('7722'); // 3 · 14.3 · 180
  });
});
