import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';

/** From "Mijn leerdossier": where to become findable as alumnus and find fellow participants. */
export function AlumniNetworkLink() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      {t(
        'alumni.recordHint',
        'Wil je dat collega’s die dezelfde cursus overwegen je kunnen vinden, of zoek je zelf oud-deelnemers?',
      )}{' '}
      <RouterLink className="utrecht-link" to="/alumni">
        {t('alumni.recordLink', 'Naar het Alumni-netwerk')}
      </RouterLink>
    </Paragraph>
  );
}
