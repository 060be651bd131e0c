export { IdentityModule } from './identity.module.js';
export { UsersService } from './users.service.js';
export { PasswordHasher } from './password-hasher.js';
export { User, AuthSession, RefreshToken, EmailVerification, AuthThrottle } from './user.entity.js';
export { IdentityProvider, SsoLoginState, SsoHandoff } from './sso/sso.entities.js';
export { IdentityException, IdentityErrorCode } from './identity.exception.js';
export { AccessTokenVerifier } from './auth/access-token-verifier.js';
export { AuthService } from './auth.service.js';
