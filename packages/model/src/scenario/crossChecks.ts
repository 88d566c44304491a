/**
 * Checks between the Scenario's lists (spec §2), run once every field is valid:
 * duplicate ids within each list, `servedBy` ids that do not resolve, and a platform lacking a
 * tokens/s figure for a model that an application runs on it. Pure; never throws.
 */
import { Decimal } from '../decimal';
import type { Scenario } from './objectSchema';
import { CODES, MESSAGES, formatQuantity } from './messages';
import { limitIssues } from './limitChecks';
import { isPlatformTarget, targetsOf, throughputForm } from './servedBy';

export interface CrossCheckIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

type ListName = 'platforms' | 'apiOptions' | 'applications';
const KIND: Record<ListName, string> = {
  platforms: 'platform',
  apiOptions: 'API option',
  applications: 'application',
};

/** Every repeat of an id after its first use, with the repeat's path. */
function duplicateIds(list: ListName, items: readonly { id: string }[]): CrossCheckIssue[] {
  const seen = new Set<string>();
  const issues: CrossCheckIssue[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      issues.push({ code: CODES.duplicateId, path: [list, index, 'id'], message: MESSAGES.duplicateId(item.id, KIND[list]) });
    }
    seen.add(item.id);
  });
  return issues;
}

function unresolvedServedBy(scenario: Scenario): CrossCheckIssue[] {
  const platformIds = new Set(scenario.platforms.map((p) => p.id));
  const apiIds = new Set(scenario.apiOptions.map((o) => o.id));
  const issues: CrossCheckIssue[] = [];
  scenario.applications.forEach((application, index) => {
    for (const { target, path } of targetsOf(application.servedBy)) {
      if ('platform' in target && !platformIds.has(target.platform)) {
        issues.push({ code: CODES.unknownPlatform, path: ['applications', index, ...path, 'platform'], message: MESSAGES.unknownPlatform(target.platform) });
      }
      if ('api' in target && !apiIds.has(target.api)) {
        issues.push({ code: CODES.unknownApiOption, path: ['applications', index, ...path, 'api'], message: MESSAGES.unknownApiOption(target.api) });
      }
    }
  });
  return issues;
}

/** Each (platform, application) pair of the scenario's paths, with the platform's index. */
function platformPairs(scenario: Scenario) {
  const pairs: { appIndex: number; platformIndex: number }[] = [];
  scenario.applications.forEach((application, appIndex) => {
    const seen = new Set<number>();
    for (const { target } of targetsOf(application.servedBy)) {
      if (!isPlatformTarget(target)) continue;
      const platformIndex = scenario.platforms.findIndex((p) => p.id === target.platform);
      if (platformIndex < 0 || seen.has(platformIndex)) continue;
      seen.add(platformIndex);
      pairs.push({ appIndex, platformIndex });
    }
  });
  return pairs;
}

/** One issue per (platform, model) pair without a throughput figure, naming the first application. */
function missingThroughput(scenario: Scenario): CrossCheckIssue[] {
  const issues: CrossCheckIssue[] = [];
  const reported = new Set<string>();
  for (const { appIndex, platformIndex } of platformPairs(scenario)) {
    const application = scenario.applications[appIndex];
    const platform = scenario.platforms[platformIndex];
    if (application === undefined || platform === undefined || Object.hasOwn(platform.throughput, application.model)) continue;
    const key = JSON.stringify([platformIndex, application.model]);
    if (reported.has(key)) continue;
    reported.add(key);
    issues.push({
      code: CODES.missingThroughput,
      path: ['platforms', platformIndex, 'throughput'],
      message: MESSAGES.missingThroughput(application.model, application.id),
    });
  }
  return issues;
}

/** §9: an application on a curve states its interactivity, and the curve reaches it. */
function interactivityIssues(scenario: Scenario): CrossCheckIssue[] {
  const issues: CrossCheckIssue[] = [];
  for (const { appIndex, platformIndex } of platformPairs(scenario)) {
    const application = scenario.applications[appIndex];
    const platform = scenario.platforms[platformIndex];
    const figure = application && platform?.throughput[application.model];
    if (application === undefined || platform === undefined || figure === undefined) continue;
    const form = throughputForm(figure);
    if (form.kind !== 'curve') continue;
    const path = ['applications', appIndex, 'minInteractivity'];
    if (application.minInteractivity === undefined) {
      issues.push({ code: CODES.interactivityRequired, path, message: MESSAGES.interactivityRequired });
      continue;
    }
    const top = form.points[form.points.length - 1]?.interactivity ?? '0';
    if (new Decimal(application.minInteractivity).gt(top)) {
      issues.push({
        code: CODES.interactivityUnreachable,
        path,
        message: MESSAGES.interactivityUnreachable(formatQuantity(application.minInteractivity), platform.id, formatQuantity(top)),
      });
    }
  }
  return issues;
}

/** §9: reserved nodes belong to a rented auto fleet. */
function reservedOnFixed(scenario: Scenario): CrossCheckIssue[] {
  return scenario.platforms.flatMap((platform, index) =>
    platform.acquisition.type === 'rent' && platform.acquisition.reserved !== undefined && platform.fleet.mode === 'fixed'
      ? [{ code: CODES.reservedNeedsAuto, path: ['platforms', index, 'acquisition', 'reserved'], message: MESSAGES.reservedNeedsAuto }]
      : [],
  );
}

export function crossCheckScenario(scenario: Scenario): CrossCheckIssue[] {
  return [
    ...duplicateIds('platforms', scenario.platforms),
    ...duplicateIds('apiOptions', scenario.apiOptions),
    ...duplicateIds('applications', scenario.applications),
    ...unresolvedServedBy(scenario),
    ...missingThroughput(scenario),
    ...interactivityIssues(scenario),
    ...reservedOnFixed(scenario),
    ...limitIssues(scenario),
  ];
}
