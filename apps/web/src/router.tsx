import { createBrowserRouter } from 'react-router-dom';
import { AppLayout } from './layout/AppLayout';
import { AccessPage } from './auth/AccessPage';
import { AccountPage } from './auth/AccountPage';
import { InvitePage } from './auth/InvitePage';
import { LoginPage } from './auth/LoginPage';
import { RequireAuth } from './auth/RequireAuth';
import { SetupPage } from './auth/SetupPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ScenarioListPage } from './pages/ScenarioListPage';
import { ScenarioPage } from './pages/ScenarioPage';
import { ActualsPage } from './actuals/ActualsPage';
import { ReferenceLibraryPage } from './reference/ReferenceLibraryPage';
import { analysisRoutes } from './analysis/previewRoutes';
import { ClaimCheckPage } from './claims/ClaimCheckPage';

export const router = createBrowserRouter([
  { path: '/setup', element: <SetupPage /> },
  { path: '/login', element: <LoginPage /> },
  { path: '/invite', element: <InvitePage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      {
        path: 'access',
        element: (
          <RequireAuth role="OWNER">
            <AccessPage />
          </RequireAuth>
        ),
      },
      { path: 'account', element: <AccountPage /> },
      { index: true, element: <ScenarioListPage /> },
      { path: 'scenarios/:id', element: <ScenarioPage /> },
      { path: 'claims', element: <ClaimCheckPage /> },
      { path: 'actuals', element: <ActualsPage /> },
      { path: 'reference', element: <ReferenceLibraryPage /> },
      ...analysisRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
