import {
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { CurrentUser, Roles } from '#libs/common';
import type { AuthUser } from '#libs/common';
import { DemandService } from './demand.service.js';
import {
  CourseInterestDto,
  CourseInterestStatusDto,
  DemandOverviewDto,
  DemandPeriodQueryDto,
  QuestionInterestDto,
} from './dto/demand.dto.js';

@ApiTags('demand')
@ApiBearerAuth()
@Controller()
export class DemandController {
  constructor(private readonly demand: DemandService) {}

  @Put('courses/:id/interest')
  @ApiOkResponse({
    type: CourseInterestDto,
    description:
      '"Laat me weten wanneer er een datum is": on the list (idempotent); told once when a session is scheduled',
  })
  signUp(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CourseInterestDto> {
    return this.demand.signUp(user, id);
  }

  @Delete('courses/:id/interest')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Off the list (idempotent)' })
  signOff(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.demand.signOff(user, id);
  }

  @Get('courses/:id/interest')
  @ApiOkResponse({ type: CourseInterestStatusDto, description: 'Whether I wait on the list, and how many do' })
  status(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CourseInterestStatusDto> {
    return this.demand.status(user, id);
  }

  @Get('me/interests')
  @ApiOkResponse({
    type: [CourseInterestDto],
    description: 'My interest lists: waiting first, then those I was told of',
  })
  mine(@CurrentUser() user: AuthUser): Promise<CourseInterestDto[]> {
    return this.demand.mine(user);
  }

  @Put('knowledge-bank/questions/:id/interest')
  @ApiOkResponse({
    type: QuestionInterestDto,
    description: '"Ik wil dit ook" (idempotent): by the asker, L&D of its organisation or an admin',
  })
  markQuestion(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<QuestionInterestDto> {
    return this.demand.markQuestion(user, id);
  }

  @Delete('knowledge-bank/questions/:id/interest')
  @HttpCode(204)
  @ApiNoContentResponse({ description: '"Ik wil dit ook" taken back (idempotent)' })
  unmarkQuestion(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.demand.unmarkQuestion(user, id);
  }

  @Get('knowledge-bank/questions/:id/interest')
  @ApiOkResponse({ type: QuestionInterestDto })
  questionStatus(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<QuestionInterestDto> {
    return this.demand.questionStatus(user, id);
  }

  @Roles('ld', 'admin')
  @Get('demand')
  @ApiOkResponse({
    type: DemandOverviewDto,
    description:
      'Unmet demand per topic with suggested trainers, and unanswered questions (L&D: own organisation; admins: all)',
  })
  overview(@CurrentUser() user: AuthUser, @Query() q: DemandPeriodQueryDto): Promise<DemandOverviewDto> {
    return this.demand.overview(user, q.days);
  }

  @Roles('ld', 'admin')
  @Get('demand/export')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The topics as CSV (RFC 4180, UTF-8, Dutch header row)', schema: { type: 'string' } })
  async export(@CurrentUser() user: AuthUser, @Query() q: DemandPeriodQueryDto): Promise<StreamableFile> {
    return new StreamableFile(Readable.from(await this.demand.csv(user, q.days)), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="vraag-per-onderwerp.csv"`,
    });
  }
}
