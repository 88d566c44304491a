import { describe, expect, it } from 'vitest';
import { project } from '../../src/projection/project';
import { WARNING_CODES } from '../../src/projection/warnings';
import { application, ownedPlatform, rentedPlatform, scenario } from '../helpers/build';

// Units used below: 1 GPU per node, 1000 tokens/s per GPU, target utilisation 1, so one node
// serves 1000 · 3600 · hours tokens a month: 2.592e9 in a 30-day month (720 h), 2.6784e9 in 31 days.
const JUNE_NODE = 2.592e9;

describe('fleet', () => {
  it('buys ceil(B/c) nodes: 2.5 nodes of demand need 3', () => {
    const result = project(scenario({ applications: [application({ tokensMonth0: 2.5 * JUNE_NODE })] }));
    expect(result.months[0]?.platforms[0]?.nodes).toBe(3);
    expect(result.months[0]?.platforms[0]?.busyGpuHours).toBe('1800'); // 2.5 · 720
    expect(result.months[0]?.platforms[0]?.utilization).toBe('0.8333333333333333333333333333333333'); // 1800 / (3·720)
  });

  it('sizes for the target utilisation: at 50 % a node holds 360 busy hours of 720', () => {
    const result = project(
      scenario({
        platforms: [ownedPlatform({ fleet: { mode: 'auto', targetUtilization: 0.5 } })],
        applications: [application({ tokensMonth0: JUNE_NODE })], // 720 busy hours
      }),
    );
    expect(result.months[0]?.platforms[0]?.nodes).toBe(2);
    expect(result.months[0]?.platforms[0]?.utilization).toBe('0.5');
  });

  it('never shrinks an owned auto fleet: bought nodes stay when demand falls', () => {
    // June 2027 … : demand 3, 1, 0 nodes' worth (linear −1 node a month)
    const result = project(
      scenario({
        horizonMonths: 4,
        start: '2027-09', // Sep 30 d, Oct 31 d, Nov 30 d, Dec 31 d
        applications: [application({ tokensMonth0: 3 * JUNE_NODE, growth: { type: 'linear', monthlyIncrement: -JUNE_NODE } })],
      }),
    );
    expect(result.months.map((m) => m.platforms[0]?.nodes)).toEqual([3, 3, 3, 3]);
    expect(result.months.map((m) => m.capex)).toEqual(['3000', '0', '0', '0']);
  });

  it('lets a rented auto fleet follow demand down, to 0 nodes without demand', () => {
    const result = project(
      scenario({
        horizonMonths: 4,
        start: '2027-09',
        platforms: [rentedPlatform({ id: 'p' })],
        applications: [application({ tokensMonth0: 3 * JUNE_NODE, growth: { type: 'linear', monthlyIncrement: -JUNE_NODE } })],
      }),
    );
    // Sep: 3 nodes; Oct: 2 node-Junes of demand in 744 h: ceil(2·720/744) = 2; Nov: 1; Dec: 0
    expect(result.months.map((m) => m.platforms[0]?.nodes)).toEqual([3, 2, 1, 0]);
    // rental = N · gpus · hours · $2: 3·720·2, 2·744·2, 1·720·2, 0
    expect(result.months.map((m) => m.rentalCost)).toEqual(['4320', '2976', '1440', '0']);
  });

  it('holds the fleet at maxNodes and reports unmet tokens and max_nodes_reached', () => {
    const result = project(
      scenario({
        platforms: [ownedPlatform({ fleet: { mode: 'auto', targetUtilization: 1, maxNodes: 2 } })],
        applications: [application({ tokensMonth0: 4 * JUNE_NODE })],
      }),
    );
    const month = result.months[0];
    expect(month?.platforms[0]?.nodes).toBe(2);
    expect(month?.servedTokens).toBe(String(2 * JUNE_NODE));
    expect(month?.unmetTokens).toBe(String(2 * JUNE_NODE));
    expect(month?.platforms[0]?.unmetTokens).toBe(String(2 * JUNE_NODE));
    expect(month?.platforms[0]?.utilization).toBe('1');
    const codes = result.warnings.map((w) => [w.code, w.path]);
    expect(codes).toContainEqual([WARNING_CODES.maxNodesReached, 'platforms[0].fleet.maxNodes']);
    expect(codes).toContainEqual([WARNING_CODES.unmetDemand, 'platforms[0]']);
  });

  it('caps nodes by the power envelope incl. PUE: floor(100 kW / (10 kW · 1.25)) = 8', () => {
    const result = project(
      scenario({
        energy: { pricePerMWh: 0, annualEscalation: 0, pue: 1.25 },
        platforms: [ownedPlatform({ powerKwPerNode: 10, powerCapKw: 100 })],
        applications: [application({ tokensMonth0: 10 * JUNE_NODE })],
      }),
    );
    expect(result.months[0]?.platforms[0]?.nodes).toBe(8);
    expect(result.months[0]?.unmetTokens).toBe(String(2 * JUNE_NODE));
    expect(result.warnings.map((w) => [w.code, w.path])).toContainEqual([WARNING_CODES.powerCapReached, 'platforms[0].powerCapKw']);
  });

  it('takes the tighter of maxNodes and the power cap', () => {
    const result = project(
      scenario({
        platforms: [ownedPlatform({ fleet: { mode: 'auto', targetUtilization: 1, maxNodes: 5 }, powerCapKw: 3 })],
        applications: [application({ tokensMonth0: 10 * JUNE_NODE })],
      }),
    );
    expect(result.months[0]?.platforms[0]?.nodes).toBe(3);
    const codes = result.warnings.map((w) => w.code);
    expect(codes).toContain(WARNING_CODES.powerCapReached);
    expect(codes).not.toContain(WARNING_CODES.maxNodesReached);
  });

  it('serves a fixed fleet’s overflow pro rata: every application on it gets the same fraction', () => {
    // 1 fixed node (2.592e9 tokens in June) against 3 + 1 = 4 node-Junes of demand: f = 1/4
    const result = project(
      scenario({
        platforms: [ownedPlatform({ fleet: { mode: 'fixed', nodes: 1, targetUtilization: 1 } })],
        applications: [
          application({ id: 'big', tokensMonth0: 3 * JUNE_NODE }),
          application({ id: 'small', tokensMonth0: JUNE_NODE }),
        ],
      }),
    );
    const apps = result.months[0]?.applications;
    expect(apps?.map((a) => a.servedTokens)).toEqual([String(0.75 * JUNE_NODE), String(0.25 * JUNE_NODE)]);
    expect(result.applications.map((a) => a.unmetTokens)).toEqual([String(2.25 * JUNE_NODE), String(0.75 * JUNE_NODE)]);
    expect(result.warnings.map((w) => w.code)).toContain(WARNING_CODES.unmetDemand);
    // busyGpuHours is B, the busy GPU-hours demanded (4 · 720 = 2880); utilisation counts only what
    // was served: f·B / (N·gpus·hours) = 720 / 720 = 1.
    const platform = result.months[0]?.platforms[0];
    expect(platform?.busyGpuHours).toBe('2880');
    expect(platform?.utilization).toBe('1');
  });

  it('buys a fixed owned fleet in month 0 (capex and depreciation from month 0), whatever the demand', () => {
    const result = project(
      scenario({
        horizonMonths: 3,
        platforms: [ownedPlatform({ fleet: { mode: 'fixed', nodes: 4, targetUtilization: 1 }, capexPerNode: 1500, depreciationMonths: 10 })],
      }),
    );
    expect(result.months.map((m) => m.platforms[0]?.nodes)).toEqual([4, 4, 4]);
    expect(result.months.map((m) => m.capex)).toEqual(['6000', '0', '0']);
    expect(result.months.map((m) => m.depreciation)).toEqual(['600', '600', '600']); // 6000 / 10
  });

  it('runs a fixed fleet as entered even beyond its power cap (spec: fixed `nodes`), and warns', () => {
    // The envelope powers floor(4 kW / (1 kW · pue 1)) = 4 nodes; the user entered 10: all 10 are bought.
    const result = project(
      scenario({ platforms: [ownedPlatform({ fleet: { mode: 'fixed', nodes: 10, targetUtilization: 1 }, powerCapKw: 4 })] }),
    );
    expect(result.months[0]?.platforms[0]?.nodes).toBe(10);
    expect(result.months[0]?.capex).toBe('10000'); // 10 · $1,000
    const codes = result.warnings.map((w) => w.code);
    expect(codes).toContain(WARNING_CODES.powerCapExceeded);
    expect(codes).not.toContain(WARNING_CODES.powerCapReached);
    expect(result.warnings.find((w) => w.code === WARNING_CODES.powerCapExceeded)?.path).toBe('platforms[0].fleet.nodes');
  });

  it('pays a rented fixed fleet as a reserved commitment, used or not', () => {
    const result = project(
      scenario({ platforms: [rentedPlatform({ id: 'p', fleet: { mode: 'fixed', nodes: 2, targetUtilization: 1 } })] }),
    );
    expect(result.months[0]?.rentalCost).toBe('2880'); // 2 nodes · 1 GPU · 720 h · $2, no demand at all
    expect(result.months[0]?.capex).toBe('0');
  });

  it('keeps an owned auto fleet at 0 nodes while there is no demand (B = 0)', () => {
    const result = project(scenario({ horizonMonths: 2 }));
    expect(result.months.map((m) => m.platforms[0]?.nodes)).toEqual([0, 0]);
    expect(result.months[0]?.platforms[0]?.utilization).toBe('0');
  });
});
