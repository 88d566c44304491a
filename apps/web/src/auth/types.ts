// Shapes of the account API (apps/api/src/routes/{auth,invites,users,tokens,audit}.ts).
export type Role = 'OWNER' | 'EDITOR' | 'VIEWER';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  /** Deactivated by an owner: cannot sign in. */
  disabled: boolean;
  disabledAt: string | null;
}

export interface Me {
  user: User;
  via: 'session' | 'token';
  canWrite: boolean;
}

export interface AuthStatus {
  setupRequired: boolean;
  me: Me | null;
}

export interface Invite {
  id: string;
  email: string | null;
  role: Role;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  usedBy: { id: string; name: string; email: string } | null;
  status: 'pending' | 'used' | 'expired';
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scope: 'READ' | 'READ_WRITE';
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface AuditEvent {
  id: string;
  createdAt: string;
  action: string;
  entityType: string;
  entityId: string | null;
  details: unknown;
  actor: { id: string; name: string; email: string } | null;
  /** The scenario or member the event is about, named now (deleted: it no longer exists). */
  entity?: { name: string | null; deleted: boolean } | null;
}

export const ROLE_LABEL: Record<Role, string> = { OWNER: 'Owner', EDITOR: 'Editor', VIEWER: 'Viewer' };
