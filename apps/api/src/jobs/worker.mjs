// Entry module of the job pool's worker threads. Piscina loads it by file name, so it has to be
// JavaScript: it loads the TypeScript task module through tsx's tsImport (on Node 20,
// `execArgv: ['--import', 'tsx']` does not reach a worker's entry module) and re-exports its handler.
import { tsImport } from 'tsx/esm/api';

const tasks = await tsImport('./tasks.ts', import.meta.url);

export default tasks.runJob;
