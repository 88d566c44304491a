// The reference checks of an exported scenario (issue 22): the model's rules over the repository's
// reference library, shared by the PDF section and the XLSX sheet.
import { referenceChecks, referenceClaimLibrary, type ReferenceCheck } from '@tokenplan/model';
import type { ExportSubject } from './content';

export type { ReferenceCheck };

export function subjectChecks(subject: ExportSubject): ReferenceCheck[] {
  return referenceChecks(subject.scenario, subject.projection, referenceClaimLibrary());
}

export const ALL_CLEAR = 'Within the reference library: payback (not under 6 months on owned hardware), IRR (not above 300 %), revenue per M tokens (under 3× the market price of each model) and throughput (not above the best published figure).';
