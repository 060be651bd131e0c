import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryClient, useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { Paragraph } from '@utrecht/component-library-react';
import { useNotify } from './feedback.tsx';
import { problemText } from './forms.tsx';

/**
 * The one cache of server state. A failed load is shown at once, as before (no silent retries of a
 * 403 or 404); a page shows what it loaded until an action of this app invalidates it, and every
 * page mount or invalidation loads again. A slower earlier answer never overwrites a newer one:
 * each answer lands under the key it was asked for.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/**
 * After a change: load again what it changed, then tell the reader it worked, so the notice
 * confirms what the page shows (never a notice over the old state).
 */
export function useSettle(): (message: string, changed: QueryKey[]) => Promise<void> {
  const notify = useNotify();
  const queryClient = useQueryClient();
  return useCallback(
    async (message, changed) => {
      await Promise.all(changed.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      notify(message);
    },
    [notify, queryClient],
  );
}

/**
 * An action behind a button: run it, notify, reload what it changed; a refusal becomes `error`
 * (the API's problem in the reader's language), shown next to the button with <ActionError>.
 */
export function useAction<V = void>(
  action: (input: V) => Promise<unknown>,
  options: { done: (input: V) => string; changes: QueryKey[] },
) {
  const { t } = useTranslation();
  const settle = useSettle();
  const mutation = useMutation({
    mutationFn: action,
    onSuccess: (_result, input) => settle(options.done(input), options.changes),
  });
  return {
    run: (input: V) => {
      mutation.mutate(input);
    },
    busy: mutation.isPending,
    error: mutation.error ? problemText(t, mutation.error) : null,
  };
}

/** Where an action's refusal is read: announced at once (role="alert"). */
export function ActionError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <Paragraph role="alert" className="c-error-text">
      {error}
    </Paragraph>
  );
}
