import type { TrainerDocument } from './documents.js';

/** A trainer's search document for unit specs: empty fields unless a spec gives them. */
export function trainerDocument(id: string, over: Partial<TrainerDocument> = {}): TrainerDocument {
  return {
    id,
    name: id,
    jobTitle: '',
    bio: '',
    expertise: [],
    organisationId: 'o1',
    organisationName: 'O',
    organisationSlug: 'o',
    region: 'Utrecht',
    regions: ['Utrecht'],
    formats: ['online'],
    languages: ['nl'],
    inCompany: true,
    courseIds: [],
    courseTitles: [],
    courseSummaries: [],
    courseTopics: [],
    ...over,
  };
}
