import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { Alert, Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';
import { useAuth } from '../../auth.tsx';
import { formatNumber, formatSessionWhen } from '../../format.ts';
import { Empty, Loaded, useLabels } from '../../ui/data.tsx';
import { FormProblem, TextAreaField, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { ButtonRouterLink } from '../../ui/links.tsx';
import { useSettle } from '../../ui/query.tsx';
import { TrainerPhotoImage } from './TrainerPhoto.tsx';
import { trainerKeys, trainerPageQuery } from './queries.ts';
import './trainers.css';

type TrainerPage = components['schemas']['TrainerPageDto'];

const LANGUAGE_NAMES: Partial<Record<string, [string, string]>> = {
  nl: ['trainer.lang.nl', 'Nederlands'],
  en: ['trainer.lang.en', 'Engels'],
  de: ['trainer.lang.de', 'Duits'],
  fr: ['trainer.lang.fr', 'Frans'],
};

/** /trainers/:id — a colleague-trainer's page, with "Stel je vraag aan deze collega". */
export function TrainerPage() {
  const { id = '' } = useParams();
  const state = useQuery(trainerPageQuery(id));
  return <Loaded state={state}>{(tr) => <TrainerView trainer={tr} />}</Loaded>;
}

function TrainerView({ trainer: tr }: { trainer: TrainerPage }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { hasRole } = useAuth();
  const languages = tr.languages.map((l) => {
    const known = LANGUAGE_NAMES[l];
    return known ? t(known[0], known[1]) : l;
  });
  return (
    <>
      <div className="c-trainer-head">
        <TrainerPhotoImage url={tr.photoUrl} name={tr.name} />
        <div>
          <PageTitle title={tr.name}>{tr.name}</PageTitle>
          <Paragraph appearance="lead">{[tr.jobTitle, tr.organisation?.name].filter(Boolean).join(' — ')}</Paragraph>
        </div>
      </div>
      <dl className="c-facts">
        {tr.regions.length > 0 && (
          <>
            <dt>{t('trainer.regions', 'Regio')}</dt>
            <dd>{tr.regions.join(', ')}</dd>
          </>
        )}
        {tr.formats.length > 0 && (
          <>
            <dt>{t('trainer.formats', 'Werkvormen')}</dt>
            <dd>{tr.formats.map(labels.format.of).join(', ')}</dd>
          </>
        )}
        <dt>{t('trainer.languages', 'Talen')}</dt>
        <dd>{languages.join(', ')}</dd>
        <dt>{t('trainer.inCompany', 'Incompany')}</dt>
        <dd>
          {tr.inCompany
            ? t('trainer.inCompanyYes', 'Geeft ook incompany-trainingen')
            : t('trainer.inCompanyNo', 'Geeft geen incompany-trainingen')}
        </dd>
        <dt>{t('trainer.evaluation', 'Evaluaties')}</dt>
        <dd>
          {tr.evaluation
            ? t('trainer.evaluationValue', '{{average}} van 5 gemiddeld ({{count}} evaluaties)', {
                average: formatNumber(tr.evaluation.average),
                count: tr.evaluation.count,
              })
            : t('trainer.evaluationNone', 'Nog niet genoeg evaluaties (minstens {{min}} per cursus)', {
                min: tr.evaluationMinResponses,
              })}
        </dd>
      </dl>
      {tr.bio && (
        <section aria-labelledby="bio-title" className="c-section">
          <Heading2 id="bio-title">{t('trainer.about', 'Over {{name}}', { name: tr.name })}</Heading2>
          <Paragraph className="c-question__text">{tr.bio}</Paragraph>
        </section>
      )}
      {tr.expertise.length > 0 && (
        <section aria-labelledby="expertise-title" className="c-section">
          <Heading2 id="expertise-title">{t('trainer.expertise', 'Expertise')}</Heading2>
          <UnorderedList>
            {tr.expertise.map((e) => (
              <UnorderedListItem key={e}>{e}</UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}
      <section aria-labelledby="courses-title" className="c-section">
        <Heading2 id="courses-title">{t('trainer.courses', 'Cursussen')}</Heading2>
        {tr.courses.length === 0 ? (
          <Empty>
            <Paragraph>{t('trainer.noCourses', 'Deze collega geeft nu geen cursussen in de catalogus.')}</Paragraph>
          </Empty>
        ) : (
          <ul className="c-cards">
            {tr.courses.map((c) => (
              <li key={c.id} className="c-card">
                <h3 className="utrecht-heading-3 c-card__title">
                  <RouterLink className="utrecht-link" to={`/cursussen/${c.id}`}>
                    {c.title}
                  </RouterLink>
                </h3>
                <Paragraph>{c.summary}</Paragraph>
                {c.evaluation && (
                  <Paragraph className="c-meta">
                    {t('trainer.courseEvaluation', '{{average}} van 5 gemiddeld ({{count}} evaluaties)', {
                      average: formatNumber(c.evaluation.average),
                      count: c.evaluation.count,
                    })}
                  </Paragraph>
                )}
                {c.nextSessions.length === 0 ? (
                  <Paragraph className="c-meta">{t('trainer.noSessions', 'Nog geen nieuwe data gepland.')}</Paragraph>
                ) : (
                  <UnorderedList
                    aria-label={t('trainer.nextSessions', 'Volgende sessies van {{title}}', { title: c.title })}
                  >
                    {c.nextSessions.map((s) => (
                      <UnorderedListItem key={s.id}>
                        {formatSessionWhen(s.startsAt, s.endsAt)}
                        {s.city ? ` · ${s.city}` : ''}
                        {s.online ? ` · ${t('trainer.online', 'online')}` : ''}
                      </UnorderedListItem>
                    ))}
                  </UnorderedList>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {tr.isMe ? (
        <section aria-labelledby="own-title" className="c-section">
          <Heading2 id="own-title">{t('trainer.ownTitle', 'Dit is je eigen pagina')}</Heading2>
          <Paragraph>
            {t('trainer.ownHelp', 'Zo zien collega’s je. Pas je profiel en foto aan, of lees de vragen die je kreeg.')}
          </Paragraph>
          <Paragraph>
            <ButtonRouterLink to="/lesgeven/profiel">
              {t('trainer.editProfile', 'Profiel en foto bewerken')}
            </ButtonRouterLink>{' '}
            <ButtonRouterLink to="/lesgeven/vragen">{t('trainer.toInbox', 'Vragen aan mij')}</ButtonRouterLink>
          </Paragraph>
        </section>
      ) : (
        <>
          <AskForm trainer={tr} />
          <section aria-labelledby="incompany-title" className="c-section">
            <Heading2 id="incompany-title">{t('trainer.incompanyTitle', 'Maak een incompany-verzoek')}</Heading2>
            {hasRole('ld') ? (
              <>
                <Paragraph>
                  {t(
                    'trainer.incompanyHelp',
                    'Wil je dat {{name}} jullie team traint? Maak een incompany-verzoek en nodig {{name}} daarin uit.',
                    { name: tr.name },
                  )}
                </Paragraph>
                <ButtonRouterLink
                  to={`/maatwerk/nieuw?onderwerp=${encodeURIComponent(tr.expertise.slice(0, 3).join(', '))}`}
                >
                  {t('trainer.incompany', 'Maak een incompany-verzoek')}
                </ButtonRouterLink>
              </>
            ) : (
              <Paragraph>
                {t(
                  'trainer.incompanyLd',
                  'Een training voor je hele team vraagt de L&D-adviseur van je organisatie aan. Vertel die dat je {{name}} zoekt.',
                  { name: tr.name },
                )}
              </Paragraph>
            )}
          </section>
        </>
      )}
    </>
  );
}

/** "Stel je vraag aan deze collega": prefilled from a knowledge-bank answer (?vraag=…&kennisvraag=…). */
function AskForm({ trainer: tr }: { trainer: TrainerPage }) {
  const { t } = useTranslation();
  const settle = useSettle();
  const [params] = useSearchParams();
  const knowledgeQuestionId = params.get('kennisvraag');
  const form = useApiForm({ text: params.get('vraag') ?? '' });
  const [sent, setSent] = useState(false);
  return (
    <section aria-labelledby="ask-title" className="c-section">
      <Heading2 id="ask-title">{t('trainer.askTitle', 'Stel je vraag aan deze collega')}</Heading2>
      {sent ? (
        <Alert type="ok">
          <Paragraph>
            {t('trainer.sent', 'Je vraag is verstuurd naar {{name}}. Je krijgt bericht zodra er een reactie is.', {
              name: tr.name,
            })}{' '}
            <RouterLink className="utrecht-link" to="/mijn-vragen">
              {t('trainer.toMyQuestions', 'Bekijk Mijn vragen')}
            </RouterLink>
          </Paragraph>
        </Alert>
      ) : (
        <form
          className="c-form"
          noValidate
          aria-labelledby="ask-title"
          onSubmit={(e) =>
            form.submit(e, async () => {
              await ok(
                client.POST('/api/trainers/{id}/questions', {
                  params: { path: { id: tr.id } },
                  body: { text: form.values.text, knowledgeQuestionId: knowledgeQuestionId ?? undefined },
                }),
              );
              setSent(true);
              await settle(t('trainer.sentShort', 'Je vraag is verstuurd.'), [trainerKeys.asked]);
            })
          }
        >
          <FormProblem problem={form.problem} />
          <TextAreaField
            label={t('trainer.question', 'Je vraag')}
            name="text"
            required
            rows={5}
            value={form.values.text}
            onChange={(x) => form.set('text', x)}
            error={form.errors.text}
            description={t(
              'trainer.questionHelp',
              '{{name}} krijgt je vraag met je naam en organisatie en kan antwoorden, afslaan of een bijeenkomst voorstellen. Tussen 10 en 2000 tekens.',
              { name: tr.name },
            )}
          />
          <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
            {t('trainer.send', 'Vraag versturen')}
          </Button>
        </form>
      )}
    </section>
  );
}
