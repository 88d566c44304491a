/**
 * Checks between the Scenario's lists (spec §2), run once every field is valid:
 * duplicate ids within each list, `servedBy` ids that do not resolve, and a platform lacking a
 * tokens/s figure for a model that an application runs on it. Pure; never throws.
 */
import type { Scenario } from './objectSchema';
import { CODES, MESSAGES } from './messages';
import { limitIssues } from './limitChecks';

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
    const { servedBy } = application;
    if ('platform' in servedBy && !platformIds.has(servedBy.platform)) {
      issues.push({
        code: CODES.unknownPlatform,
        path: ['applications', index, 'servedBy', 'platform'],
        message: MESSAGES.unknownPlatform(servedBy.platform),
      });
    }
    if ('api' in servedBy && !apiIds.has(servedBy.api)) {
      issues.push({
        code: CODES.unknownApiOption,
        path: ['applications', index, 'servedBy', 'api'],
        message: MESSAGES.unknownApiOption(servedBy.api),
      });
    }
  });
  return issues;
}

/** One issue per (platform, model) pair without a throughput figure, naming the first application. */
function missingThroughput(scenario: Scenario): CrossCheckIssue[] {
  const issues: CrossCheckIssue[] = [];
  const reported = new Set<string>();
  for (const application of scenario.applications) {
    if (!('platform' in application.servedBy)) continue;
    const platformId = application.servedBy.platform;
    const index = scenario.platforms.findIndex((p) => p.id === platformId);
    const platform = scenario.platforms[index];
    if (platform === undefined || Object.hasOwn(platform.throughput, application.model)) continue;
    const key = JSON.stringify([index, application.model]);
    if (reported.has(key)) continue;
    reported.add(key);
    issues.push({
      code: CODES.missingThroughput,
      path: ['platforms', index, 'throughput'],
      message: MESSAGES.missingThroughput(application.model, application.id),
    });
  }
  return issues;
}

export function crossCheckScenario(scenario: Scenario): CrossCheckIssue[] {
  return [
    ...duplicateIds('platforms', scenario.platforms),
    ...duplicateIds('apiOptions', scenario.apiOptions),
    ...duplicateIds('applications', scenario.applications),
    ...unresolvedServedBy(scenario),
    ...missingThroughput(scenario),
    ...limitIssues(scenario),
  ];
}
