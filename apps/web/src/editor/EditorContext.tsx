import { createContext, useContext } from 'react';
import type { DocPath } from './documentPath';

/** What every editor field needs: the document, a way to change it, and its validation messages. */
export interface EditorContextValue {
  doc: Record<string, unknown>;
  change: (path: DocPath, value: unknown) => void;
  /** The validation message for exactly this path, if any. */
  issueAt: (path: DocPath) => string | undefined;
  /** The first validation message at `path` or anywhere below it. */
  issueUnder: (path: DocPath) => string | undefined;
  readOnly: boolean;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('editor fields must be inside <EditorContext.Provider>');
  return value;
}
