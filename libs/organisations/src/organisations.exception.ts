import { DomainException } from '#libs/common';

export enum OrganisationErrorCode {
  NOT_FOUND = 'ORGANISATION_NOT_FOUND',
  SLUG_TAKEN = 'ORGANISATION_SLUG_TAKEN',
  DOMAIN_TAKEN = 'ORGANISATION_EMAIL_DOMAIN_TAKEN',
}

export class OrganisationException extends DomainException {
  static notFound(id: string) {
    return new OrganisationException(
      OrganisationErrorCode.NOT_FOUND,
      'not_found',
      `Organisation ${id} does not exist.`,
    );
  }
  static slugTaken(slug: string) {
    return new OrganisationException(
      OrganisationErrorCode.SLUG_TAKEN,
      'conflict',
      `An organisation with slug "${slug}" already exists.`,
    );
  }
  static domainTaken(domain: string) {
    return new OrganisationException(
      OrganisationErrorCode.DOMAIN_TAKEN,
      'conflict',
      `E-mail domain "${domain}" already belongs to another organisation.`,
    );
  }
}
