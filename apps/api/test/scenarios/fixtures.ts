// Shared fixtures for the scenario tests: users straight in the database (repository tests) and
// small scenario documents that are valid by the model's schema.
import type { Database } from '@tokenplan/db';
import type { Actor, Role } from '../../src/auth/actor';

let counter = 0;

/** A user row and the Actor the auth plugin would resolve for it (a session: may write unless VIEWER). */
export async function makeActor(db: Database, role: Role = 'EDITOR', canWrite = role !== 'VIEWER'): Promise<Actor> {
  counter += 1;
  const user = await db.prisma.user.create({
    data: { email: `user${counter}-${Date.now()}@example.com`, name: `User ${counter}`, passwordHash: 'x', role },
  });
  return { userId: user.id, role, via: 'session', canWrite };
}

/** A small, complete scenario input: one owned H100 platform, one chat application. */
export function validDocument(name = 'H100 chat'): Record<string, unknown> {
  return {
    name,
    start: '2027-01',
    horizonMonths: 24,
    discountRateAnnual: '0.1',
    fiscalYearStartMonth: 1,
    energy: { pricePerMWh: '85', annualEscalation: '0.04', pue: '1.3' },
    hosting: { perKwMonth: '184' },
    platforms: [
      {
        id: 'h100',
        name: 'H100 node',
        gpusPerNode: 8,
        powerKwPerNode: '10.2',
        idlePowerFraction: '0.3',
        capexPerNode: '300000',
        maintenancePctPerYear: '0.04',
        depreciationMonths: 60,
        residualValuePct: '0.1',
        throughput: { 'llama-70b': '2700' },
        softwareCurve: { type: 'none' },
        fleet: { mode: 'auto', targetUtilization: '0.7' },
      },
    ],
    apiOptions: [],
    applications: [
      {
        id: 'chat',
        name: 'Chat',
        team: 'Support',
        model: 'llama-70b',
        servedBy: { platform: 'h100' },
        tokensMonth0: '1000000000',
        outputShare: '0.3',
        growth: { type: 'compound', monthlyRate: '0.05' },
        revenuePerMTokens: '3',
        annualPriceErosion: '0.2',
        tokensPerQuery: '1500',
        queriesPerTask: '3',
      },
    ],
  };
}
