import { useState } from 'react';
import { AuditPanel } from './AuditPanel';
import { InvitesPanel } from './InvitesPanel';
import { MembersPanel } from './MembersPanel';
import './auth.css';

/** The owner's page: members (roles, deactivation), invitations, audit log. */
export function AccessPage() {
  const [version, setVersion] = useState(0);
  return (
    <section className="page access-page">
      <div className="page-head">
        <div>
          <h1>Users &amp; access</h1>
          <p className="lede">Invite colleagues, set their roles and review what happened in the workspace.</p>
        </div>
      </div>
      {/* A change in one panel reloads the others: deactivating an owner also expires their invite links. */}
      <MembersPanel version={version} onChange={() => setVersion((v) => v + 1)} />
      <InvitesPanel version={version} onChange={() => setVersion((v) => v + 1)} />
      <AuditPanel version={version} />
    </section>
  );
}
