// The typed claim: one of three kinds, each a few labelled fields. Values stay text until the API
// parses them (its 400 names the field, shown next to it).
import { CLAIM_HARDWARE, HARDWARE_LABELS, type ClaimInput } from '@tokenplan/model';

type Kind = ClaimInput['kind'];
export type ClaimDraft = Record<string, string> & { kind: Kind };

interface Field { name: string; label: string; hint?: string; select?: boolean }
const FIELDS: Record<Kind, Field[]> = {
  costPerMTokens: [
    { name: 'costPerMTokens', label: 'Cost, $ per million tokens' },
    { name: 'tokensPerSecondPerGpu', label: 'Throughput, tokens/s per GPU' },
    { name: 'utilization', label: 'Busy share (0–1)', hint: 'Share of provisioned GPU-hours spent serving' },
    { name: 'hardware', label: 'Hardware', select: true },
    { name: 'model', label: 'Model' },
  ],
  revenueMultiple: [
    { name: 'investment', label: 'Investment, $' },
    { name: 'revenue', label: 'Revenue claimed, $' },
    { name: 'years', label: 'Over, years' },
    { name: 'gpus', label: 'GPUs' },
    { name: 'utilization', label: 'Busy share (0–1)' },
    { name: 'hardware', label: 'Hardware', select: true },
    { name: 'model', label: 'Model' },
  ],
  tokensPerMw: [
    { name: 'ratio', label: 'Tokens per MW, × the baseline' },
    { name: 'hardware', label: 'Hardware', select: true },
    { name: 'baseline', label: 'Baseline hardware', select: true },
    { name: 'model', label: 'Model' },
  ],
};

export const KIND_LABELS: Record<Kind, string> = {
  costPerMTokens: 'Cost per M tokens at a throughput',
  revenueMultiple: 'Revenue multiple of an investment',
  tokensPerMw: 'Tokens per MW vs another platform',
};

export const EMPTY_DRAFTS: Record<Kind, ClaimDraft> = {
  costPerMTokens: { kind: 'costPerMTokens', costPerMTokens: '0.05', tokensPerSecondPerGpu: '20000', utilization: '0.6', hardware: 'b200', model: 'gpt-oss-120b' },
  revenueMultiple: { kind: 'revenueMultiple', investment: '3000000', revenue: '30000000', years: '3', gpus: '72', utilization: '1', hardware: 'gb200-nvl72', model: 'deepseek-r1' },
  tokensPerMw: { kind: 'tokensPerMw', ratio: '3', hardware: 'b200', baseline: 'h100', model: 'llama-3.3-70b' },
};

export function draftOf(claim: ClaimInput): ClaimDraft {
  return Object.fromEntries(Object.entries(claim).map(([k, v]) => [k, String(v)])) as ClaimDraft;
}

export function claimOf(draft: ClaimDraft): ClaimInput {
  const fields = FIELDS[draft.kind].map((f) => f.name);
  const out: Record<string, unknown> = { kind: draft.kind };
  for (const name of fields) {
    const value = draft[name] ?? '';
    out[name] = name === 'gpus' ? Number(value) : value;
  }
  return out as ClaimInput;
}

export function ClaimForm({ draft, errors, onChange, onSubmit, busy }: {
  draft: ClaimDraft;
  errors: Record<string, string>;
  onChange: (draft: ClaimDraft) => void;
  onSubmit: () => void;
  busy: boolean;
}) {
  return (
    <form className="claim-form" onSubmit={(e) => { e.preventDefault(); onSubmit(); }} aria-label="Typed claim">
      <label className="claim-form__kind">
        <span>Kind of claim</span>
        <select value={draft.kind} onChange={(e) => onChange(EMPTY_DRAFTS[e.target.value as Kind])}>
          {(Object.keys(KIND_LABELS) as Kind[]).map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
        </select>
      </label>
      <div className="claim-form__fields">
        {FIELDS[draft.kind].map((f) => {
          const error = errors[`claim.${f.name}`];
          const id = `claim-${f.name}`;
          return (
            <label key={f.name} htmlFor={id} className={error ? 'has-error' : undefined}>
              <span>{f.label}</span>
              {f.select ? (
                <select id={id} value={draft[f.name] ?? ''} onChange={(e) => onChange({ ...draft, [f.name]: e.target.value })}>
                  {CLAIM_HARDWARE.map((h) => <option key={h} value={h}>{HARDWARE_LABELS[h]}</option>)}
                </select>
              ) : (
                <input id={id} value={draft[f.name] ?? ''} title={f.hint} aria-invalid={error ? true : undefined} onChange={(e) => onChange({ ...draft, [f.name]: e.target.value })} />
              )}
              {error ? <small className="claim-form__error">{error}</small> : null}
            </label>
          );
        })}
      </div>
      <button type="submit" className="claim-btn claim-btn--primary" disabled={busy}>{busy ? 'Checking…' : 'Check this claim'}</button>
    </form>
  );
}
