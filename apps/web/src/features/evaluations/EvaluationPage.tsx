import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  Alert,
  Button,
  ButtonGroup,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { client, ok, type ApiError, type FieldError } from '../../api/client.ts';
import { formatDateTime, formatSessionWhen } from '../../format.ts';
import { Loaded } from '../../ui/data.tsx';
import { FormProblem, TextAreaField, fieldErrorText, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { useSettle } from '../../ui/query.tsx';
import { evaluationKeys, myEvaluationQuery } from './queries.ts';
import './evaluations.css';

type Score = 'overall' | 'usefulness' | 'teacher';
type Values = Record<Score, number | null> & { comment: string };

/** /evaluaties/:enrolmentId — the learner's short evaluation of a session they attended. */
export function EvaluationPage() {
  const { t } = useTranslation();
  const { enrolmentId = '' } = useParams();
  const enrolment = useQuery({
    queryKey: ['enrolments', 'one', enrolmentId],
    queryFn: () => ok(client.GET('/api/enrolments/{id}', { params: { path: { id: enrolmentId } } })),
  });
  const mine = useQuery(myEvaluationQuery(enrolmentId));
  const both = {
    data: enrolment.data && mine.data !== undefined ? { e: enrolment.data, given: mine.data } : undefined,
    error: enrolment.error ?? mine.error,
  };
  return (
    <Loaded state={both}>
      {({ e, given }) => (
        <>
          <PageTitle title={t('evaluations.title', 'Evaluatie')}>
            {t('evaluations.heading', 'Evalueer {{title}}', { title: e.session.courseTitle })}
          </PageTitle>
          <Paragraph appearance="lead">{formatSessionWhen(e.session.startsAt, e.session.endsAt)}</Paragraph>
          <Paragraph>
            {t(
              'evaluations.intro',
              'Drie cijfers van 1 (slecht) tot 5 (uitstekend) en eventueel een toelichting. De docent en de organisatoren zien alleen gemiddelden, en pas als minstens enkele deelnemers hebben geantwoord; je naam zien ze nooit.',
            )}
          </Paragraph>
          {e.status !== 'attended' ? (
            <Alert type="info">
              <Paragraph>
                {t(
                  'evaluations.notAttended',
                  'Je kunt een sessie evalueren zodra de docent je aanwezigheid heeft geregistreerd.',
                )}
              </Paragraph>
            </Alert>
          ) : (
            <EvaluationForm
              enrolmentId={enrolmentId}
              initial={
                given
                  ? {
                      overall: given.overall,
                      usefulness: given.usefulness,
                      teacher: given.teacher,
                      comment: given.comment ?? '',
                    }
                  : { overall: null, usefulness: null, teacher: null, comment: '' }
              }
              editableUntil={given?.editableUntil ?? null}
            />
          )}
          <Paragraph>
            <RouterLink className="utrecht-link" to="/mijn-leren">
              {t('evaluations.back', 'Terug naar Mijn leren')}
            </RouterLink>
          </Paragraph>
        </>
      )}
    </Loaded>
  );
}

function EvaluationForm({
  enrolmentId,
  initial,
  editableUntil,
}: {
  enrolmentId: string;
  initial: Values;
  editableUntil: string | null;
}) {
  const { t } = useTranslation();
  const settle = useSettle();
  const form = useApiForm<Values>(initial);
  const [saved, setSaved] = useState(false);
  const scores: { name: Score; legend: string }[] = [
    { name: 'overall', legend: t('evaluations.overallQ', 'Hoe beoordeel je de sessie als geheel?') },
    { name: 'usefulness', legend: t('evaluations.usefulnessQ', 'Hoe bruikbaar is wat je leerde voor je werk?') },
    { name: 'teacher', legend: t('evaluations.teacherQ', 'Hoe beoordeel je de docent?') },
  ];
  return (
    <form
      noValidate
      aria-label={t('evaluations.form', 'Evaluatie')}
      onSubmit={(ev) =>
        form.submit(ev, async () => {
          setSaved(false);
          await ok(
            client.POST('/api/enrolments/{id}/evaluation', {
              params: { path: { id: enrolmentId } },
              // An unanswered question is left out: the API says which one (a field error).
              body: {
                overall: (form.values.overall ?? undefined) as number,
                usefulness: (form.values.usefulness ?? undefined) as number,
                teacher: (form.values.teacher ?? undefined) as number,
                comment: form.values.comment.trim() || null,
              },
            }),
          );
          setSaved(true);
          await settle(t('evaluations.saved', 'Dank je wel! Je evaluatie is opgeslagen.'), [
            evaluationKeys.all,
            ['enrolments'],
          ]);
        })
      }
    >
      <EvaluationProblem problem={form.problem} />
      {saved && (
        <Alert type="ok">
          <Paragraph>
            {t('evaluations.savedInline', 'Je evaluatie is opgeslagen. Je kunt hem nog aanpassen.')}
          </Paragraph>
        </Alert>
      )}
      {scores.map((s) => (
        <ScoreGroup
          key={s.name}
          name={s.name}
          legend={s.legend}
          value={form.values[s.name]}
          onChange={(v) => form.set(s.name, v)}
          error={form.errors[s.name]}
        />
      ))}
      <TextAreaField
        label={t('evaluations.comment', 'Toelichting')}
        name="comment"
        rows={4}
        value={form.values.comment}
        onChange={(v) => form.set('comment', v)}
        error={form.errors.comment}
        description={t(
          'evaluations.commentHelp',
          'Wat ging goed, wat kan beter? Hoogstens 2000 tekens. Docenten zien toelichtingen zonder naam.',
        )}
      />
      {editableUntil && (
        <Paragraph>
          {t('evaluations.editableUntil', 'Aanpassen kan tot {{when}}.', { when: formatDateTime(editableUntil) })}
        </Paragraph>
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('evaluations.submit', 'Evaluatie versturen')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** A 1–5 question as a group of radio buttons with a legend and visible labels. */
function ScoreGroup({
  name,
  legend,
  value,
  onChange,
  error,
}: {
  name: Score;
  legend: string;
  value: number | null;
  onChange: (v: number) => void;
  error?: FieldError;
}) {
  const { t } = useTranslation();
  const errorText = fieldErrorText(t, error, { value });
  const errId = `${name}-err`;
  const labels = [
    t('evaluations.score1', '1 – slecht'),
    t('evaluations.score2', '2 – matig'),
    t('evaluations.score3', '3 – voldoende'),
    t('evaluations.score4', '4 – goed'),
    t('evaluations.score5', '5 – uitstekend'),
  ];
  return (
    <fieldset
      className="utrecht-form-fieldset c-fieldset c-score"
      aria-describedby={errorText ? errId : undefined}
      aria-invalid={errorText ? true : undefined}
    >
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {errorText && <FormFieldErrorMessage id={errId}>{errorText}</FormFieldErrorMessage>}
      <div className="c-score__options">
        {labels.map((label, i) => (
          <div className="c-checkbox" key={i}>
            <RadioButton
              id={`${name}-${i + 1}`}
              name={name}
              value={String(i + 1)}
              checked={value === i + 1}
              onChange={() => onChange(i + 1)}
            />
            <FormLabel htmlFor={`${name}-${i + 1}`} type="radio">
              {label}
            </FormLabel>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** The form's refusal; the evaluations' own codes in Dutch (or English) here, the rest as usual. */
function EvaluationProblem({ problem }: { problem: ApiError | null }) {
  const { t } = useTranslation();
  const own: Record<string, string> = {
    EVALUATION_NOT_ATTENDED: t(
      'evaluations.problemNotAttended',
      'Je kunt alleen een sessie evalueren waarbij je aanwezig was.',
    ),
    EVALUATION_CLOSED: t(
      'evaluations.problemClosed',
      'Evalueren kan tot 30 dagen na de sessie; die termijn is voorbij.',
    ),
    EVALUATION_ENROLMENT_NOT_FOUND: t(
      'evaluations.problemNotFound',
      'Deze inschrijving bestaat niet of is niet van jou.',
    ),
  };
  const text = problem?.problem.code ? own[problem.problem.code] : undefined;
  if (!text) return <FormProblem problem={problem} />;
  return (
    <div id="form-problem" tabIndex={-1}>
      <Alert type="error">
        <Paragraph>{text}</Paragraph>
      </Alert>
    </div>
  );
}
