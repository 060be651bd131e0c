import { useTranslation } from 'react-i18next';
import { useMutation, type QueryKey } from '@tanstack/react-query';
import { useSettle } from '../../ui/query.tsx';
import { programmeProblemText } from './problems.ts';

/**
 * As ui/query's useAction, with the programmes' problem codes in the reader's language: run the
 * action, reload what it changed, then notify; a refusal becomes `error` (shown with <ActionError>).
 */
export function useProgrammeAction<V = void, R = unknown>(
  action: (input: V) => Promise<R>,
  options: { done: (input: V, result: R) => string; changes: QueryKey[] },
) {
  const { t } = useTranslation();
  const settle = useSettle();
  const mutation = useMutation({
    mutationFn: action,
    onSuccess: (result, input) => settle(options.done(input, result), options.changes),
  });
  return {
    run: (input: V) => {
      mutation.mutate(input);
    },
    busy: mutation.isPending,
    error: mutation.error ? programmeProblemText(t, mutation.error) : null,
    rawError: mutation.error,
    reset: mutation.reset,
  };
}
