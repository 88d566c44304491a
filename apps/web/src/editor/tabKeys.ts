// The keys of a tab list (WAI-ARIA tabs pattern): arrows move to the previous/next tab (wrapping),
// Home to the first, End to the last.

/** Index of the tab `key` moves to from tab `index` of `count`, or null for any other key. */
export function tabKeyTarget(key: string, index: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index + count - 1) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
