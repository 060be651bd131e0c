import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CatalogueBundle } from '#libs/catalogue-import';

/** organisations.json, trainers.json and courses.json from a folder (the knowledge-bank format). */
export function readCatalogue(dir: string): CatalogueBundle {
  const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  return { organisations: read('organisations.json'), trainers: read('trainers.json'), courses: read('courses.json') };
}
