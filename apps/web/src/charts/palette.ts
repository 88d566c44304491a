/**
 * One palette for every analysis chart and table: a cost line, a platform or a scenario has the
 * same colour everywhere. Colours keep ≥ 3:1 contrast against white (WCAG 1.4.11, graphics);
 * text colours (`INK`) keep ≥ 4.5:1. Tested for the common colour-vision deficiencies by keeping
 * hue and lightness apart (navy / amber / teal / violet / raspberry / grey).
 */
import { COST_STACK_LINES, OUTPUT_LABELS, type CostStackLine } from '@tokenplan/model';

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

/** Cost lines in stacking order (bottom to top, the model's), labelled as the model names them. */
export const COST_LINES = COST_STACK_LINES.map((key) => ({ key, label: OUTPUT_LABELS[key].label, color: COST_LINE_COLORS[key] }));
export type CostLineKey = CostStackLine;

export const SERIES = {
  revenue: '#2f855a',
  cashPositive: '#2c6e49',
  cashNegative: '#b42318',
  cumulative: '#16212e',
  demand: '#4a5868',
  served: '#2c5282',
  unmet: '#d92d20',
  energyMWh: '#8fb3d9',
  energyCost: '#d97706',
  idle: '#a0a9b5',
  allIn: '#16212e',
  api: '#c0417a',
  payback: '#2f855a',
  // §8 capital lines: apart from operating cash (green/red), the cumulative (ink) and the cost
  // lines (a terminal value must not read as hosting, nor a disposal as rental).
  disposal: '#a16207',
  terminal: '#0e7490',
  afterTaxCumulative: '#9333ea',
  migration: '#4a5868',
} as const;

/** Platforms, by their position in the scenario. */
const PLATFORM_COLORS = ['#2563eb', '#0f766e', '#9333ea', '#c2410c', '#0e7490', '#be123c', '#4d7c0f', '#a16207'];

/** Scenarios in a comparison, by position (the baseline is first: navy). */
const SCENARIO_COLORS = ['#1f3a5f', '#c2410c', '#0f766e', '#9333ea', '#2563eb', '#be123c'];

export function platformColor(index: number): string {
  return PLATFORM_COLORS[index % PLATFORM_COLORS.length] ?? INK;
}

export function scenarioColor(index: number): string {
  return SCENARIO_COLORS[index % SCENARIO_COLORS.length] ?? INK;
}

/** Colours for allocation groups (teams, applications, models): distinct, AA on white. */
const CATEGORY_COLORS = ['#1f3a5f', '#2b8a78', '#d97706', '#7c5cbf', '#c0417a', '#5b7fa6', '#4d7c0f', '#a16207', '#0e7490', '#be123c'];
export function categoryColor(index: number): string {
  return CATEGORY_COLORS[index % CATEGORY_COLORS.length] ?? INK;
}
