import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '#libs/common';
import { ErasureRequestDto, PersonalDataExportDto } from './dto/privacy.dto.js';
import { PrivacyService } from './privacy.service.js';

@ApiTags('privacy')
@ApiBearerAuth()
@Controller('me')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  @Get('personal-data')
  @ApiOkResponse({ type: PersonalDataExportDto, description: 'Everything about me (AVG art. 15), as JSON' })
  export(@CurrentUser() user: AuthUser): Promise<PersonalDataExportDto> {
    return this.privacy.export(user);
  }

  @Post('erasure')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The account is erased (AVG art. 17) and signed out everywhere' })
  async erase(@CurrentUser() user: AuthUser, @Body() dto: ErasureRequestDto): Promise<void> {
    await this.privacy.erase(user, dto.confirmEmail);
  }
}
