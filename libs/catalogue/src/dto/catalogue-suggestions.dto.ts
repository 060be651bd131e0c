import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';
import { Optional, toInt, trim } from '#libs/common';
import { COURSE_KINDS } from '../catalogue.entities.js';
import type { CourseKind } from '../catalogue.entities.js';

export class SuggestionsQueryDto {
  @ApiProperty({ description: 'What has been typed so far (2 to 100 characters)', example: 'wo' })
  @Transform(trim)
  @IsString()
  @Length(2, 100)
  q: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 10, default: 5, description: 'Per kind' })
  @Optional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10)
  limit?: number;
}

export class CourseSuggestionDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: COURSE_KINDS }) kind: CourseKind;
}

export class TopicSuggestionDto {
  @ApiProperty({ description: 'The topic key, for the topic filter' }) value: string;
  @ApiProperty({ description: 'The topic as written' }) label: string;
  @ApiProperty({ type: 'integer', description: 'Published courses with this topic' }) count: number;
}

export class TrainerSuggestionDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() jobTitle: string;
}

export class CatalogueSuggestionsDto {
  @ApiProperty({ type: [CourseSuggestionDto], description: 'Published courses whose title has the text' })
  courses: CourseSuggestionDto[];
  @ApiProperty({ type: [TopicSuggestionDto], description: 'Topics of published courses that start with the text' })
  topics: TopicSuggestionDto[];
  @ApiProperty({ type: [TrainerSuggestionDto], description: 'Active teachers of a published course, by name' })
  trainers: TrainerSuggestionDto[];
}
