// The output contract (projectionSchema, labels of inputs and outputs, units) and the
// presentation rules the web, the API and the exports share (chart series, showback roll-ups).
export {
  projectionSchema,
  monthRowSchema,
  platformMonthSchema,
  applicationMonthSchema,
  fiscalYearRowSchema,
  kpisSchema,
  applicationSummarySchema,
  projectionWarningSchema,
  PLATFORM_MONTH_LINES,
  APPLICATION_MONTH_LINES,
  KPI_FIELDS,
} from './projectionSchema';
export { OUTPUT_LABELS, outputLabel, type OutputField } from './outputLabels';
export { INPUT_LABELS, inputLabel, inputPattern, type InputLabel } from './inputLabels';
export { UNITS, UNIT_SYMBOLS, type Unit, type FieldLabel } from './units';
export * from './chartSeries';
export * from './showback';
