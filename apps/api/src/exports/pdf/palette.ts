// Mirrors the web app's chart palette (apps/web/src/charts/palette.ts) so the board pack and the
// screens use the same colour for the same line, platform or scenario. Cost lines are the
// model's (COST_STACK_LINES, in stacking order), labelled as OUTPUT_LABELS names them.
import { COST_STACK_LINES, OUTPUT_LABELS, type CostStackLine } from '../model';

export const INK = '#16212e';
export const INK_2 = '#4a5868';
export const GRID = '#e3e8ee';
export const AXIS = '#6b7887';

/** Colour of each P&L cost line of the cost stack. */
const COST_LINE_COLORS: Record<CostStackLine, string> = {
  depreciation: '#1f3a5f',
  energyCost: '#d97706',
  hosting: '#5b7fa6',
  maintenance: '#2b8a78',
  rentalCost: '#7c5cbf',
  apiCost: '#c0417a',
  fixedOpex: '#7b8594',
};

/** Cost lines in stacking order (bottom to top), labelled as the model names them. */
export const COST_LINES = COST_STACK_LINES.map((key) => ({ key, label: OUTPUT_LABELS[key].label, color: COST_LINE_COLORS[key] }));

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
  api: '#c0417a',
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
