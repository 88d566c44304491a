// Comments on a scenario, in threads (one level of replies), with @mentions of workspace members.
// Anyone who can read the scenario comments (viewers too); authors edit and delete their own.
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { formatDateTime } from '../format';
import { getSharing } from '../sharing/api';
import { addComment, deleteComment, editComment, listComments, type Comment } from './api';
import { Composer } from './Composer';
import { bodyParts, toEditable, type Person } from './mentions';
import './comments.css';

export function CommentsPanel({ scenarioId }: { scenarioId: string }) {
  const { me } = useAuth();
  const [comments, setComments] = useState<Comment[] | null>(null);
  const [people, setPeople] = useState<Person[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const load = useCallback(() => {
    listComments(scenarioId).then(setComments, (e: unknown) => setError(errorMessage(e, 'Could not load the comments.')));
  }, [scenarioId]);
  useEffect(() => {
    load();
    getSharing(scenarioId).then(
      (s) => setPeople((s.members ?? []).map((m) => ({ id: m.id, name: m.name }))),
      () => setPeople([]),
    );
  }, [load, scenarioId]);

  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      load();
    } catch (e) {
      setError(errorMessage(e, 'Could not save the comment.'));
      throw e;
    }
  };

  const roots = (comments ?? []).filter((c) => c.parentId === null);
  const repliesOf = (id: string) => (comments ?? []).filter((c) => c.parentId === id);

  const item = (c: Comment) => {
    const mine = c.authorId !== null && c.authorId === me?.user.id && !c.deletedAt;
    return (
      <article className="comment" aria-label={`Comment by ${c.authorName ?? 'a former member'}`}>
        <header className="comment-meta">
          <strong>{c.authorName ?? 'Former member'}</strong> <span className="muted">{formatDateTime(c.createdAt)}</span>
          {c.editedAt && !c.deletedAt ? <span className="muted"> · edited</span> : null}
        </header>
        {c.deletedAt ? (
          <p className="muted">Comment deleted.</p>
        ) : editing === c.id ? (
          <Composer
            label="Edit your comment"
            people={people}
            initial={toEditable(c.body, c.mentions)}
            initialPicked={c.mentions}
            submitLabel="Save"
            onSubmit={async (body) => {
              await act(() => editComment(scenarioId, c.id, body));
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <p className="comment-body">
            {bodyParts(c.body, c.mentions).map((p, i) =>
              'text' in p ? (
                <span key={i}>{p.text}</span>
              ) : (
                <span key={i} className="mention">
                  @{p.mention.name}
                </span>
              ),
            )}
          </p>
        )}
        {mine && editing !== c.id ? (
          <div className="button-row">
            <button type="button" className="link-button" onClick={() => setEditing(c.id)}>
              Edit
            </button>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                if (window.confirm('Delete this comment? Its replies stay.')) void act(() => deleteComment(scenarioId, c.id)).catch(() => {});
              }}
            >
              Delete
            </button>
          </div>
        ) : null}
      </article>
    );
  };

  return (
    <section className="comments-panel panel" aria-labelledby="comments-title">
      <h2 id="comments-title">Comments</h2>
      {error ? (
        <div className="inline-error" role="alert">
          {error}
        </div>
      ) : null}
      {comments === null && !error ? <p className="muted">Loading comments…</p> : null}
      {comments?.length === 0 ? <p className="muted">No comments yet. Ask a question or note a decision; @ mentions a member.</p> : null}
      <ol className="comment-threads">
        {roots.map((root) => (
          <li key={root.id}>
            {item(root)}
            <ol className="comment-replies">
              {repliesOf(root.id).map((r) => (
                <li key={r.id}>{item(r)}</li>
              ))}
            </ol>
            {replyTo === root.id ? (
              <Composer
                label={`Reply to ${root.authorName ?? 'this comment'}`}
                people={people}
                submitLabel="Reply"
                onSubmit={async (body) => {
                  await act(() => addComment(scenarioId, body, root.id));
                  setReplyTo(null);
                }}
                onCancel={() => setReplyTo(null)}
              />
            ) : (
              <button type="button" className="link-button comment-reply" onClick={() => setReplyTo(root.id)}>
                Reply
              </button>
            )}
          </li>
        ))}
      </ol>
      <Composer label="New comment" people={people} submitLabel="Comment" onSubmit={(body) => act(() => addComment(scenarioId, body))} />
    </section>
  );
}
