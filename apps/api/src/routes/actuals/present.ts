// How actuals are shown: amounts as decimal strings, months with their mapped and unmapped spend.
import { Decimal, mapTarget, monthlyActuals, toDecimalString, type ActualsParseResult, type Amount, type MappingRule, type MonthActuals } from '@tokenplan/model';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ImportRecord } from '../../repositories/actuals';

/** The Fastify instance the actuals routes register on (zod type provider). */
export type ActualsApp = Parameters<FastifyPluginAsyncZod>[0];

const ZERO_D = () => new Decimal(0);

export const amountOf = (a: Amount) => ({ cost: toDecimalString(a.cost), tokens: toDecimalString(a.tokens), rows: a.rows });

export function presentImport(r: ImportRecord) {
  return { ...r, createdAt: r.createdAt.toISOString(), undoneAt: r.undoneAt ? r.undoneAt.toISOString() : null };
}

export function presentMonth(m: MonthActuals) {
  return {
    month: m.month,
    ...amountOf(m),
    byTarget: [...m.byTarget.values()].map((t) => ({ target: t.target, ...amountOf(t) })),
    unmapped: amountOf(m.unmapped),
  };
}

/** Unmapped rows shown in a preview, so the user sees what a new rule would have to match. */
const UNMAPPED_SAMPLES = 10;

/** The dry run's answer: totals, months, spend by target over the whole file, unmapped samples, errors. */
export function presentPreview(parsed: ActualsParseResult, rules: readonly MappingRule[], stored: { newRows: number; duplicateRows: number }) {
  const months = monthlyActuals(parsed.rows, rules);
  const byTarget = new Map<string, ReturnType<typeof presentMonth>['byTarget'][number]>();
  for (const m of months) {
    for (const [key, t] of m.byTarget) {
      const before = byTarget.get(key);
      const sum = before ? { cost: t.cost.plus(before.cost), tokens: t.tokens.plus(before.tokens), rows: t.rows + before.rows } : t;
      byTarget.set(key, { target: t.target, ...amountOf(sum) });
    }
  }
  const total = months.reduce((s, m) => ({ cost: s.cost.plus(m.cost), tokens: s.tokens.plus(m.tokens), rows: s.rows + m.rows, ucost: s.ucost.plus(m.unmapped.cost), utokens: s.utokens.plus(m.unmapped.tokens), urows: s.urows + m.unmapped.rows }), {
    cost: ZERO_D(),
    tokens: ZERO_D(),
    rows: 0,
    ucost: ZERO_D(),
    utokens: ZERO_D(),
    urows: 0,
  });
  const samples = parsed.rows.filter((r) => mapTarget(rules, r.dimensions) === null).slice(0, UNMAPPED_SAMPLES).map((r) => ({ row: r.row, dimensions: { ...r.dimensions } }));
  return {
    format: parsed.format,
    rows: parsed.rows.length,
    newRows: stored.newRows,
    duplicateRows: stored.duplicateRows,
    months: months.map((m) => m.month),
    totals: { cost: toDecimalString(total.cost), tokens: toDecimalString(total.tokens) },
    byTarget: [...byTarget.values()],
    unmapped: { cost: toDecimalString(total.ucost), tokens: toDecimalString(total.utokens), rows: total.urows, samples },
    errors: parsed.errors,
  };
}
