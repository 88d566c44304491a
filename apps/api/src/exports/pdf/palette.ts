// Mirrors the web app's chart palette (apps/web/src/charts/palette.ts) so the board pack and the
// screens use the same colour for the same line, platform or scenario.
export const INK = '#16212e';
export const INK_2 = '#4a5868';
export const GRID = '#e3e8ee';
export const AXIS = '#6b7887';

/** Cost lines, in stacking order (bottom to top). */
export const COST_LINES = [
  { key: 'depreciation', label: 'Depreciation', color: '#1f3a5f' },
  { key: 'energyCost', label: 'Energy', color: '#d97706' },
  { key: 'hosting', label: 'Hosting', color: '#5b7fa6' },
  { key: 'maintenance', label: 'Maintenance', color: '#2b8a78' },
  { key: 'rentalCost', label: 'Rental', color: '#7c5cbf' },
  { key: 'apiCost', label: 'API', color: '#c0417a' },
  { key: 'fixedOpex', label: 'Fixed opex', color: '#7b8594' },
] as const;

export const SERIES = {
  revenue: '#2f855a',
  cashPositive: '#2c6e49',
  cashNegative: '#b42318',
  cumulative: '#16212e',
  served: '#2c5282',
  energyMWh: '#8fb3d9',
  energyCost: '#d97706',
  idle: '#a0a9b5',
  allIn: '#16212e',
  payback: '#2f855a',
} as const;

const PLATFORM_COLORS = ['#2563eb', '#0f766e', '#9333ea', '#c2410c', '#0e7490', '#be123c', '#4d7c0f', '#a16207'];
const SCENARIO_COLORS = ['#1f3a5f', '#c2410c', '#0f766e', '#9333ea', '#2563eb', '#be123c'];

export function platformColor(index: number): string {
  return PLATFORM_COLORS[index % PLATFORM_COLORS.length] ?? INK;
}

export function scenarioColor(index: number): string {
  return SCENARIO_COLORS[index % SCENARIO_COLORS.length] ?? INK;
}
