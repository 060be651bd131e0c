import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '#libs/common';
import type { AuthUser } from '#libs/common';
import {
  AnswerDto,
  AskQuestionDto,
  PutSynonymDto,
  ReindexResultDto,
  RetriedDto,
  SearchHealthDto,
  SynonymDto,
  SynonymsDto,
} from './dto/knowledge.dto.js';
import { KnowledgeBankService } from './knowledge-bank.service.js';
import { SearchAdminService } from './search-admin.service.js';
import { SearchIndexer } from './search-indexer.js';

@ApiTags('knowledge-bank')
@ApiBearerAuth()
@Controller('knowledge-bank')
export class KnowledgeBankController {
  constructor(private readonly knowledge: KnowledgeBankService) {}

  @Post('questions')
  @HttpCode(200)
  @ApiOkResponse({ type: AnswerDto })
  ask(@CurrentUser() user: AuthUser, @Body() dto: AskQuestionDto): Promise<AnswerDto> {
    return this.knowledge.ask(user, dto);
  }
}

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/search')
export class SearchAdminController {
  constructor(
    private readonly admin: SearchAdminService,
    private readonly indexer: SearchIndexer,
  ) {}

  /** Documents per index, outbox lag, dead letters and failed jobs. */
  @Get('health')
  @ApiOkResponse({ type: SearchHealthDto })
  health(): Promise<SearchHealthDto> {
    return this.admin.health();
  }

  @Post('reindex')
  @HttpCode(200)
  @ApiOkResponse({ type: ReindexResultDto, description: 'Both indexes rebuilt from the database' })
  reindex(): Promise<ReindexResultDto> {
    return this.indexer.reindex();
  }

  @Post('dead-letters/retry')
  @HttpCode(200)
  @ApiOkResponse({ type: RetriedDto })
  retryDeadLetters(): Promise<RetriedDto> {
    return this.admin.retryDeadLetters();
  }

  @Get('synonyms')
  @ApiOkResponse({ type: SynonymsDto })
  synonyms(): Promise<SynonymsDto> {
    return this.admin.synonyms();
  }

  @Put('synonyms/:term')
  @ApiOkResponse({ type: SynonymDto, description: 'Created or replaced' })
  putSynonym(@Param('term') term: string, @Body() dto: PutSynonymDto): Promise<SynonymDto> {
    return this.admin.putSynonym(term, dto.synonyms);
  }

  @Delete('synonyms/:term')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed' })
  deleteSynonym(@Param('term') term: string): Promise<void> {
    return this.admin.deleteSynonym(term);
  }
}
