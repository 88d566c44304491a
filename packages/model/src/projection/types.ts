/**
 * The Projection (spec §7): what `project` returns and `POST /api/v1/projections` serves.
 * The types are inferred from the one output contract, output/projectionSchema.ts (labels,
 * units and descriptions of every field live there); this module keeps their names.
 */
import type { z } from 'zod';
import {
  type afterTaxKpisSchema,
  type apiOptionMonthSchema,
  type platformKpisSchema,
  type applicationMonthSchema,
  type applicationSummarySchema,
  MONTH_FLOW_LINES,
  type fiscalYearRowSchema,
  type kpisSchema,
  type monthRowSchema,
  type platformMonthSchema,
  type projectionSchema,
  type projectionWarningSchema,
} from '../output/projectionSchema';

export { MONTH_FLOW_LINES };

/** A decimal number as text, e.g. "1234.5678"; never exponent notation. */
export type DecimalString = string;

export type MonthFlowLine = (typeof MONTH_FLOW_LINES)[number];
export type PlatformMonth = z.output<typeof platformMonthSchema>;
export type ApplicationMonth = z.output<typeof applicationMonthSchema>;
export type MonthRow = z.output<typeof monthRowSchema>;
export type FiscalYearRow = z.output<typeof fiscalYearRowSchema>;
export type Kpis = z.output<typeof kpisSchema>;
export type AfterTaxKpis = z.output<typeof afterTaxKpisSchema>;
export type PlatformKpis = z.output<typeof platformKpisSchema>;
export type ApiOptionMonth = z.output<typeof apiOptionMonthSchema>;
/** A scalar KPI: a decimal string or null (`afterTax` and `platforms` are objects). */
export type ScalarKpi = Exclude<keyof Kpis, 'afterTax' | 'platforms'>;
export type ApplicationSummary = z.output<typeof applicationSummarySchema>;
export type ProjectionWarning = z.output<typeof projectionWarningSchema>;
export type Projection = z.output<typeof projectionSchema>;
