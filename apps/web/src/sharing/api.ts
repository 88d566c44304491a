// GET/PUT /api/v1/scenarios/:id/sharing (docs/api.md, "Sharing").
import { api } from '../api/client';

export type ShareRole = 'VIEWER' | 'EDITOR';
export interface Member {
  id: string;
  name: string;
  email: string;
}
export interface Sharing {
  visibility: 'PRIVATE' | 'WORKSPACE';
  workspaceRole: ShareRole;
  grants: (Member & { role: ShareRole })[];
  ownerId: string;
  manage: boolean;
  etag: string;
  members?: Member[];
}
export interface SharingChange {
  visibility: Sharing['visibility'];
  workspaceRole: ShareRole;
  grants: { userId: string; role: ShareRole }[];
}

const url = (id: string) => `/api/v1/scenarios/${encodeURIComponent(id)}/sharing`;

export const getSharing = (id: string) => api.get<Sharing>(url(id));

/** PUT with If-Match; a 412 is an ApiError whose body carries `current`. */
export const putSharing = (id: string, etag: string, change: SharingChange) => api.put<Sharing>(url(id), change, { headers: { 'if-match': etag } });

export const ROLE_WORDS: Record<ShareRole, string> = { VIEWER: 'Can view and comment', EDITOR: 'Can edit' };
