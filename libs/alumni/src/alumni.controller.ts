import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, PageQueryDto } from '#libs/common';
import type { AuthUser } from '#libs/common';
import {
  AlumniConsentDto,
  AlumniMessageSentDto,
  AlumniPageDto,
  AlumniSearchQueryDto,
  AlumnusDto,
  SendAlumniMessageDto,
  UpdateAlumniConsentDto,
} from './dto/alumni.dto.js';
import { AlumniService } from './alumni.service.js';

@ApiTags('alumni')
@ApiBearerAuth()
@Controller()
export class AlumniController {
  constructor(private readonly alumni: AlumniService) {}

  @Get('me/alumni-consent')
  @ApiOkResponse({ type: AlumniConsentDto, description: 'My consent to be findable as alumnus (off by default)' })
  consent(@CurrentUser() user: AuthUser): Promise<AlumniConsentDto> {
    return this.alumni.consent(user);
  }

  @Put('me/alumni-consent')
  @ApiOkResponse({ type: AlumniConsentDto, description: 'Changed at once in every alumni list' })
  updateConsent(@CurrentUser() user: AuthUser, @Body() dto: UpdateAlumniConsentDto): Promise<AlumniConsentDto> {
    return this.alumni.updateConsent(user, dto);
  }

  @Get('courses/:id/alumni')
  @ApiOkResponse({ type: AlumniPageDto, description: 'Wie deden deze cursus ook: opted-in people who attended it' })
  ofCourse(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: PageQueryDto,
  ): Promise<AlumniPageDto> {
    return this.alumni.ofCourse(user, id, q);
  }

  @Get('alumni')
  @ApiOkResponse({ type: AlumniPageDto, description: 'Opted-in alumni by course, topic, organisation and words' })
  search(@CurrentUser() user: AuthUser, @Query() q: AlumniSearchQueryDto): Promise<AlumniPageDto> {
    return this.alumni.search(user, q);
  }

  @Get('alumni/:userId')
  @ApiOkResponse({ type: AlumnusDto, description: 'One findable alumnus' })
  one(@CurrentUser() user: AuthUser, @Param('userId', ParseUUIDPipe) userId: string): Promise<AlumnusDto> {
    return this.alumni.one(user, userId);
  }

  @Post('alumni/:userId/messages')
  @ApiCreatedResponse({ type: AlumniMessageSentDto, description: 'Delivered by e-mail; replies go to you' })
  @ApiResponse({
    status: 429,
    description: 'More than ALUMNI_MESSAGES_PER_DAY (5) messages in 24 hours; see Retry-After',
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
  })
  send(
    @CurrentUser() user: AuthUser,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() dto: SendAlumniMessageDto,
  ): Promise<AlumniMessageSentDto> {
    return this.alumni.send(user, userId, dto);
  }
}
