import { useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { UserMenu } from '../auth/UserMenu';

const NAV = [
  { to: '/', label: 'Scenarios', end: true },
  { to: '/compare', label: 'Compare', end: false },
  { to: '/claims', label: 'Claim check', end: false },
  { to: '/actuals', label: 'Actuals', end: false },
  { to: '/reference', label: 'Reference', end: false },
  { to: '/api/docs', label: 'API', end: false, external: true },
];

export function AppLayout() {
  // On a phone the links and the user menu fold behind a Menu button (global.css, max-width 760px).
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setMenuOpen(false), [pathname]);
  return (
    <div className="app">
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="app-header">
        <NavLink to="/" className="brand" aria-label="Tokenplan home">
          <svg viewBox="0 0 32 32" width="26" height="26" aria-hidden="true">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <path d="M8 22 L14 15 L18 18 L24 9" stroke="#7cc4a4" strokeWidth="3" fill="none" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span>Tokenplan</span>
        </NavLink>
        <button type="button" className="menu-toggle" aria-expanded={menuOpen} aria-controls="app-menu" onClick={() => setMenuOpen((open) => !open)}>
          Menu
        </button>
        <div id="app-menu" className={`app-menu${menuOpen ? ' app-menu--open' : ''}`}>
          <nav aria-label="Main">
            <ul>
              {NAV.map((item) =>
                item.external ? (
                  <li key={item.to}>
                    <a href={item.to}>{item.label}</a>
                  </li>
                ) : (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.end}>
                      {item.label}
                    </NavLink>
                  </li>
                ),
              )}
            </ul>
          </nav>
          <UserMenu />
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        Tokenplan — AI inference budgets. Figures are projections; check the assumptions.
      </footer>
    </div>
  );
}
