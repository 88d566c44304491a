import { useEffect, useRef, useState } from 'react';
import type { ScenarioEditorState } from '../scenarios/useScenarioEditor';
import { usePeople } from '../scenarios/usePeople';
import { validateScenario } from '@tokenplan/model';

export function relative(iso: string): string {
  const then = new Date(iso).getTime();
  if (!Number.isFinite(then)) return '';
  const minutes = Math.round((Date.now() - then) / 60000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(iso).toLocaleDateString();
}

/** Save state, save with a message (Ctrl/⌘+S), discard, history. */
export function SaveControls({ editor, onHistory, historyOpen }: { editor: ScenarioEditorState; onHistory: () => void; historyOpen: boolean }) {
  const [message, setMessage] = useState('');
  const [asking, setAsking] = useState(false);
  const [blocked, setBlocked] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  /** The control focused when the prompt opened (the Save… button, or a field for Ctrl+S). */
  const opener = useRef<HTMLElement | null>(null);
  const open = () => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setAsking(true);
    setTimeout(() => input.current?.focus(), 0);
  };
  /** Escape: the prompt closes and focus goes back where it came from (not to the page body). */
  const close = () => {
    setAsking(false);
    setTimeout(() => {
      const back = opener.current?.isConnected && opener.current !== document.body ? opener.current : saveButton.current;
      back?.focus();
    }, 0);
  };
  const { stored, dirty, saving, saveError } = editor;
  const { nameOf } = usePeople();
  const editedBy = stored ? nameOf(stored.updatedBy) : null;

  const openRef = useRef(open);
  openRef.current = open;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        openRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const submit = async () => {
    const valid = validateScenario(editor.doc);
    if (!valid.ok) {
      setBlocked(`${valid.issues.length} field${valid.issues.length === 1 ? '' : 's'} need${valid.issues.length === 1 ? 's' : ''} attention before saving (see Assumptions).`);
      return;
    }
    setBlocked(null);
    if (await editor.save(message.trim())) {
      setMessage('');
      setAsking(false);
    }
  };

  return (
    <div className="save-controls">
      <p className="save-status" role="status">
        {dirty ? (
          <span className="status-dot status-dot--dirty">Unsaved changes</span>
        ) : (
          <span className="status-dot status-dot--saved">Saved</span>
        )}
        {stored ? (
          <span className="muted">
            {' '}v{stored.version} · edited {relative(stored.updatedAt)}
            {editedBy ? ` by ${editedBy}` : ''}
          </span>
        ) : null}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={onHistory} aria-expanded={historyOpen}>
          History
        </button>
        {dirty ? (
          <button type="button" className="button" onClick={editor.discard} disabled={saving}>
            Discard changes
          </button>
        ) : null}
        {asking ? (
          <form
            className="save-form"
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <label htmlFor="save-message" className="visually-hidden">
              Save message
            </label>
            <input
              ref={input}
              id="save-message"
              className="input"
              placeholder="What changed? (optional)"
              value={message}
              onChange={(e) => setMessage(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && close()}
            />
            <button type="submit" className="button button--primary" disabled={saving}>
              {saving ? 'Saving…' : 'Save version'}
            </button>
          </form>
        ) : (
          <button ref={saveButton} type="button" className="button button--primary" disabled={!dirty || saving} onClick={open}>
            Save…
          </button>
        )}
      </div>
      {blocked ? <p className="inline-error" role="alert">{blocked}</p> : null}
      {saveError ? (
        <p className="inline-error" role="alert">
          Not saved: {saveError.message}{' '}
          <button type="button" className="link-button" onClick={() => void submit()}>
            Retry
          </button>
        </p>
      ) : null}
    </div>
  );
}
