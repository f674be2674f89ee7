/**
 * Renders cards in parallel: one worker thread per core (fewer for a few
 * images, since each thread pays ~0.1 s to load the renderer), each fed the
 * next job as soon as it finishes one.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderJob, RenderReply } from './worker';

/** Node runs the worker's TypeScript itself; this resolver lets its extension-less imports find their .ts files. */
const REGISTER = new URL('../../build/register.mjs', import.meta.url).href;
const WORKER = new URL('./worker.ts', import.meta.url);
/** Below this many images per thread, another thread costs more to start than it saves. */
const JOBS_PER_THREAD = 12;

/** Renders every job; resolves with each file's size in bytes, rejects on the first failure. */
export async function renderAll(jobs: readonly RenderJob[], threads = availableParallelism()): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  if (jobs.length === 0) return sizes;
  const count = Math.max(1, Math.min(threads, Math.ceil(jobs.length / JOBS_PER_THREAD)));
  const workers = Array.from({ length: count }, () => new Worker(WORKER, { execArgv: ['--import', REGISTER] }));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              const job = jobs[next++];
              if (job) worker.postMessage(job);
              else resolve();
            };
            worker.on('message', (reply: RenderReply) => {
              if ('error' in reply) reject(new Error(`rendering ${reply.file} failed: ${reply.error}`));
              else {
                sizes.set(reply.file, reply.bytes);
                feed();
              }
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`a social-image render thread exited with code ${code}`)));
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return sizes;
}
