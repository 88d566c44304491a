// Routes owned by the analysis screens: the compare page and, in development only, a preview that
// renders every analysis component on the Blackwell and Hopper presets, projected in the browser.
// The preview is not part of the product (issue 19): a production build has no route to it and
// no chunk of it (the dynamic import sits behind import.meta.env.DEV, which the build folds to false).
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { ComparePage } from '../pages/ComparePage';

function devPreviewRoutes(): RouteObject[] {
  if (!import.meta.env.DEV) return [];
  const AnalysisPreviewPage = lazy(() => import('./AnalysisPreviewPage').then((m) => ({ default: m.AnalysisPreviewPage })));
  return [
    {
      path: 'preview/dashboard',
      element: (
        <Suspense fallback={null}>
          <AnalysisPreviewPage />
        </Suspense>
      ),
    },
  ];
}

export const analysisRoutes: RouteObject[] = [{ path: 'compare', element: <ComparePage /> }, ...devPreviewRoutes()];
