import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '#libs/identity';
import { NotificationsModule } from '#libs/notifications';
import { CohortsCoreModule } from '../cohorts/cohorts-core.module.js';
import { CohortGroup, CohortGroupMember } from './group.entities.js';
import { GroupsController } from './groups.controller.js';
import { GroupsRepository } from './groups.repository.js';
import { GroupsService } from './groups.service.js';

/** Mixing groups of cohorts: werkatelier and intervision groups, rotation, moves (issue #11 item 4). */
@Module({
  imports: [
    TypeOrmModule.forFeature([CohortGroup, CohortGroupMember]),
    IdentityModule,
    NotificationsModule,
    CohortsCoreModule,
  ],
  controllers: [GroupsController],
  providers: [GroupsRepository, GroupsService],
  exports: [GroupsService],
})
export class GroupsModule {}
