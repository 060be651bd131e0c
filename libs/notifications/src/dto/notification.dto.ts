import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean } from 'class-validator';
import { Optional, PageQueryDto, toBool } from '#libs/common';

export class NotificationQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @Optional()
  @Transform(toBool)
  @IsBoolean()
  unreadOnly?: boolean;
}

export class NotificationDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'enrolment.confirmed' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ nullable: true, type: String }) link: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() read: boolean;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
  @ApiProperty() unread: number;
}

export class MarkedAllReadDto {
  @ApiProperty({ type: 'integer', description: 'How many unread notifications were marked read' }) marked: number;
}
