// Routes owned by the analysis screens: the compare page, and a dev preview that renders every
// analysis component on the Blackwell and Hopper presets, projected in the browser.
import type { RouteObject } from 'react-router-dom';
import { ComparePage } from '../pages/ComparePage';
import { AnalysisPreviewPage } from './AnalysisPreviewPage';

export const analysisRoutes: RouteObject[] = [
  { path: 'compare', element: <ComparePage /> },
  { path: 'preview/dashboard', element: <AnalysisPreviewPage /> },
];
