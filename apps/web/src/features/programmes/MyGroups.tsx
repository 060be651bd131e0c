import { useTranslation } from 'react-i18next';
import { Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { formatSessionWhen } from '../../format.ts';
import { Loaded } from '../../ui/data.tsx';
import { cohortGroupsQuery, type GroupKind } from './groups-queries.ts';
import { PartWhere } from './parts.tsx';
import type { Cohort } from './queries.ts';

export function useGroupKinds(): (kind: GroupKind) => string {
  const { t } = useTranslation();
  const texts: Record<GroupKind, string> = {
    werkatelier: t('groups.kind.werkatelier', 'Werkateliergroep'),
    intervision: t('groups.kind.intervision', 'Intervisiegroep'),
  };
  return (kind) => texts[kind];
}

/** My group(s) in a cohort: who is in it and when we meet. */
export function MyGroups({ cohort }: { cohort: Cohort }) {
  const { t } = useTranslation();
  const state = useQuery(cohortGroupsQuery(cohort.id));
  const titleId = `groups-${cohort.id}`;
  return (
    <section aria-labelledby={titleId} className="c-section">
      <h4 className="utrecht-heading-4" id={titleId}>
        {t('groups.mine', 'Mijn groep')}
      </h4>
      <Loaded state={state}>
        {(data) => {
          const groups = data.groupings.flatMap((g) => g.groups.map((group) => ({ ...group, rounds: g.rounds })));
          if (groups.length === 0)
            return <Paragraph>{t('groups.notYet', 'De groepen zijn nog niet ingedeeld.')}</Paragraph>;
          return (
            <ul className="c-cards">
              {groups.map((g) => (
                <li key={g.id} className="c-card" data-testid="my-group">
                  <p className="utrecht-paragraph">
                    <strong>{g.name}</strong>
                    {g.rounds > 1 && (
                      <span className="c-meta"> {t('groups.round', '(ronde {{round}})', { round: g.round })}</span>
                    )}
                  </p>
                  <ul className="c-members">
                    {g.members.map((m) => (
                      <li key={m.userId}>
                        {m.name}
                        {m.organisationName && <span className="c-meta"> — {m.organisationName}</span>}
                      </li>
                    ))}
                  </ul>
                  {g.meetings.length > 0 && (
                    <ul className="c-members">
                      {g.meetings.map((meeting) => (
                        <li key={meeting.cohortPartId}>
                          {meeting.title}: {formatSessionWhen(meeting.startsAt, meeting.endsAt)} ·{' '}
                          <PartWhere part={meeting} />
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          );
        }}
      </Loaded>
    </section>
  );
}
