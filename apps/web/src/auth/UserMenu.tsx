import { NavLink } from 'react-router-dom';
import { useAuth } from './AuthContext';
import { ROLE_LABEL } from './types';
import './auth.css';

/** Right side of the header: who is signed in, their pages, and sign-out. */
export function UserMenu() {
  const { me, signOut } = useAuth();
  if (!me) return null;
  return (
    <div className="user-menu">
      {me.user.role === 'OWNER' ? (
        <NavLink to="/access" className="user-menu-link">
          Users &amp; access
        </NavLink>
      ) : null}
      <NavLink to="/account" className="user-menu-link user-menu-who" title={me.user.email}>
        <span className="user-menu-name">{me.user.name}</span>
        <span className="user-menu-role">{ROLE_LABEL[me.user.role]}</span>
      </NavLink>
      <button type="button" className="user-menu-signout" onClick={() => void signOut()}>
        Sign out
      </button>
    </div>
  );
}
