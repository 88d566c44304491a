import '../editor/workspace.css';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  ApiError,
  createFromTemplate,
  createScenario,
  deleteScenario,
  duplicateScenario,
  listScenarios,
  restoreScenario,
  type ScenarioSummary,
  type SortKey,
} from '../scenarios/api';
import { blankDocument, NewScenarioPanel, type CreateChoice } from '../scenarios/list/NewScenarioPanel';
import { PairSummary } from '../scenarios/list/PairSummary';
import { ScenarioTable } from '../scenarios/list/ScenarioTable';
import { TrashList } from '../scenarios/list/TrashList';
import { usePeople } from '../scenarios/usePeople';

const DEMO_TEMPLATE = 'blackwell-vs-hopper-budget';

type ListState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; items: ScenarioSummary[] };

/** The workspace: search, sort, create (blank or from a template), duplicate, delete and restore. */
export function ScenarioListPage() {
  const navigate = useNavigate();
  const people = usePeople();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<SortKey>('updatedAt');
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [refresh, setRefresh] = useState(0);
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; undo?: ScenarioSummary } | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [showTrash, setShowTrash] = useState(false);

  useEffect(() => {
    let alive = true;
    const timer = setTimeout(() => {
      listScenarios({ search: search.trim(), sort }).then(
        (items) => alive && setState({ status: 'ready', items }),
        (e: unknown) => alive && setState({ status: 'error', message: e instanceof ApiError ? e.message : 'Could not load scenarios.' }),
      );
    }, search ? 200 : 0);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [search, sort, refresh]);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setRefresh((n) => n + 1);
  }, []);

  const run = async (key: string, action: () => Promise<void>) => {
    setBusy(key);
    setActionError(null);
    try {
      await action();
    } catch (e) {
      setActionError(e instanceof ApiError ? e.message : 'That did not work. Try again.');
    } finally {
      setBusy(null);
    }
  };

  const create = (choice: CreateChoice) =>
    run('create', async () => {
      if (choice.kind === 'blank') {
        const created = await createScenario({ document: blankDocument(choice.name), message: 'Created blank' });
        navigate(`/scenarios/${created.id}?tab=assumptions`);
        return;
      }
      const created = await createFromTemplate(choice.templateId);
      setCreating(false);
      if (created.length === 1 && created[0]) navigate(`/scenarios/${created[0].id}`);
      else {
        setNotice({ text: `Created ${created.map((c) => c.name).join(' and ')}.` });
        setSearch('');
        reload();
      }
    });

  const items = state.status === 'ready' ? state.items : [];
  const pair = useMemo(() => findPair(items), [items]);
  const isEmpty = state.status === 'ready' && items.length === 0 && search.trim() === '';

  return (
    <section className="page ws">
      <div className="page-head">
        <div>
          <h1>Scenarios</h1>
          <p className="lede">
            Multi-year AI inference budgets: token demand, owned or rented accelerator fleets and API providers, energy and facilities —
            projected month by month to NPV, payback and cost per million tokens.
          </p>
        </div>
        {people.canWrite ? (
          <button type="button" className="button button--primary" onClick={() => setCreating((c) => !c)} aria-expanded={creating}>
            New scenario
          </button>
        ) : null}
      </div>

      {notice ? (
        <div className="notice" role="status">
          {notice.text}{' '}
          {notice.undo ? (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const s = notice.undo;
                if (s) void run(s.id, async () => {
                  await restoreScenario(s.id);
                  setNotice({ text: `Restored “${s.name}”.` });
                  reload();
                });
              }}
            >
              Undo
            </button>
          ) : null}
        </div>
      ) : null}
      {actionError ? <div className="inline-error" role="alert">{actionError}</div> : null}

      {creating ? <NewScenarioPanel busy={busy === 'create'} onCreate={(c) => void create(c)} onCancel={() => setCreating(false)} /> : null}

      {isEmpty && people.canWrite ? (
        <section className="demo-offer panel" aria-labelledby="demo-title">
          <h2 id="demo-title">Start with the demo workspace</h2>
          <p>
            A Blackwell (B200) and a Hopper (H100) owned fleet serving the same five internal applications for five years, as a
            budget with no invented revenue, every input from the reference library. See what Blackwell saves, then change any assumption.
          </p>
          <div className="button-row">
            <button type="button" className="button button--primary button--large" disabled={busy === 'create'} onClick={() => void create({ kind: 'template', templateId: DEMO_TEMPLATE })}>
              {busy === 'create' ? 'Loading the demo…' : 'Load demo workspace: Blackwell vs Hopper'}
            </button>
            <button type="button" className="button" onClick={() => setCreating(true)}>
              Start from another template or blank
            </button>
          </div>
        </section>
      ) : null}

      {pair ? <PairSummary newer={pair[0]} older={pair[1]} /> : null}

      {!isEmpty ? (
        <div className="list-toolbar">
          <div className="field field--inline">
            <label htmlFor="scenario-search">Search</label>
            <input id="scenario-search" className="input" type="search" placeholder="Name contains…" value={search} onChange={(e) => setSearch(e.target.value)} />
          </div>
          <div className="field field--inline">
            <label htmlFor="scenario-sort">Sort by</label>
            <select id="scenario-sort" className="input" value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
              <option value="updatedAt">Last edited</option>
              <option value="name">Name</option>
              <option value="createdAt">Created</option>
            </select>
          </div>
        </div>
      ) : null}

      {state.status === 'loading' ? <p className="placeholder" aria-busy="true">Loading scenarios…</p> : null}
      {state.status === 'error' ? (
        <div className="error-state" role="alert">
          <p>{state.message}</p>
          <button type="button" className="button button--primary" onClick={reload}>Retry</button>
        </div>
      ) : null}
      {state.status === 'ready' && items.length === 0 && !isEmpty ? <p className="empty-state">No scenario matches “{search}”.</p> : null}
      {isEmpty && !people.canWrite ? <div className="empty-state"><h2>No scenarios yet</h2><p>Scenarios shared with you appear here.</p></div> : null}
      {items.length > 0 ? (
        <ScenarioTable
          items={items}
          nameOf={people.nameOf}
          busyId={busy}
          onDuplicate={(s) =>
            void run(s.id, async () => {
              const copy = await duplicateScenario(s.id);
              setNotice({ text: `Duplicated as “${copy.name}”.` });
              reload();
            })
          }
          onDelete={(s) =>
            void run(s.id, async () => {
              await deleteScenario(s.id, s.etag);
              setNotice({ text: `Deleted “${s.name}”. It can be restored for 30 days.`, undo: s });
              reload();
            })
          }
        />
      ) : null}

      <details className="trash" open={showTrash} onToggle={(e) => setShowTrash((e.target as HTMLDetailsElement).open)}>
        <summary>Recently deleted</summary>
        {showTrash ? (
          <TrashList
            refresh={refresh}
            onRestore={(s) =>
              void run(s.id, async () => {
                await restoreScenario(s.id);
                setNotice({ text: `Restored “${s.name}”.` });
                reload();
              })
            }
          />
        ) : null}
      </details>
    </section>
  );
}

/** A Blackwell scenario and a Hopper scenario to compare (the demo pair), newest of each. */
function findPair(items: ScenarioSummary[]): [ScenarioSummary, ScenarioSummary] | null {
  const byNewest = [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const newer = byNewest.find((s) => /blackwell|b200/i.test(s.name));
  const older = byNewest.find((s) => /hopper|h100/i.test(s.name) && s !== newer);
  return newer && older ? [newer, older] : null;
}
