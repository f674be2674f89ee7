/**
 * A render thread of the pool (generate.ts): draws each card it is sent and
 * writes the PNG into the cache under a temporary name, renamed into place, so
 * a build never sees half a file (two builds rendering one key write the same bytes).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { Card } from './cards';
import { bundledFonts } from './fonts';
import { renderPng } from './render';
import { cardSvg } from './template';

export interface RenderJob {
  card: Card;
  file: string;
}

export type RenderReply = { file: string; bytes: number } | { file: string; error: string };

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread of generate.ts');
port.on('message', async (job: RenderJob) => {
  try {
    const png = await renderPng(cardSvg(job.card, bundledFonts()));
    const temporary = `${job.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, png);
    renameSync(temporary, job.file);
    port.postMessage({ file: job.file, bytes: png.length } satisfies RenderReply);
  } catch (error) {
    port.postMessage({ file: job.file, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderReply);
  }
});
