import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { AssignmentsRepository } from './assignments.repository.js';

export class AssignmentNoteExportDto {
  @ApiProperty() partTitle: string;
  @ApiProperty() note: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class AssignmentCommentExportDto {
  @ApiProperty({ nullable: true, type: String }) authorName: string | null;
  @ApiProperty() authorRole: string;
  @ApiProperty() body: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AssignmentExportDto {
  @ApiProperty() programmeTitle: string;
  @ApiProperty() cohortName: string;
  @ApiProperty() changeGoal: string;
  @ApiProperty() successSigns: string;
  @ApiProperty({ nullable: true, type: String }) managerName: string | null;
  @ApiProperty() sharedWithGroup: boolean;
  @ApiProperty({ type: [AssignmentNoteExportDto] }) progress: AssignmentNoteExportDto[];
  @ApiProperty({ type: [AssignmentCommentExportDto] }) comments: AssignmentCommentExportDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class CommentOnOthersExportDto {
  @ApiProperty({ description: 'Whose assignment' }) participantName: string;
  @ApiProperty() authorRole: string;
  @ApiProperty() body: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AssignmentsExportDto {
  @ApiProperty({ type: [AssignmentExportDto], description: 'My learning-work assignments' })
  assignments: AssignmentExportDto[];
  @ApiProperty({ type: [CommentOnOthersExportDto], description: "My comments on other people's assignments" })
  commentsOnOthers: CommentOnOthersExportDto[];
}

/**
 * Assignments' part of the AVG rights: the person's own assignments with their notes and the
 * comments on them, and their comments on others'. On erasure all of it goes (these are personal
 * reflections, kept for no figure), and where they were someone's manager the link is cleared.
 */
@Injectable()
export class AssignmentsPersonalData {
  constructor(private readonly repo: AssignmentsRepository) {}

  async export(userId: string): Promise<AssignmentsExportDto> {
    const own = await this.repo.ownedBy(userId);
    const assignments: AssignmentExportDto[] = [];
    for (const a of own) {
      const [progress, comments] = await Promise.all([this.repo.progress(a.id), this.repo.comments(a.id)]);
      assignments.push({
        programmeTitle: a.programmeTitle,
        cohortName: a.cohortName,
        changeGoal: a.changeGoal,
        successSigns: a.successSigns,
        managerName: a.managerName,
        sharedWithGroup: a.sharedWithGroup,
        progress: progress.map((p) => ({
          partTitle: p.partTitle,
          note: p.note,
          updatedAt: new Date(p.updatedAt).toISOString(),
        })),
        comments: comments.map((c) => ({
          authorName: c.authorName,
          authorRole: c.authorRole,
          body: c.body,
          createdAt: new Date(c.createdAt).toISOString(),
        })),
        createdAt: new Date(a.createdAt).toISOString(),
        updatedAt: new Date(a.updatedAt).toISOString(),
      });
    }
    const commentsOnOthers = (await this.repo.commentsByOn(userId)).map((c) => ({
      participantName: c.participantName,
      authorRole: c.authorRole,
      body: c.body,
      createdAt: new Date(c.createdAt).toISOString(),
    }));
    return { assignments, commentsOnOthers };
  }

  erase(userId: string): Promise<void> {
    return this.repo.eraseFor(userId);
  }
}
