export {
  compileScenario,
  fillSoftwareMultiplier,
  type FloatApplication,
  type FloatGrowth,
  type FloatPlatform,
  type FloatScenario,
  type FloatSoftwareCurve,
} from './compile';
export { createWorkspace, FLOAT_MONTH_LINES, projectFloat, type FloatProjection, type FloatWorkspace } from './projectFloat';
export { costKpisFloat, irrFloat, monthlyRate, npvFloat, paybackFloat, type CostKpisFloat } from './kpisFloat';
