import { Fragment, useEffect, useMemo, useRef, useState, type UIEvent } from 'react';
import { formatLedgerCell, ledgerColumns, ledgerCsv, ledgerRows, UNIT_LABEL, type LedgerPeriod, type LedgerRow } from './ledgerModel';
import { ENERGY_BASIS_NOTE } from './energyNote';
import { Segmented } from './Segmented';
import type { ProjectionView, ScenarioView } from './types';
import './analysis.css';

export interface LedgerViewProps {
  projection: ProjectionView;
  /** Optional: names platforms in the fleet lines (ids otherwise). */
  scenario?: ScenarioView;
  /** Start in the fiscal-year view. */
  initialPeriod?: LedgerPeriod;
}

/** Fixed width of a period column (px); the CSS sets the same. */
export const LEDGER_COLUMN_WIDTH = 112;
/** Column windowing starts above this many period columns. */
export const LEDGER_WINDOW_THRESHOLD = 36;
const OVERSCAN = 4;
const FALLBACK_VIEWPORT = 1200;

/**
 * The projection as a controller's ledger: lines down, periods across (the spreadsheet
 * convention: a P&L reads left to right in time, and lines keep their order and subtotals),
 * a total column, sticky period header and line column. With many months the period columns
 * are windowed: only those in view (plus a margin) are in the DOM.
 */
export function LedgerView({ projection, scenario, initialPeriod = 'month' }: LedgerViewProps) {
  const [period, setPeriod] = useState<LedgerPeriod>(initialPeriod);
  const wrapRef = useRef<HTMLDivElement>(null);
  const [scrollLeft, setScrollLeft] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);

  const names = useMemo(() => new Map((scenario?.platforms ?? []).map((p) => [p.id, p.name])), [scenario]);
  const hasRented = (scenario?.platforms ?? []).some((p) => p.acquisition?.type === 'rent');
  const columns = useMemo(() => ledgerColumns(projection, period, scenario?.fiscalYearStartMonth), [projection, period, scenario]);
  const rows = useMemo(() => ledgerRows(projection, period, names, scenario?.fiscalYearStartMonth), [projection, period, names, scenario]);

  useEffect(() => {
    const el = wrapRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setViewport(el.clientWidth || FALLBACK_VIEWPORT));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const windowed = columns.length > LEDGER_WINDOW_THRESHOLD;
  const first = windowed ? Math.max(0, Math.floor(scrollLeft / LEDGER_COLUMN_WIDTH) - OVERSCAN) : 0;
  const count = windowed ? Math.ceil(viewport / LEDGER_COLUMN_WIDTH) + 2 * OVERSCAN : columns.length;
  const last = Math.min(columns.length, first + count);
  const visible = columns.slice(first, last);
  const before = first * LEDGER_COLUMN_WIDTH;
  const after = (columns.length - last) * LEDGER_COLUMN_WIDTH;

  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    if (windowed) setScrollLeft(e.currentTarget.scrollLeft);
  };

  const download = () => {
    const blob = new Blob([ledgerCsv(columns, rows)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${projection.scenarioName.replace(/[^\w.-]+/g, '_')}-ledger-${period === 'month' ? 'monthly' : 'fiscal'}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };

  let section = '';
  return (
    <div className="tp-analysis tp-ledger">
      <div className="tp-toolbar">
        <Segmented
          label="Ledger periods"
          value={period}
          options={[
            { value: 'month', label: 'Months', ariaLabel: 'Show months' },
            { value: 'fiscalYear', label: 'Fiscal years', ariaLabel: 'Show fiscal years' },
          ]}
          onChange={(p) => {
            setPeriod(p);
            setScrollLeft(0);
            if (wrapRef.current) wrapRef.current.scrollLeft = 0;
          }}
        />
        <button type="button" className="tp-button" onClick={download}>
          Download CSV
        </button>
        <p className="tp-note">
          USD in whole dollars, costs positive, negatives in parentheses; tokens in millions. CSV carries the exact values.
          {hasRented ? ` Energy: ${ENERGY_BASIS_NOTE}` : ''}
        </p>
      </div>
      {/* Focusable so a keyboard can scroll the wide table (axe scrollable-region-focusable). */}
      <div className="tp-table-wrap" ref={wrapRef} onScroll={onScroll} tabIndex={0} role="region" aria-label="Ledger table (scrolls sideways)">
        <table className="tp-table" aria-label={`Ledger, ${period === 'month' ? 'monthly' : 'by fiscal year'}`} aria-colcount={columns.length + 2}>
          <thead>
            <tr>
              <th scope="col">Line</th>
              {before > 0 && <th className="tp-spacer" style={{ minWidth: before, width: before }} aria-hidden="true" />}
              {visible.map((c) => (
                <th scope="col" key={c.key}>
                  <PeriodLabel label={c.label} />
                </th>
              ))}
              {after > 0 && <th className="tp-spacer" style={{ minWidth: after, width: after }} aria-hidden="true" />}
              <th scope="col" className="tp-col--total">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const header = row.section !== section;
              section = row.section;
              return (
                <Fragment key={row.key}>
                  {header && (
                    <tr className="tp-row--section">
                      <th scope="rowgroup">{row.section}</th>
                      <td colSpan={visible.length + 1 + (before > 0 ? 1 : 0) + (after > 0 ? 1 : 0)} />
                    </tr>
                  )}
                  <LedgerLine row={row} first={first} last={last} before={before} after={after} />
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function LedgerLine({ row, first, last, before, after }: { row: LedgerRow; first: number; last: number; before: number; after: number }) {
  const cls = row.kind === 'line' ? undefined : `tp-row--${row.kind}`;
  const negativeClass = (v: string | null) => (row.unit === 'usd' && v !== null && v.startsWith('-') ? 'tp-cell--neg' : undefined);
  return (
    <tr className={cls}>
      <th scope="row">
        {row.label}
        <span className="tp-unit">{UNIT_LABEL[row.unit]}</span>
      </th>
      {before > 0 && <td className="tp-spacer" aria-hidden="true" />}
      {row.values.slice(first, last).map((v, i) => (
        <td key={first + i} className={negativeClass(v)}>
          {formatLedgerCell(v, row.unit)}
        </td>
      ))}
      {after > 0 && <td className="tp-spacer" aria-hidden="true" />}
      <td className={`tp-col--total ${negativeClass(row.total) ?? ''}`}>{row.total === null ? '' : formatLedgerCell(row.total, row.unit)}</td>
    </tr>
  );
}

/** "FY2027 (7 months)": the months on a second line, so a partial year's column stays narrow. */
function PeriodLabel({ label }: { label: string }) {
  const cut = label.indexOf(' (');
  if (cut < 0) return <>{label}</>;
  return (
    <>
      {label.slice(0, cut)}
      <span className="tp-th-sub"> {label.slice(cut + 1)}</span>
    </>
  );
}
