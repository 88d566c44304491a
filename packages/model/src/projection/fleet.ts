/**
 * Fleet size `N_p(t)` (spec §3): the cap and the rule here, the month's count in platformMonth.ts.
 * - Node cap `N_max = min(maxNodes, floor(powerCapKw / (powerKwPerNode · pue)))` over the
 *   limits given (none given: no cap). The power envelope includes the facility overhead,
 *   so a node draws `powerKwPerNode · pue` of it.
 * - auto, owned: `min(N_max, max(alive(t), ceil(B/c)))` (§8 cohorts, cohorts.ts: `alive` is
 *   N(t−1) less the cohort retiring at t; without a useful life nodes are never retired, so
 *   with no demand (B = 0) the fleet stays as it is).
 * - auto, rented: `min(N_max, ceil(B/c))`: rented capacity follows demand down too (0 at B = 0);
 *   with §9 reserved nodes R, `max(R, min(N_max, ceil(B/c)))` (N_max does not cap R).
 * - fixed: `nodes`, as the contract says (no cap applies: the user chose the fleet; a fleet
 *   beyond the power envelope gets a `power_cap_exceeded` warning); owned, it is bought in
 *   month 0; rented, it is a reserved commitment paid whether used or not.
 */
import { Decimal } from '../decimal';
import type { Platform } from '../scenario/schema';
import type { NodeRule } from './platformMonth';

export interface NodeCap {
  /** The binding cap, or null when no limit is given. */
  readonly limit: Decimal | null;
  readonly byMaxNodes: Decimal | null;
  readonly byPower: Decimal | null;
}


export function nodeCap(platform: Platform, pue: Decimal): NodeCap {
  const { fleet, powerCapKw } = platform;
  const byMaxNodes = fleet.mode === 'auto' && fleet.maxNodes !== undefined ? new Decimal(fleet.maxNodes) : null;
  const byPower =
    powerCapKw === undefined ? null : new Decimal(powerCapKw).div(pue.times(platform.powerKwPerNode)).floor();
  const limits = [byMaxNodes, byPower].filter((limit): limit is Decimal => limit !== null);
  return { limit: limits.length === 0 ? null : Decimal.min(...limits), byMaxNodes, byPower };
}

export function nodeRule(platform: Platform, cap: NodeCap): NodeRule<Decimal> {
  const { fleet } = platform;
  if (fleet.mode === 'fixed') {
    return { kind: 'fixed', nodes: new Decimal(fleet.nodes) };
  }
  const { acquisition } = platform;
  if (acquisition.type === 'own') return { kind: 'autoOwned', cap: cap.limit };
  const reserved = acquisition.reserved;
  return reserved === undefined ? { kind: 'autoRented', cap: cap.limit } : { kind: 'autoRented', cap: cap.limit, reserved: new Decimal(reserved.nodes) };
}
