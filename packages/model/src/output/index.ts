// The output contract (projectionSchema, labels of inputs and outputs, units) and the
// presentation rules the web, the API and the exports share (chart series, showback roll-ups).
export * from './projectionSchema';
export * from './outputLabels';
export * from './inputLabels';
export * from './units';
export * from './chartSeries';
export * from './showback';
export * from './monthTargets';
export * from './capitalSeries';
