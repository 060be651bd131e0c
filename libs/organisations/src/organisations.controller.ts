import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '#libs/common';
import {
  CreateOrganisationDto,
  OrganisationDto,
  OrganisationListQueryDto,
  UpdateOrganisationDto,
} from './dto/organisation.dto.js';
import { OrganisationsService } from './organisations.service.js';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: [OrganisationDto] })
  list(@Query() query: OrganisationListQueryDto): Promise<OrganisationDto[]> {
    return this.organisations.list(query.kind);
  }

  @Public()
  @Get(':id')
  @ApiOkResponse({ type: OrganisationDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<OrganisationDto> {
    return this.organisations.get(id);
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Post()
  @ApiCreatedResponse({ type: OrganisationDto })
  create(@Body() dto: CreateOrganisationDto): Promise<OrganisationDto> {
    return this.organisations.create(dto);
  }

  @ApiBearerAuth()
  @Roles('admin')
  @Patch(':id')
  @ApiOkResponse({ type: OrganisationDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateOrganisationDto): Promise<OrganisationDto> {
    return this.organisations.update(id, dto);
  }
}
