// Exact money to the cent for the import screens: a file's total must read as the file's total, so the
// decimal string is rounded on BigInt (half away from zero), never through a float.
import { isDecimalString, MINUS, MISSING } from '../format';

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

/** "1234.565" → "$1,234.57", "-0.004" → "$0.00", "12" → "$12.00"; null/garbage → "—". */
export function formatMoneyCents(value: string | null | undefined): string {
  if (value === null || value === undefined || !isDecimalString(value)) return MISSING;
  const match = DECIMAL.exec(value.trim());
  if (!match) return MISSING;
  const [, sign, whole = '0', fraction = ''] = match;
  const digits = (fraction + '000').slice(0, 3);
  let cents = BigInt(whole) * 100n + BigInt(digits.slice(0, 2));
  if (Number(digits[2]) >= 5) cents += 1n;
  const grouped = (cents / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = `$${grouped}.${(cents % 100n).toString().padStart(2, '0')}`;
  return sign === '-' && cents !== 0n ? `${MINUS}${text}` : text;
}
