import { useTranslation } from 'react-i18next';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { formatDate } from '../../format.ts';
import { NoteTexts } from './TrancheFeedbackEditor.tsx';
import { feedbackNotesQuery } from './tranche-feedback-queries.ts';
import './tranche-feedback.css';

/**
 * "Jullie zeiden, wij deden" on the programme page and, before the start, on a participant's
 * cohort in Mijn leren: what earlier tranches said and what changed. Published notes only
 * (organisers also see their drafts, marked); nothing at all while there are none.
 */
export function TrancheFeedbackNotes({
  programmeId,
  headingLevel = 2,
  idPrefix = 'jullie-zeiden',
}: {
  programmeId: string;
  headingLevel?: 2 | 4;
  idPrefix?: string;
}) {
  const { t } = useTranslation();
  const state = useQuery(feedbackNotesQuery(programmeId));
  const notes = state.data ?? [];
  if (notes.length === 0) return null;
  const titleId = `${idPrefix}-title`;
  const title = t('trancheFeedback.notesTitle', 'Jullie zeiden, wij deden');
  return (
    <section id={idPrefix} aria-labelledby={titleId} className="c-section">
      {headingLevel === 2 ? (
        <Heading2 id={titleId}>{title}</Heading2>
      ) : (
        <h4 className="utrecht-heading-4" id={titleId}>
          {title}
        </h4>
      )}
      <Paragraph>
        {t(
          'trancheFeedback.notesIntro',
          'Na elke tranche vragen we deelnemers wat beter kan. Dit is wat ze zeiden en wat we daarom veranderden.',
        )}
      </Paragraph>
      <ul className="c-feedback-notes">
        {notes.map((n) => (
          <li key={n.id} className="c-feedback-note">
            <Paragraph>
              <strong>
                {t('trancheFeedback.about', 'Over {{cohort}} ({{from}} – {{to}})', {
                  cohort: n.cohortName,
                  from: formatDate(n.cohortStartsAt),
                  to: formatDate(n.cohortEndsAt),
                })}
              </strong>
              {n.status === 'draft' && <> · {t('trancheFeedback.draftMark', 'concept, alleen voor organisatoren')}</>}
            </Paragraph>
            <NoteTexts note={n} />
          </li>
        ))}
      </ul>
    </section>
  );
}
