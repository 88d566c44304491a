// "Export" menu of the scenario page: Excel workbook, PDF board pack (A4 / Letter) and CSV tables.
// A scenario with unsaved edits is exported as edited (POST of the document), otherwise the stored
// one (GET by id). The PDF takes a few seconds: the menu shows progress until the download starts.
import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../api/client';
import { downloadExport, type ExportRequest, type MonteCarloRun, type Progress } from './download';
import './export.css';

interface Item {
  id: string;
  label: string;
  hint: string;
  request: Omit<ExportRequest, 'scenarioId' | 'documents'>;
}

export const EXPORT_ITEMS: readonly Item[] = [
  { id: 'xlsx', label: 'Excel workbook', hint: '.xlsx · ledger, fiscal years, KPIs with live NPV/IRR', request: { format: 'xlsx' } },
  { id: 'pdf-a4', label: 'Board pack (PDF, A4)', hint: 'KPIs, charts, budget, assumptions, method', request: { format: 'pdf', paper: 'a4' } },
  { id: 'pdf-letter', label: 'Board pack (PDF, Letter)', hint: 'the same on US Letter', request: { format: 'pdf', paper: 'letter' } },
  { id: 'csv-ledger', label: 'CSV: monthly ledger', hint: 'one row per month', request: { format: 'csv', table: 'ledger' } },
  { id: 'csv-allocation', label: 'CSV: allocation', hint: 'per month × application, idle per platform', request: { format: 'csv', table: 'allocation' } },
  { id: 'csv-fiscal-years', label: 'CSV: fiscal years', hint: 'every line by fiscal year', request: { format: 'csv', table: 'fiscal-years' } },
  { id: 'csv-assumptions', label: 'CSV: assumptions', hint: 'one row per input', request: { format: 'csv', table: 'assumptions' } },
];

export interface ExportMenuProps {
  scenarioId: string;
  /** The document being edited. */
  document: Record<string, unknown> | null;
  /** Unsaved edits: export the document as edited rather than the stored version. */
  dirty: boolean;
  /** The last Monte Carlo run of the Sensitivity tab: the PDF then includes its fan page. */
  monteCarlo?: MonteCarloRun | null;
}

type State = { status: 'idle' } | { status: 'working'; item: Item; progress: Progress | null } | { status: 'done'; name: string } | { status: 'error'; message: string };

export function ExportMenu({ scenarioId, document: doc, dirty, monteCarlo = null }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<State>({ status: 'idle' });
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const esc = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('mousedown', close);
    window.addEventListener('keydown', esc);
    return () => {
      window.removeEventListener('mousedown', close);
      window.removeEventListener('keydown', esc);
    };
  }, [open]);
  useEffect(() => () => abort.current?.abort(), []);

  const run = async (item: Item) => {
    setOpen(false);
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ status: 'working', item, progress: null });
    const target = dirty && doc ? { documents: [doc] } : { scenarioId };
    const request: ExportRequest = { ...item.request, ...target, ...(item.request.format === 'pdf' ? { monteCarlo } : {}) };
    try {
      const name = await downloadExport(request, (progress) => setState({ status: 'working', item, progress }), controller.signal);
      setState({ status: 'done', name });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return setState({ status: 'idle' });
      setState({ status: 'error', message: errorMessage(error, 'The export failed.') });
    }
  };

  const working = state.status === 'working';
  const job = working ? state.progress?.job : undefined; // queued on the server (202): its own progress
  const percent = job ? Math.round(job.progress * 100) : working && state.progress?.total ? Math.round((state.progress.received / state.progress.total) * 100) : null;
  return (
    <div className="export-menu" ref={root}>
      <button
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        disabled={working}
        onClick={() => setOpen((o) => !o)}
      >
        {working ? 'Exporting…' : 'Export'} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <ul className="export-menu__list" role="menu" id={menuId} aria-label="Export">
          {dirty ? <li className="export-menu__note" role="presentation">Unsaved edits are included.</li> : null}
          {EXPORT_ITEMS.map((item) => (
            <li key={item.id} role="none">
              <button type="button" role="menuitem" className="export-menu__item" data-export={item.id} onClick={() => void run(item)}>
                <span className="export-menu__label">{item.label}</span>
                <span className="export-menu__hint">{item.hint}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="export-menu__status" role="status" aria-live="polite">
        {working ? (
          <>
            <span>
              {job?.status === 'queued' ? 'Queued on the server…' : state.item.request.format === 'pdf' ? 'Preparing the board pack…' : `Preparing ${state.item.label}…`}
            </span>
            <progress max={100} {...(percent === null ? {} : { value: percent })} aria-label="Export progress" />
            <button type="button" className="link-button" onClick={() => abort.current?.abort()}>Cancel</button>
          </>
        ) : state.status === 'done' ? (
          <span>Downloaded {state.name}</span>
        ) : state.status === 'error' ? (
          <span className="inline-error">{state.message}</span>
        ) : null}
      </div>
    </div>
  );
}
