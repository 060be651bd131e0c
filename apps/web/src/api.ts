/** A problem+json answer of the API (RFC 9457). */
export interface FieldError {
  field: string;
  messages: string[];
  codes?: string[];
}
export interface Problem {
  status: number;
  code?: string;
  title?: string;
  detail?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
  get status(): number {
    return this.problem.status;
  }
  /** Field errors keyed by field path, for showing next to the inputs. */
  get fieldErrors(): Record<string, FieldError> {
    return Object.fromEntries((this.problem.errors ?? []).map((e) => [e.field, e]));
  }
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

// Tokens live in sessionStorage: they survive a reload but not the tab, and two tabs never race
// to rotate the same refresh token (the API revokes a session on refresh-token reuse).
const STORAGE_KEY = 'collegiaal.tokens';

export function loadTokens(): Tokens | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Tokens) : null;
  } catch {
    return null;
  }
}

export function saveTokens(tokens: Tokens | null): void {
  if (tokens) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(tokens));
  else sessionStorage.removeItem(STORAGE_KEY);
}

let refreshing: Promise<boolean> | null = null;
let onSignedOut: () => void = () => {};
export function setSignedOutHandler(handler: () => void): void {
  onSignedOut = handler;
}

async function refreshTokens(): Promise<boolean> {
  const tokens = loadTokens();
  if (!tokens) return false;
  const res = await fetch('/api/auth/refresh', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ refreshToken: tokens.refreshToken }),
  });
  if (!res.ok) {
    saveTokens(null);
    onSignedOut();
    return false;
  }
  const body = (await res.json()) as Tokens;
  saveTokens({ accessToken: body.accessToken, refreshToken: body.refreshToken });
  return true;
}

async function send(method: string, path: string, body: unknown, language: string): Promise<Response> {
  const tokens = loadTokens();
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (tokens) headers.authorization = `Bearer ${tokens.accessToken}`;
  return fetch(`/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

export let currentLanguage = 'nl';
export function setApiLanguage(language: string): void {
  currentLanguage = language;
}

/** Calls the API; throws ApiError with the problem document on any non-2xx answer. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  let res = await send(method, path, body, currentLanguage);
  if (res.status === 401 && loadTokens() && !path.startsWith('/auth/')) {
    refreshing ??= refreshTokens().finally(() => (refreshing = null));
    if (await refreshing) res = await send(method, path, body, currentLanguage);
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data: unknown = text ? safeJson(text) : undefined;
  if (!res.ok) {
    const problem = (data && typeof data === 'object' ? data : {}) as Problem;
    throw new ApiError({ ...problem, status: res.status });
  }
  return data as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Saves an authenticated file answer (such as a CSV export) under `filename`: a plain link cannot
 * send the bearer token, so the file is fetched and handed to the browser as a blob.
 */
export async function download(path: string, filename: string): Promise<void> {
  let res = await send('GET', path, undefined, currentLanguage);
  if (res.status === 401 && loadTokens()) {
    refreshing ??= refreshTokens().finally(() => (refreshing = null));
    if (await refreshing) res = await send('GET', path, undefined, currentLanguage);
  }
  if (!res.ok) {
    const data: unknown = safeJson(await res.text());
    throw new ApiError({ ...((data && typeof data === 'object' ? data : {}) as Problem), status: res.status });
  }
  saveFile(await res.blob(), filename);
}

/** Hands a file made or fetched in the page to the browser as a download. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body?: unknown) => api<T>('POST', path, body ?? {});
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body);
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const del = <T>(path: string) => api<T>('DELETE', path);

/** Query string from an object, skipping empty values. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '' && v !== false) search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}
