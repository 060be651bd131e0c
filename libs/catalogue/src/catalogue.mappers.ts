import type { CatalogueRow, NextSessionRow } from './catalogue-query.repository.js';
import type { CourseSession } from './catalogue.entities.js';
import type { CatalogueItemDto } from './dto/catalogue-query.dto.js';
import type { SessionDto } from './dto/session.dto.js';
import type { TeacherProfileDto, TeacherSummaryDto } from './dto/teacher-profile.dto.js';
import type { TeacherRow } from './teacher-profiles.repository.js';

export function toTeacherSummary(t: TeacherRow): TeacherSummaryDto {
  return {
    id: t.id,
    name: t.name,
    jobTitle: t.jobTitle,
    organisation: { id: t.organisationId, name: t.organisationName },
    photoUrl: t.photoUrl,
  };
}

export function toTeacherProfile(t: TeacherRow): TeacherProfileDto {
  return {
    id: t.id,
    userId: t.userId,
    name: t.name,
    organisation: { id: t.organisationId, name: t.organisationName },
    jobTitle: t.jobTitle,
    bio: t.bio,
    expertise: t.expertise,
    formats: t.formats,
    regions: t.regions,
    languages: t.languages,
    inCompany: t.inCompany,
    photoUrl: t.photoUrl,
  };
}

/** `seatsLeft` comes from enrolments, which decide seats (the view session_availability). */
export function toSessionDto(s: CourseSession, seatsLeft: number, forEditor: boolean): SessionDto {
  return {
    id: s.id,
    courseId: s.courseId,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    venueName: s.venueName,
    address: s.address,
    city: s.city,
    region: s.region,
    online: s.onlineUrl !== null,
    ...(forEditor ? { onlineUrl: s.onlineUrl } : {}),
    capacity: s.capacity,
    seatsLeft,
    enrolmentDeadline: s.enrolmentDeadline.toISOString(),
    cancellationDeadline: s.cancellationDeadline.toISOString(),
    status: s.status,
    minParticipants: s.minParticipants,
    goNoGoAt: s.goNoGoAt?.toISOString() ?? null,
    ...(forEditor
      ? {
          autoCancel: s.autoCancel,
          goNoGoDecidedAt: s.goNoGoDecidedAt?.toISOString() ?? null,
          goNoGoOutcome: s.goNoGoOutcome,
        }
      : {}),
  };
}

/** A course in the catalogue list, with its teachers and its first matching upcoming session. */
export function toCatalogueItem(
  r: CatalogueRow,
  teachers: TeacherRow[],
  next: NextSessionRow | undefined,
): CatalogueItemDto {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    summary: r.summary,
    topics: r.topics,
    level: r.level,
    format: r.format,
    language: r.language,
    durationHours: r.durationHours,
    organisation: { id: r.organisationId, name: r.organisationName },
    teachers: teachers.map(toTeacherSummary),
    nextSession: next
      ? {
          id: next.id,
          startsAt: next.startsAt.toISOString(),
          endsAt: next.endsAt.toISOString(),
          city: next.city,
          region: next.region,
          online: next.online,
          seatsLeft: next.seatsLeft,
        }
      : null,
    upcomingSessions: r.upcomingSessions,
  };
}
