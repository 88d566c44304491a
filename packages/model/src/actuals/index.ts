// Actuals (issue 18): parsers for FOCUS, LiteLLM and OpenCost files, mapping rules, variance,
// rolling forecast and exhaustion date. Pure: the browser previews with the same code the server imports with.
export * from './types';
export { parseActuals, totalsOf, monthsOf } from './parse';
export { parseFocusCsv, tokensPerUnit } from './focus';
export { parseLiteLlm } from './litellm';
export { parseOpenCost } from './opencost';
export { sniffFormat, FORMAT_NAMES } from './detect';
export { decimalOf, monthOf, MAX_ISSUES } from './fields';
export * from './mapping';
export * from './variance';
export * from './forecast';
export { addMonths, fiscalYearBounds, fiscalYearOfLabel } from './months';
