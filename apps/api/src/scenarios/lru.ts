// The projection cache: least recently used first out, bounded by bytes rather than entries (a large
// scenario's projection is ≈ 10 MB, so 256 entries could hold 2.5 GB). lru-cache does the bookkeeping.
import { LRUCache } from 'lru-cache';

/** Default budget of the projection cache (buildApp option `projectionCacheBytes`). */
export const DEFAULT_PROJECTION_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * A cache of JSON values whose total size stays within `maxBytes`, each entry counted as the UTF-8
 * bytes of its JSON (what the route sends; the objects themselves take a few times more in memory).
 * An entry larger than the whole budget is never kept.
 */
export class ByteBudgetCache<V extends object> {
  private readonly entries: LRUCache<string, V>;

  constructor(readonly maxBytes: number) {
    if (!Number.isInteger(maxBytes) || maxBytes < 1) throw new Error('ByteBudgetCache: maxBytes must be a positive integer');
    this.entries = new LRUCache<string, V>({
      maxSize: maxBytes,
      maxEntrySize: maxBytes,
      sizeCalculation: (value) => Math.max(1, Buffer.byteLength(JSON.stringify(value))),
    });
  }

  /** Entries held. */
  get size(): number {
    return this.entries.size;
  }

  /** Bytes held (sum of the entries' JSON sizes). */
  get bytes(): number {
    return this.entries.calculatedSize;
  }

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    this.entries.set(key, value);
  }
}
