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
 * A candidate from an engine: its document and a text score on one absolute scale, 0..1 (more
 * evidence, higher): PostgreSQL's ts_rank_cd normalised as rank/(rank+1), Meilisearch's concept
 * coverage (mean over the question's concepts of the best _rankingScore). Not by rank within the
 * candidates: that lifts the best of weak candidates to 1 and the matcher stops abstaining
 * (measured: no-match abstention 0.86 → 0.57 in npm run eval:match).
 */
export interface EngineHit<T> {
  document: T;
  textScore: number;
}
