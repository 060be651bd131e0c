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
  region?: string;
  format?: string;
  language?: string;
  inCompany?: boolean;
  excludeOrganisationId?: string;
}

/** A candidate from an engine: its document and a text score normalised to 0..1. */
export interface EngineHit<T> {
  document: T;
  textScore: number;
}
