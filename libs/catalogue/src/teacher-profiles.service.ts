import { Injectable } from '@nestjs/common';
import { type AuthUser } from '#libs/common';
import { Db } from '#libs/database';
import { IdentityException } from '#libs/identity';
import { CatalogueException } from './catalogue.exception.js';
import { toTeacherProfile, toTeacherSummary } from './catalogue.mappers.js';
import { TeacherProfileDto, TeacherSummaryDto, UpsertTeacherProfileDto } from './dto/teacher-profile.dto.js';
import { TeacherProfilesRepository } from './teacher-profiles.repository.js';

@Injectable()
export class TeacherProfilesService {
  constructor(
    private readonly db: Db,
    private readonly profiles: TeacherProfilesRepository,
  ) {}

  async mine(user: AuthUser): Promise<TeacherProfileDto> {
    const row = await this.profiles.findRowByUserId(user.id);
    if (!row) throw CatalogueException.teacherNotFound('of the current user');
    return toTeacherProfile(row);
  }

  async get(id: string): Promise<TeacherProfileDto> {
    const row = (await this.profiles.findRows([id])).at(0);
    if (!row) throw CatalogueException.teacherNotFound(id);
    return toTeacherProfile(row);
  }

  /** Teachers by name, for adding a co-teacher to a course: the names the catalogue shows anyway. */
  async search(q: string): Promise<TeacherSummaryDto[]> {
    return (await this.profiles.search(q, 10)).map(toTeacherSummary);
  }

  /** Creating the profile is what makes a user a teacher. */
  async upsertMine(
    user: AuthUser,
    dto: UpsertTeacherProfileDto,
  ): Promise<{ profile: TeacherProfileDto; created: boolean }> {
    if (!user.organisationId) throw IdentityException.organisationRequiredFor('teach');
    return this.db.transaction(async () => {
      const existing = await this.profiles.findByUserId(user.id);
      await this.profiles.upsert(user.id, {
        jobTitle: dto.jobTitle ?? existing?.jobTitle ?? '',
        bio: dto.bio,
        expertise: dto.expertise,
        formats: dto.formats,
        regions: dto.regions,
        languages: dto.languages,
        inCompany: dto.inCompany,
        photoUrl: dto.photoUrl === undefined ? (existing?.photoUrl ?? null) : dto.photoUrl,
      });
      const row = await this.profiles.findRowByUserId(user.id);
      if (!row) throw CatalogueException.teacherNotFound('of the current user');
      return { profile: toTeacherProfile(row), created: !existing };
    });
  }
}
