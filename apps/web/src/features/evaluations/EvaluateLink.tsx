import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { pendingEvaluationsQuery } from './queries.ts';

/** An evaluation can be given and changed until this many days after the session (the API's rule). */
const EDIT_DAYS = 30;

/** On an attended session in Mijn leren: "Evalueer", or change the evaluation already given. */
export function EvaluateLink({
  enrolmentId,
  endsAt,
  describedBy,
}: {
  enrolmentId: string;
  endsAt: string;
  describedBy: string;
}) {
  const { t } = useTranslation();
  const pending = useQuery(pendingEvaluationsQuery);
  const [now] = useState(() => Date.now());
  if (!pending.data || now > new Date(endsAt).getTime() + EDIT_DAYS * 86_400_000) return null;
  const open = pending.data.some((p) => p.enrolmentId === enrolmentId);
  return (
    <Paragraph>
      <RouterLink className="utrecht-link" to={`/evaluaties/${enrolmentId}`} aria-describedby={describedBy}>
        {open ? t('evaluations.evaluate', 'Evalueer') : t('evaluations.change', 'Je evaluatie aanpassen')}
      </RouterLink>
    </Paragraph>
  );
}
