import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import { moveItem } from './ranking.ts';
import './programmes.css';

/**
 * An ordered list the keyboard can rearrange: each item has "Omhoog" and "Omlaag" buttons (no
 * dragging needed), focus stays on the moved item's button, and a polite live region says where
 * the item went ("Module A staat nu op plaats 2 van 4").
 */
export function RankedList({
  id,
  label,
  items,
  order,
  onChange,
  onRemove,
}: {
  id: string;
  label: string;
  items: { id: string; label: string; detail?: string }[];
  order: string[];
  onChange: (order: string[]) => void;
  onRemove?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const byId = new Map(items.map((i) => [i.id, i]));
  const shown = order.filter((o) => byId.has(o));

  const move = (index: number, delta: -1 | 1) => {
    const next = moveItem(shown, index, delta);
    onChange(next);
    const item = byId.get(shown[index]);
    const place = index + delta + 1;
    setAnnouncement(
      t('programmes.rankMoved', '{{name}} staat nu op plaats {{place}} van {{count}}.', {
        name: item?.label ?? '',
        place,
        count: shown.length,
      }),
    );
    // Keep focus with the item that moved: on the same button unless it reached the end, then the other one.
    const atEnd = place === 1 || place === shown.length;
    const key = `${shown[index]}:${atEnd ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down'}`;
    requestAnimationFrame(() => buttons.current.get(key)?.focus());
  };

  return (
    <>
      <ol className="c-ranked" aria-label={label} id={id}>
        {shown.map((itemId, index) => {
          const item = byId.get(itemId);
          if (!item) return null;
          const nameId = `${id}-${itemId}-name`;
          return (
            <li key={itemId} className="c-ranked__item">
              <span className="c-ranked__place" aria-hidden="true">
                {index + 1}
              </span>
              <span className="c-ranked__name" id={nameId}>
                {item.label}
                {item.detail && <span className="c-meta c-ranked__detail"> {item.detail}</span>}
              </span>
              <span className="c-ranked__buttons">
                <Button
                  appearance="secondary-action-button"
                  type="button"
                  ref={(el: HTMLButtonElement | null) => {
                    buttons.current.set(`${itemId}:up`, el);
                  }}
                  aria-label={t('programmes.moveUp', '{{name}} omhoog', { name: item.label })}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  {t('programmes.up', 'Omhoog')}
                </Button>
                <Button
                  appearance="secondary-action-button"
                  type="button"
                  ref={(el: HTMLButtonElement | null) => {
                    buttons.current.set(`${itemId}:down`, el);
                  }}
                  aria-label={t('programmes.moveDown', '{{name}} omlaag', { name: item.label })}
                  disabled={index === shown.length - 1}
                  onClick={() => move(index, 1)}
                >
                  {t('programmes.down', 'Omlaag')}
                </Button>
                {onRemove && (
                  <Button
                    appearance="subtle-button"
                    type="button"
                    aria-label={t('programmes.removeChoice', '{{name}} weghalen', { name: item.label })}
                    onClick={() => {
                      onRemove(itemId);
                      setAnnouncement(
                        t('programmes.choiceRemoved', '{{name}} is uit je keuzes gehaald.', { name: item.label }),
                      );
                    }}
                  >
                    {t('programmes.remove', 'Weghalen')}
                  </Button>
                )}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="c-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </>
  );
}
