import { normaliseRegion } from '#libs/common';

/** What the knowledge bank knows about a colleague-trainer (one document per teacher profile). */
export interface TrainerDocument {
  id: string;
  name: string;
  jobTitle: string;
  bio: string;
  expertise: string[];
  organisationId: string;
  organisationName: string;
  organisationSlug: string;
  region: string;
  regions: string[];
  formats: string[];
  languages: string[];
  inCompany: boolean;
  courseIds: string[];
  courseTitles: string[];
  courseSummaries: string[];
  courseTopics: string[];
}

/** A published course, for catalogue search and for "courses that answer this question". */
export interface CourseDocument {
  id: string;
  title: string;
  summary: string;
  description: string;
  learningGoals: string[];
  topics: string[];
  level: string;
  format: string;
  language: string;
  organisationId: string;
  organisationName: string;
  teacherIds: string[];
}

export type IndexName = 'trainers' | 'courses';

export interface DocumentOf {
  trainers: TrainerDocument;
  courses: CourseDocument;
}

/** Filters both engines apply (filterable attributes). */
export interface SearchFilters {
  /** A province in its official or a common form ("Friesland" = "Fryslân"); see normaliseRegion(). */
  region?: string;
  /** With `region`: trainers who give online sessions count for every region. */
  includeOnline?: boolean;
  format?: string;
  language?: string;
  inCompany?: boolean;
  excludeOrganisationId?: string;
}

/**
 * The one filter normalisation both engines apply before building their own filter: values
 * trimmed, empty ones dropped, a region in its canonical form (an unknown region is kept as it
 * was typed, so it matches only documents with exactly that value).
 */
export function normaliseFilters(f: SearchFilters): SearchFilters {
  const out: SearchFilters = {};
  const region = f.region?.trim();
  if (region) {
    out.region = normaliseRegion(region) ?? region;
    if (f.includeOnline) out.includeOnline = true;
  }
  const format = f.format?.trim();
  if (format) out.format = format;
  const language = f.language?.trim();
  if (language) out.language = language;
  if (f.inCompany) out.inCompany = true;
  const exclude = f.excludeOrganisationId?.trim();
  if (exclude) out.excludeOrganisationId = exclude;
  return out;
}

/**
 * The searchable text of a document by weight, the same in both engines (trainers' `name` is
 * searched in neither: a question is about a subject, and names are looked up in the catalogue).
 * A tags and topics, B titles, C descriptions, D organisation.
 */
export function searchableFields(
  index: IndexName,
  doc: TrainerDocument | CourseDocument,
): { a: string; b: string; c: string; d: string } {
  if (index === 'trainers') {
    const t = doc as TrainerDocument;
    return {
      a: [...t.expertise, ...t.courseTopics].join(' . '),
      b: [t.jobTitle, ...t.courseTitles].join(' . '),
      c: [t.bio, ...t.courseSummaries].join(' . '),
      d: t.organisationName,
    };
  }
  const c = doc as CourseDocument;
  return {
    a: [c.title, ...c.topics].join(' . '),
    b: [c.summary, ...c.learningGoals].join(' . '),
    c: c.description,
    d: c.organisationName,
  };
}

/**
 * Engine text scores on one scale for the re-ranker: by rank within the candidate set (the best
 * 1, the last 1/n; equal engine scores share a rank), so ts_rank_cd and Meilisearch's
 * _rankingScore mean the same. The hits must be in the engine's order.
 */
export function rankTextScores<T>(hits: EngineHit<T>[]): EngineHit<T>[] {
  const n = hits.length;
  let rank = 0;
  return hits.map((h, i) => {
    if (i > 0 && h.textScore !== hits[i - 1].textScore) rank = i;
    return { document: h.document, textScore: (n - rank) / n };
  });
}

/** A candidate from an engine: its document and a text score normalised to 0..1. */
export interface EngineHit<T> {
  document: T;
  textScore: number;
}
