// Team rule: every Scenario field of the spec has a column in the exports. The field list is read
// off the model's schema (scenarioFieldPaths); two documents between them use every form of every
// union. Each field a document holds must be a row of the assumptions CSV (under its own path,
// labelled), a cell of the workbook's Assumptions sheet (its path in column F, or a named input)
// and a field of the exchange file, read back unchanged.
import { fieldPattern, formatPath, scenarioFieldPaths, type Scenario } from '@tokenplan/model';
import { describe, expect, it } from 'vitest';
import { buildCsv } from '../../src/exports/csv';
import type { ScenarioRecord } from '../../src/repositories/records';
import { exchangeFileSchema, exportFile, importEntries } from '../../src/scenarios/exchange';
import { inputNameOf } from '../../src/exports/xlsx/model/inputs';
import { parseCsv, subjectOf, upfrontDocument, v2Document } from './fixtures';
import { readBack, sheet } from './xlsxRead';

type Doc = Record<string, unknown>;

/** v2Document() with the forms it lacks: a software step curve, a capped auto fleet, a site power cap, a plain API target. */
function v2EveryForm(): Doc {
  const doc = v2Document();
  const [own] = doc['platforms'] as Doc[];
  Object.assign(own as Doc, { softwareCurve: { type: 'steps', steps: [{ month: 6, multiplier: '1.2' }] }, powerCapKw: '2000', fleet: { mode: 'auto', targetUtilization: '0.6', maxNodes: 40 } });
  Object.assign((doc['applications'] as Doc[])[2] as Doc, { servedBy: { api: 'frontier' } });
  return doc;
}

/**
 * Every leaf of a parsed scenario as the exports name paths: validation's (formatPath), with a
 * throughput's model key always in brackets (`platforms[0].throughput["llama"].input`).
 */
function leafPaths(value: unknown, path: (string | number)[] = []): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  return [formatPath(path).replace(/\.throughput\.([A-Za-z_$][\w$]*)/, '.throughput["$1"]')];
}

const subjects = [subjectOf(v2EveryForm()), subjectOf(upfrontDocument())];
const scenarioLeaves = (scenario: Scenario) => leafPaths(scenario);

describe('every Scenario field in the exports', { timeout: 60_000 }, () => {
  it('the two documents use every field of the schema', () => {
    const used = new Set(subjects.flatMap((s) => scenarioLeaves(s.scenario).map(fieldPattern)));
    const fields = scenarioFieldPaths().filter((f) => f.leaf).map((f) => f.path);
    expect(fields.filter((f) => !used.has(f))).toEqual([]);
  });

  it('the assumptions CSV has a labelled row for every field, under its own path', () => {
    for (const subject of subjects) {
      const [header, ...rows] = parseCsv(buildCsv([subject], 'assumptions'));
      const [at, label] = [header?.indexOf('path') ?? -1, header?.indexOf('label') ?? -1];
      const labels = new Map(rows.map((r) => [r[at] ?? '', r[label] ?? '']));
      const leaves = scenarioLeaves(subject.scenario);
      expect(leaves.filter((p) => !labels.has(p)), subject.scenario.name).toEqual([]);
      expect(leaves.filter((p) => !labels.get(p) || labels.get(p) === p), 'labelled').toEqual([]);
    }
  });

  it('the CSV gives a throughput by class and a migration path their parts as rows', () => {
    const [, ...rows] = parseCsv(buildCsv([subjects[0] as (typeof subjects)[number]], 'assumptions'));
    const byPath = (path: string) => rows.find((r) => r[2] === path)?.slice(3, 6);
    // v2Document: coder runs at 20,000 input / 2,000 output tokens/s; Chat moves to the API in month 6.
    expect(byPath('platforms[0].throughput["coder"].input')).toEqual(['Throughput on coder · Input (prefill) rate', '20000', 'tokens/s per GPU']);
    expect(byPath('platforms[0].throughput["coder"].output')).toEqual(['Throughput on coder · Output (decode) rate', '2000', 'tokens/s per GPU']);
    expect(byPath('applications[0].servedBy[0].fromMonth')).toEqual(['Served by · step 1 · From month', '0', 'months']);
    expect(byPath('applications[0].servedBy[0].target.platform')).toEqual(['Served by · step 1 · Platform', 'own', '']);
    expect(byPath('applications[0].servedBy[1].fromMonth')).toEqual(['Served by · step 2 · From month', '6', 'months']);
    expect(byPath('applications[0].servedBy[1].target.api')).toEqual(['Served by · step 2 · API option', 'frontier', '']);
    // The parts follow their row in words.
    const at = rows.findIndex((r) => r[2] === 'applications[0].servedBy');
    expect(rows.slice(at, at + 5).map((r) => r[2])).toEqual([
      'applications[0].servedBy',
      'applications[0].servedBy[0].fromMonth',
      'applications[0].servedBy[0].target.platform',
      'applications[0].servedBy[1].fromMonth',
      'applications[0].servedBy[1].target.api',
    ]);
  });

  it('the workbook has every field in its Assumptions sheet', async () => {
    for (const subject of subjects) {
      const wb = await readBack([subject]);
      const paths = new Set<string>();
      sheet(wb, 'Assumptions').eachRow((row) => paths.add(String(row.getCell(6).value)));
      const names = new Set((wb.definedNames as unknown as { model: { name: string }[] }).model.map((d) => d.name));
      const missing = scenarioLeaves(subject.scenario).filter((p) => !paths.has(p) && !names.has(inputNameOf(p)));
      expect(missing, subject.scenario.name).toEqual([]);
    }
  });

  it('the exchange file carries every field and reads back unchanged', () => {
    for (const subject of subjects) {
      const document = JSON.parse(JSON.stringify(subject.scenario)) as ScenarioRecord['document'];
      const at = new Date('2026-12-03T12:00:00Z');
      const record: ScenarioRecord = {
        id: 's1', ownerId: 'u1', name: subject.scenario.name, document, isDraft: false, visibility: 'PRIVATE', version: 3,
        createdAt: at, updatedAt: at, deletedAt: null, updatedById: null, workspaceRole: 'VIEWER', sharingVersion: 1,
      };
      const file = exchangeFileSchema.parse(JSON.parse(JSON.stringify(exportFile([record], at))));
      const [entry] = importEntries(file).entries;
      expect(entry?.document).toEqual(document);
      expect(leafPaths(entry?.document).sort()).toEqual(scenarioLeaves(subject.scenario).sort());
    }
  });

  it('an optional field of a platform, API option or application left unset still has its row, saying what that means', () => {
    const doc = upfrontDocument();
    (doc['platforms'] as Doc[]).push({
      id: 'rent', name: 'Rented H100', acquisition: { type: 'rent', pricePerGpuHour: '2.5', annualPriceDecline: '0.1' },
      gpusPerNode: 8, powerKwPerNode: '10', idlePowerFraction: '0.3', throughput: { 'gpt-oss-120b': '3000' },
      softwareCurve: { type: 'none' }, fleet: { mode: 'auto', targetUtilization: '0.6' },
    });
    doc['apiOptions'] = [{ id: 'frontier', name: 'Frontier API', inputPricePerMTokens: '3', outputPricePerMTokens: '15', annualPriceDecline: '0.2' }];
    const seated = (doc['applications'] as Doc[])[1] as Doc;
    delete seated['tokensMonth0'];
    delete seated['growth'];
    seated['seats'] = { seatsMonth0: '100', monthlyGrowth: '0', tokensPerSeatMonth0: '1000000', tokensPerSeatAnnualGrowth: '0' };
    const [header, ...rows] = parseCsv(buildCsv([subjectOf(doc)], 'assumptions'));
    const [at, value, note] = ['path', 'value', 'note'].map((c) => header?.indexOf(c) ?? -1) as [number, number, number];
    const row = (path: string) => rows.find((r) => r[at] === path);
    const unset: [string, string][] = [
      ['platforms[1].acquisition.reserved', 'not set (none)'],
      ['apiOptions[0].cachedInputPricePerMTokens', 'not set (= input price)'],
      ['apiOptions[0].batchDiscount', 'not set (0)'],
      ['apiOptions[0].commitment', 'not set (none)'],
      ['applications[0].cachedInputShare', 'not set (0)'],
      ['applications[0].batchShare', 'not set (0)'],
      ['applications[0].minInteractivity', 'not set (none)'],
      ['applications[1].revenuePerSeatMonth', 'not set (0)'],
    ];
    expect(unset.map(([path]) => [path, row(path)?.[value], row(path)?.[note]])).toEqual(unset.map(([path, text]) => [path, '', text]));
    // Only with seats: a token-demand application has no seat price row; an owned platform no reserved nodes.
    expect(row('applications[0].revenuePerSeatMonth')).toBeUndefined();
    expect(row('platforms[0].acquisition.reserved')).toBeUndefined();
    // The row sits with its item: after the application's other rows, before the next item's.
    const paths = rows.map((r) => r[at] ?? '');
    expect(paths.indexOf('applications[0].minInteractivity')).toBeLessThan(paths.indexOf('applications[1].id'));
    expect(paths.indexOf('applications[0].minInteractivity')).toBeGreaterThan(paths.indexOf('applications[0].queriesPerTask'));
  });
});
