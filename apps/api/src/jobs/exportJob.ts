// Export jobs (run in a pool worker): validate and project the scenario documents, then lay out the
// XLSX workbook, the CSV table or the PDF board pack. The route reads the stored records and sends
// the bytes; everything CPU- and memory-heavy happens here, off the event loop.
import { HttpError } from '../errors';
import type { ExportSubject } from '../exports/content';
import { buildCsv, type CSV_TABLES } from '../exports/csv';
import { buildPdf, type MonteCarloRun, type PAPER_SIZES } from '../exports/pdf/index';
import { subjectFromDocument } from '../exports/subjects';
import { exportVariance, type VarianceInput } from '../exports/variance';
import { buildXlsx } from '../exports/xlsx';

export type ExportFormat = 'xlsx' | 'csv' | 'pdf';

/** One scenario to export: a posted document (`prefix` names it in the request) or a stored one. */
export interface SubjectInput {
  document: unknown;
  prefix: string;
  /** Set for a stored scenario: its name, and where its id sat in the request (`id`, `scenarios[2]`). */
  stored?: { name: string; path: string };
  /** A stored scenario with a baseline version and actuals: the variance page and sheet (issue 18). */
  variance?: VarianceInput | undefined;
}

export interface ExportFileOptions {
  table?: (typeof CSV_TABLES)[number] | undefined;
  bom?: boolean | undefined;
  paper?: (typeof PAPER_SIZES)[number] | undefined;
  monteCarlo?: MonteCarloRun | undefined;
}

export interface ExportJob {
  kind: 'export';
  format: ExportFormat;
  subjects: SubjectInput[];
  generatedAt: Date;
  options: ExportFileOptions;
}

export interface ExportedFile {
  bytes: Uint8Array;
  /** Scenario names, for the file name. */
  names: string[];
  /** CSV: the table, appended to the file name. */
  suffix?: string;
}

/** A stored scenario that is not valid is an incomplete draft (409), with paths under `document`. */
function subjectFrom(input: SubjectInput): ExportSubject {
  if (input.stored === undefined) return subjectFromDocument(input.document, input.prefix);
  if (input.variance !== undefined) {
    const { variance, ...rest } = input;
    const variancePart = exportVariance(variance);
    const subject = subjectFrom(rest);
    return variancePart ? { ...subject, variance: variancePart } : subject;
  }
  const { name, path } = input.stored;
  try {
    return subjectFromDocument(input.document);
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    throw new HttpError(
      409,
      'scenario_incomplete',
      `"${name}" is an incomplete draft: complete it to export it.`,
      (error.details ?? []).map((d) => ({ path: `${path === 'id' ? '' : `${path}.`}document.${d.path}`.replace(/\.$/, ''), message: d.message })),
    );
  }
}

export async function buildExport(job: ExportJob): Promise<ExportedFile> {
  const subjects = job.subjects.map(subjectFrom);
  const context = { subjects, generatedAt: job.generatedAt };
  const names = subjects.map((s) => s.scenario.name);
  const { options } = job;
  if (job.format === 'xlsx') return { bytes: await buildXlsx(context), names };
  if (job.format === 'pdf') {
    const paper = options.paper ?? 'a4';
    // The paper size in the name: an A4 and a Letter download of the same day do not overwrite each other.
    return { bytes: await buildPdf(context, { paper, monteCarlo: options.monteCarlo }), names, suffix: paper };
  }
  const table = options.table ?? 'ledger';
  return { bytes: Buffer.from(buildCsv(subjects, table, { bom: options.bom ?? false }), 'utf8'), names, suffix: table };
}
