/** npm run import -- <dir>: imports organisations, trainers and courses (idempotent by external id). */
import { CatalogueImportService } from '#libs/catalogue-import';
import { SearchIndexer } from '#libs/knowledge-bank';
import { appContext } from './app-context.js';
import { readCatalogue } from './read-catalogue.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npm run import -- <folder with organisations.json, trainers.json, courses.json>');
  process.exit(2);
}
const ctx = await appContext({ ...process.env, SEED_DEMO_DATA: 'false', RUN_JOBS_IN_API: 'false' });
try {
  const result = await ctx.app.get(CatalogueImportService).import(readCatalogue(dir));
  const indexed = await ctx.app.get(SearchIndexer).drain();
  console.log(JSON.stringify({ ...result, indexed }));
} finally {
  await ctx.close();
}
