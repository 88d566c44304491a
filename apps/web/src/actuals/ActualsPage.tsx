import '../editor/workspace.css';
import '../analysis/analysis.css';
import './actuals.css';
import { useCallback, useEffect, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../api/client';
import { useSearchParamsUpdater } from '../layout/useSearchParamsUpdater';
import { usePeople } from '../scenarios/usePeople';
import { formatCount } from '../format';
import { commitImport, listImports, previewImport, rowErrorsOf, undoImport } from './api';
import { FORMAT_LABELS } from './detectFormat';
import { ImportHistory } from './ImportHistory';
import { ImportPreviewView, RowErrors } from './ImportPreviewView';
import { MappingEditor } from './MappingEditor';
import { formatMoneyCents } from './money';
import { SAMPLES } from './samples';
import { FormatSelect, UploadPanel, type PickedFile } from './UploadPanel';
import { useScenarioList, useTargets } from './useTargets';
import type { ActualsFormat, ActualsImport, ImportPreview, RowError } from './types';

type PreviewState = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; preview: ImportPreview } | { status: 'error'; message: string; errors: RowError[] };

/** /actuals: upload a file, preview it, import it; the history with Undo; the mapping rules. */
export function ActualsPage() {
  const people = usePeople();
  const canWrite = people.canWrite;
  const [params, updateParams] = useSearchParamsUpdater();
  const { scenarios } = useScenarioList();
  const scenarioId = params.get('scenario') ?? scenarios[0]?.id ?? null;
  const lists = useTargets(scenarioId);
  const scenarioSelect = useId();

  const [file, setFile] = useState<PickedFile | null>(null);
  const [format, setFormat] = useState<ActualsFormat | null>(null);
  const [preview, setPreview] = useState<PreviewState>({ status: 'idle' });
  const [rulesVersion, setRulesVersion] = useState(0);
  const [importing, setImporting] = useState(false);
  const [importError, setImportError] = useState<{ message: string; errors: RowError[] } | null>(null);
  const [done, setDone] = useState<ActualsImport | null>(null);
  const [imports, setImports] = useState<ActualsImport[] | null>(null);
  const [historyError, setHistoryError] = useState<string | null>(null);

  const loadHistory = useCallback(() => {
    listImports().then(
      (list) => {
        setImports(list);
        setHistoryError(null);
      },
      (e: unknown) => setHistoryError(errorMessage(e, 'The import history could not be loaded.')),
    );
  }, []);
  useEffect(loadHistory, [loadHistory]);

  useEffect(() => {
    document.title = 'Actuals — Tokenplan';
    return () => {
      document.title = 'Tokenplan';
    };
  }, []);

  // The preview is the server's dry run: recomputed for a new file, format or mapping.
  useEffect(() => {
    if (!file || !format) return setPreview({ status: 'idle' });
    let alive = true;
    setPreview({ status: 'loading' });
    previewImport({ format, fileName: file.fileName, content: file.content }).then(
      (p) => alive && setPreview({ status: 'ready', preview: p }),
      (e: unknown) => alive && setPreview({ status: 'error', message: errorMessage(e, 'The file could not be read.'), errors: rowErrorsOf(e) }),
    );
    return () => {
      alive = false;
    };
  }, [file, format, rulesVersion]);

  const pick = (picked: PickedFile) => {
    setFile(picked);
    setFormat(picked.detected);
    setDone(null);
    setImportError(null);
  };

  const doImport = async () => {
    if (!file || !format) return;
    setImporting(true);
    setImportError(null);
    try {
      const result = await commitImport({ format, fileName: file.fileName, content: file.content });
      setDone(result);
      setFile(null);
      setFormat(null);
      loadHistory();
    } catch (e) {
      setImportError({ message: errorMessage(e, 'The import failed; nothing was stored.'), errors: rowErrorsOf(e) });
    } finally {
      setImporting(false);
    }
  };

  const ready = preview.status === 'ready' ? preview.preview : null;
  const blocked = !ready || ready.errors.length > 0 || ready.newRows === 0 || importing || !canWrite;
  const empty = imports !== null && imports.length === 0 && !file;

  return (
    <section className="page ws act-page">
      <div className="page-head">
        <div>
          <h1>Actuals</h1>
          <p className="lede">Actual spend and tokens from your FinOps tools, mapped to the plan&apos;s applications and platforms and compared with a locked budget in each scenario&apos;s “Plan vs actuals” tab.</p>
        </div>
        <div className="field">
          <label htmlFor={scenarioSelect}>Plan scenario (mapping targets)</label>
          <select
            id={scenarioSelect}
            className="input"
            value={scenarioId ?? ''}
            onChange={(e) => updateParams((next) => next.set('scenario', e.target.value))}
          >
            {scenarios.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
          {scenarioId ? <Link className="small" to={`/scenarios/${scenarioId}?tab=variance`}>Open its Plan vs actuals</Link> : null}
        </div>
      </div>

      {done ? (
        <div className="notice" role="status" data-import-result>
          Imported {done.fileName}: {formatCount(done.insertedRows)} new rows ({formatCount(done.duplicateRows)} already imported), {formatMoneyCents(done.totals.cost)} in total.
          {scenarioId ? <> <Link to={`/scenarios/${scenarioId}?tab=variance`}>See plan vs actuals</Link></> : null}
        </div>
      ) : null}

      <section className="panel act-section" aria-labelledby="act-upload">
        <h2 id="act-upload">Import a file</h2>
        {!canWrite ? <p className="muted">Viewers can read the actuals; an editor or owner imports them.</p> : null}
        <UploadPanel onFile={pick} disabled={!canWrite} />
        {empty ? <EmptyState onSample={pick} canWrite={canWrite} /> : null}
        {file ? (
          <div className="act-file">
            <div className="act-file__head">
              <p>
                <strong>{file.fileName}</strong>{' '}
                {file.detected ? <span className="muted">detected as {FORMAT_LABELS[file.detected]}</span> : <span className="badge badge--warn">format not recognised: choose it</span>}
              </p>
              <FormatSelect value={format} detected={file.detected} onChange={setFormat} />
            </div>
            {preview.status === 'loading' ? <p className="placeholder" aria-busy="true">Reading the file…</p> : null}
            {preview.status === 'error' ? (
              <>
                <div className="inline-error" role="alert">{preview.message}</div>
                <RowErrors errors={preview.errors} title="Rows with errors" />
              </>
            ) : null}
            {ready ? <ImportPreviewView preview={ready} lists={lists} /> : null}
            {importError ? (
              <>
                <div className="inline-error" role="alert">{importError.message} Nothing was stored.</div>
                <RowErrors errors={importError.errors} title="Rows with errors" />
              </>
            ) : null}
            <div className="button-row">
              <button type="button" className="button button--primary" disabled={blocked} onClick={() => void doImport()}>
                {importing ? 'Importing…' : ready ? `Import ${formatCount(ready.newRows)} new rows` : 'Import'}
              </button>
              <button type="button" className="button" disabled={importing} onClick={() => setFile(null)}>Cancel</button>
              {ready && ready.errors.length > 0 ? <span className="muted small">Fix the rows above and choose the file again: an import stores all of its rows or none.</span> : null}
              {ready && ready.errors.length === 0 && ready.newRows === 0 ? <span className="muted small" data-nothing-new>Every row of this file was imported before: importing it again changes nothing.</span> : null}
            </div>
          </div>
        ) : null}
      </section>


      {historyError ? <div className="inline-error" role="alert">{historyError} <button type="button" className="link-button" onClick={loadHistory}>Retry</button></div> : null}
      {imports === null && !historyError ? <p className="placeholder" aria-busy="true">Loading the import history…</p> : null}
      <ImportHistory
        imports={imports ?? []}
        canWrite={canWrite}
        nameOf={people.nameOf}
        onUndo={async (id) => {
          await undoImport(id);
          loadHistory();
          setDone(null);
        }}
      />

      <MappingEditor lists={lists} canWrite={canWrite} onSaved={() => setRulesVersion((v) => v + 1)} />
    </section>
  );
}

function EmptyState({ onSample, canWrite }: { onSample: (file: PickedFile) => void; canWrite: boolean }) {
  const [loading, setLoading] = useState<string | null>(null);
  return (
    <div className="act-empty">
      <p>No actuals yet. Three formats are read; try one of the sample files to see the preview (nothing is stored until you import):</p>
      <ul className="act-formats">
        {SAMPLES.map((s) => (
          <li key={s.format}>
            <h3>{FORMAT_LABELS[s.format]}</h3>
            <p className="muted small">{s.description}</p>
            <button
              type="button"
              className="button button--small"
              disabled={!canWrite || loading !== null}
              onClick={() => {
                setLoading(s.fileName);
                s.load().then(
                  (content) => {
                    setLoading(null);
                    onSample({ fileName: s.fileName, content, detected: s.format });
                  },
                  () => setLoading(null),
                );
              }}
            >
              {loading === s.fileName ? 'Loading…' : `Try ${s.fileName}`}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
