import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import { CompareView, type CompareItem, type ProjectionView } from '../analysis';
import { MAX_COMPARE } from '@tokenplan/model';
import { downloadExport, type ExportRequest } from '../export/download';
import '../analysis/analysis.css';

interface ScenarioOption {
  id: string;
  name: string;
  isDraft: boolean;
}

type Loaded = { id: string; ok: true; item: CompareItem } | { id: string; ok: false; message: string };

/** "?ids=a,b,c" → ['a','b','c'] (deduplicated, at most six). */
export function parseIds(value: string | null): string[] {
  return [...new Set((value ?? '').split(',').map((s) => s.trim()).filter(Boolean))].slice(0, MAX_COMPARE);
}

function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

async function loadScenarioList(): Promise<ScenarioOption[]> {
  const body = await api.get<{ items?: unknown[] } | unknown[]>('/api/v1/scenarios?sort=name&order=asc&limit=100');
  const items = Array.isArray(body) ? body : (body.items ?? []);
  return items.flatMap((raw) => {
    const r = raw as Record<string, unknown>;
    return typeof r['id'] === 'string' ? [{ id: r['id'], name: String(r['name'] ?? r['id']), isDraft: r['isDraft'] === true }] : [];
  });
}

async function loadProjection(id: string, names: ReadonlyMap<string, string>): Promise<Loaded> {
  try {
    const body = await api.get<{ projection?: ProjectionView }>(`/api/v1/scenarios/${encodeURIComponent(id)}/projection`);
    const projection = body.projection;
    if (!projection) return { id, ok: false, message: 'The server returned no projection.' };
    return { id, ok: true, item: { id, name: names.get(id) ?? projection.scenarioName, projection } };
  } catch (error) {
    return { id, ok: false, message: messageOf(error) };
  }
}

/** The compared scenarios as one board pack or one workbook (POST /api/v1/exports/<format>, 2–6 ids). */
export function CompareExports({ ids }: { ids: readonly string[] }) {
  const [status, setStatus] = useState<string>('');
  const run = async (label: string, request: ExportRequest) => {
    setStatus(`Preparing the ${label}…`);
    try {
      setStatus(`Downloaded ${await downloadExport(request)}.`);
    } catch (error) {
      setStatus(`The ${label} failed: ${messageOf(error)}`);
    }
  };
  return (
    <div className="tp-toolbar tp-toolbar__group" aria-label="Export the comparison" role="group">
      <button type="button" className="tp-button" onClick={() => void run('board pack', { format: 'pdf', paper: 'a4', ids: [...ids] })}>
        Board pack (PDF)
      </button>
      <button type="button" className="tp-button" onClick={() => void run('workbook', { format: 'xlsx', ids: [...ids] })}>
        Workbook (XLSX)
      </button>
      <span className="tp-note" role="status">
        {status}
      </span>
    </div>
  );
}

/** /compare?ids=a,b — two to six saved scenarios side by side, with a picker. */
export function ComparePage() {
  const [params, setParams] = useSearchParams();
  const ids = useMemo(() => parseIds(params.get('ids')), [params]);
  const [options, setOptions] = useState<ScenarioOption[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [picked, setPicked] = useState<string[]>(ids);
  const [loaded, setLoaded] = useState<Loaded[] | null>(null);

  useEffect(() => {
    let live = true;
    loadScenarioList()
      .then((list) => live && setOptions(list))
      .catch((error: unknown) => live && setListError(messageOf(error)));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => setPicked(ids), [ids]);

  const names = useMemo(() => new Map((options ?? []).map((o) => [o.id, o.name])), [options]);
  const key = ids.join(',');
  useEffect(() => {
    if (ids.length < 2) {
      setLoaded(null);
      return;
    }
    let live = true;
    setLoaded(null);
    void Promise.all(ids.map((id) => loadProjection(id, names))).then((result) => live && setLoaded(result));
    return () => {
      live = false;
    };
    // Keyed on the ids only: `names` just relabels, and reloading on it would refetch every projection.
  }, [key]);

  const toggle = (id: string) =>
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : p.length >= MAX_COMPARE ? p : [...p, id]));
  const items = (loaded ?? []).flatMap((l) => (l.ok ? [{ ...l.item, name: names.get(l.id) ?? l.item.name }] : []));
  const failures = (loaded ?? []).filter((l): l is Extract<Loaded, { ok: false }> => !l.ok);

  return (
    <section className="page">
      <div className="page-head">
        <div>
          <h1>Compare scenarios</h1>
          <p className="lede">Two to six saved scenarios side by side: KPIs with deltas against a baseline, ratios, cumulative cash flow and cost per million tokens.</p>
        </div>
      </div>
      <details className="tp-picker" open={ids.length < 2}>
        <summary>{ids.length < 2 ? 'Pick scenarios' : `Change scenarios (${ids.length} compared)`}</summary>
        {listError && <p className="tp-note" role="alert">Could not list scenarios: {listError}</p>}
        {options === null && !listError && <p className="tp-note">Loading scenarios…</p>}
        {options !== null && options.length === 0 && (
          <p className="tp-note">
            No saved scenarios yet. <Link to="/">Create one</Link> — the “Blackwell vs Hopper” template makes a pair ready to compare.
          </p>
        )}
        {options !== null && options.length > 0 && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              setParams(picked.length ? { ids: picked.join(',') } : {});
            }}
          >
            <fieldset className="tp-picker__list">
              <legend>Scenarios (pick 2–{MAX_COMPARE}; the first picked is the baseline)</legend>
              {options.map((o) => (
                <label key={o.id}>
                  <input type="checkbox" checked={picked.includes(o.id)} onChange={() => toggle(o.id)} disabled={!picked.includes(o.id) && picked.length >= MAX_COMPARE} />
                  {o.name}
                  {o.isDraft && <span className="tp-unit">draft</span>}
                </label>
              ))}
            </fieldset>
            <button type="submit" className="tp-button tp-button--primary" disabled={picked.length < 2}>
              Compare {picked.length} {picked.length === 1 ? 'scenario' : 'scenarios'}
            </button>
          </form>
        )}
      </details>
      {ids.length < 2 ? (
        <div className="empty-state">
          <h2>Nothing to compare yet</h2>
          <p>
            Tick two to six scenarios above and press Compare, or open a link such as <code>/compare?ids=&lt;id&gt;,&lt;id&gt;</code>. The
            first scenario is the baseline: deltas and ratios are measured against it, and you can change it on the page.
          </p>
        </div>
      ) : loaded === null ? (
        <p className="tp-note" role="status">
          Projecting {ids.length} scenarios…
        </p>
      ) : (
        <>
          {failures.length > 0 && (
            <div className="tp-warnings" role="alert">
              <h2 className="tp-warnings__title">{failures.length === 1 ? 'One scenario could not be projected' : `${failures.length} scenarios could not be projected`}</h2>
              <ul>
                {failures.map((f) => (
                  <li key={f.id}>
                    <Link to={`/scenarios/${f.id}`}>{names.get(f.id) ?? f.id}</Link>: {f.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {items.length >= 2 && <CompareExports ids={items.map((it) => it.id)} />}
          <CompareView key={key} items={items} />
        </>
      )}
    </section>
  );
}
