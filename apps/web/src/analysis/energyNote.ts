/** Why energy and its cost differ in scope (issue 19): said on the energy chart and in the ledger. */
export const ENERGY_BASIS_NOTE =
  'MWh include rented fleets (their IT and idle power, for joules per token and tokens per MWh); the energy cost counts owned fleets only: a rental price already includes the power bill.';
