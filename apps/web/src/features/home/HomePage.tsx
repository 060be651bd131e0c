import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { Button, FormLabel, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { PageTitle } from '../../ui/layout.tsx';
import { useAuth } from '../../auth.tsx';

export function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useAuth();
  const [q, setQ] = useState('');
  return (
    <>
      <PageTitle title={t('home.title', 'Collegiaal')}>
        {t('home.heading', 'Leer van collega’s bij de hele overheid')}
      </PageTitle>
      <Paragraph appearance="lead">
        {t('home.lead', 'Korte cursussen, gegeven door ambtenaren voor ambtenaren van andere organisaties.')}
      </Paragraph>
      <div className="c-search">
        <form
          role="search"
          aria-label={t('home.searchLabel', 'Cursussen zoeken')}
          onSubmit={(e) => {
            e.preventDefault();
            void navigate(`/cursussen${q.trim() ? `?q=${encodeURIComponent(q.trim())}` : ''}`);
          }}
        >
          <FormLabel htmlFor="home-q" className="c-search__label">
            {t('home.question', 'Wat wil je leren?')}
          </FormLabel>
          <div className="c-search__row">
            <Textbox
              id="home-q"
              name="q"
              type="search"
              value={q}
              onChange={(e) => setQ(e.target.value)}
              placeholder={t('home.placeholder', 'bijvoorbeeld Woo, privacy of omgevingswet')}
            />
            <Button type="submit" appearance="primary-action-button">
              {t('home.search', 'Zoeken')}
            </Button>
          </div>
        </form>
      </div>
      <div className="c-columns">
        <section>
          <Heading2>{t('home.learnTitle', 'Leren')}</Heading2>
          <Paragraph>
            {t(
              'home.learnText',
              'Schrijf je in twee klikken in. Is een sessie vol, dan kom je op de wachtlijst en krijg je een plek aangeboden zodra die vrijkomt.',
            )}
          </Paragraph>
          <Paragraph>
            <RouterLink className="utrecht-link" to="/cursussen">
              {t('home.browse', 'Bekijk alle cursussen')}
            </RouterLink>
          </Paragraph>
        </section>
        <section>
          <Heading2>{t('home.teachTitle', 'Lesgeven')}</Heading2>
          <Paragraph>
            {t('home.teachText', 'Deel wat je weet. Maak een docentprofiel, bied een module aan en plan sessies.')}
          </Paragraph>
          <Paragraph>
            <RouterLink className="utrecht-link" to={me ? '/lesgeven' : '/registreren'}>
              {t('home.teachLink', 'Een cursus aanbieden')}
            </RouterLink>
          </Paragraph>
        </section>
        <section>
          <Heading2>{t('home.askTitle', 'Een kennisvraag stellen')}</Heading2>
          <Paragraph>
            {t(
              'home.askText',
              'L&D-adviseurs vinden in de kennisbank de collega die een vraag kan beantwoorden of een training incompany kan geven.',
            )}
          </Paragraph>
          <Paragraph>
            <RouterLink className="utrecht-link" to="/kennisvraag">
              {t('home.askLink', 'Naar de kennisbank')}
            </RouterLink>
          </Paragraph>
        </section>
      </div>
    </>
  );
}
