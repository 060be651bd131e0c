import { parse } from 'csv-parse/sync';
import type { CatalogueBundle, ImportCourse, ImportOrganisation, ImportTrainer } from './catalogue-format.js';

/**
 * The CSV equivalent of the JSON format: one file per kind, a header row with the same field
 * names, list fields separated by "|", booleans as true/false, numbers as numbers.
 */
export function parseCatalogueCsv(files: {
  organisations?: string;
  trainers?: string;
  courses?: string;
}): CatalogueBundle {
  const rows = (text?: string): Record<string, string>[] =>
    text ? parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, delimiter: [',', ';'] }) : [];
  /** A column the file has no header for is empty text (the rows have every header column). */
  const text = (r: Record<string, string>, column: string) => (column in r ? r[column] : '');
  const list = (v?: string) =>
    v
      ? v
          .split('|')
          .map((x) => x.trim())
          .filter(Boolean)
      : [];
  return {
    organisations: rows(files.organisations).map((r): ImportOrganisation => ({
      id: r.id,
      name: r.name,
      kind: r.kind as ImportOrganisation['kind'],
      region: r.region,
      emailDomains: list(r.emailDomains),
    })),
    trainers: rows(files.trainers).map((r): ImportTrainer => ({
      id: r.id,
      name: r.name,
      organisationId: r.organisationId,
      jobTitle: text(r, 'jobTitle'),
      bio: text(r, 'bio'),
      expertise: list(r.expertise),
      languages: list(r.languages) as ImportTrainer['languages'],
      formats: list(r.formats) as ImportTrainer['formats'],
      inCompany: r.inCompany === 'true',
      region: r.region,
      ...(r.email ? { email: r.email } : {}),
    })),
    courses: rows(files.courses).map((r): ImportCourse => ({
      id: r.id,
      title: r.title,
      summary: text(r, 'summary'),
      description: text(r, 'description'),
      learningGoals: list(r.learningGoals),
      topics: list(r.topics),
      level: r.level as ImportCourse['level'],
      durationHours: Number(r.durationHours),
      format: r.format as ImportCourse['format'],
      teacherIds: list(r.teacherIds),
      organisationId: r.organisationId,
    })),
  };
}
