/** npm run reindex: rebuilds the search indexes from PostgreSQL, without downtime. */
import { SearchIndexer } from '#libs/knowledge-bank';
import { appContext } from './app-context.js';

const ctx = await appContext({ ...process.env, SEED_DEMO_DATA: 'false', RUN_JOBS_IN_API: 'false' });
try {
  const started = Date.now();
  const counts = await ctx.app.get(SearchIndexer).reindex();
  const drained = await ctx.app.get(SearchIndexer).drain();
  console.log(JSON.stringify({ ...counts, appliedAfterwards: drained, ms: Date.now() - started }));
} finally {
  await ctx.close();
}
