// Presentation of a claim check's figures: the unit decides the format (Intl, never math).
export function formatFigure(value: string | null, unit: string): string {
  if (value === null) return '—';
  const n = Number(value);
  if (!Number.isFinite(n)) return value;
  const grouped = (digits: number) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  if (unit === 'share') return `${(n * 100).toLocaleString('en-US', { maximumFractionDigits: 0 })} %`;
  if (unit === '×') return `${n.toLocaleString('en-US', { maximumFractionDigits: n < 10 ? 2 : 1 })}×`;
  if (unit.startsWith('$/') || unit.startsWith('USD')) {
    const digits = Math.abs(n) < 0.1 ? 4 : Math.abs(n) < 1000 ? 2 : 0;
    const per = unit.replace(/^(\$|USD)\s?\/?\s?(per\s)?/, '');
    return `$${n.toLocaleString('en-US', { minimumFractionDigits: Math.min(digits, 2), maximumFractionDigits: digits })}${per ? ` / ${per}` : ''}`;
  }
  if (unit === 'M tokens') return `${grouped(1)} M tokens`;
  return `${grouped(Math.abs(n) < 10 ? 2 : 0)} ${unit}`;
}

export const VERDICT_LABELS: Record<string, string> = {
  consistent: 'holds',
  stretch: 'a stretch',
  outOfReach: 'out of reach',
  info: 'reference',
};
