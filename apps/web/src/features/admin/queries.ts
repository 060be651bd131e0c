export const adminKeys = {
  all: ['admin'] as const,
  health: ['admin', 'search-health'] as const,
  users: ['admin', 'users'] as const,
  synonyms: ['admin', 'synonyms'] as const,
  audit: ['admin', 'audit'] as const,
  identityProvider: (organisationId: string) => ['admin', 'identity-provider', organisationId] as const,
};
