// GET/POST /api/v1/scenarios/:id/comments, PATCH/DELETE …/:commentId (docs/api.md, "Comments").
import { api } from '../api/client';

export interface Comment {
  id: string;
  parentId: string | null;
  authorId: string | null;
  authorName: string | null;
  /** Text; a mention is `<@user-id>`. */
  body: string;
  mentions: { id: string; name: string }[];
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
}

const base = (id: string) => `/api/v1/scenarios/${encodeURIComponent(id)}/comments`;

export const listComments = async (id: string) => (await api.get<{ comments: Comment[] }>(base(id))).comments;
export const addComment = async (id: string, body: string, parentId?: string) =>
  (await api.post<{ comment: Comment }>(base(id), parentId ? { body, parentId } : { body })).comment;
export const editComment = async (id: string, commentId: string, body: string) => (await api.patch<{ comment: Comment }>(`${base(id)}/${commentId}`, { body })).comment;
export const deleteComment = async (id: string, commentId: string) => (await api.delete<{ comment: Comment }>(`${base(id)}/${commentId}`)).comment;
