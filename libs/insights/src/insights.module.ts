import { Module } from '@nestjs/common';
import { InsightsController } from './insights.controller.js';
import { InsightsRepository } from './insights.repository.js';
import { InsightsService } from './insights.service.js';

/** Read-only figures across areas, through the views their owners declare (no tables of its own). */
@Module({
  controllers: [InsightsController],
  providers: [InsightsRepository, InsightsService],
  exports: [InsightsService],
})
export class InsightsModule {}
