import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import { useAuth } from '../../auth.tsx';
import { ActionError, useAction } from '../../ui/query.tsx';
import { courseInterestQuery, demandKeys } from './queries.ts';

/**
 * On a course without upcoming sessions: "Laat me weten wanneer er een datum is" puts me on the
 * course's interest list (I am told at once, in-app and by e-mail, when a session is scheduled);
 * pressed again it takes me off. Shows how many colleagues wait, never who.
 */
export function CourseInterestButton({ courseId, courseTitle }: { courseId: string; courseTitle: string }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const status = useQuery({ ...courseInterestQuery(courseId), enabled: !!me });
  const toggle = useAction(
    (on: boolean) =>
      on
        ? ok(client.PUT('/api/courses/{id}/interest', { params: { path: { id: courseId } } }))
        : ok(client.DELETE('/api/courses/{id}/interest', { params: { path: { id: courseId } } })),
    {
      done: (on) =>
        on
          ? t(
              'demand.signedUp',
              'Je staat op de interesselijst van {{title}}. Je krijgt bericht zodra er een datum is.',
              {
                title: courseTitle,
              },
            )
          : t('demand.signedOff', 'Je staat niet meer op de interesselijst van {{title}}.', { title: courseTitle }),
      changes: [demandKeys.all],
    },
  );
  if (!me) {
    return (
      <Paragraph>
        <RouterLink className="utrecht-link" to={`/inloggen?terug=${encodeURIComponent(`/cursussen/${courseId}`)}`}>
          {t('demand.loginForInterest', 'Log in om bericht te krijgen wanneer er een datum is')}
        </RouterLink>
      </Paragraph>
    );
  }
  const s = status.data;
  if (!s) return null;
  return (
    <div className="c-interest">
      {s.waiting > 0 && (
        <Paragraph className="c-meta">
          {t('demand.waiting', {
            defaultValue: '{{count}} collega’s willen dit ook en wachten op een datum.',
            defaultValue_one: '{{count}} collega wil dit ook en wacht op een datum.',
            count: s.waiting,
          })}
        </Paragraph>
      )}
      {s.interested ? (
        <>
          <Paragraph>
            {t('demand.onList', 'Je staat op de interesselijst: je krijgt bericht zodra er een datum is.')}
          </Paragraph>
          <Button appearance="secondary-action-button" disabled={toggle.busy} onClick={() => toggle.run(false)}>
            {t('demand.signOff', 'Afmelden voor de interesselijst')}
          </Button>
        </>
      ) : (
        <Button appearance="primary-action-button" disabled={toggle.busy} onClick={() => toggle.run(true)}>
          {t('demand.signUp', 'Ik wil dit ook: laat me weten wanneer er een datum is')}
        </Button>
      )}
      <ActionError error={toggle.error} />
    </div>
  );
}
