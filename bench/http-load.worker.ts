/**
 * Load generator for benchmarks, run in a worker thread so the API under test keeps its own
 * event loop: POSTs enrolments with `concurrency` requests in flight over kept-alive
 * connections (plain node:http, the lightest client at hand).
 */
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

interface Job {
  baseUrl: string;
  requests: { path: string; token: string }[];
  concurrency: number;
}

const { baseUrl, requests, concurrency } = workerData as Job;
const url = new URL(baseUrl);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function post(path: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: 'POST',
        agent,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Length': 2 },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

let next = 0;
let failures = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    for (let i = next++; i < requests.length; i = next++) {
      if ((await post(requests[i].path, requests[i].token)) !== 201) failures++;
    }
  }),
);
agent.destroy();
parentPort?.postMessage({ failures });
