import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildLsa, buildLsaOffThread, cosine } from '#libs/knowledge-bank';

// The compiled worker, as the running app uses it (npm test builds before Jest runs).
const WORKER = new URL('../dist/libs/knowledge-bank/src/lsa.worker.js', import.meta.url);

/** Passages of three fields, enough that a build takes a while. */
const fields = [
  'Wmo consulent keukentafelgesprek vraagverheldering inwoners mantelzorgers ondersteuning',
  'Europese aanbesteding inkoop gunning contractmanagement leveranciers procedures',
  'Power BI dashboards data Excel visualiseren beleidsinformatie rapportages',
];
const passages = Array.from({ length: 600 }, (_, i) => {
  const words = fields[i % 3].split(' ');
  return words.filter((_, w) => (w + i) % 4 !== 0).join(' ') + ` passage${i % 50}`;
});

describe('The LSA model built in a worker thread', () => {
  it('is the same model as one built on the event loop', async () => {
    expect(existsSync(fileURLToPath(WORKER))).toBe(true);
    const offThread = await buildLsaOffThread(passages, WORKER);
    const inThread = buildLsa(passages);
    expect(offThread.terms).toBe(inThread.terms);
    expect(offThread.dimensions).toBe(inThread.dimensions);
    for (const text of ['gesprek aan de keukentafel', 'aanbesteding en gunning', 'dashboards in Power BI'])
      expect(Array.from(offThread.embed(text))).toEqual(Array.from(inThread.embed(text)));
    const q = offThread.embed('keukentafelgesprek met mantelzorgers');
    expect(cosine(q, offThread.embed(passages[0]))).toBeGreaterThan(cosine(q, offThread.embed(passages[1])));
  });

  it('leaves the event loop free meanwhile: timers keep firing during the build', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      await buildLsaOffThread(passages, WORKER);
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(0);
  });

  it('runs on the event loop where no compiled worker exists (TypeScript sources), with the same result', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    let model;
    try {
      model = await buildLsaOffThread(passages, new URL('./no-such-worker.js', import.meta.url));
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBe(0);
    expect(Array.from(model.embed('inkoop'))).toEqual(Array.from(buildLsa(passages).embed('inkoop')));
  });
});
