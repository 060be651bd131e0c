import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Public } from '#libs/common';
import { CatalogueService } from './catalogue.service.js';
import { CoursesService } from './courses.service.js';
import { CataloguePageDto, CatalogueQueryDto } from './dto/catalogue-query.dto.js';
import { CatalogueSuggestionsDto, SuggestionsQueryDto } from './dto/catalogue-suggestions.dto.js';
import { CourseDto, CreateCourseDto, SetTeachersDto, UpdateCourseDto } from './dto/course.dto.js';
import { CreateSessionDto, SessionDto, UpdateSessionDto } from './dto/session.dto.js';
import {
  TeacherProfileDto,
  TeacherSearchDto,
  TeacherSummaryDto,
  UpsertTeacherProfileDto,
} from './dto/teacher-profile.dto.js';
import { SessionsService } from './sessions.service.js';
import { TeacherProfilesService } from './teacher-profiles.service.js';

@ApiTags('catalogue')
@Controller('catalogue')
export class CatalogueController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly courses: CoursesService,
  ) {}

  @Public()
  @Get('courses')
  @ApiOkResponse({ type: CataloguePageDto })
  search(@Query() query: CatalogueQueryDto): Promise<CataloguePageDto> {
    return this.catalogue.search(query);
  }

  @Public()
  @Get('suggestions')
  @ApiOkResponse({ type: CatalogueSuggestionsDto, description: 'At most `limit` (default 5) of each kind' })
  suggestions(@Query() query: SuggestionsQueryDto): Promise<CatalogueSuggestionsDto> {
    return this.catalogue.suggestions(query);
  }

  @Public()
  @Get('courses/:id')
  @ApiOkResponse({ type: CourseDto })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user?: AuthUser): Promise<CourseDto> {
    return this.courses.get(id, user);
  }
}

@ApiTags('teachers')
@Controller()
export class TeachersController {
  constructor(private readonly profiles: TeacherProfilesService) {}

  @ApiBearerAuth()
  @Get('me/teacher-profile')
  @ApiOkResponse({ type: TeacherProfileDto })
  mine(@CurrentUser() user: AuthUser): Promise<TeacherProfileDto> {
    return this.profiles.mine(user);
  }

  @ApiBearerAuth()
  @Put('me/teacher-profile')
  @ApiOkResponse({ type: TeacherProfileDto, description: 'Updated' })
  @ApiCreatedResponse({ type: TeacherProfileDto, description: 'Created (the first time)' })
  async upsert(
    @CurrentUser() user: AuthUser,
    @Body() dto: UpsertTeacherProfileDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<TeacherProfileDto> {
    const { profile, created } = await this.profiles.upsertMine(user, dto);
    res.status(created ? 201 : 200);
    return profile;
  }

  @ApiBearerAuth()
  @Get('teachers')
  @ApiOkResponse({
    type: [TeacherSummaryDto],
    description: 'At most 10 active teachers whose name contains q, for adding a co-teacher',
  })
  search(@Query() query: TeacherSearchDto): Promise<TeacherSummaryDto[]> {
    return this.profiles.search(query.q);
  }

  @Public()
  @Get('teachers/:id')
  @ApiOkResponse({ type: TeacherProfileDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<TeacherProfileDto> {
    return this.profiles.get(id);
  }
}

@ApiTags('courses')
@ApiBearerAuth()
@Controller()
export class CoursesController {
  constructor(
    private readonly courses: CoursesService,
    private readonly sessions: SessionsService,
  ) {}

  @Post('courses')
  @ApiCreatedResponse({ type: CourseDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCourseDto): Promise<CourseDto> {
    return this.courses.create(user, dto);
  }

  @Get('me/courses')
  @ApiOkResponse({ type: [CourseDto] })
  mine(@CurrentUser() user: AuthUser): Promise<CourseDto[]> {
    return this.courses.mine(user);
  }

  @Get('courses/:id')
  @ApiOkResponse({ type: CourseDto })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<CourseDto> {
    return this.courses.get(id, user);
  }

  @Patch('courses/:id')
  @ApiOkResponse({ type: CourseDto })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Body() dto: UpdateCourseDto,
  ): Promise<CourseDto> {
    return this.courses.update(id, user, dto);
  }

  @Put('courses/:id/teachers')
  @ApiOkResponse({ type: CourseDto })
  setTeachers(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Body() dto: SetTeachersDto,
  ): Promise<CourseDto> {
    return this.courses.setTeachers(id, user, dto.teacherIds);
  }

  @Post('courses/:id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: CourseDto })
  publish(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<CourseDto> {
    return this.courses.transition(id, user, 'published');
  }

  @Post('courses/:id/archive')
  @HttpCode(200)
  @ApiOkResponse({ type: CourseDto })
  archive(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<CourseDto> {
    return this.courses.transition(id, user, 'archived');
  }

  @Post('courses/:id/sessions')
  @ApiCreatedResponse({ type: SessionDto })
  addSession(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateSessionDto,
  ): Promise<SessionDto> {
    return this.sessions.create(id, user, dto);
  }

  @Patch('sessions/:id')
  @ApiOkResponse({ type: SessionDto })
  updateSession(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Body() dto: UpdateSessionDto,
  ): Promise<SessionDto> {
    return this.sessions.update(id, user, dto);
  }

  @Post('sessions/:id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto })
  cancelSession(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<SessionDto> {
    return this.sessions.cancel(id, user);
  }
}
