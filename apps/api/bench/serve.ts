// Child process of healthz-under-load.ts: the whole app on a fresh PGlite directory, on an ephemeral
// 127.0.0.1 port, with one API token per bench user. Talks to its parent over IPC:
// → { port, tokens, dataDir, readyAtS } once listening; on 'stop' it closes the app and exits (the parent
// removes the data directory, and kills this process if its event loop cannot get to 'stop').
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@tokenplan/db';
import { buildApp } from '../src/app';
import { tokenDisplayPrefix } from '../src/auth/apiTokens';
import { hashSecret, newSecret, TOKEN_PREFIX } from '../src/auth/secrets';

const users = Number(process.env['BENCH_USERS'] ?? '11');
const dataDir = await mkdtemp(join(tmpdir(), 'tokenplan-bench-'));
const db = await openDatabase({ dataDir });
await db.migrate();
const app = await buildApp({ db, logger: false, rateLimit: { enabled: false } });

const tokens: string[] = [];
for (let i = 0; i < users; i++) {
  // Token users are created directly (no password: they never sign in).
  const user = await db.prisma.user.create({ data: { email: `bench${i}@example.com`, name: `Bench ${i}`, role: 'VIEWER', passwordHash: 'x' } });
  const bearer = newSecret(TOKEN_PREFIX);
  await db.prisma.apiToken.create({ data: { userId: user.id, name: 'bench', tokenHash: hashSecret(bearer), prefix: tokenDisplayPrefix(bearer), scope: 'READ' } });
  tokens.push(bearer);
}

await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (address === null || typeof address === 'string') throw new Error('no TCP address');
process.send?.({ port: address.port, tokens, dataDir, readyAtS: process.uptime() });

process.on('message', (message) => {
  if (message !== 'stop') return;
  void app
    .close()
    .then(() => db.close())
    .finally(() => process.exit(0));
});
