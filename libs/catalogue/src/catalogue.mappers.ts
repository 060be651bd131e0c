import type { CourseSession } from './catalogue.entities.js';
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

export function toSessionDto(s: CourseSession, forEditor: boolean): SessionDto {
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
    seatsLeft: Math.max(s.capacity - s.seatsTaken, 0),
    enrolmentDeadline: s.enrolmentDeadline.toISOString(),
    cancellationDeadline: s.cancellationDeadline.toISOString(),
    status: s.status,
  };
}
