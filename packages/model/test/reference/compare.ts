/**
 * Holds the engine's projection (decimal strings) against the reference calculator's (float64):
 * every month line, platform-month, application-month, API-option month, fiscal year, KPI and
 * application summary the reference computes. Relative tolerance 1e-9 with an absolute floor
 * near 0 (1e-6 for money, tokens and energy; 1e-9 for ratios). Returns the mismatches with paths.
 */
import type { RefProjection } from './types';

export interface Mismatch {
  path: string;
  /** The path with indices and ids replaced by `*`, for counting by field. */
  field: string;
  engine: unknown;
  reference: unknown;
}

export interface CompareOptions {
  /** "v1": only the fields of §7 as v1 had them; "all": §8 and §9 fields too. */
  scope: 'v1' | 'all';
  /** Compare paybackMonths and discountedPaybackMonths (false while the §4 v2 convention is pending in the engine). */
  paybacks: boolean;
  relative?: number;
}

/** Fields that §8 and §9 added; left out of a "v1" comparison. */
const V2_FIELDS = new Set([
  'disposalProceeds', 'terminalValue', 'capitalCharge', 'taxDepreciation', 'tax', 'afterTaxCashFlow', 'nodesOrdered',
  'nodesRetired', 'allInCostPerGpuHour', 'reservedNodes', 'target', 'seats', 'seatRevenue', 'apiOptions', 'totalCost',
  'presentValueOfCost', 'economicCostPerMTokens', 'afterTax',
]);
/** Ratios (dimensionless or small units): a tighter absolute floor. */
const RATIO_FIELDS = new Set([
  'utilization', 'softwareMultiplier', 'irrAnnual', 'mirrAnnual', 'roi', 'grossMarginPct', 'marginPct', 'revenueMultiple',
  'energyCostPerRevenueDollar', 'paybackMonths', 'discountedPaybackMonths', 'joulesPerToken', 'allInCostPerGpuHour',
]);
const PAYBACKS = new Set(['paybackMonths', 'discountedPaybackMonths']);
const TEXT_FIELDS = new Set(['id', 'name', 'team', 'month', 'scenarioName']);
const INTEGER_FIELDS = new Set(['t', 'nodes', 'fiscalYear', 'nodesOrdered', 'nodesRetired', 'reservedNodes']);

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

export function compareProjection(engine: unknown, ref: RefProjection, options: CompareOptions): Mismatch[] {
  const out: Mismatch[] = [];
  const rel = options.relative ?? 1e-9;
  const push = (path: string[], e: unknown, r: unknown): void => {
    const text = path.join('.').replace(/\.\[/g, '[');
    out.push({ path: text, field: text.replace(/\[[^\]]*\]/g, '[*]'), engine: e, reference: r });
  };

  const value = (path: string[], key: string, e: unknown, r: unknown): void => {
    if (r === null || e === null || e === undefined) {
      if (e !== r) push(path, e, r);
      return;
    }
    if (TEXT_FIELDS.has(key)) {
      if (e !== r) push(path, e, r);
      return;
    }
    if (key === 'target') {
      if (JSON.stringify(e) !== JSON.stringify(r)) push(path, e, r);
      return;
    }
    const a = Number(e);
    const b = r as number;
    if (INTEGER_FIELDS.has(key) && typeof e === 'number') {
      if (a !== b) push(path, e, r);
      return;
    }
    const floor = RATIO_FIELDS.has(key) ? 1e-9 : 1e-6;
    if (!(Math.abs(a - b) <= Math.max(rel * Math.max(Math.abs(a), Math.abs(b)), floor))) push(path, e, r);
  };

  const walk = (path: string[], e: unknown, r: unknown): void => {
    if (path[path.length - 1] === 'target') return value(path, 'target', e, r); // an object compared whole
    if (Array.isArray(r)) {
      if (!Array.isArray(e)) return push(path, e === undefined ? 'missing' : e, `array(${r.length})`);
      if (e.length !== r.length) push([...path, 'length'], e.length, r.length);
      r.forEach((item, i) => {
        const byId = isObj(item) && typeof item['id'] === 'string';
        const other = byId ? e.find((x) => isObj(x) && x['id'] === item['id']) : e[i];
        walk([...path, byId ? `[${String(item['id'])}]` : `[${i}]`], other, item);
      });
      return;
    }
    if (isObj(r)) {
      if (!isObj(e)) return push(path, e === undefined ? 'missing' : e, 'object');
      for (const [key, rv] of Object.entries(r)) {
        if (rv === undefined) continue; // left out on purpose (a fragile IRR)
        if (options.scope === 'v1' && V2_FIELDS.has(key)) continue;
        if (options.scope === 'v1' && key === 'platforms' && path[path.length - 1] === 'kpis') continue;
        if (!options.paybacks && PAYBACKS.has(key)) continue;
        walk([...path, key], e[key], rv);
      }
      return;
    }
    value(path, path[path.length - 1] ?? '', e, r);
  };

  const { notes, ...rest } = ref;
  const engineObj = isObj(engine) ? engine : {};
  const kpis = isObj(engineObj['kpis']) ? engineObj['kpis'] : {};
  const afterTax = isObj(kpis['afterTax']) ? kpis['afterTax'] : null;
  // IRR is compared only where the reference's root count is clear (Reading R14).
  const refKpis = { ...rest.kpis } as Obj;
  if (notes.irr === 'fragile') delete refKpis['irrAnnual'];
  if (rest.kpis.afterTax && notes.afterTaxIrr === 'fragile') refKpis['afterTax'] = { ...rest.kpis.afterTax, irrAnnual: undefined };
  walk([], engineObj, { ...rest, kpis: refKpis });

  // irr_multiple warns exactly when the reference finds several roots (§4).
  const warnings = Array.isArray(engineObj['warnings']) ? (engineObj['warnings'] as Obj[]) : [];
  const warned = (path: string | undefined): boolean =>
    warnings.some((w) => w['code'] === 'irr_multiple' && (path === undefined ? w['path'] === undefined || w['path'] === 'kpis.irrAnnual' : w['path'] === path));
  if (notes.irr === 'clear' && warned(undefined) !== notes.irrRoots >= 2) push(['warnings', 'irr_multiple'], warned(undefined), notes.irrRoots);
  if (options.scope === 'all' && afterTax && notes.afterTaxIrr === 'clear') {
    const expected = notes.afterTaxIrrRoots >= 2;
    if (warned('kpis.afterTax.irrAnnual') !== expected) push(['warnings', 'irr_multiple(afterTax)'], warned('kpis.afterTax.irrAnnual'), notes.afterTaxIrrRoots);
  }
  return out;
}
