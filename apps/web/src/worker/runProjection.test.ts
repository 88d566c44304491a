import { PRESETS } from '@tokenplan/model';
import { describe, expect, it } from 'vitest';
import { runProjection } from './runProjection';

const preset = () => structuredClone(PRESETS[0]?.scenarios[0]) as unknown as Record<string, unknown>;

describe('runProjection', () => {
  it('shows validation plausibility warnings with the projection warnings, with the field’s path', () => {
    const document = preset();
    const applications = document['applications'] as Record<string, unknown>[];
    (applications[0] as Record<string, unknown>)['revenuePerMTokens'] = 250; // above the $200 soft limit
    const response = runProjection({ id: 1, document });
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    const warning = response.projection.warnings.find((w) => w.code === 'implausible_value');
    expect(warning?.path).toBe('applications[0].revenuePerMTokens');
    expect(warning?.message).toMatch(/^is above 200/); // the path is put in words where it is shown (Warnings.tsx)
  });

  it('adds nothing to a plausible scenario', () => {
    const response = runProjection({ id: 2, document: preset() });
    expect(response.ok && response.projection.warnings.some((w) => w.code === 'implausible_value')).toBe(false);
  });
});
