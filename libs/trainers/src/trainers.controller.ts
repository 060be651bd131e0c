import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Req,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser } from '#libs/common';
import type { AuthUser } from '#libs/common';
import {
  AnswerQuestionDto,
  AskTrainerDto,
  DeclineQuestionDto,
  PhotoVersionQueryDto,
  ProposeSessionDto,
  TrainerPageDto,
  TrainerPhotoDto,
  TrainerQuestionDto,
} from './dto/trainers.dto.js';
import { PHOTO_MAX_BYTES, PHOTO_SIZE, TrainerPhotosService } from './trainer-photos.service.js';
import { TrainersService } from './trainers.service.js';

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } };

/**
 * The photo with its caching headers: private (signed-in users only), revalidated by ETag; a
 * matching If-None-Match gets 304 without the bytes.
 */
function photoResponse(
  req: Request,
  res: Response,
  photo: { image: Buffer; etag: string },
): StreamableFile | undefined {
  const etag = `"${photo.etag}"`;
  res.removeHeader('Pragma');
  res.setHeader('Cache-Control', 'private, max-age=3600');
  res.setHeader('ETag', etag);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (req.headers['if-none-match'] === etag) {
    res.status(304);
    return undefined;
  }
  return new StreamableFile(photo.image, { type: 'image/webp', disposition: 'inline', length: photo.image.length });
}

@ApiTags('trainers')
@ApiBearerAuth()
@Controller()
export class TrainersController {
  constructor(
    private readonly trainers: TrainersService,
    private readonly photos: TrainerPhotosService,
  ) {}

  @Get('trainers/:id')
  @ApiOkResponse({ type: TrainerPageDto, description: 'A colleague-trainer’s page (id: the teacher profile id)' })
  page(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<TrainerPageDto> {
    return this.trainers.page(user, id);
  }

  @Get('trainers/:id/photo')
  @ApiProduces('image/webp')
  @ApiOkResponse({
    description: `The trainer’s photo: a ${PHOTO_SIZE}×${PHOTO_SIZE} WebP without metadata; cached privately, ETag`,
    content: { 'image/webp': { schema: { type: 'string', format: 'binary' } } },
  })
  async photo(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() _query: PhotoVersionQueryDto,
  ): Promise<StreamableFile | undefined> {
    return photoResponse(req, res, await this.photos.get(id));
  }

  @Put('me/trainer-photo')
  @UseInterceptors(FileInterceptor('photo', { limits: { fileSize: PHOTO_MAX_BYTES, files: 1, fields: 0 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description: `A JPEG, PNG, WebP, GIF or AVIF image of at most ${PHOTO_MAX_BYTES / 1024 / 1024} MB (larger: 413); checked by its content, not its name (otherwise 400 TRAINER_PHOTO_NOT_AN_IMAGE); stored as a square 400 px WebP without metadata`,
    schema: {
      type: 'object',
      required: ['photo'],
      properties: { photo: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOkResponse({ type: TrainerPhotoDto, description: 'The caller’s own trainer photo, replaced' })
  uploadPhoto(
    @CurrentUser() user: AuthUser,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ): Promise<TrainerPhotoDto> {
    return this.photos.upload(user, file);
  }

  @Delete('me/trainer-photo')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The caller’s trainer photo removed (also when there was none)' })
  async removePhoto(@CurrentUser() user: AuthUser): Promise<void> {
    await this.photos.remove(user);
  }

  @Post('trainers/:id/questions')
  @ApiCreatedResponse({ type: TrainerQuestionDto, description: 'Sent: the trainer is notified in-app and by e-mail' })
  @ApiTooManyRequestsResponse({
    description: 'At most 10 questions to trainers per person per 24 hours; see Retry-After',
    content: PROBLEM,
  })
  ask(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AskTrainerDto,
  ): Promise<TrainerQuestionDto> {
    return this.trainers.ask(user, id, dto);
  }

  @Get('me/trainer-questions')
  @ApiOkResponse({ type: [TrainerQuestionDto], description: 'Questions sent to me as a trainer, open ones first' })
  inbox(@CurrentUser() user: AuthUser): Promise<TrainerQuestionDto[]> {
    return this.trainers.inbox(user);
  }

  @Get('me/asked-questions')
  @ApiOkResponse({ type: [TrainerQuestionDto], description: 'Questions I sent to trainers, newest first' })
  asked(@CurrentUser() user: AuthUser): Promise<TrainerQuestionDto[]> {
    return this.trainers.asked(user);
  }

  @Get('trainer-questions/:id')
  @ApiOkResponse({ type: TrainerQuestionDto, description: 'Only for its asker and its trainer (404 for others)' })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<TrainerQuestionDto> {
    return this.trainers.get(user, id);
  }

  @Post('trainer-questions/:id/answer')
  @HttpCode(200)
  @ApiOkResponse({ type: TrainerQuestionDto, description: 'open → answered, by the trainer; the asker is notified' })
  answer(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AnswerQuestionDto,
  ): Promise<TrainerQuestionDto> {
    return this.trainers.answer(user, id, dto);
  }

  @Post('trainer-questions/:id/decline')
  @HttpCode(200)
  @ApiOkResponse({ type: TrainerQuestionDto, description: 'open → declined, by the trainer; the asker is notified' })
  decline(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DeclineQuestionDto,
  ): Promise<TrainerQuestionDto> {
    return this.trainers.decline(user, id, dto);
  }

  @Post('trainer-questions/:id/propose-session')
  @HttpCode(200)
  @ApiOkResponse({
    type: TrainerQuestionDto,
    description: 'open → session_proposed, by the trainer: a message (no session is created); the asker is notified',
  })
  proposeSession(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ProposeSessionDto,
  ): Promise<TrainerQuestionDto> {
    return this.trainers.proposeSession(user, id, dto);
  }
}
