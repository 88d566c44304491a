// Upgrade on read of documents stored before ids were restricted (docs/model.md "Validation limits"):
// platform, API option and application ids must match [A-Za-z0-9_-]{1,100}, model names the same
// plus inner dots. A bad id becomes a slug unique within its list ("-2", "-3" … on a clash; ids
// that already fit keep their names) and every reference follows it: servedBy, application
// models and throughput keys. Step 1 → 2 of the upgrade chain (upgrades.ts), applied on read, not as
// a one-off migration: documents and their revisions stay as written (history is not rewritten),
// the next save stores the upgraded ids, and a file imported later is handled the same way.
import { ID_PATTERN, MODEL_ID_PATTERN } from '@tokenplan/model';
import type { JsonObject } from './json';

const MAX_ID_LENGTH = 100;
type Item = Record<string, unknown>;

function isItem(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Letters, digits, `-`, `_` (and `.` inside a model name); accents dropped ("é" → "e"). */
function slug(text: string, keepDots: boolean): string {
  const plain = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const base = plain
    .replace(keepDots ? /[^A-Za-z0-9._-]+/g : /[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return base.slice(0, MAX_ID_LENGTH).replace(/[-.]+$/, '') || 'id';
}

/** Old id → new id for one namespace: valid ids are reserved first, bad ones slugged around them. */
class Renamer {
  private readonly taken = new Set<string>();
  readonly renames = new Map<string, string>();
  constructor(
    private readonly pattern: RegExp,
    private readonly keepDots: boolean,
  ) {}

  reserve(ids: readonly unknown[]): void {
    for (const id of ids) if (typeof id === 'string' && this.pattern.test(id)) this.taken.add(id);
  }

  /** The id this one becomes (the same when it fits); the same bad id always maps to its first slug. */
  rename(id: string, fresh = false): string {
    if (this.pattern.test(id)) return id;
    const known = this.renames.get(id);
    if (known !== undefined && !fresh) return known;
    const base = slug(id, this.keepDots);
    let candidate = base;
    for (let n = 2; this.taken.has(candidate); n++) {
      const suffix = `-${n}`;
      candidate = `${base.slice(0, MAX_ID_LENGTH - suffix.length)}${suffix}`;
    }
    this.taken.add(candidate);
    if (known === undefined) this.renames.set(id, candidate);
    return candidate;
  }
}

function items(document: JsonObject, key: string): Item[] {
  const list = document[key];
  return Array.isArray(list) ? list.filter(isItem) : [];
}

function needsUpgrade(document: JsonObject): boolean {
  const badId = (item: Item) => typeof item['id'] === 'string' && !ID_PATTERN.test(item['id']);
  const badModel = (name: unknown) => typeof name === 'string' && !MODEL_ID_PATTERN.test(name);
  return (
    ['platforms', 'apiOptions', 'applications'].some((key) => items(document, key).some(badId)) ||
    items(document, 'applications').some((a) => badModel(a['model'])) ||
    items(document, 'platforms').some((p) => isItem(p['throughput']) && Object.keys(p['throughput']).some(badModel))
  );
}

/** Each item's id renamed within its list (a repeated bad id gets its own slug); the old → first new id map. */
function renameList(list: Item[]): Map<string, string> {
  const renamer = new Renamer(ID_PATTERN, false);
  renamer.reserve(list.map((item) => item['id']));
  for (const item of list) {
    const id = item['id'];
    if (typeof id === 'string') item['id'] = renamer.rename(id, true);
  }
  return renamer.renames;
}

/** The document with every id and reference fitting the id rules; the same object when nothing needs it. */
export function upgradeIds(document: JsonObject): JsonObject {
  if (!needsUpgrade(document)) return document;
  const copy = structuredClone(document);
  const platforms = items(copy, 'platforms');
  const applications = items(copy, 'applications');
  const platformIds = renameList(platforms);
  const apiIds = renameList(items(copy, 'apiOptions'));
  renameList(applications);

  const models = new Renamer(MODEL_ID_PATTERN, true);
  models.reserve([...applications.map((a) => a['model']), ...platforms.flatMap((p) => (isItem(p['throughput']) ? Object.keys(p['throughput']) : []))]);
  for (const application of applications) {
    if (typeof application['model'] === 'string') application['model'] = models.rename(application['model']);
    const servedBy = application['servedBy'];
    if (!isItem(servedBy)) continue;
    if (typeof servedBy['platform'] === 'string') servedBy['platform'] = platformIds.get(servedBy['platform']) ?? servedBy['platform'];
    if (typeof servedBy['api'] === 'string') servedBy['api'] = apiIds.get(servedBy['api']) ?? servedBy['api'];
  }
  for (const platform of platforms) {
    const throughput = platform['throughput'];
    if (!isItem(throughput)) continue;
    platform['throughput'] = Object.fromEntries(Object.entries(throughput).map(([model, value]) => [models.rename(model), value]));
  }
  return copy;
}
