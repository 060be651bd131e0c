import { KnowledgeBankErrorCode, KnowledgeBankException } from '../knowledge-bank.exception.js';

const UNAVAILABLE: string = KnowledgeBankErrorCode.SEARCH_UNAVAILABLE;

/** The engine said it cannot be reached (KnowledgeBankException.searchUnavailable): retry later. */
export function isUnavailable(e: unknown): boolean {
  return e instanceof KnowledgeBankException && e.code === UNAVAILABLE;
}
