// A comment box with @mention autocomplete: type "@" and letters, pick a member with the arrow keys
// and Enter (or Tab, or a click); Escape closes the list. The text keeps "@Name"; on send the picked
// names become "<@id>" tokens (mentions.ts).
import { useId, useRef, useState } from 'react';
import { mentionQuery, suggestions, toStored, type Person } from './mentions';

export interface ComposerProps {
  label: string;
  people: readonly Person[];
  initial?: string;
  /** People already mentioned in `initial` (editing). */
  initialPicked?: readonly Person[];
  submitLabel: string;
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
}

export function Composer({ label, people, initial = '', initialPicked = [], submitLabel, onSubmit, onCancel }: ComposerProps) {
  const [text, setText] = useState(initial);
  const [picked, setPicked] = useState<Person[]>([...initialPicked]);
  const [query, setQuery] = useState<{ query: string; start: number } | null>(null);
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const options = query ? suggestions(people, query.query) : [];
  const open = options.length > 0;

  const onChange = (value: string, caret: number) => {
    setText(value);
    setQuery(mentionQuery(value, caret));
    setActive(0);
  };
  const choose = (p: Person) => {
    if (!query) return;
    const caret = area.current?.selectionStart ?? text.length;
    const next = `${text.slice(0, query.start)}@${p.name} ${text.slice(caret)}`;
    setText(next);
    setPicked((list) => (list.some((x) => x.id === p.id) ? list : [...list, p]));
    setQuery(null);
    requestAnimationFrame(() => {
      const at = query.start + p.name.length + 2;
      area.current?.focus();
      area.current?.setSelectionRange(at, at);
    });
  };
  const submit = async () => {
    if (!text.trim() || busy) return;
    setBusy(true);
    try {
      await onSubmit(toStored(text.trim(), picked));
      setText('');
      setPicked([]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="comment-composer"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="comment-input">
        <textarea
          ref={area}
          aria-label={label}
          value={text}
          rows={2}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open ? `${listId}-${active}` : undefined}
          placeholder="Write a comment; @ to mention someone"
          onChange={(e) => onChange(e.target.value, e.target.selectionStart)}
          onKeyDown={(e) => {
            if (open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
              e.preventDefault();
              setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
            } else if (open && (e.key === 'Enter' || e.key === 'Tab')) {
              e.preventDefault();
              const p = options[active];
              if (p) choose(p);
            } else if (open && e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              setQuery(null);
            } else if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) {
              e.preventDefault();
              void submit();
            }
          }}
        />
        <ul id={listId} role="listbox" aria-label="Mention a member" className="mention-list" hidden={!open}>
          {options.map((p, i) => (
            <li
              key={p.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(p);
              }}
            >
              {p.name}
            </li>
          ))}
        </ul>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--small button--primary" disabled={busy || !text.trim()}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--small" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
