// Every migration, in order. Listed explicitly (no globbing) so that the compiled app,
// the tests and the schema check all run exactly the same set.
import { Initial1795333565994 } from './1795333565994-Initial.js';
import { Enrolments1795334621853 } from './1795334621853-Enrolments.js';
import { KnowledgeBank1795336741528 } from './1795336741528-KnowledgeBank.js';
import { InCompany1795337307034 } from './1795337307034-InCompany.js';
import { SearchIndexPerIndexName1795341814542 } from './1795341814542-SearchIndexPerIndexName.js';
import { VerifiedMembership1796120348141 } from './1796120348141-VerifiedMembership.js';
import { AuditTrail1796120822123 } from './1796120822123-AuditTrail.js';
import { SingleSignOn1796123145703 } from './1796123145703-SingleSignOn.js';
import { ManagerLinks1796123570607 } from './1796123570607-ManagerLinks.js';
import { DirectoryViews1796200000000 } from './1796200000000-DirectoryViews.js';
import { SessionSeats1796201000000 } from './1796201000000-SessionSeats.js';
import { MessageLanguage1796230000000 } from './1796230000000-MessageLanguage.js';
import { SessionScheduleVersion1796240000000 } from './1796240000000-SessionScheduleVersion.js';
import { Programmes1796300000000 } from './1796300000000-Programmes.js';
import { CohortGroups1796300200000 } from './1796300200000-CohortGroups.js';
import { Electives1796300100000 } from './1796300100000-Electives.js';
import { SessionMinimumAndWorkDomain1796300300000 } from './1796300300000-SessionMinimumAndWorkDomain.js';
import { AssignmentsAndGuests1796300400000 } from './1796300400000-AssignmentsAndGuests.js';
import { Evaluations1796300500000 } from './1796300500000-Evaluations.js';
import { Trainers1796400200000 } from './1796400200000-Trainers.js';
import { KnowledgeCapitalViews1796400400000 } from './1796400400000-KnowledgeCapitalViews.js';
import { Alumni1796400100000 } from './1796400100000-Alumni.js';
import { TrancheFeedbackNotes1796400500000 } from './1796400500000-TrancheFeedbackNotes.js';
import { CatalogueFacetIndexes1796400700000 } from './1796400700000-CatalogueFacetIndexes.js';
import { Demand1796400300000 } from './1796400300000-Demand.js';
import { MatchFeedback1796400800000 } from './1796400800000-MatchFeedback.js';
import { CatalogueDataVersion1796400900000 } from './1796400900000-CatalogueDataVersion.js';
import { SearchDocumentLabel1796401000000 } from './1796401000000-SearchDocumentLabel.js';

export const MIGRATIONS = [
  Initial1795333565994,
  Enrolments1795334621853,
  KnowledgeBank1795336741528,
  InCompany1795337307034,
  SearchIndexPerIndexName1795341814542,
  VerifiedMembership1796120348141,
  AuditTrail1796120822123,
  SingleSignOn1796123145703,
  ManagerLinks1796123570607,
  DirectoryViews1796200000000,
  SessionSeats1796201000000,
  MessageLanguage1796230000000,
  SessionScheduleVersion1796240000000,
  Programmes1796300000000,
  Electives1796300100000,
  CohortGroups1796300200000,
  SessionMinimumAndWorkDomain1796300300000,
  AssignmentsAndGuests1796300400000,
  Evaluations1796300500000,
  Trainers1796400200000,
  KnowledgeCapitalViews1796400400000,
  Alumni1796400100000,
  TrancheFeedbackNotes1796400500000,
  Demand1796400300000,
  CatalogueFacetIndexes1796400700000,
  MatchFeedback1796400800000,
  CatalogueDataVersion1796400900000,
  SearchDocumentLabel1796401000000,
];
