import type { Database } from '@tokenplan/db';
import type { AuthConfig, RateLimitConfig } from '../auth/config';
import type { JobPool } from '../jobs/pool';

/** What buildApp passes to route plugins. */
export interface RouteDeps {
  db: Database;
  auth: AuthConfig;
  rateLimit: RateLimitConfig;
  /** Create the demo Blackwell vs Hopper pair for the owner at first setup. */
  demoWorkspace: boolean;
  /** The worker pool for exports and analyses (jobs/pool.ts). */
  jobs: JobPool;
}
