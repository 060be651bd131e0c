import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQueries } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import type { Participant } from '../../api/types.ts';
import { formatDateTime, formatSessionWhen } from '../../format.ts';
import { Empty, Loaded, useLabels } from '../../ui/data.tsx';
import { FormProblem, TextAreaField, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ActionError, useAction, useSettle } from '../../ui/query.tsx';
import { approvalsQuery, enrolmentKeys } from '../enrolments/queries.ts';
import { requestsQuery } from '../incompany/queries.ts';

export function ApprovalsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const state = useQueries({
    queries: [approvalsQuery, requestsQuery],
    combine: ([enrolments, requests]) => ({
      error: enrolments.error ?? requests.error,
      data:
        enrolments.data && requests.data
          ? { enrolments: enrolments.data, releases: requests.data.filter((r) => r.status === 'awaiting_release') }
          : undefined,
    }),
  });
  return (
    <>
      <PageTitle>{t('approvals.title', 'Goedkeuringen')}</PageTitle>
      <Paragraph>
        {t(
          'approvals.intro',
          'Medewerkers die jou als leidinggevende hebben genoemd, wachten hier op je besluit. Hun plek wordt vastgehouden tot de deadline.',
        )}
      </Paragraph>
      <Loaded state={state}>
        {({ enrolments, releases }) => (
          <>
            <section aria-labelledby="enrolments-title" className="c-section">
              <Heading2 id="enrolments-title">{t('approvals.enrolments', 'Inschrijvingen')}</Heading2>
              {enrolments.length === 0 ? (
                <Empty>
                  <Paragraph>{t('approvals.empty', 'Er wacht niets op je goedkeuring.')}</Paragraph>
                </Empty>
              ) : (
                <ul className="c-cards">
                  {enrolments.map((p) => (
                    <ApprovalCard key={p.id} p={p} />
                  ))}
                </ul>
              )}
            </section>
            {releases.length > 0 && (
              <section aria-labelledby="releases-title" className="c-section">
                <Heading2 id="releases-title">
                  {t('approvals.releases', 'Tijd vrijgeven voor incompany-trainingen')}
                </Heading2>
                <ul className="c-cards">
                  {releases.map((r) => (
                    <li key={r.id} className="c-card">
                      <h3 className="utrecht-heading-3 c-card__title">
                        <RouterLink className="utrecht-link" to={`/maatwerk/${r.id}`}>
                          {r.topic}
                        </RouterLink>
                      </h3>
                      <Paragraph>
                        {r.organisation.name} · {labels.request.of(r.status)}
                      </Paragraph>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
      </Loaded>
    </>
  );
}

function ApprovalCard({ p }: { p: Participant }) {
  const { t } = useTranslation();
  const settle = useSettle();
  const [rejecting, setRejecting] = useState(false);
  const approve = useAction(() => ok(client.POST('/api/enrolments/{id}/approve', { params: { path: { id: p.id } } })), {
    done: () => t('approvals.approved', 'Goedgekeurd: {{name}} is ingeschreven.', { name: p.name }),
    changes: [enrolmentKeys.all],
  });
  const form = useApiForm({ reason: '' });
  const id = `approval-${p.id}`;
  return (
    <li className="c-card" aria-labelledby={id}>
      <h3 className="utrecht-heading-3 c-card__title" id={id}>
        {t('approvals.whoName', '{{name}}:', { name: p.name })}{' '}
        <RouterLink className="utrecht-link" to={`/cursussen/${p.session.courseId}`}>
          {p.session.courseTitle}
        </RouterLink>
      </h3>
      <Paragraph>{formatSessionWhen(p.session.startsAt, p.session.endsAt)}</Paragraph>
      {p.approvalExpiresAt && (
        <Paragraph className="c-meta">
          {t('approvals.deadline', 'Beslis uiterlijk {{when}}.', { when: formatDateTime(p.approvalExpiresAt) })}
        </Paragraph>
      )}
      <ActionError error={approve.error} />
      {rejecting ? (
        <form
          className="c-inline-form"
          noValidate
          onSubmit={(e) =>
            form.submit(e, async () => {
              await ok(
                client.POST('/api/enrolments/{id}/reject', {
                  params: { path: { id: p.id } },
                  body: { reason: form.values.reason },
                }),
              );
              await settle(
                t('approvals.rejected', 'Afgewezen. {{name}} krijgt bericht met je reden.', { name: p.name }),
                [enrolmentKeys.all],
              );
            })
          }
        >
          <FormProblem problem={form.problem} />
          <TextAreaField
            label={t('approvals.reason', 'Reden van afwijzen')}
            name="reason"
            required
            rows={2}
            value={form.values.reason}
            onChange={(v) => form.set('reason', v)}
            error={form.errors.reason}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
              {t('approvals.confirmReject', 'Afwijzen')}
            </Button>
            <Button type="button" appearance="subtle-button" onClick={() => setRejecting(false)}>
              {t('common.cancel', 'Annuleren')}
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            aria-describedby={id}
            disabled={approve.busy}
            onClick={() => {
              approve.run();
            }}
          >
            {t('approvals.approve', 'Goedkeuren')}
          </Button>
          <Button appearance="secondary-action-button" aria-describedby={id} onClick={() => setRejecting(true)}>
            {t('approvals.reject', 'Afwijzen…')}
          </Button>
        </ButtonGroup>
      )}
    </li>
  );
}
