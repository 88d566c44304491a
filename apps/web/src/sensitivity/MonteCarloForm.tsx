import { DRIVER_LABELS, DRIVERS, type Driver } from '@tokenplan/model';
import type { DriverBounds, MonteCarloFormState } from './monteCarloForm';

export interface MonteCarloFormProps {
  form: MonteCarloFormState;
  onChange: (form: MonteCarloFormState) => void;
  disabled: boolean;
}

/** Paths, seed and a triangular distribution (low, most likely, high, in % from today) per driver. */
export function MonteCarloForm({ form, onChange, disabled }: MonteCarloFormProps) {
  const setDriver = (d: Driver, patch: Partial<DriverBounds>) => onChange({ ...form, drivers: { ...form.drivers, [d]: { ...form.drivers[d], ...patch } } });
  return (
    <fieldset className="sens-form" disabled={disabled}>
      <legend className="sr-only">Simulation settings</legend>
      <div className="sens-form__row">
        <label>
          Paths
          <input type="number" min={1} max={50000} step={1000} value={form.paths} onChange={(e) => onChange({ ...form, paths: e.target.value })} />
        </label>
        <label>
          Seed
          <input type="number" min={0} step={1} value={form.seed} onChange={(e) => onChange({ ...form, seed: e.target.value })} />
        </label>
        <p className="sens-hint">Same seed, same result. Each driver is multiplied by a factor drawn from a triangular distribution.</p>
      </div>
      <table className="sens-bounds">
        <thead>
          <tr>
            <th scope="col">Driver</th>
            <th scope="col">Low</th>
            <th scope="col">Most likely</th>
            <th scope="col">High</th>
          </tr>
        </thead>
        <tbody>
          {DRIVERS.map((d) => {
            const b = form.drivers[d];
            const cell = (key: 'low' | 'mode' | 'high') => (
              <td>
                <span className="sens-pct">
                  <input
                    type="number"
                    step={5}
                    aria-label={`${DRIVER_LABELS[d]} ${key === 'mode' ? 'most likely' : key}, % change`}
                    value={b[key]}
                    disabled={!b.enabled}
                    onChange={(e) => setDriver(d, { [key]: e.target.value })}
                  />
                  %
                </span>
              </td>
            );
            return (
              <tr key={d} className={b.enabled ? '' : 'sens-bounds__off'}>
                <th scope="row">
                  <label>
                    <input type="checkbox" checked={b.enabled} onChange={(e) => setDriver(d, { enabled: e.target.checked })} /> {DRIVER_LABELS[d]}
                  </label>
                </th>
                {cell('low')}
                {cell('mode')}
                {cell('high')}
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
