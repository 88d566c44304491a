// Which of the three formats a file looks like: for a clear "wrong format" message, never to guess.
import { columnIndex, parseJson, readCsv } from './fields';
import type { ActualsFormat } from './types';

export const FORMAT_NAMES: Record<ActualsFormat, string> = {
  focus: 'a FOCUS billing CSV',
  litellm: 'a LiteLLM spend log',
  opencost: 'an OpenCost allocation export',
};

function sniffJson(value: unknown): ActualsFormat | null {
  const first = Array.isArray(value) ? value[0] : undefined;
  if (first && typeof first === 'object' && ('request_id' in first || 'spend' in first)) return 'litellm';
  if (value && typeof value === 'object' && !Array.isArray(value) && Array.isArray((value as { data?: unknown }).data)) return 'opencost';
  return null;
}

/** The format `content` looks like, or null when it looks like none of them. */
export function sniffFormat(content: string): ActualsFormat | null {
  const text = content.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('[') || text.startsWith('{')) {
    try {
      return sniffJson(parseJson(text));
    } catch {
      return null;
    }
  }
  const { header } = readCsv(text.split(/\r?\n/, 1)[0] ?? '');
  const col = columnIndex(header);
  if (col('ChargePeriodStart') >= 0) return 'focus';
  if (col('request_id') >= 0 && col('spend') >= 0) return 'litellm';
  if (col('totalCost') >= 0) return 'opencost';
  return null;
}

/** "…: this looks like a LiteLLM spend log; choose that format" when it does, else nothing. */
export function formatHint(content: string, expected: ActualsFormat): string {
  const seen = sniffFormat(content);
  return seen && seen !== expected ? ` This looks like ${FORMAT_NAMES[seen]}: choose the format "${seen}".` : '';
}
