/**
 * Exact arithmetic on the model's decimal strings ("1234.5678", "-0.5"), for the few sums and
 * differences the analysis screens show (roll-ups over months, scenario deltas). Fixed point on
 * BigInt: no float ever touches a money amount before presentation.
 */
export type DecimalString = string;

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

interface Fixed {
  units: bigint;
  scale: number;
}

function parse(value: DecimalString): Fixed {
  const match = DECIMAL.exec(value.trim());
  if (!match) throw new Error(`not a decimal string: ${JSON.stringify(value)}`);
  const [, sign, whole = '0', fraction = ''] = match;
  const units = BigInt(whole + fraction);
  return { units: sign === '-' ? -units : units, scale: fraction.length };
}

function rescale(f: Fixed, scale: number): bigint {
  return f.units * 10n ** BigInt(scale - f.scale);
}

function render(units: bigint, scale: number): DecimalString {
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  let fraction = scale > 0 ? digits.slice(-scale) : '';
  digits = scale > 0 ? digits.slice(0, -scale) : digits;
  fraction = fraction.replace(/0+$/, '');
  const body = fraction ? `${digits}.${fraction}` : digits;
  return negative && body !== '0' ? `-${body}` : body;
}

/** True when `value` is a plain decimal string the helpers accept. */
export function isDecimalString(value: unknown): value is DecimalString {
  return typeof value === 'string' && DECIMAL.test(value.trim());
}

/** Exact Σ of decimal strings; "0" for none. */
export function sumDecimals(values: Iterable<DecimalString>): DecimalString {
  const parts = [...values].map(parse);
  const scale = parts.reduce((s, p) => Math.max(s, p.scale), 0);
  return render(
    parts.reduce((acc, p) => acc + rescale(p, scale), 0n),
    scale,
  );
}

/** Exact a − b. */
export function subtractDecimals(a: DecimalString, b: DecimalString): DecimalString {
  const x = parse(a);
  const y = parse(b);
  const scale = Math.max(x.scale, y.scale);
  return render(rescale(x, scale) - rescale(y, scale), scale);
}

/** Sign of a decimal string: -1, 0 or 1. */
export function signOf(value: DecimalString): -1 | 0 | 1 {
  const { units } = parse(value);
  return units === 0n ? 0 : units < 0n ? -1 : 1;
}
