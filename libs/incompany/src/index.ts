export { InCompanyModule } from './incompany.module.js';
export { InCompanyRequest, InCompanyInvitation, REQUEST_STATUSES, INVITATION_STATUSES } from './incompany.entities.js';
export type { RequestStatus, InvitationStatus } from './incompany.entities.js';
export { InCompanyException, InCompanyErrorCode } from './incompany.exception.js';
export { InCompanyPersonalData } from './personal-data.js';
export { InCompanyService } from './incompany.service.js';
