// Renaming a platform or API option id carries its references along: every application served by
// it, directly or at a step of a migration path, follows the new id (no "platform:fleet (unknown)").
import { asList, setIn } from './documentPath';
import { stepsOf, servedByOf } from './servedByPath';

type Kind = 'platform' | 'api';
const LIST: Record<Kind, 'platforms' | 'apiOptions'> = { platform: 'platforms', api: 'apiOptions' };

function retarget(target: unknown, kind: Kind, from: string, to: string): unknown {
  if (target === null || typeof target !== 'object') return target;
  const t = target as Record<string, unknown>;
  return t[kind] === from ? { ...t, [kind]: to } : target;
}

/**
 * The document with item `index` of the platforms (or API options) renamed to `to`, and every
 * reference to its old id renamed too. References stay put when the old id was shared with
 * another item (they could belong to either).
 */
export function renameTargetId<T extends Record<string, unknown>>(doc: T, kind: Kind, index: number, to: string): T {
  const list = asList(doc[LIST[kind]]);
  const from = list[index]?.['id'];
  const renamed = setIn(doc, [LIST[kind], index, 'id'], to);
  if (typeof from !== 'string' || from === to || list.some((item, i) => i !== index && item['id'] === from)) return renamed;
  const applications = doc['applications'];
  if (!Array.isArray(applications)) return renamed;
  const next = applications.map((application: unknown) => {
    if (application === null || typeof application !== 'object') return application;
    const a = application as Record<string, unknown>;
    const servedBy = a['servedBy'];
    if (servedBy === undefined) return application;
    const steps = stepsOf(servedBy);
    const moved = steps.map((s) => ({ ...s, target: retarget(s.target, kind, from, to) }));
    if (moved.every((s, i) => s.target === steps[i]?.target)) return application;
    return { ...a, servedBy: Array.isArray(servedBy) ? moved.map((s, i) => ({ ...(servedBy[i] as object), target: s.target })) : servedByOf(moved) };
  });
  return { ...renamed, applications: next };
}
