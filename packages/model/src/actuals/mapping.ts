/**
 * Mapping rules: which application or platform a row of actual spend belongs to. Rules are an
 * ordered list; the first rule whose dimension matches wins; a row no rule matches stays unmapped
 * (shown, never dropped). Values compare trimmed and case-insensitively.
 */
import type { ActualDimensions } from './types';

export const MAPPING_SOURCES = ['tag', 'team', 'model', 'namespace', 'service', 'resource'] as const;
export type MappingSource = (typeof MAPPING_SOURCES)[number];
export type MappingTarget = { application: string } | { platform: string };

export interface MappingRule {
  id?: string | undefined;
  source: MappingSource;
  /** The tag key for source "tag" (null: any tag with this value, or a plain LiteLLM request tag). */
  key: string | null;
  value: string;
  target: MappingTarget;
}

const same = (a: string | undefined, b: string) => a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

export function ruleMatches(rule: Pick<MappingRule, 'source' | 'key' | 'value'>, d: ActualDimensions): boolean {
  switch (rule.source) {
    case 'team':
      return same(d.team, rule.value);
    case 'model':
      return same(d.model, rule.value);
    case 'namespace':
      return same(d.namespace, rule.value);
    case 'service':
      return same(d.service, rule.value);
    case 'resource':
      return same(d.resourceId, rule.value);
    case 'tag': {
      const tags = Object.entries(d.tags ?? {});
      if (rule.key !== null && rule.key !== '') return tags.some(([k, v]) => same(k, rule.key as string) && same(v, rule.value));
      return tags.some(([, v]) => same(v, rule.value)) || (d.requestTags ?? []).some((t) => same(t, rule.value));
    }
  }
}

/** The target of the first matching rule, or null (unmapped). */
export function mapTarget(rules: readonly MappingRule[], dimensions: ActualDimensions): MappingTarget | null {
  for (const rule of rules) if (ruleMatches(rule, dimensions)) return rule.target;
  return null;
}

/** "application:<id>" / "platform:<id>": a map key for a target. */
export function mappingTargetKey(target: MappingTarget): string {
  return 'application' in target ? `application:${target.application}` : `platform:${target.platform}`;
}

const app = (application: string) => ({ application });

/**
 * The rules a workspace starts with (until it saves its own): the demo workspace's applications by
 * an `application` tag or label, by LiteLLM team alias and by Kubernetes namespace (same names).
 */
export const DEFAULT_MAPPING_RULES: readonly MappingRule[] = (
  [
    ['support-assistant', 'customer-operations'],
    ['code-assistant', 'engineering'],
    ['research-agent', 'strategy'],
    ['document-search', 'knowledge'],
    ['sales-copilot', 'revenue'],
  ] as const
).flatMap(([id, team]) => [
  { source: 'tag', key: 'application', value: id, target: app(id) } as const,
  { source: 'team', key: null, value: team, target: app(id) } as const,
  { source: 'namespace', key: null, value: id, target: app(id) } as const,
]);
