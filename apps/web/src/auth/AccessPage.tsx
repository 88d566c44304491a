import { useState } from 'react';
import { AuditPanel } from './AuditPanel';
import { InvitesPanel } from './InvitesPanel';
import { MembersPanel } from './MembersPanel';
import './auth.css';

/** The owner's page: members and roles, invitations, audit log. */
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
      <MembersPanel version={version} />
      <InvitesPanel onChange={() => setVersion((v) => v + 1)} />
      <AuditPanel version={version} />
    </section>
  );
}
