import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { formatDate } from '../../format.ts';
import { Loaded } from '../../ui/data.tsx';
import { AssignmentSection } from './AssignmentSection.tsx';
import { ElectiveSection } from './ElectiveSection.tsx';
import { MyGroups } from './MyGroups.tsx';
import { MyGuests } from './MyGuests.tsx';
import { CohortSchedule } from './parts.tsx';
import { myProgrammesQuery, type MyProgramme } from './queries.ts';
import { EnrolmentState } from './status.tsx';
import { TrancheFeedbackNotes } from './TrancheFeedbackNotes.tsx';

/**
 * "Mijn leren", the programmes part: each cohort I am in with every part (date, place, link),
 * my choice of module, my group and my learning-work assignment. Shown on /mijn-leren.
 */
export function MyProgrammes() {
  const { t } = useTranslation();
  const state = useQuery(myProgrammesQuery);
  // Nothing to show (and no heading) for someone in no programme.
  if (state.data?.length === 0) return null;
  return (
    <section aria-labelledby="my-programmes-title" className="c-section">
      <Heading2 id="my-programmes-title">{t('myProgrammes.title', 'Mijn programma’s')}</Heading2>
      <Loaded state={state}>
        {(list) => (
          <ul className="c-cards">
            {list.map((p) => (
              <MyProgrammeCard key={p.cohort.id} p={p} />
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}

function MyProgrammeCard({ p }: { p: MyProgramme }) {
  const { t } = useTranslation();
  const c = p.cohort;
  const titleId = `my-cohort-${c.id}`;
  const confirmed = c.myEnrolment?.status === 'confirmed' || c.myEnrolment?.status === 'attended';
  // Earlier tranches' "Jullie zeiden, wij deden" is shown until the cohort starts.
  const [now] = useState(() => Date.now());
  return (
    <li className="c-card" aria-labelledby={titleId}>
      <h3 className="utrecht-heading-3 c-card__title" id={titleId}>
        <RouterLink className="utrecht-link" to={`/programmas/${c.programmeId}`}>
          {c.programmeTitle}
        </RouterLink>{' '}
        — {c.name}
      </h3>
      <Paragraph>
        {formatDate(c.startsAt)} – {formatDate(c.endsAt)}
        {c.myEnrolment && (
          <>
            {' '}
            · <EnrolmentState enrolment={c.myEnrolment} />
          </>
        )}
      </Paragraph>
      <section aria-labelledby={`${titleId}-parts`}>
        <h4 className="utrecht-heading-4" id={`${titleId}-parts`}>
          {t('myProgrammes.parts', 'Onderdelen')}
        </h4>
        <CohortSchedule parts={c.parts} headingLevel={5} />
      </section>
      {confirmed && (
        <>
          {c.parts
            .filter((part) => part.kind === 'elective')
            .map((part) => (
              <ElectiveSection key={part.id} cohort={c} part={part} />
            ))}
          {c.parts
            .filter((part) => part.allowsGuests && part.guestCapacity > 0)
            .map((part) => (
              <MyGuests key={part.id} cohort={c} part={part} />
            ))}
          <MyGroups cohort={c} />
          <AssignmentSection cohort={c} headingLevel={4} />
        </>
      )}
      {new Date(c.startsAt).getTime() > now && (
        <TrancheFeedbackNotes programmeId={c.programmeId} headingLevel={4} idPrefix={`${titleId}-feedback`} />
      )}
    </li>
  );
}
