export { IdentityModule } from './identity.module.js';
export { UsersService } from './users.service.js';
export { PasswordHasher } from './password-hasher.js';
export { User, AuthSession, RefreshToken } from './user.entity.js';
export { IdentityException, IdentityErrorCode } from './identity.exception.js';
