/** class-transformer helpers for request bodies. */
export const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/** Trims a string, or every string in an array. */
export const trimAll = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value)
    ? (value as unknown[]).map((v) => (typeof v === 'string' ? v.trim() : v))
    : typeof value === 'string'
      ? value.trim()
      : value;
