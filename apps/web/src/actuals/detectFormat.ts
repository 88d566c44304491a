// Which of the three accepted formats a file is, from its extension and its first bytes: the upload
// pre-selects it, the user can override it, and the server checks it again.
import type { ActualsFormat } from './types';

export const FORMAT_LABELS: Record<ActualsFormat, string> = {
  focus: 'FOCUS billing CSV',
  litellm: 'LiteLLM spend logs',
  opencost: 'OpenCost allocation',
};

function firstLine(text: string): string[] {
  return (text.split(/\r?\n/, 1)[0] ?? '').split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
}

/** The format `content` (named `fileName`) looks like, or null when none fits. */
export function detectFormat(fileName: string, content: string): ActualsFormat | null {
  const text = content.replace(/^\uFEFF/, '').trimStart();
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (text.startsWith('[') || text.startsWith('{') || ext === 'json') {
    // A LiteLLM log is an array of requests; an OpenCost allocation response is { code, data: [...] }.
    if (text.startsWith('[')) return 'litellm';
    if (/"data"\s*:/.test(text.slice(0, 2000)) || /"totalCost"/.test(text.slice(0, 20000))) return 'opencost';
    return /"request_id"|"spend"/.test(text.slice(0, 2000)) ? 'litellm' : null;
  }
  const header = firstLine(text);
  if (header.includes('chargeperiodstart')) return 'focus';
  if (header.includes('request_id') || header.includes('spend')) return 'litellm';
  if (header.includes('totalcost')) return 'opencost';
  return null;
}
