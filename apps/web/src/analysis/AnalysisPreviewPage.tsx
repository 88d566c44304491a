import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { project, validateScenario } from '@tokenplan/model';
import { AllocationView } from './AllocationView';
import { CompareView } from './CompareView';
import { Dashboard } from './Dashboard';
import { LedgerView } from './LedgerView';
import { previewDocuments, type PreviewVariant } from './previewScenarios';
import type { ProjectionView, ScenarioView } from './types';

interface Projected {
  id: string;
  name: string;
  scenario: ScenarioView;
  projection: ProjectionView;
}

/** The preview pair (the Blackwell vs Hopper presets, or their §8 variant), validated and projected in the browser. */
function projectPresetPair(variant: PreviewVariant): Projected[] | string {
  const documents = previewDocuments(variant);
  if (typeof documents === 'string') return documents;
  const out: Projected[] = [];
  for (const [i, document] of documents.entries()) {
    const result = validateScenario(document);
    if (!result.ok) return `Preset scenario ${i} is invalid: ${result.issues.map((x) => `${x.path} ${x.message}`).join('; ')}`;
    out.push({ id: `preset-${i}`, name: result.scenario.name, scenario: result.scenario, projection: project(result.scenario) });
  }
  return out;
}

const VIEWS = [
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'ledger', label: 'Ledger' },
  { id: 'allocation', label: 'Allocation' },
  { id: 'compare', label: 'Compare' },
] as const;

/**
 * Dev preview: /preview/dashboard?view=dashboard|ledger|allocation|compare&scenario=0|1[&variant=v2].
 * Renders the analysis components on project(preset) for the Blackwell and Hopper presets, or
 * (variant v2) on their §8 variant: migration, lead times, useful lives, tax, terminal value.
 */
export function AnalysisPreviewPage() {
  const [params] = useSearchParams();
  const view = VIEWS.find((v) => v.id === params.get('view'))?.id ?? 'dashboard';
  const index = params.get('scenario') === '1' ? 1 : 0;
  const variant: PreviewVariant = params.get('variant') === 'v2' ? 'v2' : 'v1';
  const started = performance.now();
  const pair = useMemo(() => projectPresetPair(variant), [variant]);
  const ms = performance.now() - started;

  if (typeof pair === 'string') return <div className="empty-state">{pair}</div>;
  const current = pair[index] ?? pair[0];
  if (!current) return <div className="empty-state">No scenarios in the preset.</div>;
  const link = (v: string, s: number) => `?view=${v}&scenario=${s}${variant === 'v2' ? '&variant=v2' : ''}`;

  return (
    <section className="page">
      <div className="page-head">
        <div>
          <h1>Analysis preview</h1>
          <p className="lede">
            {variant === 'v2' ? 'The presets’ §8 variant (migration, lead times, useful lives, tax, terminal value)' : 'Blackwell vs Hopper presets'} projected in the browser{ms > 1 ? ` (${Math.round(ms)} ms)` : ''}. A development page for the analysis screens.
          </p>
        </div>
      </div>
      <nav className="tp-preview-nav" aria-label="Preview views">
        {VIEWS.map((v) => (
          <Link key={v.id} to={link(v.id, index)} aria-current={v.id === view ? 'page' : undefined}>
            {v.label}
          </Link>
        ))}
        {view !== 'compare' && (
          <span className="tp-preview-nav__scenarios">
            {pair.map((p, i) => (
              <Link key={p.id} to={link(view, i)} aria-current={i === index ? 'true' : undefined}>
                {p.name}
              </Link>
            ))}
          </span>
        )}
      </nav>
      {view === 'dashboard' && <Dashboard projection={current.projection} scenario={current.scenario} />}
      {view === 'ledger' && <LedgerView projection={current.projection} scenario={current.scenario} />}
      {view === 'allocation' && <AllocationView projection={current.projection} scenario={current.scenario} />}
      {view === 'compare' && <CompareView items={pair.map((p) => ({ id: p.id, name: p.name, projection: p.projection, revenueMode: p.scenario.revenueMode }))} />}
    </section>
  );
}
