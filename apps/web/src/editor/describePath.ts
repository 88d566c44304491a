// Issue paths in words, in the model's labels: `applications[1].growth.monthlyRate` →
// `Code assistant › growth › monthly growth`.
import { inputLabel } from '@tokenplan/model';

/** The model's label of the field at `pattern` (`applications[].growth`), lower-cased after its first word unless an acronym. */
function word(pattern: string, key: string): string {
  const label = inputLabel(pattern)?.label ?? key;
  return label.replace(/^(\p{Lu})(\p{Ll})/u, (_, first: string, next: string) => first.toLowerCase() + next);
}

const LIST_NAMES = new Set(['applications', 'platforms', 'apiOptions']);

export function describePath(doc: Record<string, unknown>, path: string): string {
  if (path === '') return 'Scenario';
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
        const item = (doc[list] as Record<string, unknown>[] | undefined)?.[index];
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
