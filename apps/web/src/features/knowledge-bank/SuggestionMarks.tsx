import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import { ActionError } from '../../ui/query.tsx';
import type { SuggestionMark } from './queries.ts';
import './knowledge-bank.css';

/**
 * "Goede match" / "Geen match" on one suggested trainer, for L&D: two toggle buttons
 * (aria-pressed); pressing the pressed one again withdraws the mark.
 */
export function SuggestionMarks({
  name,
  current,
  busy,
  error,
  onMark,
}: {
  name: string;
  current: SuggestionMark;
  busy: boolean;
  error: string | null;
  onMark: (mark: SuggestionMark) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="c-marks" role="group" aria-label={t('question.markGroup', 'Jouw oordeel over {{name}}', { name })}>
      <Button
        appearance="secondary-action-button"
        aria-pressed={current === 'good'}
        disabled={busy}
        onClick={() => onMark(current === 'good' ? null : 'good')}
      >
        {current === 'good' && <span aria-hidden="true">✓ </span>}
        {t('question.markGood', 'Goede match')}
        <span className="c-visually-hidden"> ({name})</span>
      </Button>
      <Button
        appearance="secondary-action-button"
        aria-pressed={current === 'bad'}
        disabled={busy}
        onClick={() => onMark(current === 'bad' ? null : 'bad')}
      >
        {current === 'bad' && <span aria-hidden="true">✓ </span>}
        {t('question.markBad', 'Geen match')}
        <span className="c-visually-hidden"> ({name})</span>
      </Button>
      <ActionError error={error} />
    </div>
  );
}
