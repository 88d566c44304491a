import { createContext, useContext, useSyncExternalStore } from 'react';
import { getIn, type DocPath } from './documentPath';

/**
 * What every editor field needs: the document, a way to change it, and its validation messages.
 * The value is stable while typing (it changes only with the validation messages): fields read the
 * document through `useDocValue`, so a keystroke re-renders only the parts whose value changed,
 * not the editor's hundreds of inputs and its charts.
 */
export interface EditorContextValue {
  /** The document as last rendered by the editor. */
  getDoc: () => Record<string, unknown>;
  /** Called after each new document. */
  subscribe: (listener: () => void) => () => void;
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

/**
 * The document's value at `path` (undefined without a path); the component re-renders when that
 * value changes. Edits copy only the objects on the changed path, so untouched parts keep their identity.
 */
export function useDocValue(path: DocPath | undefined): unknown {
  const { getDoc, subscribe } = useEditor();
  return useSyncExternalStore(subscribe, () => (path ? getIn(getDoc(), path) : undefined));
}
