import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import { ActionError, useAction } from '../../ui/query.tsx';
import { demandKeys, questionInterestQuery } from './queries.ts';

/**
 * "Ik wil dit ook" on a knowledge question nobody could answer well: it counts, without a name,
 * in L&D's overview of unmet demand. A toggle button (aria-pressed).
 */
export function QuestionInterestButton({
  questionId,
  describedBy,
  initial,
}: {
  questionId: string;
  describedBy?: string;
  initial?: { interested: boolean; count: number };
}) {
  const { t } = useTranslation();
  const status = useQuery({ ...questionInterestQuery(questionId), enabled: !initial });
  const current = status.data ?? (initial ? { questionId, ...initial } : undefined);
  const toggle = useAction(
    (on: boolean) =>
      on
        ? ok(client.PUT('/api/knowledge-bank/questions/{id}/interest', { params: { path: { id: questionId } } }))
        : ok(client.DELETE('/api/knowledge-bank/questions/{id}/interest', { params: { path: { id: questionId } } })),
    {
      done: (on) =>
        on
          ? t('demand.wanted', 'Genoteerd: dit telt mee in het overzicht van de vraag naar aanbod.')
          : t('demand.unwanted', '"Ik wil dit ook" is ingetrokken.'),
      changes: [demandKeys.all],
    },
  );
  if (!current) return null;
  return (
    <div className="c-interest">
      <Button
        appearance="secondary-action-button"
        aria-pressed={current.interested}
        aria-describedby={describedBy}
        disabled={toggle.busy}
        onClick={() => toggle.run(!current.interested)}
      >
        {t('demand.alsoWant', 'Ik wil dit ook')}
      </Button>
      {current.count > 0 && (
        <Paragraph className="c-meta">
          {t('demand.alsoWantCount', {
            defaultValue: '{{count}} keer aangegeven',
            defaultValue_one: '{{count}} keer aangegeven',
            count: current.count,
          })}
        </Paragraph>
      )}
      <ActionError error={toggle.error} />
    </div>
  );
}
