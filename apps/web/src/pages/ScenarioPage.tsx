import '../editor/workspace.css';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { ProjectionView, ScenarioView } from '../analysis/types';
import { AnalysisSlot } from '../editor/AnalysisSlot';
import { ConflictDialog } from '../editor/ConflictDialog';
import { Dialog } from '../editor/Dialog';
import { KpiStrip } from '../editor/KpiStrip';
import { tabKeyTarget } from '../editor/tabKeys';
import { RevisionPanel } from '../editor/RevisionPanel';
import { SaveControls } from '../editor/SaveControls';
import { ExportMenu } from '../export/ExportMenu';
import { ShareButton } from '../sharing/ShareDialog';
import { CommentsPanel } from '../comments/CommentsPanel';
import type { MonteCarloRun } from '../export/download';
import { ScenarioEditor } from '../editor/ScenarioEditor';
import { focusFieldSoon } from '../editor/focusField';
import { useScenarioEditor } from '../scenarios/useScenarioEditor';
import { useUnsavedGuard } from '../scenarios/useUnsavedGuard';
import { useProjection } from '../worker/useProjection';
import { SensitivityPanel } from '../sensitivity/SensitivityPanel';
import { VarianceView } from '../actuals/VarianceView';
import { VersionsBar } from '../actuals/VersionsBar';
import { usePeople } from '../scenarios/usePeople';
import { useSearchParamsUpdater } from '../layout/useSearchParamsUpdater';

const TABS = [
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'ledger', label: 'Ledger' },
  { id: 'allocation', label: 'Allocation' },
  { id: 'sensitivity', label: 'Sensitivity' },
  { id: 'variance', label: 'Plan vs actuals' },
  { id: 'assumptions', label: 'Assumptions' },
] as const;
type TabId = (typeof TABS)[number]['id'];

export function ScenarioPage() {
  const { id = '' } = useParams();
  const editor = useScenarioEditor(id);
  const [params, updateParams] = useSearchParamsUpdater();
  const tab: TabId = TABS.some((t) => t.id === params.get('tab')) ? (params.get('tab') as TabId) : 'dashboard';
  const [historyOpen, setHistoryOpen] = useState(false);
  // The last Monte Carlo run of the Sensitivity tab: the PDF board pack repeats it (its fan page).
  const [monteCarloRun, setMonteCarloRun] = useState<MonteCarloRun | null>(null);
  const { projection, scenario: projectedScenario, stale, computing, error: projectionError } = useProjection(editor.doc);
  const blocker = useUnsavedGuard(editor.dirty);
  const people = usePeople();
  const selectTab = useCallback((next: TabId) => updateParams((p) => p.set('tab', next)), [updateParams]);
  // A dashboard warning's field link: the Assumptions tab, then its field focused once it is drawn.
  const openField = useCallback((path: string) => {
    selectTab('assumptions');
    focusFieldSoon(path);
  }, [selectTab]);

  const name = typeof editor.doc?.['name'] === 'string' ? editor.doc['name'] : editor.stored?.name ?? 'Scenario';
  useEffect(() => {
    document.title = `${editor.dirty ? '• ' : ''}${name} — Tokenplan`;
    return () => {
      document.title = 'Tokenplan';
    };
  }, [name, editor.dirty]);

  if (editor.load.status === 'loading') {
    return <section className="page ws"><p className="placeholder" aria-busy="true">Loading scenario…</p></section>;
  }
  if (editor.load.status === 'error' || !editor.doc || !editor.stored) {
    const err = editor.load.status === 'error' ? editor.load.error : null;
    return (
      <section className="page ws">
        <div className="error-state" role="alert">
          <h1>{err?.status === 404 ? 'Scenario not found' : 'Could not load this scenario'}</h1>
          <p>{err?.status === 404 ? 'It may have been deleted, or it is not shared with you.' : err?.message}</p>
          <div className="button-row">
            {err?.status !== 404 ? <button type="button" className="button button--primary" onClick={editor.reload}>Retry</button> : null}
            <Link className="button" to="/">Back to scenarios</Link>
          </div>
        </div>
      </section>
    );
  }

  const horizon = Number(editor.doc['horizonMonths']) || 60;
  const view = projection as ProjectionView | null;
  const scenarioView = projectedScenario as ScenarioView | null;

  return (
    <section className="page ws scenario-page">
      <div className="page-head scenario-head">
        <div>
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link to="/">Scenarios</Link> <span aria-hidden="true">/</span>
          </nav>
          <h1>{name}</h1>
        </div>
        <SaveControls editor={editor} onHistory={() => setHistoryOpen((o) => !o)} historyOpen={historyOpen} />
        <div className="scenario-head-actions">
          <ShareButton scenarioId={id} scenarioName={name} />
          <ExportMenu scenarioId={id} document={editor.doc} dirty={editor.dirty} monteCarlo={monteCarloRun} />
        </div>
      </div>
      {editor.recoveredAt ? (
        <div className="notice" role="status">
          Restored unsaved edits from this browser{editor.recoveredAt ? ` (${new Date(editor.recoveredAt).toLocaleString()})` : ''}. Save them, or{' '}
          <button type="button" className="link-button" onClick={editor.discard}>discard them</button>.
        </div>
      ) : null}
      <VersionsBar scenarioId={id} revision={editor.stored.version} dirty={editor.dirty} canWrite={editor.stored.canEdit} nameOf={people.nameOf} />
      <KpiStrip projection={view} stale={stale} computing={computing} horizonMonths={horizon} costCentre={(editor.doc as { revenueMode?: unknown }).revenueMode === 'costCentre'} />
      {projectionError ? <div className="inline-error" role="alert">The projection failed: {projectionError}</div> : null}
      <div className={`scenario-layout${historyOpen ? ' scenario-layout--with-panel' : ''}`}>
        <div className="scenario-main">
          <div role="tablist" aria-label="Scenario views" className="tabs">
            {TABS.map((t) => (
              <button
                key={t.id}
                type="button"
                role="tab"
                id={`tab-${t.id}`}
                aria-selected={tab === t.id}
                aria-controls={`panel-${t.id}`}
                tabIndex={tab === t.id ? 0 : -1}
                className="tab"
                onClick={() => selectTab(t.id)}
                onKeyDown={(e) => {
                  const target = tabKeyTarget(e.key, TABS.findIndex((x) => x.id === t.id), TABS.length);
                  const next = target === null ? undefined : TABS[target];
                  if (next) {
                    e.preventDefault();
                    selectTab(next.id);
                    document.getElementById(`tab-${next.id}`)?.focus();
                  }
                }}
              >
                {t.label}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
            {tab === 'assumptions' ? (
              <ScenarioEditor doc={editor.doc} onChange={editor.edit} projectedScenario={projectedScenario} projection={projection} />
            ) : tab === 'variance' ? (
              <VarianceView scenarioId={id} />
            ) : tab === 'sensitivity' ? (
              projectedScenario ? <SensitivityPanel scenario={projectedScenario} onMonteCarloRun={setMonteCarloRun} /> : <div className="placeholder" aria-busy="true">Calculating the projection…</div>
            ) : (
              <AnalysisSlot view={tab === 'dashboard' ? 'Dashboard' : tab === 'ledger' ? 'LedgerView' : 'AllocationView'} projection={view} scenario={scenarioView} onOpenField={openField} />
            )}
          </div>
        </div>
        {historyOpen ? (
          <RevisionPanel
            scenarioId={id}
            currentVersion={editor.stored.version}
            current={editor.doc}
            onRestore={(document) => {
              editor.edit(document);
              selectTab('assumptions');
            }}
            onClose={() => setHistoryOpen(false)}
          />
        ) : null}
      </div>
      <CommentsPanel scenarioId={id} />
      {editor.conflict ? (
        <ConflictDialog conflict={editor.conflict} saving={editor.saving} onKeepMine={(m) => void editor.keepMine(m)} onTakeTheirs={editor.takeTheirs} />
      ) : null}
      {blocker.state === 'blocked' ? (
        <Dialog title="Leave without saving?" onClose={() => blocker.reset()}>
          <p>Your edits are kept as a local draft in this browser, but they are not saved for others.</p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => blocker.proceed()}>Leave</button>
            <button type="button" className="button button--primary" onClick={() => blocker.reset()}>Stay and save</button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
