import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source.js';
import { Db } from './db.js';

export interface DatabaseModuleOptions {
  url: string;
  poolSize?: number;
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions({ url: options.url, poolSize: options.poolSize }),
          autoLoadEntities: true,
        }),
      ],
      providers: [Db],
      exports: [Db],
    };
  }
}
