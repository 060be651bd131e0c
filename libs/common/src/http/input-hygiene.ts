import type { FieldError } from '../errors/domain.exception.js';

/**
 * The deepest JSON a client may send. Our deepest body (a catalogue import) nests five levels;
 * recursive walkers (class-transformer, class-validator) overflow the stack near a few thousand.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * Keys that name members of every object (`__proto__`, `constructor`, `toString`, …): copied
 * into an object they reach its prototype, and class-transformer silently skips them, so the
 * unknown-field check would never see them. Never a field of ours.
 */
const FORBIDDEN_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** Nesting depth of raw JSON text, counted without parsing (brackets inside strings do not count). */
export function jsonDepthExceeds(text: Buffer | string, max = MAX_JSON_DEPTH): boolean {
  const s = typeof text === 'string' ? Buffer.from(text) : text;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** Text PostgreSQL and JSON encoders can store: no NUL character, no unpaired UTF-16 surrogate. */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && value.isWellFormed();
}

/**
 * Every string value and key in a parsed body or query that is not storable text, and every
 * prototype-reaching key, as field errors. Iterative, so no input can exhaust the stack.
 */
export function findUnsafeInput(value: unknown, root = ''): FieldError[] {
  const errors: FieldError[] = [];
  const stack: [unknown, string][] = [[value, root]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [v, path] = next;
    if (typeof v === 'string') {
      if (!isStorableText(v)) errors.push(textError(path || 'body'));
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}[${i}]`]);
    } else if (v !== null && typeof v === 'object') {
      for (const key of Object.keys(v)) {
        const child = path ? `${path}.${key}` : key;
        if (FORBIDDEN_KEYS.has(key))
          errors.push({ field: child, messages: [`property ${key} is not allowed`], codes: ['whitelistValidation'] });
        else if (!isStorableText(key)) errors.push(textError(child));
        else stack.push([(v as Record<string, unknown>)[key], child]);
      }
    }
  }
  return errors.reverse();
}

function textError(field: string): FieldError {
  return {
    field,
    messages: [`${field} contains characters that are not valid text (NUL or an unpaired surrogate)`],
    codes: ['isStorableText'],
  };
}
