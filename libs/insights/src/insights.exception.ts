import { DomainException } from '#libs/common';

export enum InsightsErrorCode {
  FORBIDDEN_ORGANISATION = 'INSIGHTS_FORBIDDEN_ORGANISATION',
  NO_ORGANISATION = 'INSIGHTS_NO_ORGANISATION',
  ORGANISATION_NOT_FOUND = 'INSIGHTS_ORGANISATION_NOT_FOUND',
  PERIOD_INVALID = 'INSIGHTS_PERIOD_INVALID',
}

export class InsightsException extends DomainException {
  static forbiddenOrganisation() {
    return new InsightsException(
      InsightsErrorCode.FORBIDDEN_ORGANISATION,
      'forbidden',
      'L&D see the figures of their own organisation only.',
    );
  }
  static noOrganisation() {
    return new InsightsException(
      InsightsErrorCode.NO_ORGANISATION,
      'forbidden',
      'Your account belongs to no organisation, so there are no figures of your own.',
    );
  }
  static organisationNotFound(id: string) {
    return new InsightsException(
      InsightsErrorCode.ORGANISATION_NOT_FOUND,
      'not_found',
      `Organisation ${id} does not exist.`,
    );
  }
  /** `periodOrder`: from after to; `periodLength`: longer than allowed. */
  static period(field: 'from' | 'to', code: 'periodOrder' | 'periodLength', message: string) {
    return new InsightsException(InsightsErrorCode.PERIOD_INVALID, 'validation', message, [
      { field, messages: [message], codes: [code] },
    ]);
  }
}
