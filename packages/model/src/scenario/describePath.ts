/**
 * An issue's or warning's path in words, in the model's labels: `applications[1].growth.monthlyRate` →
 * `Code assistant › growth › monthly growth`. Pure (scenario document + path → words): the web's warnings
 * and issue lists and the API's exports (XLSX, PDF) read the same words.
 */
import { inputLabel } from '../output/inputLabels';
import { outputLabel } from '../output/outputLabels';

/** The model's label of the field at `pattern` (`applications[].growth`), lower-cased after its first word unless an acronym. */
function word(pattern: string, key: string): string {
  const label = inputLabel(pattern)?.label ?? key;
  return label.replace(/^(\p{Lu})(\p{Ll})/u, (_, first: string, next: string) => first.toLowerCase() + next);
}

const LIST_NAMES = new Set(['applications', 'platforms', 'apiOptions']);

/** `doc`: the scenario (or draft) the path points into; list items are named by their `name` there. */
export function describePath(doc: unknown, path: string): string {
  if (path === '') return 'Scenario';
  // A projection warning on a KPI (`kpis.afterTax.irrAnnual`): the output's labels, "KPIs › after tax › IRR".
  if (path.startsWith('kpis.')) {
    const keys = path.split('.').slice(1);
    return ['KPIs', ...keys.map((k) => (k === 'afterTax' ? 'after tax' : outputLabel(k)))].join(' › ');
  }
  const scenario = doc !== null && typeof doc === 'object' ? (doc as Record<string, unknown>) : {};
  const parts: string[] = [];
  const re = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  let list: string | null = null;
  let pattern = '';
  for (let m = re.exec(path); m; m = re.exec(path)) {
    if (m[1] !== undefined) {
      pattern = pattern === '' ? m[1] : `${pattern}.${m[1]}`;
      if (LIST_NAMES.has(m[1])) list = m[1];
      else parts.push(word(pattern, m[1]));
    } else if (m[2] !== undefined) {
      pattern += '[]';
      const index = Number(m[2]);
      if (list) {
        const items = scenario[list];
        const item = Array.isArray(items) ? (items[index] as Record<string, unknown> | undefined) : undefined;
        const name = typeof item?.['name'] === 'string' && item['name'] !== '' ? item['name'] : `${list} #${index + 1}`;
        parts.push(name);
        list = null;
      } else parts.push(`#${index + 1}`);
    } else if (m[3] !== undefined) parts.push(m[3]);
  }
  if (list) parts.unshift(word(list, list));
  const text = parts.join(' › ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
