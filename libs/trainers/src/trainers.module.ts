import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EvaluationsModule } from '#libs/evaluations';
import { NotificationsModule } from '#libs/notifications';
import { TrainersPersonalDataRepository } from './personal-data.repository.js';
import { TrainersPersonalData } from './personal-data.js';
import { TrainerPhotosService } from './trainer-photos.service.js';
import { TrainerPhoto, TrainerQuestion } from './trainers.entities.js';
import { TrainersController } from './trainers.controller.js';
import { TrainersRepository } from './trainers.repository.js';
import { TrainersService } from './trainers.service.js';

/** Trainer pages, trainer photos and questions to a trainer (issue #12 item 4). */
@Module({
  imports: [TypeOrmModule.forFeature([TrainerPhoto, TrainerQuestion]), EvaluationsModule, NotificationsModule],
  controllers: [TrainersController],
  providers: [
    TrainersRepository,
    TrainersService,
    TrainerPhotosService,
    TrainersPersonalDataRepository,
    TrainersPersonalData,
  ],
  exports: [TrainersService, TrainerPhotosService, TrainersPersonalData],
})
export class TrainersModule {}
