// Entity tags of a versioned record other than a scenario: `"<name>-<version>"` (mapping rules,
// a scenario's sharing). The version column is a PostgreSQL INT4.

/** Largest version an INT4 column holds. */
const MAX_VERSION = 2_147_483_647;

/**
 * The version an If-Match header names as `"<name>-N"` (weak or strong), or null when it names none:
 * not ours, or a number beyond the INT4 column (it went to the query and failed 500).
 */
export function versionFromTag(name: string, header: string | undefined): number | null {
  const match = new RegExp(`^(?:W/)?"${name}-(\\d{1,10})"$`).exec((header ?? '').trim());
  const version = match ? Number(match[1]) : null;
  return version !== null && version <= MAX_VERSION ? version : null;
}
