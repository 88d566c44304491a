// Parsers of the three actuals formats: good rows, bad rows named by row and field, wrong formats.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseActuals, parseFocusCsv, parseLiteLlm, parseOpenCost, totalsOf, monthsOf, sniffFormat, tokensPerUnit } from '../../src/actuals/index';

const sample = (name: string) => readFileSync(new URL(`../../../../samples/actuals/${name}`, import.meta.url), 'utf8');

describe('FOCUS CSV', () => {
  const header = 'ChargePeriodStart,ChargePeriodEnd,ServiceName,ResourceId,BilledCost,EffectiveCost,ConsumedQuantity,ConsumedUnit,Tags,x_CostCenter,Unknown';
  it('reads month, EffectiveCost (else BilledCost), token quantities, tags and x_ columns', () => {
    const csv = [
      header,
      '2027-01-01T00:00:00Z,2027-02-01T00:00:00Z,Amazon Bedrock,arn:1,10.10,9.05,2,1M Tokens,"{""application"":""chat""}",CC-1,zzz',
      '2027-01-31T23:00:00-02:00,,EC2,i-1,3.333333333333333333,,744,Hours,,,',
      '2027-03-05,,EC2,i-2,0.1,,1500,tokens,,,',
    ].join('\n');
    const r = parseFocusCsv(csv);
    expect(r.errors).toEqual([]);
    // Row 3's timestamp is 2027-02-01T01:00Z in UTC: February.
    expect(r.rows.map((x) => [x.row, x.month, x.cost, x.tokens])).toEqual([
      [2, '2027-01', '9.05', '2000000'],
      [3, '2027-02', '3.333333333333333333', '0'],
      [4, '2027-03', '0.1', '1500'],
    ]);
    expect(r.rows[0]?.dimensions).toEqual({ service: 'Amazon Bedrock', resourceId: 'arn:1', tags: { application: 'chat' }, x_CostCenter: 'CC-1' });
    // 9.05 + 3.333333333333333333 + 0.1 = 12.483333333333333333 (exact, no float noise)
    expect(totalsOf(r.rows)).toEqual({ cost: '12.483333333333333333', tokens: '2001500' });
    expect(monthsOf(r.rows)).toEqual(['2027-01', '2027-02', '2027-03']);
  });

  it('keeps identical charges apart but gives the same file the same identities', () => {
    const csv = [header, '2027-01-01,,EC2,i-1,1,,,,,,', '2027-01-01,,EC2,i-1,1,,,,,,'].join('\n');
    const a = parseFocusCsv(csv).rows.map((r) => r.identity);
    expect(new Set(a).size).toBe(2);
    expect(parseFocusCsv(csv).rows.map((r) => r.identity)).toEqual(a);
  });

  it('names each bad row and field', () => {
    const csv = [header, '2027-01-01,,EC2,i-1,abc,,,,,,', 'yesterday,,EC2,i-1,1,,,,,,', '2027-01-01,,EC2,i-1,1,,,,{not json,,'].join('\n');
    const r = parseFocusCsv(csv);
    expect(r.errors).toEqual([
      { row: 2, field: 'BilledCost', message: expect.stringContaining('"abc" is not a number') },
      { row: 3, field: 'ChargePeriodStart', message: expect.stringContaining('not a date') },
      { row: 4, field: 'Tags', message: expect.stringContaining('JSON') },
    ]);
  });

  it('says which format a LiteLLM file is when FOCUS was chosen', () => {
    const r = parseActuals('focus', sample('litellm-spend-logs.json'));
    expect(r.rows).toEqual([]);
    expect(r.errors[0]?.message).toMatch(/Not a FOCUS file.*LiteLLM spend log.*"litellm"/);
  });

  it('refuses amounts out of range and keeps at most 20 decimals (what NUMERIC(38, 20) stores)', () => {
    const csv = [header, '2027-01-01,,EC2,i-1,1e99999999,,,,,,', '2027-01-01,,EC2,i-2,0.1234567890123456789012345,,,,,,'].join('\n');
    const r = parseFocusCsv(csv);
    expect(r.errors).toEqual([{ row: 2, field: 'BilledCost', message: expect.stringContaining('out of range') }]);
    // 0.12345678901234567890|12345 → 20 places: 0.12345678901234567890 → "0.1234567890123456789".
    expect(r.rows.map((x) => x.cost)).toEqual(['0.1234567890123456789']);
  });

  it('reads token units', () => {
    expect(tokensPerUnit('Tokens')?.toString()).toBe('1');
    expect(tokensPerUnit('1K tokens')?.toString()).toBe('1000');
    expect(tokensPerUnit('million tokens')?.toString()).toBe('1000000');
    expect(tokensPerUnit('Hours')).toBeNull();
  });
});

describe('LiteLLM spend logs', () => {
  const rec = (o: Record<string, unknown>) => ({ request_id: 'r1', startTime: '2027-02-03T10:00:00', spend: 0.000123, prompt_tokens: 100, completion_tokens: 20, model: 'gpt-oss-120b', ...o });
  it('reads JSON: spend, prompt + completion tokens, team alias, key alias, tags', () => {
    const r = parseLiteLlm(JSON.stringify([rec({ metadata: { user_api_key_team_alias: 'eng', user_api_key_alias: 'eng-prod' }, team_id: 't-1', request_tags: ['application:code', 'batch'] })]));
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      {
        row: 1,
        identity: JSON.stringify(['litellm', 'r1']),
        month: '2027-02',
        cost: '0.000123',
        tokens: '120',
        dimensions: { model: 'gpt-oss-120b', team: 'eng', key: 'eng-prod', requestTags: ['application:code', 'batch'], tags: { application: 'code' } },
      },
    ]);
  });

  it('reads CSV with metadata as JSON text, total_tokens when no split is given', () => {
    const csv = 'request_id,startTime,spend,total_tokens,model,team_id,metadata\nr9,2027-03-01T00:00:00Z,1.5,42,m,team-x,"{""user_api_key_alias"":""k""}"\n';
    const r = parseLiteLlm(csv);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toMatchObject({ row: 2, month: '2027-03', cost: '1.5', tokens: '42', dimensions: { model: 'm', team: 'team-x', key: 'k' } });
  });

  it('makes NUL and unpaired surrogates storable (U+FFFD) instead of failing the database', () => {
    const r = parseLiteLlm(JSON.stringify([rec({ team_id: 'a\u0000b', request_tags: ['x:\ud800'] })]));
    expect(r.rows[0]?.dimensions).toMatchObject({ team: 'a\ufffdb', tags: { x: '\ufffd' } });
  });

  it('names bad records', () => {
    const r = parseLiteLlm(JSON.stringify([rec({}), rec({ request_id: 'r2', spend: 'lots' }), rec({ request_id: undefined })]));
    expect(r.rows).toHaveLength(1);
    expect(r.errors).toEqual([
      { row: 2, field: 'spend', message: expect.stringContaining('not a number') },
      { row: 3, field: 'request_id', message: 'request_id is missing' },
    ]);
  });

  it('refuses an OpenCost file and says so', () => {
    const r = parseActuals('litellm', sample('opencost-allocation.json'));
    expect(r.errors[0]?.message).toMatch(/Not a LiteLLM spend log.*OpenCost.*"opencost"/);
  });
});

describe('OpenCost allocation', () => {
  it('reads the /allocation JSON shape', () => {
    const json = {
      code: 200,
      data: [
        { 'ns-a': { name: 'ns-a', properties: { namespace: 'a', cluster: 'c1', labels: { app: 'chat' } }, window: { start: '2027-01-01T00:00:00Z', end: '2027-02-01T00:00:00Z' }, totalCost: 10.25 } },
        { __idle__: { name: '__idle__', properties: {}, window: { start: '2027-02-01T00:00:00Z', end: '2027-03-01T00:00:00Z' }, totalCost: '0.75' } },
      ],
    };
    const r = parseOpenCost(JSON.stringify(json));
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => [x.row, x.month, x.cost, x.dimensions])).toEqual([
      [1, '2027-01', '10.25', { name: 'ns-a', namespace: 'a', x_cluster: 'c1', tags: { app: 'chat' } }],
      [2, '2027-02', '0.75', { name: '__idle__' }],
    ]);
  });

  it('reads CSV with label_ columns; names a row without totalCost', () => {
    const csv = 'Name,Window Start,Window End,Namespace,totalCost,label_app\nns-a,2027-01-01T00:00:00Z,2027-02-01T00:00:00Z,a,5.5,chat\nns-b,2027-01-01T00:00:00Z,,b,,\n';
    const r = parseOpenCost(csv);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]?.dimensions).toEqual({ name: 'ns-a', namespace: 'a', tags: { app: 'chat' } });
    expect(r.errors).toEqual([{ row: 3, field: 'totalCost', message: 'totalCost is missing' }]);
  });

  it('refuses a FOCUS file', () => {
    const r = parseActuals('opencost', sample('focus-2027.csv'));
    expect(r.errors[0]?.message).toMatch(/Not an OpenCost allocation CSV.*FOCUS.*"focus"/);
  });
});

describe('the sample files', () => {
  // Totals computed independently with Python's Decimal (samples/actuals/README.md).
  it.each([
    ['focus', 'focus-2027.csv', 24, '285289.2', '3088000000'],
    ['litellm', 'litellm-spend-logs.json', 36, '23.53874116', '95259948'],
    ['opencost', 'opencost-allocation.json', 21, '1060099.38', '0'],
  ] as const)('%s parses without errors to the README totals', (format, file, rows, cost, tokens) => {
    const content = sample(file);
    expect(sniffFormat(content)).toBe(format);
    const r = parseActuals(format, content);
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(rows);
    expect(totalsOf(r.rows)).toEqual({ cost, tokens });
    expect(monthsOf(r.rows)).toEqual(['2027-01', '2027-02', '2027-03']);
  });
});
