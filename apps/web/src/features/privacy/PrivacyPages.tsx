import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { client, ok, saveAnswer } from '../../api/client.ts';
import { useAuth } from '../../auth.tsx';
import { useNotify } from '../../ui/feedback.tsx';
import { FormProblem, TextField, useApiForm } from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { WorkDomainForm } from '../identity/WorkDomainForm.tsx';

/** "Mijn gegevens": inzage (AVG art. 15) and erasure (art. 17). */
export function MyDataPage() {
  const { t } = useTranslation();
  const { me, logout } = useAuth();
  const navigate = useNavigate();
  const notify = useNotify();
  const form = useApiForm({ confirmEmail: '' });
  return (
    <>
      <PageTitle>{t('privacy.myDataTitle', 'Mijn gegevens')}</PageTitle>
      <Paragraph>
        {t(
          'privacy.myDataIntro',
          'Hier zie je welke gegevens Collegiaal over je bewaart, en kun je je account laten verwijderen. Lees ook de',
        )}{' '}
        <RouterLink className="utrecht-link" to="/privacy">
          {t('privacy.statementLink', 'privacyverklaring')}
        </RouterLink>
        .
      </Paragraph>
      <WorkDomainForm />
      <Heading2>{t('privacy.exportTitle', 'Alles downloaden')}</Heading2>
      <Paragraph>
        {t(
          'privacy.exportText',
          'Je krijgt één bestand (JSON) met je account, inlogmomenten, docentprofiel, inschrijvingen met hun geschiedenis, meldingen, kennisvragen en maatwerkaanvragen. Wachtwoorden en sleutels staan er nooit in.',
        )}
      </Paragraph>
      <Button
        appearance="secondary-action-button"
        onClick={() => {
          saveAnswer(client.GET('/api/me/personal-data', { parseAs: 'blob' }), 'mijn-gegevens-collegiaal.json').catch(
            () => {
              notify(t('privacy.exportFailed', 'Het downloaden is niet gelukt. Probeer het later opnieuw.'), 'error');
            },
          );
        }}
      >
        {t('privacy.export', 'Download mijn gegevens')}
      </Button>
      <Heading2>{t('privacy.eraseTitle', 'Mijn account verwijderen')}</Heading2>
      <Paragraph>
        {t(
          'privacy.eraseText',
          'Je wordt overal uitgelogd en kunt niet meer inloggen. Je plaatsen in komende sessies geven we terug, je meldingen en de tekst van je kennisvragen wissen we, je docentprofiel wordt leeg. Wat voor de cijfers bewaard moet blijven (eerdere inschrijvingen en aanwezigheid, maatwerk) blijft, maar zonder je naam. Dit kun je niet ongedaan maken.',
        )}
      </Paragraph>
      <form
        className="c-form"
        noValidate
        onSubmit={(e) =>
          form.submit(e, async () => {
            await ok(client.POST('/api/me/erasure', { body: { confirmEmail: form.values.confirmEmail } }));
            await logout().catch(() => undefined);
            notify(t('privacy.erased', 'Je account is verwijderd.'));
            void navigate('/');
          })
        }
      >
        <FormProblem problem={form.problem} />
        <TextField
          label={t('privacy.confirmEmail', 'Typ ter bevestiging je e-mailadres')}
          name="confirmEmail"
          type="email"
          autoComplete="off"
          required
          description={me ? t('privacy.confirmHelp', 'Je e-mailadres is {{email}}.', { email: me.email }) : undefined}
          value={form.values.confirmEmail}
          onChange={(v) => form.set('confirmEmail', v)}
          error={form.errors.confirmEmail}
        />
        <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
          {t('privacy.erase', 'Verwijder mijn account')}
        </Button>
      </form>
    </>
  );
}

export function PrivacyStatementPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('privacy.title', 'Privacyverklaring')}</PageTitle>
      <Paragraph appearance="lead">
        {t(
          'privacy.lead',
          'Collegiaal verwerkt zo weinig persoonsgegevens als nodig is om collega’s bij de overheid van elkaar te laten leren.',
        )}
      </Paragraph>
      <Heading2>{t('privacy.whatTitle', 'Welke gegevens en waarom')}</Heading2>
      <UnorderedList>
        <UnorderedListItem>
          {t(
            'privacy.what1',
            'Je naam, werk-e-mailadres en organisatie: om je te laten inloggen en om te bepalen wat je mag zien (sommige cursussen zijn alleen voor je eigen organisatie).',
          )}
        </UnorderedListItem>
        <UnorderedListItem>
          {t(
            'privacy.what2',
            'Je inschrijvingen, wachtlijstplaatsen, goedkeuringen en aanwezigheid: om plaatsen eerlijk te verdelen en je docent en leidinggevende te laten zien wat zij moeten weten.',
          )}
        </UnorderedListItem>
        <UnorderedListItem>
          {t('privacy.what3', 'Als je lesgeeft: je docentprofiel, zodat collega’s je kunnen vinden via de kennisbank.')}
        </UnorderedListItem>
        <UnorderedListItem>
          {t(
            'privacy.what4',
            'Kennisvragen: de tekst, om een collega te vinden die kan helpen, en de onderwerpen, om te zien waar vraag naar is.',
          )}
        </UnorderedListItem>
        <UnorderedListItem>
          {t(
            'privacy.what5',
            'Een logboek van wijzigingen (wie, wat, wanneer, vanaf welk adres), om misbruik te kunnen onderzoeken. Het bevat nooit wachtwoorden of sleutels.',
          )}
        </UnorderedListItem>
      </UnorderedList>
      <Heading2>{t('privacy.keepTitle', 'Hoe lang we gegevens bewaren')}</Heading2>
      <UnorderedList>
        <UnorderedListItem>
          {t('privacy.keep1', 'Een account waarvan het e-mailadres nooit is bevestigd: 30 dagen.')}
        </UnorderedListItem>
        <UnorderedListItem>{t('privacy.keep2', 'Inlogmomenten die voorbij zijn: 90 dagen.')}</UnorderedListItem>
        <UnorderedListItem>
          {t('privacy.keep3', 'De tekst van een kennisvraag: een jaar; daarna blijven alleen de onderwerpen over.')}
        </UnorderedListItem>
        <UnorderedListItem>
          {t(
            'privacy.keep4',
            'Je account en inschrijvingen: zolang je account bestaat. Verwijder je je account, dan blijven eerdere inschrijvingen alleen als getal bewaard, zonder je naam.',
          )}
        </UnorderedListItem>
      </UnorderedList>
      <Heading2>{t('privacy.rightsTitle', 'Je rechten')}</Heading2>
      <Paragraph>
        {t('privacy.rights', 'Je kunt al je gegevens downloaden (inzage) en je account laten verwijderen op de pagina')}{' '}
        <RouterLink className="utrecht-link" to="/mijn-gegevens">
          {t('privacy.myDataTitle', 'Mijn gegevens')}
        </RouterLink>
        .{' '}
        {t(
          'privacy.rightsMore',
          'Voor correctie of bezwaar kun je terecht bij de beheerder van Collegiaal in je organisatie, of bij de functionaris gegevensbescherming van je organisatie.',
        )}
      </Paragraph>
    </>
  );
}
