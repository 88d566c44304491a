// Issue 20: the workbook is the model. With every cached result stripped, LibreOffice (headless)
// recalculates the workbooks of generated scenarios to the app's monthly values and KPIs within
// 1e-9 relative; and changing an input cell (energy price, a growth rate, a throughput) in the
// stripped workbook moves the dependent values to what project() gives for the same change.
// All workbooks go through ONE soffice call (it is slow to start). soffice: ensure-libreoffice.sh.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { V2_FEATURES, generateScenario } from '../../../../packages/model/test/reference/generate';
import { AFTER_TAX_DEFS, KPI_DEFS, type ExportSubject } from '../../src/exports/content';
import { unsupportedFeatures } from '../../src/exports/xlsx/model/support';
import { subjectOf } from './fixtures';
import { appValues, ledgerValues, mismatches } from './liveCheck';
import { numberOf, recalculate, strippedWorkbook } from './liveWorkbook';

/* eslint-disable @typescript-eslint/no-explicit-any -- generated scenario documents are JSON */
type Doc = any;
const dir = mkdtempSync(join(tmpdir(), 'tokenplan-live-'));
mkdirSync(join(dir, 'out'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The §8/§9 features the formulas cover (model/support.ts). */
const LIVE_V2_FEATURES = V2_FEATURES;

/** Generated scenarios the formulas cover, v1 and v2, until every growth type, fleet mode and cap is in (≥ 10). */
function pickScenarios(): { name: string; doc: Doc }[] {
  const seen = new Set<string>();
  const picked: { name: string; doc: Doc }[] = [];
  const traits = (doc: Doc): string[] => [
    ...doc.applications.map((a: Doc) => `growth:${a.growth?.type}`),
    ...doc.platforms.map((p: Doc) => `fleet:${p.fleet.mode}:${p.acquisition?.type ?? 'own'}`),
    ...doc.platforms.filter((p: Doc) => p.fleet.maxNodes !== undefined || p.powerCapKw !== undefined).map(() => 'cap'),
    ...doc.platforms.map((p: Doc) => `software:${p.softwareCurve.type}`),
    ...(doc.apiOptions.length > 0 ? ['api'] : []),
    ...(doc.tax ? [`tax:${doc.tax.depreciation}:${doc.tax.bonusPct === undefined ? 'nobonus' : 'bonus'}`] : []),
    ...(doc.terminalValue === 'bookValue' ? ['terminalValue'] : []),
    ...(doc.revenueMode === 'costCentre' ? ['costCentre'] : []),
    ...doc.platforms.filter((p: Doc) => p.deploymentLagMonths > 0).map((p: Doc) => `lag:${p.fleet.mode}`),
    ...doc.platforms.filter((p: Doc) => p.usefulLifeMonths !== undefined).map((p: Doc) => `life:${p.fleet.mode}`),
    ...doc.platforms.filter((p: Doc) => p.acquisition?.reserved).map(() => 'reserved'),
    ...doc.platforms.flatMap((p: Doc) => Object.values(p.throughput).map((t: Doc) => (typeof t === 'object' ? ('curve' in t ? 'curve' : 'byClass') : 'rate'))),
    ...doc.applications.filter((a: Doc) => Array.isArray(a.servedBy)).map(() => 'migration'),
    ...doc.applications.filter((a: Doc) => a.seats).map(() => 'seats'),
    ...doc.apiOptions.filter((o: Doc) => o.commitment).map(() => 'commitment'),
    ...(doc.idlePolicy ? [`idle:${doc.idlePolicy}`] : []),
  ];
  for (const v2 of [false, true]) {
    for (let seed = 1; seed < 400 && picked.filter((p) => p.name.startsWith(v2 ? 'v2' : 'v1')).length < (v2 ? 10 : 5); seed += 1) {
      const doc = generateScenario(seed, v2 ? { v2, features: LIVE_V2_FEATURES } : {});
      if (unsupportedFeatures(subjectOf(doc).scenario).length > 0) continue;
      const fresh = traits(doc).filter((t) => !seen.has(t));
      if (fresh.length === 0) continue;
      fresh.forEach((t) => seen.add(t));
      picked.push({ name: `${v2 ? 'v2' : 'v1'}-${seed}`, doc });
    }
  }
  return picked;
}

const cases = pickScenarios();
/** The changed-input case: first scenario with an owned platform, an application on it with compound growth. */
let read: (file: string, sheet: string) => string[][];

/** Sets an Assumptions input (column C) by its scenario path (column F). */
function setInput(wb: ExcelJS.Workbook, path: string, value: number): void {
  const ws = wb.getWorksheet('Assumptions');
  let found = false;
  ws?.eachRow((row) => {
    if (row.getCell(6).value === path) {
      row.getCell(3).value = value;
      found = true;
    }
  });
  if (!found) throw new Error(`no input ${path}`);
}

function changedDoc(doc: Doc): { doc: Doc; paths: [string, number][] } {
  const next = structuredClone(doc);
  const a = next.applications.findIndex((x: Doc) => x.growth?.type === 'compound' && x.servedBy.platform && next.platforms.find((p: Doc) => p.id === x.servedBy.platform)?.acquisition?.type !== 'rent');
  const app = next.applications[a];
  const p = next.platforms.findIndex((x: Doc) => x.id === app.servedBy.platform);
  // Energy ×1.5 + 7, growth +1 point a month, the application's throughput halved.
  const energy = Number(next.energy.pricePerMWh) * 1.5 + 7;
  const growth = Number(app.growth.monthlyRate) + 0.01;
  const throughput = Number(next.platforms[p].throughput[app.model]) / 2;
  next.energy.pricePerMWh = energy;
  app.growth.monthlyRate = growth;
  next.platforms[p].throughput[app.model] = throughput;
  return { doc: next, paths: [['energy.pricePerMWh', energy], [`applications[${a}].growth.monthlyRate`, growth], [`platforms[${p}].throughput["${app.model}"]`, throughput]] };
}

const candidate = ({ doc }: { doc: Doc }) => doc.applications.some((a: Doc) => a.growth?.type === 'compound' && a.servedBy.platform && doc.platforms.find((p: Doc) => p.id === a.servedBy.platform)?.acquisition?.type !== 'rent');
/** …whose projection the change moves (energy is bought, demand is served on nodes). */
const base = cases.filter(candidate).find(({ doc }) => subjectOf(changedDoc(doc).doc).projection.kpis.totalOpex !== subjectOf(doc).projection.kpis.totalOpex);

beforeAll(async () => {
  const files: string[] = [];
  for (const { name, doc } of cases) {
    const wb = await strippedWorkbook([subjectOf(doc)]);
    await wb.xlsx.writeFile(join(dir, `${name}.xlsx`));
    files.push(join(dir, `${name}.xlsx`));
  }
  if (base) {
    const wb = await strippedWorkbook([subjectOf(base.doc)]);
    for (const [path, value] of changedDoc(base.doc).paths) setInput(wb, path, value);
    await wb.xlsx.writeFile(join(dir, 'changed.xlsx'));
    files.push(join(dir, 'changed.xlsx'));
  }
  // A comparison of two live scenarios: one calculation block (S1, S2 sheets) each.
  const pair = [subjectOf((cases[0] as { doc: Doc }).doc), subjectOf((cases[1] as { doc: Doc }).doc)];
  await (await strippedWorkbook(pair)).xlsx.writeFile(join(dir, 'pair.xlsx'));
  files.push(join(dir, 'pair.xlsx'));
  const byFile = recalculate(dir, files);
  read = byFile;
}, 200_000);

function kpiValues(rows: string[][]): Map<string, number | null> {
  return new Map(rows.map((r) => [r[0] ?? '', numberOf(r[1])]));
}

function expectKpis(subject: ExportSubject, rows: string[][]): void {
  const got = kpiValues(rows);
  const k = subject.projection.kpis as unknown as Record<string, string | null>;
  for (const def of KPI_DEFS) {
    const app = k[def.key] === null || k[def.key] === undefined ? null : Number(k[def.key]);
    const lo = got.get(def.label);
    if (app === null) {
      expect(Number.isNaN(lo ?? NaN) || lo === null, `${def.key}: app null, workbook ${lo}`).toBe(true);
      continue;
    }
    // IRR is a root found by iteration on both sides: 1e-8; the rest 1e-9 relative.
    const rel = def.key === 'irrAnnual' ? 1e-8 : 1e-9;
    expect(Math.abs((lo ?? NaN) - app), `${def.key}: workbook ${lo}, app ${app}`).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(app)));
  }
  // §8 after-tax returns (the second block of the sheet, labelled "After-tax …").
  const afterTax = subject.projection.kpis.afterTax;
  if (!afterTax) return;
  for (const def of AFTER_TAX_DEFS) {
    const app = afterTax[def.key] === null ? null : Number(afterTax[def.key]);
    const lo = got.get(def.label);
    if (app === null) continue;
    expect(Math.abs((lo ?? NaN) - app), `after-tax ${def.key}: workbook ${lo}, app ${app}`).toBeLessThanOrEqual((def.key === 'irrAnnual' ? 1e-8 : 1e-9) * Math.max(1, Math.abs(app)));
  }
}

describe('the live workbook recalculates in LibreOffice to the app’s values', () => {
  it('covers every growth type, fleet mode, cap and software curve among ≥ 10 scenarios', () => {
    const all = JSON.stringify(cases.map((c) => c.doc));
    const needles = ['"compound"', '"linear"', '"logistic"', '"fixed"', '"auto"', '"rent"', '"maxNodes"', '"powerCapKw"', '"steps"', '"cachedInputShare"'];
    needles.push('"seats"', '"commitment"', '"curve"', '"minInteractivity"', '"fromMonth"', '"output":', '"batchShare"', '"spread"');
    needles.push('"macrs5"', '"book"', '"bonusPct"', '"bookValue"', '"costCentre"', '"deploymentLagMonths"', '"usefulLifeMonths"', '"reserved"', '"fixedOpexAnnualEscalation"');
    for (const needle of needles) expect(all, needle).toContain(needle);
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases.map((c) => [c.name, c.doc] as const))('%s: every month line and KPI within 1e-9 relative', (name, doc) => {
    const subject = subjectOf(doc);
    const ledger = read(name, 'Monthly ledger');
    const found = mismatches(ledgerValues(ledger), appValues(subject));
    expect(found.slice(0, 5)).toEqual([]);
    expectKpis(subject, read(name, 'KPIs'));
  });

  it('the Check sheet recomputes: every line’s relative difference and every KPI difference within 1e-9', () => {
    for (const { name } of cases) {
      const rows = read(name, 'Check');
      const lines = rows.slice(1).filter((r) => (r[1] ?? '').length > 0 && numberOf(r[3]) !== null && !(r[0] ?? '').startsWith('KPIs'));
      expect(lines.length).toBeGreaterThan(20);
      for (const r of lines.filter((x) => /^[a-z]/.test(x[1] ?? ''))) expect(Math.abs(numberOf(r[3]) ?? NaN), `${name} ${r[1]}`).toBeLessThanOrEqual(1e-9);
    }
  });

  it('a comparison workbook recalculates each scenario’s block to its own values', () => {
    cases.slice(0, 2).forEach(({ doc }, i) => {
      const found = mismatches(ledgerValues(read('pair', `S${i + 1} Monthly ledger`)), appValues(subjectOf(doc)));
      expect(found.slice(0, 5)).toEqual([]);
      expectKpis(subjectOf(doc), read('pair', `S${i + 1} KPIs`));
    });
  });

  it('changing energy price, a growth rate and a throughput in the workbook gives what project() gives for the same change', () => {
    if (!base) throw new Error('no scenario with compound growth on an owned platform');
    const changed = subjectOf(changedDoc(base.doc).doc);
    const before = subjectOf(base.doc);
    // The change moves the numbers (so agreeing with the new projection is not agreeing with the old one).
    expect(changed.projection.kpis.totalOpex).not.toBe(before.projection.kpis.totalOpex);
    const ledger = ledgerValues(read('changed', 'Monthly ledger'));
    expect(mismatches(ledger, appValues(changed)).slice(0, 5)).toEqual([]);
    expect(mismatches(ledger, appValues(before)).length).toBeGreaterThan(0);
    expectKpis(changed, read('changed', 'KPIs'));
  });
});
