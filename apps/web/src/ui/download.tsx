import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { saveAnswer } from '../api/client.ts';
import { problemText } from './forms.tsx';
import { ActionError } from './query.tsx';

/**
 * A button that fetches an export (a call with parseAs: 'blob') and saves it as `filename`; a
 * refusal is shown under it in the reader's language.
 */
export function DownloadButton({
  label,
  filename,
  request,
}: {
  label: string;
  filename: string;
  request: () => Parameters<typeof saveAnswer>[0];
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    try {
      await saveAnswer(request(), filename);
    } catch (e) {
      setError(problemText(t, e));
    }
  };
  return (
    <>
      <Paragraph>
        <Button appearance="secondary-action-button" onClick={() => void save()}>
          {label}
        </Button>
      </Paragraph>
      <ActionError error={error} />
    </>
  );
}
