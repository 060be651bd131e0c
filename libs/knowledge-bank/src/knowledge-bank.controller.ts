import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, DomainException, Roles } from '#libs/common';
import type { AuthUser } from '#libs/common';
import { JobQueue } from '#libs/jobs';
import {
  AnswerDto,
  AskQuestionDto,
  DemandDto,
  DemandQueryDto,
  PutSynonymDto,
  ReindexResultDto,
  RetriedDto,
  SearchHealthDto,
  SynonymDto,
  SynonymsDto,
} from './dto/knowledge.dto.js';
import { KnowledgeBankService } from './knowledge-bank.service.js';
import { SearchEngine } from './search-engine.js';
import { SearchIndexRepository } from './search-index.repository.js';
import { SearchIndexer } from './search-indexer.js';
import { VocabularyService } from './vocabulary.service.js';

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

  @Roles('ld', 'admin')
  @Get('demand')
  @ApiOkResponse({ type: [DemandDto] })
  demand(@CurrentUser() user: AuthUser, @Query() q: DemandQueryDto): Promise<DemandDto[]> {
    return this.knowledge.demand(user, q.days ?? 90);
  }
}

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/search')
export class SearchAdminController {
  constructor(
    private readonly engine: SearchEngine,
    private readonly indexer: SearchIndexer,
    private readonly index: SearchIndexRepository,
    private readonly vocabulary: VocabularyService,
    private readonly jobs: JobQueue,
  ) {}

  /** Documents per index, outbox lag, dead letters and failed jobs. */
  @Get('health')
  @ApiOkResponse({ type: SearchHealthDto })
  async health(): Promise<SearchHealthDto> {
    const [indexes, outbox, deadLetters, jobs] = await Promise.all([
      this.engine.stats(),
      this.index.outboxStats(),
      this.index.deadLetters(20),
      this.jobs.stats(),
    ]);
    return { engine: this.engine.name, indexes, outbox, deadLetters, jobs };
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
  async retryDeadLetters(): Promise<RetriedDto> {
    return { retried: await this.index.retryDead() };
  }

  @Get('synonyms')
  @ApiOkResponse({ type: SynonymsDto })
  async synonyms(): Promise<SynonymsDto> {
    return { defaults: this.vocabulary.defaults(), custom: await this.vocabulary.list() };
  }

  @Put('synonyms/:term')
  @ApiOkResponse({ type: SynonymDto, description: 'Created or replaced' })
  async putSynonym(@Param('term') term: string, @Body() dto: PutSynonymDto): Promise<SynonymDto> {
    const saved = await this.vocabulary.put(term, dto.synonyms);
    await this.engine.configure(await this.vocabulary.vocabulary());
    return saved;
  }

  @Delete('synonyms/:term')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed' })
  async deleteSynonym(@Param('term') term: string) {
    if (!(await this.vocabulary.remove(term)))
      throw new DomainException('SYNONYM_NOT_FOUND', 'not_found', `No synonyms for "${term}".`);
    await this.engine.configure(await this.vocabulary.vocabulary());
  }
}
