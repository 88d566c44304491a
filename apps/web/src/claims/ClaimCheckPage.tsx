// /claims: pick a vendor claim or type one, see what it implies against the reference library and
// your own scenario, and build a scenario from the inputs that would make it true (issue 22).
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { CLAIM_PRESETS } from '@tokenplan/model';
import { ApiError, errorMessage } from '../api/client';
import { buildScenario, checkClaim, listScenarios, type ClaimCheckView, type ClaimRequest } from './api';
import { ClaimForm, claimOf, draftOf, EMPTY_DRAFTS, type ClaimDraft } from './ClaimForm';
import { ClaimResult } from './ClaimResult';
import './claims.css';

export function ClaimCheckPage() {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ClaimDraft>(EMPTY_DRAFTS.costPerMTokens);
  const [scenarios, setScenarios] = useState<{ id: string; name: string }[]>([]);
  const [scenarioId, setScenarioId] = useState('');
  const [results, setResults] = useState<ClaimCheckView[]>([]);
  const result = results[0] ?? null;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [building, setBuilding] = useState(false);

  useEffect(() => {
    let live = true;
    listScenarios().then((list) => live && setScenarios(list)).catch(() => undefined);
    return () => { live = false; };
  }, []);

  async function run(request: ClaimRequest) {
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      const next = await checkClaim(scenarioId ? { ...request, scenarioId } : request);
      // Newest first; checking the same claim again replaces its earlier answer.
      setResults((list) => [next, ...list.filter((r) => r.statement !== next.statement)].slice(0, 6));
    } catch (error) {
      if (error instanceof ApiError && error.details.length > 0) setErrors(Object.fromEntries(error.details.map((d) => [d.path, d.message])));
      setMessage(errorMessage(error, 'The claim could not be checked.'));
    } finally {
      setBusy(false);
    }
  }

  function pickPreset(id: string) {
    const preset = CLAIM_PRESETS.find((p) => p.id === id);
    if (preset) setDraft(draftOf(preset.claim));
    void run({ preset: id });
  }

  async function build(checked: ClaimCheckView) {
    setBuilding(true);
    try {
      const id = await buildScenario(checked.scenarioDocument);
      navigate(`/scenarios/${id}`);
    } catch (error) {
      setMessage(errorMessage(error, 'The scenario could not be created.'));
    } finally {
      setBuilding(false);
    }
  }

  return (
    <div className="claims-page">
      <div className="page-head">
        <div>
          <h1>Claim check</h1>
          <p className="lede">
            Put a vendor claim into numbers: the $/GPU-hour, busy share, revenue per GPU-hour or throughput it needs, held
            against the cited reference library and against your own scenario.
          </p>
        </div>
        <label className="claims-scenario">
          <span>Hold against scenario</span>
          <select value={scenarioId} onChange={(e) => setScenarioId(e.target.value)} aria-label="Hold against scenario">
            <option value="">— none —</option>
            {scenarios.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </label>
      </div>

      <section className="claims-presets" aria-label="Vendor claims">
        {CLAIM_PRESETS.map((p) => (
          <button key={p.id} type="button" className={`claim-preset${result?.presetId === p.id ? ' is-active' : ''}`} onClick={() => pickPreset(p.id)} disabled={busy}>
            <strong>{p.title}</strong>
            <span>{p.quote}</span>
            <small>{p.source.publisher}, {p.source.date}</small>
          </button>
        ))}
      </section>

      <section className="panel">
        <ClaimForm draft={draft} errors={errors} onChange={setDraft} onSubmit={() => void run({ claim: claimOf(draft) })} busy={busy} />
      </section>

      {message ? <p className="claims-error" role="alert">{message}</p> : null}
      {results.map((r, i) => (
        <ClaimResult key={r.statement} result={r} open={i === 0} onBuild={() => void build(r)} building={building} />
      ))}
    </div>
  );
}
