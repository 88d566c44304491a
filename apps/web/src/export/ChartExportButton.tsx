// PNG / SVG buttons for a chart frame (ChartPanel): exports the chart inside the closest
// `.tp-chart` figure with its title, units and a source line (scenario name, date).
import { createContext, useContext, useRef, useState } from 'react';
import { downloadChartPng, downloadChartSvg } from './chartExport';
import './export.css';

/** The scenario name for source lines; pages showing a scenario provide it. */
export const ChartSourceContext = createContext<string | null>(null);

function scenarioFromTitle(): string {
  return document.title.replace(/^•\s*/, '').replace(/\s+—\s+Tokenplan$/, '') || 'Tokenplan';
}

export interface ChartExportButtonProps {
  title: string;
  subtitle?: string | undefined;
}

export function ChartExportButton({ title, subtitle }: ChartExportButtonProps) {
  const scenario = useContext(ChartSourceContext);
  const anchor = useRef<HTMLSpanElement>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (kind: 'png' | 'svg') => {
    setError(null);
    const figure = anchor.current?.closest('.tp-chart');
    const body = figure?.querySelector('.tp-chart__body') ?? figure;
    if (!body) return setError('Chart not found.');
    const meta = { title, subtitle, scenarioName: scenario ?? scenarioFromTitle() };
    try {
      if (kind === 'png') await downloadChartPng(body, meta);
      else downloadChartSvg(body, meta);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Export failed.');
    }
  };
  return (
    <span className="chart-export" ref={anchor}>
      <button type="button" className="chart-export__button" aria-label={`Download “${title}” as PNG`} onClick={() => void run('png')}>PNG</button>
      <button type="button" className="chart-export__button" aria-label={`Download “${title}” as SVG`} onClick={() => void run('svg')}>SVG</button>
      {error ? <span role="alert" className="inline-error">{error}</span> : null}
    </span>
  );
}
