// Accelerator platforms for the templates, every figure a reference library entry (by id).
// Throughput is an interactive planning point taken the same way for every platform (40 % of one
// benchmark's max-throughput figure), and every platform shares one software curve: no platform
// is favoured by an uncited assumption.
import { ref, refInt } from './trace';

const OWNED_LIFECYCLE = {
  maintenancePctPerYear: ref('fin.maintenance-pct'),
  depreciationMonths: refInt('dep.amazon.servers'),
  residualValuePct: ref('dep.residual-after-5y'),
  softwareCurve: { type: 'compound', annualImprovement: ref('sw.planning.annual-improvement'), cap: ref('sw.planning.cap') },
  fleet: { mode: 'auto', targetUtilization: ref('fin.target-utilization') },
} as const;

/** NVIDIA B200 (HGX/DGX, 8 GPU), owned: all-in IT power, node price estimate, planning throughput. */
export const B200_NODE = {
  id: 'b200', name: 'NVIDIA B200 (DGX/HGX, 8 GPU)',
  acquisition: { type: 'own' },
  gpusPerNode: refInt('acc.b200.gpus-per-node'),
  powerKwPerNode: ref('acc.b200.it-kw-all-in-per-node'),
  idlePowerFraction: ref('acc.b200.idle-fraction'),
  capexPerNode: ref('acc.b200.capex-per-node'),
  throughput: { 'llama-3.3-70b': ref('tput.b200.llama-3.3-70b.planning'), 'gpt-oss-120b': ref('tput.b200.gpt-oss-120b.planning') },
  ...OWNED_LIFECYCLE,
} as const;

/** NVIDIA H100 SXM (HGX, 8 GPU), owned. */
export const H100_NODE = {
  id: 'h100', name: 'NVIDIA H100 SXM (HGX, 8 GPU)',
  acquisition: { type: 'own' },
  gpusPerNode: refInt('acc.h100.gpus-per-node'),
  powerKwPerNode: ref('acc.h100.it-kw-all-in-per-node'),
  idlePowerFraction: ref('acc.h100.idle-fraction'),
  capexPerNode: ref('acc.h100.capex-per-node'),
  throughput: { 'llama-3.3-70b': ref('tput.h100.llama-3.3-70b.planning'), 'gpt-oss-120b': ref('tput.h100.gpt-oss-120b.planning') },
  ...OWNED_LIFECYCLE,
} as const;

/** Rented H100 capacity on a long-term contract. */
export const H100_RENTED = {
  ...H100_NODE,
  id: 'h100-rented', name: 'H100 rented (3-year contract)',
  acquisition: { type: 'rent', pricePerGpuHour: ref('rent.h100.contract-3yr'), annualPriceDecline: ref('rent.annual-price-decline') },
} as const;
