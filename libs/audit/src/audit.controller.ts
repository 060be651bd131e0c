import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { Roles } from '#libs/common';
import { AuditService } from './audit.service.js';
import { AuditEventPageDto, AuditFilterDto, AuditQueryDto } from './dto/audit.dto.js';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({ type: AuditEventPageDto, description: 'Newest first' })
  list(@Query() query: AuditQueryDto): Promise<AuditEventPageDto> {
    return this.audit.list(query);
  }

  @Get('export')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'CSV (RFC 4180, UTF-8), oldest first; at most 100,000 rows (more: 400 AUDIT_EXPORT_TOO_LARGE)',
    schema: { type: 'string' },
  })
  async export(@Query() query: AuditFilterDto): Promise<StreamableFile> {
    const csv = await this.audit.exportCsv(query);
    return new StreamableFile(Readable.from(csv), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="audit-trail.csv"`,
    });
  }
}
