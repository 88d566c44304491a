// The exports name a warning's field in words, as the web does (describePath of @tokenplan/model):
// the application's or platform's name and the field's label, never the raw path.
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { buildPdf } from '../../src/exports/pdf/index';
import { subjectFromDocument } from '../../src/exports/subjects';
import { presetDocuments } from './fixtures';
import { readBack, sheet } from './xlsxRead';

type Doc = Record<string, unknown> & { applications: Record<string, unknown>[]; platforms: Record<string, unknown>[] };

/** The Blackwell preset with its second application priced at $5,000 per M tokens (above the 200 a plausible price stays under). */
function implausibleSecondApplication(): { doc: Doc; appName: string; platformName: string } {
  const doc = presetDocuments()[0] as Doc;
  const app = doc.applications[1];
  const platform = doc.platforms[0];
  if (!app || !platform) throw new Error('preset has fewer than two applications or no platform');
  app['revenuePerMTokens'] = '5000';
  // A fleet too small for the demand: a projection warning on platforms[0] (unmet demand).
  platform['fleet'] = { mode: 'fixed', nodes: 1, targetUtilization: '0.6' };
  return { doc, appName: String(app['name']), platformName: String(platform['name']) };
}

function cellTexts(ws: { eachRow: (f: (row: { values: unknown }) => void) => void }): string[] {
  const rows: string[] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).filter((v) => typeof v === 'string').join(' | ')));
  return rows;
}

describe('warnings in the exports name the field in words', () => {
  it('XLSX KPI sheet: the application’s name and the field’s label lead the message; the platform’s name follows a projection warning', async () => {
    const { doc, appName, platformName } = implausibleSecondApplication();
    const wb = await readBack([subjectFromDocument(doc)]);
    const rows = cellTexts(sheet(wb, 'KPIs'));
    const implausible = rows.find((r) => r.startsWith('implausible_value'));
    expect(implausible).toBeDefined();
    expect(implausible).toContain(`${appName} › revenue per M tokens is above 200`);
    const unmet = rows.find((r) => r.startsWith('unmet_demand'));
    expect(unmet).toBeDefined();
    expect(unmet).toContain(`(${platformName})`);
    for (const r of rows) {
      expect(r).not.toMatch(/applications\[\d+\]|platforms\[\d+\]/);
    }
  });

  it('PDF KPI page: the warning names the application and the field, not the path', async () => {
    const { doc, appName } = implausibleSecondApplication();
    const pdf = await buildPdf({ subjects: [subjectFromDocument(doc)], generatedAt: new Date('2026-05-01T12:00:00Z') }, { paper: 'a4' });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(`${appName} › revenue per M tokens is above 200`);
    expect(flat).not.toMatch(/applications\[\d+\]|platforms\[\d+\]/);
  });
});
