import type { ReactNode } from 'react';

/** One titled block of the editor; its id is the anchor the section index links to. */
export function EditorSection({ id, title, description, actions, children }: { id: string; title: string; description?: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="editor-section panel" id={`section-${id}`} aria-labelledby={`section-${id}-title`}>
      <header className="editor-section-head">
        <div>
          <h2 id={`section-${id}-title`}>{title}</h2>
          {description ? <p className="muted">{description}</p> : null}
        </div>
        {actions ? <div className="editor-section-actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}
