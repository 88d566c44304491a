// Export test fixtures: the realistic Blackwell vs Hopper preset pair, and a variant that buys its
// whole fleet in month 0 so the cash flows change sign once and IRR/MIRR exist.
import { PRESETS, project, validateScenario, type Scenario } from '@tokenplan/model';
import type { ExportSubject } from '../../src/exports/content';

export function presetDocuments(): Record<string, unknown>[] {
  const preset = PRESETS.find((p) => p.id === 'blackwell-vs-hopper');
  if (!preset) throw new Error('preset blackwell-vs-hopper missing');
  return preset.scenarios.map((d) => structuredClone(d));
}

export function subjectOf(document: Record<string, unknown>): ExportSubject {
  const result = validateScenario(document);
  if (!result.ok) throw new Error(`fixture invalid: ${JSON.stringify(result.issues.slice(0, 3))}`);
  const scenario: Scenario = result.scenario;
  return { scenario, projection: project(scenario) };
}

/** Blackwell preset with 300 nodes bought up front: one sign change, so IRR and MIRR are defined. */
export function upfrontDocument(): Record<string, unknown> {
  const doc = presetDocuments()[0] as Record<string, unknown> & { platforms: Record<string, unknown>[] };
  doc['name'] = 'B200, "up-front" fleet, 300 nodes';
  const platform = doc.platforms[0];
  if (!platform) throw new Error('preset has no platform');
  platform['fleet'] = { mode: 'fixed', nodes: 300, targetUtilization: '0.6' };
  return doc;
}

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF records. Throws on a bare LF record end. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else if (c === '\n') throw new Error(`bare LF at ${i}`);
    else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('last record not terminated by CRLF');
  return rows;
}
