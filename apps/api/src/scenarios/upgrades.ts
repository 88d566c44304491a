// The versions of a stored scenario document's shape, and the steps that bring an old one up to date.
//
// Every stored document (Scenario and ScenarioRevision rows, the `schemaVersion` column) and every
// exchange-file entry carries the version it was written with; rows written before the column
// existed are version 1. Reads apply the steps from that version to CURRENT_DOCUMENT_VERSION, in
// order; the next save stores the result at the current version. History is never rewritten:
// revisions stay as written and are upgraded each time they are read.
//
// To change the document's shape: add a step here (from = the current version), bump
// CURRENT_DOCUMENT_VERSION, and test the step with a document of the old version.
import { HttpError } from '../errors';
import type { JsonObject } from './json';
import { upgradeIds } from './idUpgrade';

export interface UpgradeStep {
  from: number;
  to: number;
  /** What changed in the document's shape at `to`. */
  change: string;
  /** The document at `to`; may return its argument when nothing needs changing (never mutates it). */
  upgrade: (document: JsonObject) => JsonObject;
}

/** Documents stored before versions were recorded. */
export const FIRST_DOCUMENT_VERSION = 1;

export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  {
    from: 1,
    to: 2,
    change: 'platform, API option, application and model ids match [A-Za-z0-9_-]{1,100} (models may contain inner dots)',
    upgrade: upgradeIds,
  },
];

/** The version documents are written with now: where the chain ends. */
export const CURRENT_DOCUMENT_VERSION = UPGRADE_STEPS.reduce((version, step) => (step.from === version ? step.to : version), FIRST_DOCUMENT_VERSION);

/**
 * A document this server cannot read: written by a newer server (after a rollback), or a corrupt
 * version. A 409 naming the version, never a 500: the row is intact and a newer server reads it.
 */
export class UnknownDocumentVersionError extends HttpError {
  constructor(readonly version: number) {
    super(
      409,
      'unknown_document_version',
      `Scenario document schemaVersion ${version} is not one this server reads (${FIRST_DOCUMENT_VERSION} to ${CURRENT_DOCUMENT_VERSION}): it was written by a newer version of Tokenplan.`,
    );
  }
}

/** The document brought from `version` to CURRENT_DOCUMENT_VERSION (the same object when already current). */
export function upgradeDocument(document: JsonObject, version: number): JsonObject {
  if (!Number.isInteger(version) || version < FIRST_DOCUMENT_VERSION || version > CURRENT_DOCUMENT_VERSION) {
    throw new UnknownDocumentVersionError(version);
  }
  let upgraded = document;
  for (let at = version; at < CURRENT_DOCUMENT_VERSION; ) {
    const step = UPGRADE_STEPS.find((s) => s.from === at);
    if (!step) throw new UnknownDocumentVersionError(at);
    upgraded = step.upgrade(upgraded);
    at = step.to;
  }
  return upgraded;
}
