// Test support for the editor's component tests: the Blackwell preset as a document, and the editor
// rendered with its document held in state (as the scenario page holds it), the latest readable.
import { render } from '@testing-library/react';
import { useState } from 'react';
import { findPreset } from '@tokenplan/model';
import { ScenarioEditor, type ScenarioDocument } from '../ScenarioEditor';

/** A fresh copy of the Blackwell vs Hopper preset's first scenario (start 2027-01, one platform b200). */
export function blackwell(): ScenarioDocument {
  const preset = findPreset('blackwell-vs-hopper');
  if (!preset?.scenarios[0]) throw new Error('preset missing');
  return structuredClone(preset.scenarios[0]) as ScenarioDocument;
}

/** blackwell() with a second target: an API option, "frontier". */
export function blackwellWithApiOption(): ScenarioDocument {
  const doc = blackwell();
  doc['apiOptions'] = [{ id: 'frontier', name: 'Frontier API', inputPricePerMTokens: '3', outputPricePerMTokens: '15', annualPriceDecline: '0.3' }];
  return doc;
}

/**
 * Renders the editor on `initial`, its edits kept in state; `latest.doc` is the document after them.
 * `extra` passes the projection props (projectedScenario) through.
 */
export function renderEditor(initial: ScenarioDocument, extra: { projectedScenario?: unknown } = {}): { doc: ScenarioDocument } {
  const latest: { doc: ScenarioDocument } = { doc: initial };
  function Harness() {
    const [doc, setDoc] = useState(initial);
    latest.doc = doc;
    return <ScenarioEditor doc={doc} onChange={setDoc} {...extra} />;
  }
  render(<Harness />);
  return latest;
}
