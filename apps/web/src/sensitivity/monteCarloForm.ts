// The Monte Carlo form's state and its conversion to model options: bounds are entered as % changes
// from today's value (−20, 0, +20) and become factors (0.8, 1, 1.2).
import { DEFAULT_PATHS, DRIVER_LABELS, DRIVERS, MAX_PATHS, type Driver, type MonteCarloOptions } from '@tokenplan/model';

export interface DriverBounds {
  enabled: boolean;
  low: string;
  mode: string;
  high: string;
}

export interface MonteCarloFormState {
  paths: string;
  seed: string;
  drivers: Record<Driver, DriverBounds>;
}

export function initialForm(): MonteCarloFormState {
  const drivers = Object.fromEntries(
    DRIVERS.map((d) => [d, { enabled: d !== 'discountRate', low: '-20', mode: '0', high: '20' }]),
  ) as Record<Driver, DriverBounds>;
  return { paths: String(DEFAULT_PATHS), seed: '1', drivers };
}

/** Options for runMonteCarlo, or the problems that stop the run (one sentence each). */
export function toOptions(form: MonteCarloFormState): { options: MonteCarloOptions } | { problems: string[] } {
  const problems: string[] = [];
  const paths = Number(form.paths);
  if (!Number.isInteger(paths) || paths < 1 || paths > MAX_PATHS) problems.push(`Paths must be a whole number from 1 to ${MAX_PATHS.toLocaleString('en-US')}.`);
  const seed = Number(form.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 4294967295) problems.push('Seed must be a whole number from 0 to 4,294,967,295.');
  const distributions: NonNullable<MonteCarloOptions['distributions']> = {};
  for (const d of DRIVERS) {
    const b = form.drivers[d];
    if (!b.enabled) continue;
    const [low, mode, high] = [b.low, b.mode, b.high].map((x) => 1 + Number(x) / 100) as [number, number, number];
    if (![low, mode, high].every(Number.isFinite) || !(low > 0 && low <= mode && mode <= high)) {
      problems.push(`${DRIVER_LABELS[d]}: need low ≤ most likely ≤ high, and low above −100%.`);
      continue;
    }
    distributions[d] = { low, mode, high };
  }
  return problems.length > 0 ? { problems } : { options: { paths, seed, distributions } };
}
