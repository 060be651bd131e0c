import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { CurrentUser, Roles } from '#libs/common';
import type { AuthUser } from '#libs/common';
import { KnowledgeCapitalDto, KnowledgeCapitalQueryDto } from './dto/knowledge-capital.dto.js';
import { InsightsService } from './insights.service.js';

@ApiTags('insights')
@ApiBearerAuth()
@Roles('ld', 'admin')
@Controller('insights')
export class InsightsController {
  constructor(private readonly insights: InsightsService) {}

  @Get('knowledge-capital')
  @ApiOkResponse({
    type: KnowledgeCapitalDto,
    description: 'The knowledge-capital dashboard of a period (default: the last twelve months)',
  })
  knowledgeCapital(
    @CurrentUser() user: AuthUser,
    @Query() query: KnowledgeCapitalQueryDto,
  ): Promise<KnowledgeCapitalDto> {
    return this.insights.knowledgeCapital(user, query);
  }

  @Get('knowledge-capital.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'The same figures as one long table (RFC 4180, UTF-8): Onderdeel, Cijfer, Naam, Van organisatie, Naar organisatie, Waarde, Eenheid',
    schema: { type: 'string' },
  })
  async knowledgeCapitalCsv(
    @CurrentUser() user: AuthUser,
    @Query() query: KnowledgeCapitalQueryDto,
  ): Promise<StreamableFile> {
    return new StreamableFile(Readable.from([await this.insights.knowledgeCapitalCsv(user, query)]), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="kenniskapitaal.csv"',
    });
  }
}
