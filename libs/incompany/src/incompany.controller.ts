import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '#libs/common';
import type { AuthUser } from '#libs/common';
import {
  CreateRequestDto,
  EvaluateDto,
  InviteDto,
  ReleaseDto,
  RequestDto,
  RespondDto,
  ScheduleDto,
  SuggestionsDto,
} from './dto/incompany.dto.js';
import { InCompanyService } from './incompany.service.js';

@ApiTags('in-company')
@ApiBearerAuth()
@Controller()
export class InCompanyController {
  constructor(private readonly incompany: InCompanyService) {}

  @Post('incompany-requests')
  @ApiCreatedResponse({ type: RequestDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateRequestDto): Promise<RequestDto> {
    return this.incompany.create(user, dto);
  }

  @Get('incompany-requests')
  @ApiOkResponse({
    type: [RequestDto],
    description: "My organisation's requests (L&D), and those I am invited to or must release",
  })
  list(@CurrentUser() user: AuthUser): Promise<RequestDto[]> {
    return this.incompany.list(user);
  }

  @Get('incompany-requests/:id')
  @ApiOkResponse({ type: RequestDto })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<RequestDto> {
    return this.incompany.get(user, id);
  }

  @Get('incompany-requests/:id/suggestions')
  @ApiOkResponse({ type: SuggestionsDto })
  suggestions(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<SuggestionsDto> {
    return this.incompany.suggestions(user, id);
  }

  @Post('incompany-requests/:id/invitations')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDto })
  invite(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: InviteDto,
  ): Promise<RequestDto> {
    return this.incompany.invite(user, id, dto.teacherIds);
  }

  @Post('incompany-invitations/:id/respond')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDto })
  respond(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RespondDto,
  ): Promise<RequestDto> {
    return this.incompany.respond(user, id, dto);
  }

  @Post('incompany-invitations/:id/release')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDto })
  release(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReleaseDto,
  ): Promise<RequestDto> {
    return this.incompany.release(user, id, dto.release, dto.message);
  }

  @Post('incompany-requests/:id/schedule')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDto })
  schedule(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ScheduleDto,
  ): Promise<RequestDto> {
    return this.incompany.schedule(user, id, dto);
  }

  @Post('incompany-requests/:id/delivered')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDto })
  deliver(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<RequestDto> {
    return this.incompany.deliver(user, id);
  }

  @Post('incompany-requests/:id/evaluation')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDto })
  evaluate(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: EvaluateDto,
  ): Promise<RequestDto> {
    return this.incompany.evaluate(user, id, dto);
  }

  @Post('incompany-requests/:id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDto })
  cancel(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<RequestDto> {
    return this.incompany.cancel(user, id);
  }
}
