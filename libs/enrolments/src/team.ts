import type { TeamEnrolmentDto, TeamMemberDto } from './dto/team.dto.js';
import type { TeamEnrolmentRow, TeamMemberRow } from './team.repository.js';

/** The team page: each person with their enrolments; people with requests waiting for you first. */
export function buildTeam(managerId: string, members: TeamMemberRow[], rows: TeamEnrolmentRow[]): TeamMemberDto[] {
  const byUser = new Map<string, TeamEnrolmentRow[]>();
  for (const r of rows) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r]);
  const team = members.map((m): TeamMemberDto => {
    const enrolments = (byUser.get(m.id) ?? []).map((r) => toTeamEnrolment(managerId, r));
    const hundredths = enrolments
      .filter((e) => e.status === 'attended')
      .reduce((sum, e) => sum + Math.round(e.session.durationHours * 100), 0);
    return {
      userId: m.id,
      name: m.name,
      email: m.email,
      organisationName: m.organisation_name,
      hoursThisYear: hundredths / 100,
      pendingApprovals: enrolments.filter((e) => e.awaitsMyApproval).length,
      enrolments,
    };
  });
  // Stable sort: within both groups the repository's order by name stays.
  return team.sort((a, b) => Number(b.pendingApprovals > 0) - Number(a.pendingApprovals > 0));
}

function toTeamEnrolment(managerId: string, r: TeamEnrolmentRow): TeamEnrolmentDto {
  return {
    id: r.id,
    status: r.status,
    position: r.position,
    awaitsMyApproval: r.status === 'pending_approval' && r.manager_id === managerId,
    approvalExpiresAt: r.status === 'pending_approval' ? (r.approval_expires_at?.toISOString() ?? null) : null,
    offerExpiresAt: r.status === 'offered' ? (r.offer_expires_at?.toISOString() ?? null) : null,
    session: {
      id: r.session_id,
      courseId: r.course_id,
      courseTitle: r.course_title,
      startsAt: r.starts_at.toISOString(),
      endsAt: r.ends_at.toISOString(),
      city: r.city,
      online: r.online,
      durationHours: Number(r.duration_hours),
    },
  };
}
