/**
 * The exchange format of catalogues (organisations, trainers, courses), as documented in the
 * knowledge-bank evaluation set. Ids are external ids, kept for idempotent re-imports.
 */
export interface ImportOrganisation {
  id: string;
  name: string;
  kind: 'ministerie' | 'uitvoeringsorganisatie' | 'gemeente' | 'provincie' | 'waterschap' | 'overig';
  region: string;
  emailDomains?: string[];
}

export interface ImportTrainer {
  id: string;
  name: string;
  organisationId: string;
  jobTitle: string;
  bio: string;
  expertise: string[];
  languages: ('nl' | 'en')[];
  formats: ('klassikaal' | 'online' | 'hybride')[];
  inCompany: boolean;
  region: string;
  email?: string;
}

export interface ImportCourse {
  id: string;
  title: string;
  summary: string;
  description: string;
  learningGoals: string[];
  topics: string[];
  level: 'basis' | 'verdieping' | 'expert';
  durationHours: number;
  format: 'klassikaal' | 'online' | 'hybride';
  teacherIds: string[];
  organisationId: string;
  language?: 'nl' | 'en';
  requiresManagerApproval?: boolean;
}

export interface CatalogueBundle {
  organisations: ImportOrganisation[];
  trainers: ImportTrainer[];
  courses: ImportCourse[];
}

export interface ImportResult {
  organisations: { created: number; updated: number };
  trainers: { created: number; updated: number };
  courses: { created: number; updated: number };
}

/** `Marieke van den Berg` at `zwolle.nl` → `marieke.vandenberg@zwolle.nl`. */
export function emailFor(name: string, domain: string): string {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\s-]/g, '')
    .split(/[\s-]+/)
    .filter(Boolean);
  const [first, ...rest] = words;
  return `${first}${rest.length ? '.' + rest.join('') : ''}@${domain}`;
}
