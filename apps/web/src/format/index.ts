// Finance formatting for the analysis screens (and anyone else): decimal strings in, text out.
export {
  MISSING,
  MINUS,
  addMonths,
  compact,
  formatCents,
  formatCount,
  formatEnergy,
  formatFiscalYear,
  formatJoulesPerToken,
  formatLedgerAmount,
  formatMoney,
  formatMoneyCents,
  formatMoneyFull,
  formatMonth,
  formatMonthShort,
  formatMonths,
  formatMultiple,
  formatPercent,
  formatRate,
  formatRatio,
  formatSignedMoney,
  formatSignedPercent,
  formatSignificant,
  formatTokens,
  formatTokensPerMWh,
  formatUnitPrice,
  toNumber,
} from './format';
export type { Formattable } from './format';
export { isDecimalString, signOf, subtractDecimals, sumDecimals } from './decimalString';
export type { DecimalString } from './decimalString';
export { formatDate, formatDateTime, formatMonthName } from './dates';
