import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import { problemText } from '../../ui/forms.tsx';
import { useSettle } from '../../ui/query.tsx';

export const knowledgeBankKeys = {
  all: ['knowledge-bank'] as const,
  feedback: (questionId: string) => ['knowledge-bank', 'feedback', questionId] as const,
};

/** L&D's mark on a suggested trainer: "goede match", "geen match", or none (withdrawn). */
export type SuggestionMark = 'good' | 'bad' | null;

/**
 * L&D's marks on the suggestions of one answer (PUT / DELETE …/feedback/{trainerId}): what each
 * trainer is marked as now, and a mutation that changes it. A new answer starts without marks.
 */
export function useSuggestionMarks(questionId: string) {
  const { t } = useTranslation();
  const settle = useSettle();
  const [marks, setMarks] = useState<Record<string, SuggestionMark>>({});
  const mutation = useMutation({
    mutationKey: knowledgeBankKeys.feedback(questionId),
    mutationFn: async ({ trainerId, mark }: { trainerId: string; mark: SuggestionMark }) => {
      const path = { questionId, trainerId };
      if (mark)
        await ok(
          client.PUT('/api/knowledge-bank/questions/{questionId}/feedback/{trainerId}', {
            params: { path },
            body: { verdict: mark },
          }),
        );
      else
        await ok(
          client.DELETE('/api/knowledge-bank/questions/{questionId}/feedback/{trainerId}', { params: { path } }),
        );
    },
    onSuccess: (_result, { trainerId, mark }) => {
      setMarks((m) => ({ ...m, [trainerId]: mark }));
      return settle(
        mark === 'good'
          ? t(
              'question.markedGood',
              'Gemarkeerd als goede match: dit weegt mee bij vergelijkbare vragen van je organisatie.',
            )
          : mark === 'bad'
            ? t(
                'question.markedBad',
                'Gemarkeerd als geen match: dit weegt mee bij vergelijkbare vragen van je organisatie.',
              )
            : t('question.markWithdrawn', 'Je markering is ingetrokken.'),
        [],
      );
    },
  });
  return {
    marks,
    mark: (trainerId: string, mark: SuggestionMark) => {
      mutation.mutate({ trainerId, mark });
    },
    busy: mutation.isPending,
    error: mutation.error ? problemText(t, mutation.error) : null,
  };
}
