import { describe, expect, it } from 'vitest';
import { detectFormat } from './detectFormat';

describe('detectFormat', () => {
  it('reads CSV headers', () => {
    expect(detectFormat('bill.csv', 'BilledCost,ChargePeriodStart,ServiceName\n1,2027-01-01,x')).toBe('focus');
    expect(detectFormat('logs.csv', '\uFEFFrequest_id,startTime,spend,model\nr1,2027-01-02,0.1,gpt')).toBe('litellm');
    expect(detectFormat('alloc.csv', '"name","window.start","totalCost"\nns,2027-01-01,3')).toBe('opencost');
    expect(detectFormat('other.csv', 'a,b,c\n1,2,3')).toBeNull();
  });
  it('tells a LiteLLM array from an OpenCost allocation response', () => {
    expect(detectFormat('x.json', '  [{"request_id":"a","spend":0.2}]')).toBe('litellm');
    expect(detectFormat('x.json', '{"code":200,"data":[{"ns":{"totalCost":1}}]}')).toBe('opencost');
    expect(detectFormat('x.json', '{"hello":1}')).toBeNull();
  });
});
