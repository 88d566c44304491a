import type { ReactNode } from 'react';
import './auth.css';

/** The centred card of the sign-in, setup and invite screens. */
export function AuthShell({ title, lede, children, footer }: { title: string; lede?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="auth-screen">
      <main className="auth-card" id="main">
        <div className="auth-brand">
          <svg viewBox="0 0 32 32" width="30" height="30" aria-hidden="true">
            <rect width="32" height="32" rx="7" fill="#1f3a5f" />
            <path d="M8 22 L14 15 L18 18 L24 9" stroke="#7cc4a4" strokeWidth="3" fill="none" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span>Tokenplan</span>
        </div>
        <h1>{title}</h1>
        {lede ? <p className="auth-lede">{lede}</p> : null}
        {children}
      </main>
      {footer ? <p className="auth-footer">{footer}</p> : null}
    </div>
  );
}
