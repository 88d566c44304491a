import type { ReactNode } from 'react';
import { ChartExportButton } from '../export/ChartExportButton';

export interface ChartPanelProps {
  title: string;
  /** Units and basis, shown under the title ("USD per million tokens, monthly"). */
  subtitle?: string;
  /** A sentence for screen readers and print: what the chart shows and its headline number. */
  summary?: string;
  actions?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}

/** A titled, bordered chart figure; the summary doubles as the accessible description. */
export function ChartPanel({ title, subtitle, summary, actions, children, wide }: ChartPanelProps) {
  return (
    <figure className={`tp-chart${wide ? ' tp-chart--wide' : ''}`} aria-label={title}>
      <div className="tp-chart__head">
        <div>
          <h3 className="tp-chart__title">{title}</h3>
          {subtitle && <p className="tp-chart__subtitle">{subtitle}</p>}
        </div>
        <div className="tp-chart__actions">{actions}<ChartExportButton title={title} subtitle={subtitle} /></div>
      </div>
      <div className="tp-chart__body">{children}</div>
      {summary && <figcaption className="tp-chart__summary">{summary}</figcaption>}
    </figure>
  );
}
