import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { get, post } from '../../api.ts';
import { formatDateTime, formatSessionWhen } from '../../format.ts';
import type { InCompanyRequest, Participant } from '../../types.ts';
import { Empty, Loaded, useLabels, useLoad } from '../../ui/data.tsx';
import { useNotify } from '../../ui/feedback.tsx';
import { FormProblem, TextAreaField, problemText, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';

export function ApprovalsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const state = useLoad(async () => {
    const [enrolments, requests] = await Promise.all([
      get<Participant[]>('/me/approvals'),
      get<InCompanyRequest[]>('/incompany-requests'),
    ]);
    return { enrolments, releases: requests.filter((r) => r.status === 'awaiting_release') };
  }, []);
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
                    <ApprovalCard key={p.id} p={p} onDone={state.reload} />
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
                        {r.organisation.name} · {labels.request(r.status)}
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

function ApprovalCard({ p, onDone }: { p: Participant; onDone(): Promise<void> }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [rejecting, setRejecting] = useState(false);
  const [error, setError] = useState<string | null>(null);
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
      {error && (
        <Paragraph role="alert" className="c-error-text">
          {error}
        </Paragraph>
      )}
      {rejecting ? (
        <form
          className="c-inline-form"
          noValidate
          onSubmit={(e) =>
            form.submit(e, async () => {
              await post(`/enrolments/${p.id}/reject`, { reason: form.values.reason });
              notify(t('approvals.rejected', 'Afgewezen. {{name}} krijgt bericht met je reden.', { name: p.name }));
              await onDone();
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
            onClick={async () => {
              try {
                await post(`/enrolments/${p.id}/approve`);
                notify(t('approvals.approved', 'Goedgekeurd: {{name}} is ingeschreven.', { name: p.name }));
                await onDone();
              } catch (e) {
                setError(problemText(t, e));
              }
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
