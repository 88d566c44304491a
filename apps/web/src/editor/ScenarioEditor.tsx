import { memo, useCallback, useMemo } from 'react';
import { ApiOptionsSection } from './ApiOptionsSection';
import { ApplicationsSection } from './ApplicationsSection';
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
}

const SECTIONS = [
  { id: 'general', title: 'General' },
  { id: 'energy', title: 'Energy & facility' },
  { id: 'platforms', title: 'Platforms' },
  { id: 'api-options', title: 'API options' },
  { id: 'applications', title: 'Applications' },
];

/** The Assumptions tab: every Scenario field (spec §2), grouped in sections, validated inline. */
/**
 * Memoised: a new projection re-renders the page (KPI strip, dashboard), never the editor's hundreds
 * of inputs, which only change with the document.
 */
export const ScenarioEditor = memo(function ScenarioEditor({ doc, onChange, readOnly = false }: ScenarioEditorProps) {
  const { issues, byPath } = useValidation(doc);
  const change = useCallback((path: DocPath, value: unknown) => onChange(setIn(doc, path, value)), [doc, onChange]);
  const context = useMemo<EditorContextValue>(
    () => ({
      doc,
      change,
      readOnly,
      issueAt: (path) => byPath.get(pathText(path)),
      issueUnder: (path) => {
        const prefix = pathText(path);
        for (const [key, message] of byPath) if (key === prefix || key.startsWith(`${prefix}.`) || key.startsWith(`${prefix}[`)) return message;
        return undefined;
      },
    }),
    [doc, change, readOnly, byPath],
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
          <GeneralSection />
          <EnergySection />
          <PlatformsSection />
          <ApiOptionsSection />
          <ApplicationsSection />
        </div>
      </div>
    </EditorContext.Provider>
  );
});
