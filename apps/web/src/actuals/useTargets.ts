// The applications and platforms a mapping rule can point at: the lists of the plan scenario the
// actuals are measured against (its stored document), and a label for any target, known or not.
import { useEffect, useState } from 'react';
import { getScenario, listScenarios, type ScenarioSummary } from '../scenarios/api';
import type { Target } from './types';

export interface TargetLists {
  applications: { id: string; name: string; team: string }[];
  platforms: { id: string; name: string }[];
}

const EMPTY: TargetLists = { applications: [], platforms: [] };

function listOf(doc: Record<string, unknown>, key: string): Record<string, unknown>[] {
  const value = doc[key];
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export function targetsOf(doc: Record<string, unknown>): TargetLists {
  return {
    applications: listOf(doc, 'applications').map((a) => ({ id: text(a['id']), name: text(a['name']) || text(a['id']), team: text(a['team']) })),
    platforms: listOf(doc, 'platforms').map((p) => ({ id: text(p['id']), name: text(p['name']) || text(p['id']) })),
  };
}

/** "Application: Support chat", "Platform: H100 cluster"; an id the scenario lacks is shown as is. */
export function targetLabel(target: Target | null, lists: TargetLists): string {
  if (!target) return 'Unmapped';
  if ('application' in target) return `Application: ${lists.applications.find((a) => a.id === target.application)?.name ?? target.application}`;
  return `Platform: ${lists.platforms.find((p) => p.id === target.platform)?.name ?? target.platform}`;
}

export function useScenarioList(): { scenarios: ScenarioSummary[]; error: string | null } {
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    listScenarios().then(
      (list) => alive && setScenarios(list),
      () => alive && setError('The scenarios could not be loaded.'),
    );
    return () => {
      alive = false;
    };
  }, []);
  return { scenarios, error };
}

export function useTargets(scenarioId: string | null): TargetLists {
  const [lists, setLists] = useState<TargetLists>(EMPTY);
  useEffect(() => {
    if (!scenarioId) return setLists(EMPTY);
    let alive = true;
    getScenario(scenarioId).then(
      (s) => alive && setLists(targetsOf(s.document)),
      () => alive && setLists(EMPTY),
    );
    return () => {
      alive = false;
    };
  }, [scenarioId]);
  return lists;
}
