import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { AuthUser } from '#libs/common';
import { Db } from '#libs/database';
import type { TrainerPhotoDto } from './dto/trainers.dto.js';
import { TrainerException } from './trainers.exception.js';
import { TrainersRepository } from './trainers.repository.js';

/** The largest upload taken (bytes); a larger one is refused with 413 before it is read to the end. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** The stored photo: a square of this many pixels, WebP. */
export const PHOTO_SIZE = 400;
/** Decoded images larger than this (pixels) are refused: a small file may unpack to a huge bitmap. */
const MAX_INPUT_PIXELS = 50_000_000;
/** Judged by the decoder on the file's content; SVG (script, external references) is not taken. */
const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'gif', 'avif', 'heif']);

export const photoUrl = (teacherProfileId: string, etag: string) =>
  `/api/trainers/${teacherProfileId}/photo?v=${etag.slice(0, 16)}`;

/** Resizes to a square WebP; metadata (EXIF, location, ICC comments) is not copied. Throws for a non-image. */
export async function toSquareWebp(input: Buffer): Promise<Buffer> {
  let format: string | undefined;
  try {
    format = (await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()).format;
  } catch {
    throw TrainerException.notAnImage();
  }
  if (!format || !ACCEPTED.has(format)) throw TrainerException.notAnImage();
  try {
    return await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, animated: false })
      .rotate()
      .resize(PHOTO_SIZE, PHOTO_SIZE, { fit: 'cover', position: 'attention' })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    // A header that parses with a body that does not decode: still not an image we can use.
    throw TrainerException.notAnImage();
  }
}

/** A trainer's own photo: upload (type checked by content, resized), removal, and serving it. */
@Injectable()
export class TrainerPhotosService {
  constructor(
    private readonly db: Db,
    private readonly repo: TrainersRepository,
  ) {}

  async upload(user: AuthUser, file: { buffer: Buffer } | undefined): Promise<TrainerPhotoDto> {
    if (!file?.buffer.length) throw TrainerException.photoMissing();
    const profileId = await this.ownProfile(user);
    const image = await toSquareWebp(file.buffer);
    const etag = createHash('sha256').update(image).digest('hex');
    await this.db.transaction(() => this.repo.savePhoto(profileId, image, etag));
    return { photoUrl: photoUrl(profileId, etag) };
  }

  async remove(user: AuthUser): Promise<void> {
    const profileId = await this.ownProfile(user);
    await this.db.transaction(() => this.repo.deletePhoto(profileId));
  }

  async get(teacherProfileId: string): Promise<{ image: Buffer; etag: string }> {
    const photo = await this.repo.photo(teacherProfileId);
    if (!photo || !(await this.repo.trainer(teacherProfileId))) throw TrainerException.photoNotFound(teacherProfileId);
    return { image: photo.image, etag: photo.etag };
  }

  private async ownProfile(user: AuthUser): Promise<string> {
    const id = await this.repo.profileOfUser(user.id);
    if (!id) throw TrainerException.noTeacherProfile();
    return id;
  }
}
