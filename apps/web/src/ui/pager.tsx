import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';

/**
 * Previous and next page with "Pagina X van Y", shown only when there is more than one page.
 * `onPage` gets the page to go to.
 */
export function Pager({
  label,
  page,
  pageSize,
  total,
  onPage,
}: {
  label: string;
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  if (total <= pageSize) return null;
  return (
    <nav aria-label={label} className="c-pagination">
      {page > 1 && (
        <Button appearance="secondary-action-button" onClick={() => onPage(page - 1)}>
          {t('catalogue.previous', 'Vorige pagina')}
        </Button>
      )}
      <span>
        {t('catalogue.pageOf', 'Pagina {{page}} van {{pages}}', { page, pages: Math.ceil(total / pageSize) })}
      </span>
      {page * pageSize < total && (
        <Button appearance="secondary-action-button" onClick={() => onPage(page + 1)}>
          {t('catalogue.nextPage', 'Volgende pagina')}
        </Button>
      )}
    </nav>
  );
}
