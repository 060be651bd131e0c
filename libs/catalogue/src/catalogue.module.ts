import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueSnapshots } from './catalogue-snapshots.js';
import { CatalogueFacetsRepository } from './catalogue-facets.repository.js';
import { CatalogueQueryRepository } from './catalogue-query.repository.js';
import { CatalogueSuggestionsRepository } from './catalogue-suggestions.repository.js';
import { CatalogueController, CoursesController, TeachersController } from './catalogue.controller.js';
import { Course, CourseSession, CourseTeacher, TeacherProfile } from './catalogue.entities.js';
import { CatalogueSeedingRepository } from './catalogue-seeding.repository.js';
import { CatalogueSeedingService } from './catalogue-seeding.service.js';
import { CatalogueService } from './catalogue.service.js';
import { CourseAccess } from './course-access.js';
import { CourseTextSearch } from './course-text-search.js';
import { CoursesRepository } from './courses.repository.js';
import { CoursesService } from './courses.service.js';
import { SessionGoNoGo } from './session-go-no-go.service.js';
import { SessionLifecycle } from './session-lifecycle.js';
import { SessionsRepository } from './sessions.repository.js';
import { SessionsService } from './sessions.service.js';
import { TeacherProfilesRepository } from './teacher-profiles.repository.js';
import { TeacherProfilesService } from './teacher-profiles.service.js';

import { CataloguePersonalData } from './personal-data.js';
@Module({
  imports: [TypeOrmModule.forFeature([TeacherProfile, Course, CourseTeacher, CourseSession])],
  controllers: [CatalogueController, TeachersController, CoursesController],
  providers: [
    CataloguePersonalData,
    TeacherProfilesRepository,
    CoursesRepository,
    SessionsRepository,
    CatalogueQueryRepository,
    CatalogueFacetsRepository,
    CatalogueSnapshots,
    CatalogueSuggestionsRepository,
    CourseAccess,
    TeacherProfilesService,
    CoursesService,
    SessionsService,
    SessionGoNoGo,
    CatalogueService,
    SessionLifecycle,
    CourseTextSearch,
    CatalogueSeedingRepository,
    CatalogueSeedingService,
  ],
  exports: [
    CatalogueSeedingService,
    CataloguePersonalData,
    CoursesService,
    SessionsService,
    SessionGoNoGo,
    TeacherProfilesService,
    CourseAccess,
    SessionLifecycle,
    CourseTextSearch,
  ],
})
export class CatalogueModule {}
