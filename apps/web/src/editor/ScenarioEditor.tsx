import { memo, useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { ApiOptionsSection } from './ApiOptionsSection';
import { ApplicationsSection } from './ApplicationsSection';
import { ChoiceWarningsPanel } from './ChoiceWarningsPanel';
import { CapitalSection } from './CapitalSection';
import { describePath } from './describePath';
import { pathText, setIn, type DocPath } from './documentPath';
import { EditorContext, type EditorContextValue } from './EditorContext';
import { EnergySection } from './EnergySection';
import { GeneralSection } from './GeneralSection';
import { IssueSummary } from './IssueSummary';
import { PlatformsSection } from './PlatformsSection';
import { useValidation } from './useValidation';

export type ScenarioDocument = Record<string, unknown>;

interface ScenarioEditorProps {
  doc: ScenarioDocument;
  onChange: (next: ScenarioDocument) => void;
  readOnly?: boolean;
  /** The last projected (valid) scenario and its projection, for the choice warnings (§9); optional. */
  projectedScenario?: unknown;
  projection?: unknown;
}

const SECTIONS = [
  { id: 'general', title: 'General' },
  { id: 'energy', title: 'Energy & facility' },
  { id: 'capital', title: 'Capital & tax' },
  { id: 'platforms', title: 'Platforms' },
  { id: 'api-options', title: 'API options' },
  { id: 'applications', title: 'Applications' },
];

/**
 * The Assumptions tab: every Scenario field (spec §2), grouped in sections, validated inline.
 * Memoised, and the sections read the document through a subscription (`useDocValue`): a new
 * projection re-renders only the choice warnings, not the sections, and a keystroke re-renders only the field it changed
 * (re-rendering every input and the curve charts cost tens of ms per key).
 */
export const ScenarioEditor = memo(function ScenarioEditor({ doc, onChange, readOnly = false, projectedScenario, projection }: ScenarioEditorProps) {
  const { issues, byPath } = useValidation(doc);
  const projected = useMemo(() => (projectedScenario ? { scenario: projectedScenario, projection } : null), [projectedScenario, projection]);
  const [store] = useState(() => createDocStore(doc));
  useLayoutEffect(() => store.set(doc), [store, doc]);
  const change = useCallback((path: DocPath, value: unknown) => onChange(setIn(store.getDoc(), path, value)), [store, onChange]);
  const context = useMemo<EditorContextValue>(
    () => ({
      getDoc: store.getDoc,
      subscribe: store.subscribe,
      change,
      readOnly,
      issueAt: (path) => byPath.get(pathText(path)),
      issueUnder: (path) => {
        const prefix = pathText(path);
        for (const [key, message] of byPath) if (key === prefix || key.startsWith(`${prefix}.`) || key.startsWith(`${prefix}[`)) return message;
        return undefined;
      },
    }),
    [store, change, readOnly, byPath],
  );

  return (
    <EditorContext.Provider value={context}>
      <div className="editor">
        <nav className="editor-index" aria-label="Assumption sections">
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#section-${s.id}`}>{s.title}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="editor-body">
          <IssueSummary issues={issues} labelOf={(path) => describePath(doc, path)} />
          <ChoiceWarningsPanel projected={projected} doc={doc} />
          <EditorSections />
        </div>
      </div>
    </EditorContext.Provider>
  );
});

/** No props: re-rendered only when the context changes (validation messages, readOnly, onChange). */
const EditorSections = memo(function EditorSections() {
  return (
    <>
      <GeneralSection />
      <EnergySection />
      <CapitalSection />
      <PlatformsSection />
      <ApiOptionsSection />
      <ApplicationsSection />
    </>
  );
});

/** The document the fields subscribe to; set after each render with a new document. */
function createDocStore(initial: ScenarioDocument) {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    getDoc: () => current,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    set: (next: ScenarioDocument) => {
      if (next === current) return;
      current = next;
      for (const listener of listeners) listener();
    },
  };
}
