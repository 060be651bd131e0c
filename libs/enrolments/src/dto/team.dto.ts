import { ApiProperty } from '@nestjs/swagger';
import { TEAM_ENROLMENT_STATUSES } from '../team.repository.js';
import type { TeamEnrolmentStatus } from '../team.repository.js';

export class TeamSessionDto {
  @ApiProperty() id: string;
  @ApiProperty() courseId: string;
  @ApiProperty() courseTitle: string;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty({ nullable: true, type: String }) city: string | null;
  @ApiProperty() online: boolean;
  @ApiProperty({ description: "The course's duration in hours" }) durationHours: number;
}

export class TeamEnrolmentDto {
  @ApiProperty() id: string;
  @ApiProperty({
    enum: TEAM_ENROLMENT_STATUSES,
    description: 'pending_approval, confirmed, offered and waitlisted for coming sessions; attended this year',
  })
  status: TeamEnrolmentStatus;
  @ApiProperty({ nullable: true, type: Number, description: 'Place on the waiting list (1 is next)' })
  position: number | null;
  @ApiProperty({ description: 'The request waits for your own decision' })
  awaitsMyApproval: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Until when a pending request holds its seat' })
  approvalExpiresAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Until when an offered seat can be taken' })
  offerExpiresAt: string | null;
  @ApiProperty({ type: TeamSessionDto }) session: TeamSessionDto;
}

export class TeamMemberDto {
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ nullable: true, type: String }) organisationName: string | null;
  @ApiProperty({
    description: "Hours learnt this calendar year (Europe/Amsterdam): the attended sessions' course duration",
  })
  hoursThisYear: number;
  @ApiProperty({ description: 'Requests of this person waiting for your decision' })
  pendingApprovals: number;
  @ApiProperty({
    type: [TeamEnrolmentDto],
    description: 'Requests waiting for approval first, then confirmed, offered, waitlisted and attended',
  })
  enrolments: TeamEnrolmentDto[];
}
