// Validation issues in a finance user's words. The model's messages are written for API callers
// ("must be a number or a decimal string such as \"0.25\"", "between 1e-30 and 1e24 in size");
// the editor maps each code to a message about what to type, in the unit the field shows (a
// fraction field reads in %), with bounds a reader can use. The field and the issue summary show
// the same text: both come from here.
import { inputLabel, inputPattern } from '@tokenplan/model';
import { compact } from '../format';
import { getIn, type PathKey } from './documentPath';
import { parseInteger, parseNumber, REQUIRED_MESSAGE, shiftDecimal } from './parseNumber';

export interface RawIssue {
  code: string;
  path: string;
  message: string;
}

/** `applications[1].throughput["m"]` → ['applications', 1, 'throughput', 'm']. */
export function parsePathText(path: string): PathKey[] {
  const keys: PathKey[] = [];
  const re = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else if (m[3] !== undefined) keys.push(m[3].replace(/\\(.)/g, '$1'));
  }
  return keys;
}

/**
 * Rates the model states as plain numbers that the editor shows in percent beside their
 * neighbours: the logistic rate (0.1 a month, in %/month like compound growth).
 */
const PERCENT_IN_EDITOR = new Set(['applications[].growth.rate']);

/** The field stores a fraction (0.12) and is typed in percent (12). */
export function isPercentPath(path: string): boolean {
  return PERCENT_IN_EDITOR.has(inputPattern(path)) || (inputLabel(path)?.unit.startsWith('fraction') ?? false);
}

/** A bound as a reader wants it: "100 %" on a percent field, "1.0T" for a trillion, "1,000" else. */
function bound(text: string, percent: boolean): string {
  const plain = text.replace(/,/g, '');
  const n = Number(plain);
  if (!Number.isFinite(n)) return text;
  if (percent) {
    const shifted = /e/i.test(plain) ? String(n * 100) : shiftDecimal(plain, 2);
    return `${Math.abs(Number(shifted)) >= 1e6 ? compact(Number(shifted)) : Number(shifted).toLocaleString('en-US', { maximumFractionDigits: 4 })} %`;
  }
  if (Math.abs(n) >= 1e6) return compact(n);
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "must be between 0 and 1" on a fraction field → "Must be between 0 % and 100 %". */
function rangeText(message: string, percent: boolean): string {
  // Numbers as the model prints them: "1,000", "-0.5", "1e+24", "1.2e-7".
  const text = message.replace(/-?\d[\d,]*(?:\.\d+)?(?:e[+-]?\d+)?/gi, (n) => bound(n, percent));
  return capitalise(text);
}

/** Zod's own texts, should one slip through a custom schema ("Too small: expected string to have >=1 characters"). */
function zodDefault(message: string): string | null {
  if (/^Too small: expected (string|array)/.test(message)) return REQUIRED_MESSAGE;
  if (/^Too big: expected string/.test(message)) return 'Too long';
  if (/^(Invalid|Too small|Too big)\b/.test(message)) return 'Check this value';
  return null;
}

/** What the user typed there (the editor keeps unparsable text in the document until it is fixed). */
function typedMessage(value: unknown, percent: boolean, whole: boolean): string | null {
  if (typeof value !== 'string') return null;
  const parsed = whole ? parseInteger(value) : parseNumber(value, { percent });
  return parsed.ok ? null : parsed.message;
}

/** The message to show for one validation issue, at its field and in the summary. */
export function issueMessage(issue: RawIssue, doc: unknown): string {
  const percent = isPercentPath(issue.path);
  const value = getIn(doc, parsePathText(issue.path));
  switch (issue.code) {
    case 'required':
      return REQUIRED_MESSAGE;
    case 'too_short':
      return issue.message === 'must not be empty' ? REQUIRED_MESSAGE : capitalise(issue.message);
    case 'not_a_number':
    case 'invalid_type':
    case 'not_an_integer': {
      const whole = /whole number/.test(issue.message) || issue.code === 'not_an_integer';
      const typed = typedMessage(value, percent, whole);
      if (typed) return typed;
      if (whole) return 'Enter a whole number';
      return issue.code === 'invalid_type' && !/number/.test(issue.message) ? 'Check this value' : percent ? 'Enter a percentage, e.g. 12 or 12.5' : 'Enter a number';
    }
    case 'not_finite':
      return 'Enter a number';
    case 'unsupported_magnitude': {
      const n = Math.abs(Number(value));
      return Number.isFinite(n) && n > 0 && n < 1 ? 'Too small to plan with: enter 0 or a larger value' : 'Too large to plan with: enter a smaller value';
    }
    case 'out_of_range':
      return rangeText(issue.message, percent);
    case 'invalid_value':
      return 'Choose one of the listed options';
    case 'invalid_served_by':
      return 'Choose a platform or an API option';
    case 'invalid_month':
      return 'Enter a month as YYYY-MM, e.g. 2027-01';
    default:
      return zodDefault(issue.message) ?? capitalise(issue.message);
  }
}
