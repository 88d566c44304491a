// Which library hardware a scenario platform is, read from its id and name ("NVIDIA B200 (DGX/HGX, 8 GPU)").
import type { ClaimHardware } from './types';

/** Longest names first, so "GB200" is not read as "B200". */
const PATTERNS: readonly [RegExp, ClaimHardware][] = [
  [/gb300/i, 'gb300-nvl72'],
  [/gb200/i, 'gb200-nvl72'],
  [/mi355x/i, 'mi355x'],
  [/mi300x/i, 'mi300x'],
  [/(^|[^g])b300/i, 'b300'],
  [/(^|[^g])b200/i, 'b200'],
  [/h200/i, 'h200'],
  [/h100/i, 'h100'],
];

export function hardwareOf(platform: { readonly id: string; readonly name: string }): ClaimHardware | undefined {
  const text = `${platform.id} ${platform.name}`;
  return PATTERNS.find(([pattern]) => pattern.test(text))?.[1];
}
