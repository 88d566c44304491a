/**
 * The §8 chart series (capital decisions): cash flow split into operating flow, disposal
 * proceeds and terminal value, with the after-tax cumulative when tax is on; fleet orders,
 * retirements and reserved nodes per platform; the per-platform all-in cost table. Drawing
 * numbers only (Number() of the decimal strings), like chartSeries.ts; a field a pre-§8
 * projection lacks reads as 0 (or, for the after-tax line, as "no tax").
 */
import { Decimal } from '../decimal';
import type { Projection } from '../projection/types';
import { fleetRows, type CashRow, type FleetRow } from './chartSeries';

const num = (value: string | null | undefined): number => (value ? Number(value) || 0 : 0);

/** Whether the projection carries after-tax figures (scenario with `tax`). */
export const hasAfterTax = (projection: Projection): boolean => projection.kpis.afterTax != null;

export interface CashPartsRow extends CashRow {
  /** Revenue − opex − capex: cash flow less disposal proceeds and terminal value. */
  operating: number;
  disposal: number;
  terminal: number;
  /** Running sum of after-tax cash flow; null without tax. */
  afterTaxCumulative: number | null;
}

export function cashFlowPartsRows(projection: Projection): CashPartsRow[] {
  const tax = hasAfterTax(projection);
  let afterTax = 0;
  return projection.months.map((m) => {
    const disposal = num(m.disposalProceeds);
    const terminal = num(m.terminalValue);
    afterTax += tax ? num(m.afterTaxCashFlow) : 0;
    return {
      t: m.t,
      month: m.month,
      cashFlow: num(m.cashFlow),
      cumulative: num(m.cumulativeCashFlow),
      // Exact difference, then to a number (984.995, not 984.9949999999999).
      operating: new Decimal(m.cashFlow || '0').minus(m.disposalProceeds || '0').minus(m.terminalValue || '0').toNumber(),
      disposal,
      terminal,
      afterTaxCumulative: tax ? afterTax : null,
    };
  });
}

/** Fleet rows plus, per platform, `ordered:` and `retired:` (drawn below zero, so negative) and `reserved:` nodes. */
export type FleetActivityRow = FleetRow & { [key: `ordered:${string}` | `retired:${string}` | `reserved:${string}`]: number };

export interface FleetActivity {
  rows: FleetActivityRow[];
  /** Per platform id: which of the optional series carry anything (draw only those). */
  present: Map<string, { ordered: boolean; retired: boolean; reserved: boolean }>;
}

export function fleetActivity(projection: Projection): FleetActivity {
  const base = fleetRows(projection);
  const present = new Map<string, { ordered: boolean; retired: boolean; reserved: boolean }>();
  const rows = projection.months.map((m, i) => {
    const row = { ...base[i] } as FleetActivityRow;
    for (const p of m.platforms) {
      const ordered = p.nodesOrdered ?? 0;
      const retired = p.nodesRetired ?? 0;
      const reserved = p.reservedNodes ?? 0;
      row[`ordered:${p.id}`] = ordered;
      row[`retired:${p.id}`] = retired === 0 ? 0 : -retired;
      row[`reserved:${p.id}`] = reserved;
      const seen = present.get(p.id) ?? { ordered: false, retired: false, reserved: false };
      present.set(p.id, { ordered: seen.ordered || ordered > 0, retired: seen.retired || retired > 0, reserved: seen.reserved || reserved > 0 });
    }
    return row;
  });
  return { rows, present };
}

export interface PlatformKpiRow {
  id: string;
  name: string;
  gpuHours: string;
  capitalCharge: string;
  nodesOrdered: number;
  nodesRetired: number;
  allInCostPerGpuHour: string | null;
}

/** kpis.platforms named and in scenario order (platforms the scenario does not list keep their id, last). */
export function platformKpiRows(projection: Projection, scenario?: { readonly platforms: readonly { readonly id: string; readonly name: string }[] }): PlatformKpiRow[] {
  const list = projection.kpis.platforms ?? [];
  const order = new Map((scenario?.platforms ?? []).map((p, i) => [p.id, { i, name: p.name }]));
  return list
    .map((p) => ({ ...p, name: order.get(p.id)?.name ?? p.id }))
    .sort((a, b) => (order.get(a.id)?.i ?? Number.MAX_SAFE_INTEGER) - (order.get(b.id)?.i ?? Number.MAX_SAFE_INTEGER));
}
