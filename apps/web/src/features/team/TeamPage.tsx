import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import type { components } from '../../api/schema.gen.ts';
import { formatDateTime, formatHours, formatSessionWhen } from '../../format.ts';
import { Empty, EnrolmentBadge, Loaded } from '../../ui/data.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { teamQuery } from './queries.ts';
import './team.css';

type TeamMember = components['schemas']['TeamMemberDto'];
type TeamEnrolment = components['schemas']['TeamEnrolmentDto'];

/** The manager's view of their team: who is enrolled in what, who waits, and hours learnt this year. */
export function TeamPage() {
  const { t } = useTranslation();
  const state = useQuery(teamQuery);
  return (
    <>
      <PageTitle>{t('team.title', 'Mijn team')}</PageTitle>
      <Paragraph>
        {t(
          'team.intro',
          'Je medewerkers en hun inschrijvingen: wat op jouw goedkeuring wacht staat bovenaan, daarna wie ingeschreven is, een plek aangeboden kreeg of op de wachtlijst staat, en wat ze dit jaar volgden.',
        )}
      </Paragraph>
      <Loaded state={state}>
        {(team) =>
          team.length === 0 ? (
            <Empty>
              <Paragraph>
                {t(
                  'team.empty',
                  'Er staat nog niemand in je team. Je team bestaat uit collega’s die L&D aan jou koppelt als leidinggevende en collega’s die jou bij een inschrijving als leidinggevende noemen. Vraag je L&D-adviseur om je medewerkers aan je te koppelen.',
                )}
              </Paragraph>
            </Empty>
          ) : (
            <TeamTable team={team} />
          )
        }
      </Loaded>
    </>
  );
}

function TeamTable({ team }: { team: TeamMember[] }) {
  const { t } = useTranslation();
  const waiting = team.reduce((n, m) => n + m.pendingApprovals, 0);
  return (
    <div className="c-team">
      {waiting > 0 && (
        <Paragraph>
          <RouterLink className="utrecht-link" to="/goedkeuringen">
            {t('team.waiting', {
              defaultValue: '{{count}} aanvragen wachten op je goedkeuring',
              defaultValue_one: '{{count}} aanvraag wacht op je goedkeuring',
              count: waiting,
            })}
          </RouterLink>
        </Paragraph>
      )}
      <div className="c-table-scroll" tabIndex={0} role="region" aria-label={t('team.table', 'Mijn team')}>
        {/* Explicit roles: at phone widths the rows are laid out as blocks and must stay a table to screen readers. */}
        <Table role="table">
          <TableHeader role="rowgroup">
            <TableRow role="row">
              <TableHeaderCell role="columnheader" scope="col">
                {t('team.person', 'Medewerker')}
              </TableHeaderCell>
              <TableHeaderCell role="columnheader" scope="col">
                {t('team.hours', 'Uren dit jaar')}
              </TableHeaderCell>
              <TableHeaderCell role="columnheader" scope="col">
                {t('team.enrolments', 'Inschrijvingen')}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody role="rowgroup">
            {team.map((m) => (
              <TableRow role="row" key={m.userId}>
                <TableCell role="cell">
                  <strong>{m.name}</strong>
                  <br />
                  <span className="c-meta">{m.email}</span>
                  {m.organisationName && (
                    <>
                      <br />
                      <span className="c-meta">{m.organisationName}</span>
                    </>
                  )}
                </TableCell>
                <TableCell role="cell" className="c-team__hours" data-label={t('team.hours', 'Uren dit jaar')}>
                  {formatHours(m.hoursThisYear)}
                </TableCell>
                <TableCell role="cell" data-label={t('team.enrolments', 'Inschrijvingen')}>
                  {m.enrolments.length === 0 ? (
                    <span className="c-meta">{t('team.none', 'Geen inschrijvingen')}</span>
                  ) : (
                    <ul className="c-team__enrolments">
                      {m.enrolments.map((e) => (
                        <TeamEnrolmentItem key={e.id} e={e} />
                      ))}
                    </ul>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

function TeamEnrolmentItem({ e }: { e: TeamEnrolment }) {
  const { t } = useTranslation();
  const place = e.session.online
    ? e.session.city
      ? t('team.hybrid', 'online en in {{city}}', { city: e.session.city })
      : t('team.online', 'online')
    : (e.session.city ?? '');
  return (
    <li>
      <EnrolmentBadge status={e.status} />
      {e.status === 'waitlisted' && e.position !== null && (
        <> {t('team.position', 'plek {{position}}', { position: e.position })}</>
      )}{' '}
      <RouterLink className="utrecht-link" to={`/cursussen/${e.session.courseId}`}>
        {e.session.courseTitle}
      </RouterLink>
      <br />
      <span className="c-meta">
        {formatSessionWhen(e.session.startsAt, e.session.endsAt)}
        {place && <> · {place}</>}
      </span>
      {e.awaitsMyApproval && (
        <>
          <br />
          <RouterLink className="utrecht-link" to="/goedkeuringen">
            {e.approvalExpiresAt
              ? t('team.decide', 'Beslis uiterlijk {{when}}', { when: formatDateTime(e.approvalExpiresAt) })
              : t('team.decideNow', 'Beslis nu')}
          </RouterLink>
        </>
      )}
      {e.status === 'offered' && e.offerExpiresAt && (
        <>
          <br />
          <span className="c-meta">
            {t('team.offerUntil', 'Aanbod geldig tot {{when}}', { when: formatDateTime(e.offerExpiresAt) })}
          </span>
        </>
      )}
    </li>
  );
}
