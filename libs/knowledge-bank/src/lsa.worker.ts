import { parentPort } from 'node:worker_threads';
import { buildLsaParts } from './lsa.js';

/** Builds one LSA model off the event loop (lsa.service.ts starts it): passages in, parts out. */
parentPort?.once('message', (passages: string[]) => {
  const parts = buildLsaParts(passages);
  parentPort?.postMessage(parts, [parts.idf.buffer, parts.termVectors.buffer]);
});
