import { Module } from '@nestjs/common';
import { LearningRecordController } from './learning-record.controller.js';
import { LearningRecordRepository } from './learning-record.repository.js';
import { LearningRecordService } from './learning-record.js';

/** The learning record (issue #12 item 7): completed courses and programmes, proofs of participation. */
@Module({
  controllers: [LearningRecordController],
  providers: [LearningRecordRepository, LearningRecordService],
})
export class LearningRecordModule {}
