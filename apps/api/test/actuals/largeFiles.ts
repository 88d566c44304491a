// Large actuals files (up to the 10 MB import limit) made from samples/actuals/* by repeating their
// rows, each copy with its own identity (FOCUS resource id, LiteLLM request id, OpenCost name), so a
// file of N copies parses to N × the sample's rows, all distinct. For the stall test and measurements.
import { readFileSync } from 'node:fs';
import type { ActualsFormat } from '@tokenplan/model';

const sample = (name: string) => readFileSync(new URL(`../../../../samples/actuals/${name}`, import.meta.url), 'utf8');

export const SAMPLE_FILES: Record<ActualsFormat, string> = {
  focus: 'focus-2027.csv',
  litellm: 'litellm-spend-logs.json',
  opencost: 'opencost-allocation.json',
};

/** Rows of one copy of each sample (samples/actuals/README.md). */
export const SAMPLE_ROWS: Record<ActualsFormat, number> = { focus: 24, litellm: 36, opencost: 21 };

type Rec = Record<string, unknown>;

/** One copy of the sample's rows, made distinct by `n`, as the text to repeat. */
function copies(format: ActualsFormat): { head: string; tail: string; separator: string; copy: (n: number) => string } {
  const text = sample(SAMPLE_FILES[format]);
  if (format === 'focus') {
    const [header = '', ...lines] = text.trimEnd().split('\n');
    // ResourceId is column 9 (index 8); every sample row has a plain (unquoted) one or none.
    const copy = (n: number) => lines.map((line) => line.replace(/^((?:[^,]*,){8})([^,]*)/, (_m, before: string, id: string) => `${before}${id}-c${n}`)).join('\n');
    return { head: `${header}\n`, tail: '\n', separator: '\n', copy };
  }
  const json = JSON.parse(text) as unknown;
  if (format === 'litellm') {
    const records = json as Rec[];
    const copy = (n: number) => records.map((r) => JSON.stringify({ ...r, request_id: `${String(r.request_id)}-c${n}` }, null, 2)).join(',\n');
    return { head: '[\n', tail: '\n]\n', separator: ',\n', copy };
  }
  const { data, ...rest } = json as { data: Rec[] };
  const copy = (n: number) =>
    data
      .map((step) => {
        const renamed = Object.fromEntries(Object.entries(step).map(([name, a]) => [`${name}-c${n}`, { ...(a as Rec), name: `${name}-c${n}` }]));
        return JSON.stringify(renamed, null, 2);
      })
      .join(',\n');
  return { head: `${JSON.stringify(rest).slice(0, -1)},"data":[\n`, tail: '\n]}\n', separator: ',\n', copy };
}

/** A file of `format` of at most `maxChars` characters (whole copies of the sample), and its copy count. */
export function largeFile(format: ActualsFormat, maxChars: number): { content: string; copies: number } {
  const { head, tail, separator, copy } = copies(format);
  const parts: string[] = [];
  let length = head.length + tail.length;
  for (let n = 1; ; n++) {
    const next = copy(n);
    const added = next.length + (parts.length > 0 ? separator.length : 0);
    if (length + added > maxChars) break;
    parts.push(next);
    length += added;
  }
  return { content: head + parts.join(separator) + tail, copies: parts.length };
}
