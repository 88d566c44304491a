/** parseCurveCsv: InferenceX-shaped files, good and bad, with row numbers counted as file lines (header = row 1). */
import { describe, expect, it } from 'vitest';
import { parseCurveCsv, type CurveCsvResult } from '../../src/scenario/curveCsv';

function ok(result: CurveCsvResult) {
  if (!result.ok) throw new Error(`expected ok, got ${result.errors.join('; ')}`);
  return result;
}
function errors(result: CurveCsvResult): readonly string[] {
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('parseCurveCsv', () => {
  it('reads a good file: header in any case, extra columns ignored, quoted fields, points sorted by interactivity', () => {
    const text = [
      'Hardware,Model,Precision,Interactivity,Throughput',
      'h100,llama-70b,fp8,50,400',
      '"h100","llama-70b","fp8","10","2,000"'.replace('"2,000"', '2000'),
      'h100,llama-70b,fp8,25.5,1200',
      '"h100",gpt-oss-120b,"fp4, tuned",20,3000',
      'h100,gpt-oss-120b,fp4,60,900',
      '',
    ].join('\n');
    const result = ok(parseCurveCsv(text));
    expect(result.notes).toEqual([]);
    expect(result.hardware).toEqual([
      {
        hardware: 'h100',
        curves: [
          {
            model: 'llama-70b',
            points: [
              { interactivity: '10', tokensPerSecondPerGpu: '2000' },
              { interactivity: '25.5', tokensPerSecondPerGpu: '1200' },
              { interactivity: '50', tokensPerSecondPerGpu: '400' },
            ],
          },
          {
            model: 'gpt-oss-120b',
            points: [
              { interactivity: '20', tokensPerSecondPerGpu: '3000' },
              { interactivity: '60', tokensPerSecondPerGpu: '900' },
            ],
          },
        ],
      },
    ]);
  });

  it('separates several hardware, and keeps one when asked (case-insensitive)', () => {
    const text = 'hardware,model,interactivity,throughput\nH100,m,10,100\nB200,m,10,300\nH100,m,20,50\nB200,m,40,100\r\n';
    const all = ok(parseCurveCsv(text));
    expect(all.hardware.map((h) => h.hardware)).toEqual(['H100', 'B200']);
    const b200 = ok(parseCurveCsv(text, { hardware: 'b200' }));
    expect(b200.hardware).toEqual([
      { hardware: 'B200', curves: [{ model: 'm', points: [{ interactivity: '10', tokensPerSecondPerGpu: '300' }, { interactivity: '40', tokensPerSecondPerGpu: '100' }] }] },
    ]);
    expect(errors(parseCurveCsv(text, { hardware: 'mi300x' }))).toEqual(['no rows for hardware mi300x (the file has: H100, B200)']);
  });

  it('names the bad rows by their line in the file and changes nothing', () => {
    const text = [
      'hardware,model,interactivity,throughput', // row 1
      'h100,m,10,1000', // row 2
      'h100,,20,800', // row 3: no model
      'h100,m,30', // row 4: throughput cell missing
      'h100,m,abc,500', // row 5
      '', // row 6: blank, skipped
      'h100,m,40,fast', // row 7
      'h100,m,-5,100', // row 8
      'h100,m x,50,100', // row 9
    ].join('\n');
    expect(errors(parseCurveCsv(text))).toEqual([
      'row 3: missing column model',
      'row 4: missing column throughput',
      'row 5: interactivity is not a number ("abc")',
      'row 7: throughput is not a number ("fast")',
      'row 8: interactivity must be greater than 0 and at most 100000',
      'row 9: model "m x" is not a model id (letters, digits, . _ -)',
    ]);
  });

  it('needs the four columns in the header row', () => {
    expect(errors(parseCurveCsv('hardware,interactivity,tput\nh100,10,100\n'))).toEqual([
      'row 1: missing column model (the header needs hardware, model, interactivity, throughput)',
      'row 1: missing column throughput (the header needs hardware, model, interactivity, throughput)',
    ]);
    expect(errors(parseCurveCsv(''))).toEqual(['the file is empty: expected a header row hardware, model, interactivity, throughput']);
    expect(errors(parseCurveCsv('hardware,model,interactivity,throughput\n'))).toEqual(['no data rows below the header']);
  });

  it('reports duplicate and non-monotonic points, and rejects a one-point curve', () => {
    const text = [
      'hardware,model,interactivity,throughput',
      'h100,m,10,1000', // row 2
      'h100,m,30,700', // row 3
      'h100,m,10,990', // row 4: same interactivity as row 2 → dropped, row 2 kept
      'h100,m,20,800', // row 5
      'h100,m,40,750', // row 6: rises from 700 (row 3) → reported, kept
    ].join('\n');
    const result = ok(parseCurveCsv(text));
    expect(result.hardware[0]?.curves[0]?.points.map((p) => `${p.interactivity}:${p.tokensPerSecondPerGpu}`)).toEqual(['10:1000', '20:800', '30:700', '40:750']);
    expect(result.notes).toEqual([
      'm on h100: interactivity 10 appears twice (rows 2 and 4); row 2 kept',
      'm on h100: throughput rises from 700 to 750 between interactivity 30 and 40 (rows 3 and 6); a curve must not rise — fix the point before saving',
    ]);
    expect(errors(parseCurveCsv('hardware,model,interactivity,throughput\nh100,m,10,1000\nh100,n,10,5\nh100,n,20,4\n'))).toEqual([
      'm on h100: only one point (row 2); a curve needs at least 2',
    ]);
  });
});
