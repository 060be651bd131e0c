import createClient from 'openapi-fetch';
import type { components, paths } from './schema.gen.ts';

/** A field error of a problem+json answer (400). */
export type FieldError = NonNullable<components['schemas']['ProblemDetails']['errors']>[number];

/** A problem+json answer of the API (RFC 9457), with the HTTP status it came with. */
export interface Problem extends Partial<Omit<components['schemas']['ProblemDetails'], 'status'>> {
  status: number;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
  get status(): number {
    return this.problem.status;
  }
  /** Field errors keyed by field path, for showing next to the inputs. */
  get fieldErrors(): Partial<Record<string, FieldError>> {
    return Object.fromEntries((this.problem.errors ?? []).map((e) => [e.field, e]));
  }
}

export type Tokens = Pick<components['schemas']['TokenPairDto'], 'accessToken' | 'refreshToken'>;

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

let onSignedOut: () => void = () => undefined;
export function setSignedOutHandler(handler: () => void): void {
  onSignedOut = handler;
}

let language = 'nl';
/** The language the API answers in (accept-language); follows the web app's switch. */
export function setApiLanguage(next: string): void {
  language = next;
}
/** For operations that document accept-language as a parameter (sign-up writes its mail in it). */
export function apiLanguage(): string {
  return language;
}

/** The refresh itself goes without the retry below, or a refused refresh would refresh again. */
const bare = createClient<paths>({ headers: { accept: 'application/json' } });
let refreshing: Promise<boolean> | null = null;

async function refreshTokens(): Promise<boolean> {
  const tokens = loadTokens();
  if (!tokens) return false;
  const { data, response } = await bare.POST('/api/auth/refresh', { body: { refreshToken: tokens.refreshToken } });
  if (!response.ok || !data) {
    saveTokens(null);
    onSignedOut();
    return false;
  }
  saveTokens({ accessToken: data.accessToken, refreshToken: data.refreshToken });
  return true;
}

function withCredentials(request: Request): Request {
  request.headers.set('accept-language', language);
  const tokens = loadTokens();
  if (tokens) request.headers.set('authorization', `Bearer ${tokens.accessToken}`);
  return request;
}

/** Sends with the access token; an expired one is refreshed once (shared by concurrent calls) and the call repeated. */
async function authenticatedFetch(request: Request): Promise<Response> {
  const again = request.clone();
  const response = await fetch(withCredentials(request));
  if (response.status !== 401 || !loadTokens() || new URL(request.url).pathname.startsWith('/api/auth/'))
    return response;
  refreshing ??= refreshTokens().finally(() => (refreshing = null));
  return (await refreshing) ? fetch(withCredentials(again)) : response;
}

/** The API, typed from its OpenAPI document (schema.gen.ts): every path, parameter, body and answer. */
export const client = createClient<paths>({
  baseUrl: window.location.origin,
  headers: { accept: 'application/json' },
  fetch: authenticatedFetch,
});

/** What an openapi-fetch call resolves to, as far as ok() reads it. */
interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The answer's data; any non-2xx answer becomes an ApiError with its problem document. */
export async function ok<T>(call: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const problem = error && typeof error === 'object' ? (error as Partial<Problem>) : {};
    throw new ApiError({ ...problem, status: response.status });
  }
  // openapi-fetch leaves data undefined only for an answer without a body (204), typed as such.
  return data as T;
}

/** Query parameters without the empty ones: a blank filter means "any", not "the empty string". */
export function query<T extends Record<string, string | number | boolean | undefined | null>>(
  params: T,
): { [K in keyof T]?: Exclude<T[K], null | '' | false> } {
  return Object.fromEntries(
    Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '' && v !== false),
  ) as { [K in keyof T]?: Exclude<T[K], null | '' | false> };
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
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/**
 * Saves an authenticated file answer (a CSV export, a calendar) under `filename`: a plain link
 * cannot send the bearer token, so the file is fetched (parseAs: 'blob') and handed over.
 */
export async function saveAnswer(call: Promise<Answer<Blob>>, filename: string): Promise<void> {
  saveFile(await ok(call), filename);
}
