import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { PageTitle } from '../../ui/layout.tsx';

export function AccessibilityPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('a11y.title', 'Toegankelijkheidsverklaring')}</PageTitle>
      <Paragraph appearance="lead">
        {t(
          'a11y.lead',
          'Collegiaal wil dat iedereen bij de overheid kan leren en lesgeven, ook wie een beperking heeft.',
        )}
      </Paragraph>
      <Heading2>{t('a11y.standardTitle', 'Norm')}</Heading2>
      <Paragraph>
        {t(
          'a11y.standard',
          'Deze website moet voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA, zoals het Besluit digitale toegankelijkheid overheid voorschrijft.',
        )}
      </Paragraph>
      <Heading2>{t('a11y.howTitle', 'Hoe we dat controleren')}</Heading2>
      <UnorderedList>
        <UnorderedListItem>
          {t(
            'a11y.how1',
            'Elke wijziging wordt in een echte browser getest met axe-core op alle WCAG 2.1 A- en AA-regels, op elke pagina en voor elke rol.',
          )}
        </UnorderedListItem>
        <UnorderedListItem>
          {t(
            'a11y.how2',
            'De belangrijkste taak (zoeken, inschrijven, annuleren) wordt getest met alleen het toetsenbord.',
          )}
        </UnorderedListItem>
        <UnorderedListItem>
          {t('a11y.how3', 'Pagina’s worden getest op een breedte van 1280 en van 375 pixels.')}
        </UnorderedListItem>
      </UnorderedList>
      <Heading2>{t('a11y.statusTitle', 'Status')}</Heading2>
      <Paragraph>
        {t(
          'a11y.status',
          'Automatische tests vinden geen fouten. Een onderzoek door een onafhankelijke deskundige (handmatige audit) is nog niet gedaan; tot die tijd is de status: gedeeltelijk voldoet, in afwachting van een audit.',
        )}
      </Paragraph>
      <Heading2>{t('a11y.known', 'Bekende beperkingen')}</Heading2>
      <UnorderedList>
        <UnorderedListItem>
          {t('a11y.known1', 'Agenda-bestanden (.ics) en de API-documentatie zijn niet op toegankelijkheid getest.')}
        </UnorderedListItem>
      </UnorderedList>
      <Heading2>{t('a11y.contactTitle', 'Contact')}</Heading2>
      <Paragraph>
        {t(
          'a11y.contact',
          'Loop je tegen een probleem aan? Meld het bij de beheerder van Collegiaal in jouw organisatie. We reageren binnen 5 werkdagen.',
        )}
      </Paragraph>
    </>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('notFound.title', 'Pagina niet gevonden')}</PageTitle>
      <Paragraph>{t('notFound.text', 'Deze pagina bestaat niet (meer).')}</Paragraph>
      <Paragraph>
        <RouterLink className="utrecht-link" to="/">
          {t('notFound.home', 'Naar de startpagina')}
        </RouterLink>
      </Paragraph>
    </>
  );
}
