/**
 * OpenCost allocation export: the /allocation API response as JSON
 * (`{ data: [ { "<name>": { name, properties: { namespace, cluster, labels, … }, window: { start, end }, totalCost, … } } ] }`,
 * one object per step), or a CSV with columns name, window start, totalCost and optionally window
 * end, namespace, cluster, labels (JSON) or label_<key> columns. Records are numbered in file order
 * from 1 (JSON) or by line with the header as row 1 (CSV). Row key: window start + window end + name.
 * month ← window start; cost ← totalCost; tokens 0; dimensions ← name, namespace, cluster, labels (as tags).
 */
import { columnIndex, decimalOf, Issues, monthOf, parseJson, readCsv, tagsOf, textOf } from './fields';
import { formatHint } from './detect';
import type { ActualDimensions, ActualsParseResult, ParsedActualRow } from './types';

type Rec = Record<string, unknown>;

interface Allocation {
  row: number;
  name: unknown;
  start: unknown;
  end: unknown;
  totalCost: unknown;
  namespace: unknown;
  cluster: unknown;
  labels: unknown;
}

function wrongFormat(message: string, content: string): ActualsParseResult {
  return { format: 'opencost', rows: [], errors: [{ row: 1, field: '', message: `${message}${formatHint(content, 'opencost')}` }] };
}

const isObject = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);

function readAllocation(a: Allocation, issues: Issues): ParsedActualRow | null {
  const before = issues.count;
  const read = <T>(field: string, f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      issues.add(a.row, field, `${field} ${(e as Error).message}`);
      return undefined;
    }
  };
  const name = textOf(a.name);
  if (name === undefined) issues.add(a.row, 'name', 'name is missing');
  const month = read('window.start', () => monthOf(a.start));
  const cost = read('totalCost', () => decimalOf(a.totalCost));
  if (cost === null) issues.add(a.row, 'totalCost', 'totalCost is missing');
  const labels = read('labels', () => tagsOf(a.labels));
  if (issues.count > before || name === undefined || month === undefined || !cost) return null;
  const dimensions: ActualDimensions = { name };
  const namespace = textOf(a.namespace);
  const cluster = textOf(a.cluster);
  if (namespace !== undefined) dimensions.namespace = namespace;
  if (cluster !== undefined) dimensions.x_cluster = cluster;
  if (labels && Object.keys(labels).length > 0) dimensions.tags = labels;
  const identity = JSON.stringify(['opencost', textOf(a.start), textOf(a.end) ?? '', name]);
  return { row: a.row, identity, month, cost, tokens: '0', dimensions };
}

function finish(allocations: Allocation[]): ActualsParseResult {
  const issues = new Issues();
  const rows: ParsedActualRow[] = [];
  for (const a of allocations) {
    const parsed = readAllocation(a, issues);
    if (parsed) rows.push(parsed);
  }
  if (allocations.length === 0) issues.add(1, '', 'The file has no allocations.');
  return { format: 'opencost', rows, errors: issues.done() };
}

function fromJson(value: unknown, content: string): ActualsParseResult {
  const data = isObject(value) ? value.data : undefined;
  const sets = Array.isArray(data) ? data : isObject(data) ? [data] : null;
  if (!sets || !sets.every(isObject)) {
    return wrongFormat('Not an OpenCost allocation export: expected the /allocation response { "data": [ { "<name>": { … } } ] }.', content);
  }
  const allocations: Allocation[] = [];
  for (const set of sets) {
    for (const [key, alloc] of Object.entries(set)) {
      const row = allocations.length + 1;
      const a: Rec = isObject(alloc) ? alloc : {};
      const props: Rec = isObject(a.properties) ? a.properties : {};
      const window: Rec = isObject(a.window) ? a.window : {};
      allocations.push({
        row,
        name: a.name ?? key,
        start: window.start ?? a.start,
        end: window.end ?? a.end,
        totalCost: a.totalCost,
        namespace: props.namespace,
        cluster: props.cluster,
        labels: props.labels,
      });
    }
  }
  return finish(allocations);
}

function fromCsv(content: string): ActualsParseResult {
  const { header, records } = readCsv(content);
  const col = columnIndex(header);
  const c = {
    name: col('name', 'allocation'),
    start: col('windowStart', 'window.start', 'start'),
    end: col('windowEnd', 'window.end', 'end'),
    cost: col('totalCost'),
    namespace: col('namespace'),
    cluster: col('cluster'),
    labels: col('labels'),
  };
  const missing = [c.name < 0 ? 'name' : null, c.start < 0 ? 'window start' : null, c.cost < 0 ? 'totalCost' : null].filter((m): m is string => m !== null);
  if (missing.length > 0) return wrongFormat(`Not an OpenCost allocation CSV: missing column(s) ${missing.join(', ')}.`, content);
  const labelColumns = header.map((h, i) => [h, i] as const).filter(([h]) => /^label[_:]/i.test(h));
  return finish(
    records.map(({ row, cells }) => {
      let labels: unknown = c.labels >= 0 ? cells[c.labels] : undefined;
      if (labelColumns.length > 0) {
        const fromColumns = Object.fromEntries(labelColumns.map(([h, i]) => [h.slice(6), cells[i] ?? ''])); // tagsOf() makes them storable
        labels = { ...(tagsOfSafe(labels) ?? {}), ...fromColumns };
      }
      return { row, name: cells[c.name], start: cells[c.start], end: c.end >= 0 ? cells[c.end] : undefined, totalCost: cells[c.cost], namespace: c.namespace >= 0 ? cells[c.namespace] : undefined, cluster: c.cluster >= 0 ? cells[c.cluster] : undefined, labels };
    }),
  );
}

function tagsOfSafe(value: unknown): Record<string, string> | undefined {
  try {
    return tagsOf(value);
  } catch {
    return undefined;
  }
}

export function parseOpenCost(content: string): ActualsParseResult {
  const text = content.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{') || text.startsWith('[')) {
    try {
      return fromJson(parseJson(text), content);
    } catch (e) {
      return wrongFormat(`The file is not valid JSON (${(e as Error).message}).`, content);
    }
  }
  return fromCsv(text);
}
