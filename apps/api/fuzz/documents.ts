// Scenario documents for the fuzzer: the presets (valid), one-field mutations of them, and valid but
// extreme scenarios. Values that JSON.stringify cannot express (100,000-level nesting, raw bytes) are
// RAW markers replaced in the serialised text (see serialize).
import { PRESETS } from '@tokenplan/model';
import type { Rng } from './rng';

type Json = unknown;

export const PRESET_DOCUMENTS: Record<string, unknown>[] = PRESETS.flatMap((p) => p.scenarios).map((d) => structuredClone(d));

/** Text spliced into the JSON body in place of a marker string. */
const RAW = new Map<string, string>();
function raw(text: string): string {
  const marker = `\u0001RAW${RAW.size}\u0001`;
  RAW.set(marker, text);
  return marker;
}
const DEEP = 100_000;
const DEEP_ARRAY = raw('['.repeat(DEEP) + ']'.repeat(DEEP));
const DEEP_OBJECT = raw('{"a":'.repeat(DEEP) + '1' + '}'.repeat(DEEP));
const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

/** JSON text of `value`, with RAW markers replaced. */
export function serialize(value: unknown): string {
  let text = JSON.stringify(value) ?? 'null';
  if (text.includes('\\u0001RAW')) {
    for (const [marker, replacement] of RAW) text = text.split(JSON.stringify(marker)).join(replacement);
  }
  return text;
}

/** Boundary and hostile values for one field (weights favour the cheap ones). */
function hostileValue(rng: Rng, current: unknown): Json {
  const cheap: Json[] = [
    0, -1, 1, 0.5, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 2 ** 53,
    '1e99999999', '-1e99999999', '1e-99999999', 'NaN', 'Infinity', '-Infinity', '', ' ', ' 1 ', '0x10', '1,000', '1e', '.', '-', '+1', '00', '-0',
    '1'.repeat(400), '0.' + '0'.repeat(300) + '1', '\ud800', '\udfff', 'a\u0000b', '\u0000', '\u202e', '💸'.repeat(60), '<script>', '=cmd|"/c calc"!A1',
    true, false, null, [], {}, [1, 2], { a: 1 }, 'missing-id', '../../etc/passwd', '%00', 'a'.repeat(121),
  ];
  const r = rng.next();
  if (r < 0.004) return TEN_MB;
  if (r < 0.01) return rng.chance(0.5) ? DEEP_ARRAY : DEEP_OBJECT;
  if (r < 0.08 && typeof current === 'string') return current + current;
  if (r < 0.12 && typeof current === 'number') return -current;
  return rng.pick(cheap);
}

type Container = Record<string, unknown> | unknown[];
interface Slot {
  parent: Container;
  key: string | number;
}

function slots(value: unknown, out: Slot[] = []): Slot[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push({ parent: value, key: i });
      slots(v, out);
    });
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push({ parent: value as Container, key: k });
      slots(v, out);
    }
  }
  return out;
}

function get(slot: Slot): unknown {
  return (slot.parent as Record<string | number, unknown>)[slot.key];
}
function set(slot: Slot, v: unknown): void {
  (slot.parent as Record<string | number, unknown>)[slot.key] = v;
}

/** A copy of `doc` with one (sometimes two or three) hostile changes. */
export function mutateDocument(rng: Rng, doc: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(doc);
  const times = rng.weighted([[1, 6], [2, 2], [3, 1]] as const);
  for (let n = 0; n < times; n++) {
    const all = slots(copy);
    const slot = rng.pick(all);
    const kind = rng.weighted([
      ['value', 10], ['delete', 2], ['extraKey', 1], ['duplicate', 1], ['missingRef', 1], ['counts', 1], ['wrapArray', 1],
    ] as const);
    switch (kind) {
      case 'value':
        set(slot, hostileValue(rng, get(slot)));
        break;
      case 'delete':
        if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
        else delete slot.parent[slot.key as string];
        break;
      case 'extraKey': {
        const target = rng.chance(0.5) ? copy : get(slot);
        // defineProperty: a plain assignment to "__proto__" would set the prototype, not add a key.
        if (target && typeof target === 'object' && !Array.isArray(target))
          Object.defineProperty(target, rng.pick(['__proto__', 'constructor', 'extra', 'id', '']), { value: hostileValue(rng, 1), enumerable: true, writable: true, configurable: true });
        break;
      }
      case 'duplicate': {
        // Duplicated ids: the first entry of a list repeated.
        const list = copy[rng.pick(['platforms', 'applications', 'apiOptions'])];
        if (Array.isArray(list) && list.length) list.push(structuredClone(list[0]));
        break;
      }
      case 'missingRef': {
        const apps = Array.isArray(copy.applications) ? copy.applications.filter((a) => a && typeof a === 'object' && !Array.isArray(a)) : [];
        if (apps.length) (rng.pick(apps) as Record<string, unknown>).servedBy = rng.pick([{ platform: 'nope' }, { api: 'nope' }, {}, { platform: 'a', api: 'b' }]);
        break;
      }
      case 'counts': {
        // 0, 1 or the maximum number of entries (and one more).
        const key = rng.pick(['platforms', 'applications', 'apiOptions']);
        const list = copy[key];
        if (!Array.isArray(list) || !list.length) break;
        const count = rng.pick([0, 1, 20, 21, 200, 201]);
        copy[key] = Array.from({ length: count }, (_, i) => ({ ...(structuredClone(list[i % list.length]) as object), id: `${key}-${i}` }));
        break;
      }
      case 'wrapArray':
        set(slot, [get(slot)]);
        break;
    }
  }
  return copy;
}

const LONG = (c: string, i: number) => `${c}${i}`.padEnd(120, c);

/** Valid but extreme scenarios: explosive growth, long names on many platforms, the longest horizon. */
export function extremeDocument(rng: Rng): Record<string, unknown> {
  const base = structuredClone(rng.pick(PRESET_DOCUMENTS)) as Record<string, unknown> & { applications: Record<string, unknown>[]; platforms: Record<string, unknown>[] };
  const kind = rng.pick(['compound100', 'growth1000', 'manyPlatforms', 'longHorizon', 'tiny', 'huge', 'logisticWild'] as const);
  switch (kind) {
    case 'compound100':
      for (const a of base.applications) a.growth = { type: 'compound', monthlyRate: '100' };
      base.horizonMonths = 120;
      break;
    case 'growth1000':
      for (const a of base.applications) a.growth = { type: 'compound', monthlyRate: '10' };
      break;
    case 'manyPlatforms': {
      const p = base.platforms[0] as Record<string, unknown>;
      base.platforms = Array.from({ length: 16 }, (_, i) => ({ ...structuredClone(p), id: `p${i}`, name: LONG('W', i) }));
      base.applications = base.applications.map((a, i) => ({ ...a, name: LONG('A', i), team: LONG('T', i), servedBy: { platform: `p${i % 16}` } }));
      break;
    }
    case 'longHorizon':
      base.horizonMonths = 120;
      base.start = rng.pick(['2199-12', '1900-01', '2099-02']);
      break;
    case 'tiny':
      for (const a of base.applications) a.tokensMonth0 = rng.pick(['0', '1e-30', '0.000001']);
      break;
    case 'huge':
      for (const a of base.applications) a.tokensMonth0 = rng.pick(['1e30', '1e300', '999999999999999999999999999999']);
      break;
    case 'logisticWild':
      for (const a of base.applications) a.growth = { type: 'logistic', capacity: '1e40', rate: '50' };
      break;
  }
  return base;
}

/** A preset (40 %), a mutated preset (45 %) or an extreme scenario (15 %). */
export function scenarioDocument(rng: Rng): Record<string, unknown> {
  const r = rng.next();
  if (r < 0.4) return structuredClone(rng.pick(PRESET_DOCUMENTS));
  if (r < 0.85) return mutateDocument(rng, rng.pick(PRESET_DOCUMENTS));
  return extremeDocument(rng);
}
