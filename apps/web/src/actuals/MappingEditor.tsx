import { useCallback, useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../api/client';
import { InfoTip } from '../analysis/InfoTip';
import { getMappings, saveMappings } from './api';
import { targetLabel, type TargetLists } from './useTargets';
import type { MappingRule, RuleSource, Target } from './types';

const SOURCES: { value: RuleSource; label: string }[] = [
  { value: 'tag', label: 'Tag' },
  { value: 'team', label: 'Team' },
  { value: 'model', label: 'Model' },
  { value: 'namespace', label: 'Namespace' },
  { value: 'service', label: 'Service' },
  { value: 'resource', label: 'Resource' },
];

const encode = (t: Target) => ('application' in t ? `application:${t.application}` : `platform:${t.platform}`);
function decode(v: string): Target {
  const i = v.indexOf(':');
  const kind = v.slice(0, i);
  const id = v.slice(i + 1);
  return kind === 'platform' ? { platform: id } : { application: id };
}

export interface MappingEditorProps {
  lists: TargetLists;
  canWrite: boolean;
  /** After a save: rules apply at read time, so the preview and the variance are recomputed. */
  onSaved: () => void;
}

/** The ordered mapping rules (first match wins): edit, reorder with buttons, save with If-Match. */
export function MappingEditor({ lists, canWrite, onSaved }: MappingEditorProps) {
  const [rules, setRules] = useState<MappingRule[] | null>(null);
  const [etag, setEtag] = useState('');
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<{ kind: 'error' | 'conflict' | 'saved'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  const load = useCallback(() => {
    setLoadError(null);
    getMappings().then(
      (set) => {
        setRules(set.rules);
        setEtag(set.etag);
        setDirty(false);
        setStatus(null);
      },
      (e: unknown) => setLoadError(errorMessage(e, 'The mapping rules could not be loaded.')),
    );
  }, []);
  useEffect(load, [load]);

  const change = (next: MappingRule[]) => {
    setRules(next);
    setDirty(true);
    if (status?.kind === 'saved') setStatus(null);
  };
  const update = (i: number, patch: Partial<MappingRule>) => rules && change(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: -1 | 1) => {
    if (!rules) return;
    const next = [...rules];
    const [rule] = next.splice(i, 1);
    if (!rule) return;
    next.splice(i + by, 0, rule);
    change(next);
    // Keep the keyboard where the rule went.
    requestAnimationFrame(() => {
      const same = document.getElementById(`rule-${i + by}-${by < 0 ? 'up' : 'down'}`) as HTMLButtonElement | null;
      // At the top (or bottom) the same arrow is disabled: the other one takes the focus.
      (same && !same.disabled ? same : document.getElementById(`rule-${i + by}-${by < 0 ? 'down' : 'up'}`))?.focus();
    });
  };
  const firstTarget: Target | null = lists.applications[0] ? { application: lists.applications[0].id } : lists.platforms[0] ? { platform: lists.platforms[0].id } : null;

  const save = async () => {
    if (!rules) return;
    const incomplete = rules.findIndex((r) => r.value.trim() === '' || (r.source === 'tag' && !r.key?.trim()));
    if (incomplete >= 0) return setStatus({ kind: 'error', text: `Rule ${incomplete + 1} needs a value${rules[incomplete]?.source === 'tag' ? ' and a tag key' : ''}.` });
    setSaving(true);
    try {
      const body = rules.map((r) => ({ ...r, key: r.source === 'tag' ? (r.key ?? '').trim() : null, value: r.value.trim() }));
      const set = await saveMappings(etag, body);
      setRules(set.rules);
      setEtag(set.etag);
      setDirty(false);
      setStatus({ kind: 'saved', text: 'Rules saved. Imported rows are re-mapped with them.' });
      onSaved();
    } catch (e) {
      // Edits stay on screen whatever failed.
      if (e instanceof ApiError && e.status === 412) setStatus({ kind: 'conflict', text: 'Someone else saved the mapping rules since you opened them. Your edits are kept here; reload theirs to start again from the saved rules, or copy your changes first.' });
      else setStatus({ kind: 'error', text: errorMessage(e, 'The rules could not be saved.') });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="panel act-section" aria-labelledby="act-mapping">
      <div className="act-section__head">
        <div>
          <h2 id="act-mapping">
            Mapping rules <InfoTip label="mapping rules">Each imported row goes to the target of the first rule that matches it, in this order. Rules apply when the variance is read, so a change re-maps rows already imported. Rows no rule matches are kept as unmapped spend.</InfoTip>
          </h2>
          <p className="muted small">From a tag, team, model, namespace, service or resource to an application or platform of the plan scenario. First match wins.</p>
        </div>
        {dirty ? <span className="badge badge--warn">Unsaved changes</span> : null}
      </div>
      {loadError ? (
        <div className="inline-error" role="alert">{loadError} <button type="button" className="link-button" onClick={load}>Retry</button></div>
      ) : rules === null ? (
        <p className="placeholder" aria-busy="true">Loading the mapping rules…</p>
      ) : (
        <>
          {rules.length === 0 ? <p className="muted">No rules yet: every imported row is unmapped spend until a rule maps it.</p> : null}
          {rules.length > 0 ? (
            <div className="tp-table-wrap">
              <table className="tp-table act-rules">
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">Match</th>
                    <th scope="col">Tag key</th>
                    <th scope="col">Equals</th>
                    <th scope="col">Maps to</th>
                    {canWrite ? <th scope="col"><span className="visually-hidden">Order and remove</span></th> : null}
                  </tr>
                </thead>
                <tbody>
                  {rules.map((r, i) => {
                    const n = i + 1;
                    const known = [...lists.applications.map((a) => `application:${a.id}`), ...lists.platforms.map((p) => `platform:${p.id}`)];
                    return (
                      <tr key={r.id ?? `new-${i}`} data-rule={n}>
                        <th scope="row" className="act-rule__n">{n}</th>
                        <td>
                          <select className="input" value={r.source} disabled={!canWrite} aria-label={`Rule ${n}: source`} onChange={(e) => update(i, { source: e.target.value as RuleSource, key: e.target.value === 'tag' ? (r.key ?? '') : null })}>
                            {SOURCES.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
                          </select>
                        </td>
                        <td>
                          {r.source === 'tag' ? (
                            <input className="input" value={r.key ?? ''} disabled={!canWrite} aria-label={`Rule ${n}: tag key`} onChange={(e) => update(i, { key: e.target.value })} placeholder="application" />
                          ) : <span className="muted" aria-hidden="true">—</span>}
                        </td>
                        <td>
                          <input className="input" value={r.value} disabled={!canWrite} aria-label={`Rule ${n}: value`} onChange={(e) => update(i, { value: e.target.value })} />
                        </td>
                        <td>
                          <select className="input" value={encode(r.target)} disabled={!canWrite} aria-label={`Rule ${n}: target`} onChange={(e) => update(i, { target: decode(e.target.value) })}>
                            {!known.includes(encode(r.target)) ? <option value={encode(r.target)}>{targetLabel(r.target, lists)} (not in this scenario)</option> : null}
                            <optgroup label="Applications">
                              {lists.applications.map((a) => <option key={a.id} value={`application:${a.id}`}>{a.name}{a.team ? ` (${a.team})` : ''}</option>)}
                            </optgroup>
                            <optgroup label="Platforms">
                              {lists.platforms.map((p) => <option key={p.id} value={`platform:${p.id}`}>{p.name}</option>)}
                            </optgroup>
                          </select>
                        </td>
                        {canWrite ? (
                          <td className="act-rule__actions">
                            <button type="button" id={`rule-${i}-up`} className="button button--small" disabled={i === 0} aria-label={`Move rule ${n} up`} onClick={() => move(i, -1)}>↑</button>
                            <button type="button" id={`rule-${i}-down`} className="button button--small" disabled={i === rules.length - 1} aria-label={`Move rule ${n} down`} onClick={() => move(i, 1)}>↓</button>
                            <button type="button" className="button button--small button--danger" aria-label={`Remove rule ${n}`} onClick={() => change(rules.filter((_, j) => j !== i))}>Remove</button>
                          </td>
                        ) : null}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : null}
          {status ? (
            <div className={status.kind === 'saved' ? 'notice' : 'inline-error'} role={status.kind === 'saved' ? 'status' : 'alert'}>
              {status.text}
              {status.kind === 'conflict' ? <> <button type="button" className="link-button" onClick={load}>Reload their rules</button></> : null}
            </div>
          ) : null}
          {canWrite ? (
            <div className="button-row">
              <button type="button" className="button" disabled={!firstTarget} onClick={() => firstTarget && change([...rules, { source: 'model', key: null, value: '', target: firstTarget }])}>
                Add rule
              </button>
              <button type="button" className="button button--primary" disabled={!dirty || saving} onClick={() => void save()}>
                {saving ? 'Saving…' : 'Save rules'}
              </button>
              {dirty ? <button type="button" className="button button--quiet" disabled={saving} onClick={load}>Discard changes</button> : null}
            </div>
          ) : (
            <p className="muted small">Viewers read the rules; an editor or owner changes them.</p>
          )}
        </>
      )}
    </section>
  );
}
