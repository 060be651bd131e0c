// English texts; keys missing here fall back to the Dutch default in the code.
export const en: Record<string, unknown> = {};
