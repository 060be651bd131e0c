export { OrganisationsModule } from './organisations.module.js';
export { OrganisationsService } from './organisations.service.js';
export { OrganisationSeedingService } from './organisation-seeding.service.js';
export type { OrganisationRef, SeededOrganisation, UpsertedOrganisation } from './organisation-seeding.repository.js';
export { Organisation, ORGANISATION_KINDS } from './organisation.entity.js';
export type { OrganisationKind } from './organisation.entity.js';
export { OrganisationDto } from './dto/organisation.dto.js';
export { OrganisationException, OrganisationErrorCode } from './organisations.exception.js';
