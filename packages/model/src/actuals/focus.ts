/**
 * FOCUS (FinOps Open Cost and Usage Specification) billing CSV: one row per charge.
 * month ← ChargePeriodStart; cost ← EffectiveCost when the column exists and the cell is filled,
 * else BilledCost; tokens ← ConsumedQuantity when ConsumedUnit names tokens ("Tokens", "1K tokens",
 * "1M tokens"); dimensions ← ServiceName, ResourceId, Tags (a JSON object) and every x_ column.
 * Other columns are ignored.
 */
import { Decimal } from '../decimal';
import { columnIndex, decimalOf, Issues, monthOf, readCsv, rowTokens, tagsOf, storableText, textOf } from './fields';
import { formatHint } from './detect';
import type { ActualDimensions, ActualsParseResult, ParsedActualRow } from './types';

const TOKEN_UNIT = /^(?:(\d+(?:\.\d+)?)\s*)?(k|thousand|m|million)?\s*tokens?$/i;

/** Tokens per unit of ConsumedUnit, or null when the unit is not tokens. */
export function tokensPerUnit(unit: string | undefined): Decimal | null {
  const match = unit === undefined ? null : TOKEN_UNIT.exec(unit.trim());
  if (!match) return null;
  const count = new Decimal(match[1] ?? 1);
  const scale = (match[2] ?? '').toLowerCase();
  return count.times(scale === 'k' || scale === 'thousand' ? 1e3 : scale === 'm' || scale === 'million' ? 1e6 : 1);
}

export function parseFocusCsv(content: string): ActualsParseResult {
  const { header, records } = readCsv(content);
  const col = columnIndex(header);
  const c = {
    start: col('ChargePeriodStart'),
    end: col('ChargePeriodEnd'),
    billed: col('BilledCost'),
    effective: col('EffectiveCost'),
    quantity: col('ConsumedQuantity'),
    unit: col('ConsumedUnit'),
    service: col('ServiceName'),
    resource: col('ResourceId'),
    sku: col('SkuId'),
    description: col('ChargeDescription'),
    tags: col('Tags'),
  };
  const missing = [c.start < 0 ? 'ChargePeriodStart' : null, c.billed < 0 ? 'BilledCost' : null].filter((m): m is string => m !== null);
  if (missing.length > 0) {
    return { format: 'focus', rows: [], errors: [{ row: 1, field: missing.join(', '), message: `Not a FOCUS file: missing column(s) ${missing.join(', ')}.${formatHint(content, 'focus')}` }] };
  }
  const extras = header.map((h, i) => [h, i] as const).filter(([h]) => /^x_/i.test(h));
  const issues = new Issues();
  const rows: ParsedActualRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of records) {
    const cell = (i: number) => (i >= 0 ? cells[i] : undefined);
    const errorsBefore = issues.count;
    const read = <T>(field: string, f: () => T): T | undefined => {
      try {
        return f();
      } catch (e) {
        issues.add(row, field, `${field} ${(e as Error).message}`);
        return undefined;
      }
    };
    const month = read('ChargePeriodStart', () => monthOf(cell(c.start)));
    const billed = read('BilledCost', () => decimalOf(cell(c.billed)));
    const effective = read('EffectiveCost', () => decimalOf(cell(c.effective)));
    if (billed === null && (effective === null || effective === undefined)) issues.add(row, 'BilledCost', 'BilledCost is missing');
    const quantity = read('ConsumedQuantity', () => decimalOf(cell(c.quantity)));
    const tags = read('Tags', () => tagsOf(cell(c.tags)));
    // A unit such as "1e40 tokens" multiplies a bounded quantity past what a row can store.
    const perUnit = tokensPerUnit(textOf(cell(c.unit)));
    const tokens = read('ConsumedQuantity', () => (perUnit && quantity ? rowTokens(perUnit.times(quantity)) : '0'));
    if (issues.count > errorsBefore || month === undefined || tokens === undefined) continue;
    const cost = effective ?? billed ?? '0';
    const dimensions: ActualDimensions = {};
    const service = textOf(cell(c.service));
    const resourceId = textOf(cell(c.resource));
    if (service !== undefined) dimensions.service = service;
    if (resourceId !== undefined) dimensions.resourceId = resourceId;
    if (tags && Object.keys(tags).length > 0) dimensions.tags = tags;
    for (const [name, i] of extras) {
      const value = textOf(cells[i]);
      if (value !== undefined) dimensions[storableText(name) as `x_${string}`] = value;
    }
    // Identical charges in one file stay distinct rows: the n-th occurrence is part of the identity.
    const fields = [c.start, c.end, c.resource, c.service, c.sku, c.description, c.billed, c.effective, c.quantity, c.unit, c.tags].map((i) => (cell(i) ?? '').trim());
    const base = JSON.stringify(['focus', ...fields]);
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    rows.push({ row, identity: `${base}#${occurrence}`, month, cost, tokens, dimensions });
  }
  if (records.length === 0 && issues.count === 0) issues.add(1, '', 'The file has no data rows below the header.');
  return { format: 'focus', rows, errors: issues.done() };
}
