import { Controller, Get, Module } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { DomainException, Public } from '#libs/common';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  @ApiOkResponse({ schema: { example: { status: 'ok', database: 'up' } } })
  async check(): Promise<{ status: 'ok'; database: 'up' }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new DomainException('DATABASE_UNAVAILABLE', 'unavailable', 'The database is not reachable.');
    }
    return { status: 'ok', database: 'up' };
  }
}

@Module({ controllers: [HealthController] })
export class HealthModule {}
