// Named input cells: every numeric field of the Assumptions sheet gets a workbook name built from
// its scenario path, so a calculation formula reads `In_P0_capexPerNode` rather than
// `Assumptions!$C$41`. platforms[i] → P{i}, applications[i] → A{i}, apiOptions[i] → X{i};
// a throughput's model key and every other character outside [A-Za-z0-9_] become `_`.

/** `platforms[0].throughput["model-b.1"]` → `In_P0_throughput_model_b_1`. */
export function inputNameOf(path: string): string {
  const body = path
    .replace(/\["([^"]*)"\]/g, '_$1')
    .replace(/^platforms\[(\d+)\]/, 'P$1')
    .replace(/^applications\[(\d+)\]/, 'A$1')
    .replace(/^apiOptions\[(\d+)\]/, 'X$1')
    .replace(/\[(\d+)\]/g, '$1')
    .replace(/[^A-Za-z0-9_]/g, '_');
  return `In_${body}`;
}

/** Path → defined name (with the scenario's prefix in a comparison), filled by the Assumptions sheet. */
export class InputNames {
  private readonly byPath = new Map<string, string>();
  private readonly used = new Set<string>();
  constructor(readonly prefix: string) {}

  /** Registers a path; two paths that sanitise alike get a numeric suffix. */
  register(path: string): string {
    const known = this.byPath.get(path);
    if (known) return known;
    let name = `${this.prefix}${inputNameOf(path)}`;
    for (let k = 2; this.used.has(name.toLowerCase()); k += 1) name = `${this.prefix}${inputNameOf(path)}_${k}`;
    this.byPath.set(path, name);
    this.used.add(name.toLowerCase());
    return name;
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  /** The name of a registered input; throws when the Assumptions sheet has no such row. */
  of(path: string): string {
    const name = this.byPath.get(path);
    if (!name) throw new Error(`no input cell for ${path}`);
    return name;
  }
}
