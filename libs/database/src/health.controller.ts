import { Controller, Get, Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { DomainException, Public } from '#libs/common';

export type SearchHealthState = 'up' | 'configuring' | 'down' | 'incompatible';

/**
 * Provided by the knowledge bank when an external search engine (Meilisearch) is configured; its
 * state is reported beside the database. Nothing provided: PostgreSQL search, nothing extra to say.
 */
export const SEARCH_HEALTH = 'SEARCH_HEALTH';
export interface SearchHealthReporter {
  state(): Promise<SearchHealthState>;
}

export class HealthDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ enum: ['up'] }) database: 'up';
  @ApiPropertyOptional({
    enum: ['up', 'configuring', 'down', 'incompatible'],
    description:
      'Meilisearch, when configured: down or incompatible means knowledge-bank search answers 503 meanwhile; the API stays up',
  })
  search?: SearchHealthState;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: HealthDto, description: 'The API and its database are up (otherwise 503)' })
  async check(): Promise<HealthDto> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new DomainException('DATABASE_UNAVAILABLE', 'unavailable', 'The database is not reachable.');
    }
    const search = this.searchReporter();
    return search ? { status: 'ok', database: 'up', search: await search.state() } : { status: 'ok', database: 'up' };
  }

  private searchReporter(): SearchHealthReporter | undefined {
    try {
      return this.moduleRef.get<SearchHealthReporter>(SEARCH_HEALTH, { strict: false });
    } catch {
      return undefined;
    }
  }
}

@Module({ controllers: [HealthController] })
export class HealthModule {}
