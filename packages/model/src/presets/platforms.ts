// Accelerator platforms with sourced defaults (reference-data.md). Throughput is an interactive
// operating point, below the vendors' max-throughput claims.

/** NVIDIA DGX B200: 8 × B200, 14.3 kW max (DGX B200 user guide); node ≈ $500k+ all-in. */
export const B200_NODE = {
  id: 'b200', name: 'NVIDIA B200 (DGX/HGX, 8 GPU)',
  acquisition: { type: 'own' },
  gpusPerNode: 8, powerKwPerNode: '14.3', idlePowerFraction: '0.3',
  capexPerNode: '515000', maintenancePctPerYear: '0.04', depreciationMonths: 60, residualValuePct: '0.1',
  // Interactive serving (≈ 50 tok/s per user), well below the max-throughput claims: Llama 3.3 70B
  // > 10,000 and gpt-oss-120b ≈ 30,000–60,000 tok/s/GPU at max throughput (InferenceMAX, vendor).
  throughput: { 'llama-3.3-70b': '4000', 'gpt-oss-120b': '12000' },
  // TensorRT-LLM releases keep raising throughput on installed Blackwell.
  softwareCurve: { type: 'compound', annualImprovement: '0.35', cap: '2.5' },
  fleet: { mode: 'auto', targetUtilization: '0.6' },
} as const;

/** NVIDIA DGX H100: 8 × H100 SXM, ≈ 10.2 kW max (DGX H100 datasheet); 8-GPU server ≈ $250–350k. */
export const H100_NODE = {
  id: 'h100', name: 'NVIDIA H100 SXM (HGX, 8 GPU)',
  acquisition: { type: 'own' },
  gpusPerNode: 8, powerKwPerNode: '10.2', idlePowerFraction: '0.3',
  capexPerNode: '300000', maintenancePctPerYear: '0.04', depreciationMonths: 60, residualValuePct: '0.1',
  // ≈ 4x below B200 on Llama 3.3 70B (InferenceMAX summary); same interactive operating point.
  throughput: { 'llama-3.3-70b': '1000', 'gpt-oss-120b': '3000' },
  // A mature software stack: smaller gains left.
  softwareCurve: { type: 'compound', annualImprovement: '0.1', cap: '1.3' },
  fleet: { mode: 'auto', targetUtilization: '0.6' },
} as const;

/** Rented H100 capacity, 3-year contract ≈ $1.78–2.35/GPU-hour (InferenceX TCO tiers, provider lists 2026). */
export const H100_RENTED = {
  ...H100_NODE,
  id: 'h100-rented', name: 'H100 rented (3-year contract)',
  acquisition: { type: 'rent', pricePerGpuHour: '2.2', annualPriceDecline: '0.15' },
} as const;
