import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCatalogueCsv } from '#libs/catalogue-import';
import type { CatalogueBundle } from '#libs/catalogue-import';

/**
 * organisations, trainers and courses from a folder: `.json` files in the knowledge-bank format,
 * or their `.csv` equivalents. A missing file counts as empty.
 */
export function readCatalogue(dir: string): CatalogueBundle {
  const file = (name: string, ext: string) => path.join(dir, `${name}.${ext}`);
  /** The parsed file, taken as the format it claims to be (the import checks references). */
  const json = <K extends keyof CatalogueBundle>(name: K): CatalogueBundle[K] | null =>
    existsSync(file(name, 'json'))
      ? (JSON.parse(readFileSync(file(name, 'json'), 'utf8')) as CatalogueBundle[K])
      : null;
  const csv = (name: string) => (existsSync(file(name, 'csv')) ? readFileSync(file(name, 'csv'), 'utf8') : undefined);
  const fromCsv = parseCatalogueCsv({
    organisations: csv('organisations'),
    trainers: csv('trainers'),
    courses: csv('courses'),
  });
  return {
    organisations: json('organisations') ?? fromCsv.organisations,
    trainers: json('trainers') ?? fromCsv.trainers,
    courses: json('courses') ?? fromCsv.courses,
  };
}
