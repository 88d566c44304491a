import { describe, expect, it } from 'vitest';
import { validateScenario } from '../src/scenario/validate';
import { safeText, unsafeTextProblem } from '../src/text';
import { typicalScenarioInput } from './fixtures/typical';

describe('safeText', () => {
  it.each([
    ['lone high surrogate', 'a\uD800b'],
    ['lone high surrogate at the end', 'ab\uD83D'],
    ['lone low surrogate', '\uDE80ab'],
    ['reversed pair', '\uDE80\uD83D'],
    ['NUL', 'a\u0000b'],
    ['bell', 'a\u0007'],
    ['escape', '\u001B[31m'],
    ['DEL', 'a\u007F'],
    ['vertical tab', 'a\u000Bb'],
  ])('refuses a %s, one line or several', (_label, text) => {
    expect(safeText().safeParse(text).success).toBe(false);
    expect(safeText({ multiline: true }).safeParse(text).success).toBe(false);
  });

  it.each([['tab', 'a\tb'], ['line feed', 'a\nb'], ['CRLF', 'a\r\nb']])('allows a %s only in multi-line text', (_label, text) => {
    expect(safeText().safeParse(text).success).toBe(false);
    expect(safeText({ multiline: true }).parse(text)).toBe(text);
  });

  it('takes any well-formed text: accents, CJK, emoji (surrogate pairs), non-breaking and wide spaces', () => {
    const text = 'Zoë — 東京 🚀👩‍💻\u00A0x\u3000y';
    expect(safeText().parse(text)).toBe(text);
    expect(unsafeTextProblem(text)).toBeNull();
  });

  it('reports one message and still chains with the field’s own rules', () => {
    const name = safeText().trim().min(1).max(5);
    expect(name.parse('  abc  ')).toBe('abc');
    const failed = name.safeParse('a\u0000');
    expect(failed.success).toBe(false);
    expect(failed.error?.issues.map((i) => i.message)).toEqual(['Must not contain the NUL character (\\u0000).']);
  });
});

describe('scenario text fields', () => {
  it('refuse control characters and lone surrogates in names and teams, with the field path', () => {
    const doc = structuredClone(typicalScenarioInput) as unknown as { name: string; applications: { team: string }[] };
    doc.name = 'Plan\u001b[2J';
    const first = doc.applications[0];
    if (first) first.team = 'Ops\uD800';
    const result = validateScenario(doc);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['name', 'applications[0].team']));
    expect(validateScenario(typicalScenarioInput).ok).toBe(true);
  });
});
