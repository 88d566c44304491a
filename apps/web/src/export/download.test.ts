import { describe, expect, it } from 'vitest';
import { exportUrl } from './download';

describe('exportUrl', () => {
  it('downloads a stored scenario with a GET carrying only its options', () => {
    expect(exportUrl({ format: 'pdf', scenarioId: 'abc', paper: 'letter' })).toEqual({ method: 'GET', url: '/api/v1/scenarios/abc/export.pdf?paper=letter' });
    expect(exportUrl({ format: 'csv', scenarioId: 'abc', table: 'allocation', paper: 'a4' })).toEqual({ method: 'GET', url: '/api/v1/scenarios/abc/export.csv?table=allocation' });
  });

  it('posts a stored scenario by id when the PDF must repeat a Monte Carlo run (its distributions go in the body)', () => {
    const monteCarlo = { paths: 3000, seed: 4, distributions: { capex: { low: 0.9, mode: 1, high: 1.3 } } };
    expect(exportUrl({ format: 'pdf', scenarioId: 'abc', paper: 'a4', monteCarlo })).toEqual({
      method: 'POST',
      url: '/api/v1/exports/pdf',
      body: { scenarios: [{ id: 'abc' }], paper: 'a4', monteCarlo },
    });
  });

  it('sends unsaved edits as a document, and ignores a Monte Carlo run for other formats', () => {
    const doc = { name: 'Edited' };
    const monteCarlo = { paths: 100, seed: 1 };
    expect(exportUrl({ format: 'pdf', documents: [doc], monteCarlo })).toEqual({
      method: 'POST',
      url: '/api/v1/exports/pdf',
      body: { scenarios: [{ document: doc }], monteCarlo },
    });
    expect(exportUrl({ format: 'xlsx', scenarioId: 'abc', monteCarlo })).toEqual({ method: 'GET', url: '/api/v1/scenarios/abc/export.xlsx' });
  });
});
