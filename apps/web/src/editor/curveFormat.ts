/** A throughput or interactivity for the curve editor: thousands separators, up to `digits` decimals. */
export function formatQuantity(value: number, digits = 1): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}
