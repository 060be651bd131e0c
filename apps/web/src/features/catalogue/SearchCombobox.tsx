import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, FormFieldDescription, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { suggestionsQuery } from './queries.ts';
import './catalogue.css';

/** What a suggestion leads to: a course page, the topic filter, or a trainer's courses. */
export type Suggestion =
  | { kind: 'course'; id: string; label: string; programme: boolean }
  | { kind: 'topic'; value: string; label: string; count: number }
  | { kind: 'trainer'; id: string; label: string; detail: string };

/** The value after it has stayed the same for `ms` (the request waits until typing pauses). */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The catalogue's free-text field with search-as-you-type, after the ARIA 1.2 combobox pattern
 * (list autocomplete): the text box is the combobox and keeps focus; the suggestions are a
 * listbox it controls; arrow keys move the active option (aria-activedescendant), Enter picks it
 * (or, without one, searches for the text), Escape closes the list and then clears the text.
 */
export function SearchCombobox({
  value,
  onChange,
  onSearch,
  onPick,
}: {
  value: string;
  onChange: (value: string) => void;
  onSearch: (value: string) => void;
  onPick: (suggestion: Suggestion) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = useDebounced(value.trim(), 200);
  const query = useQuery(suggestionsQuery(typed));
  const data = typed.length >= 2 ? query.data : undefined;
  const options: Suggestion[] = data
    ? [
        ...data.courses.map((c): Suggestion => ({
          kind: 'course',
          id: c.id,
          label: c.title,
          programme: c.kind === 'programme',
        })),
        ...data.topics.map((x): Suggestion => ({ kind: 'topic', value: x.value, label: x.label, count: x.count })),
        ...data.trainers.map((x): Suggestion => ({ kind: 'trainer', id: x.id, label: x.name, detail: x.jobTitle })),
      ]
    : [];
  const expanded = open && options.length > 0;
  const current = expanded && active >= 0 && active < options.length ? active : -1;
  const optionId = (i: number) => `${id}-option-${i}`;
  const kindLabel = {
    course: t('catalogue.suggest.course', 'cursus'),
    topic: t('catalogue.suggest.topic', 'onderwerp'),
    trainer: t('catalogue.suggest.trainer', 'trainer'),
  };
  const pick = (s: Suggestion) => {
    setOpen(false);
    setActive(-1);
    onPick(s);
  };

  return (
    <FormField className="c-field c-combobox">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={`${id}-input`}>{t('catalogue.q', 'Wat wil je leren?')}</FormLabel>
      </div>
      <FormFieldDescription id={`${id}-help`}>
        {t('catalogue.qHelp', 'Suggesties verschijnen terwijl je typt; kies er een met de pijltjestoetsen en Enter.')}
      </FormFieldDescription>
      <div className="utrecht-form-field__input c-combobox__field">
        <Textbox
          id={`${id}-input`}
          name="q"
          type="search"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={current >= 0 ? optionId(current) : undefined}
          aria-describedby={`${id}-help`}
          value={value}
          onChange={(e) => {
            onChange(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setOpen(true);
              setActive(options.length ? (current + 1) % options.length : -1);
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setOpen(true);
              setActive(options.length ? (current <= 0 ? options.length - 1 : current - 1) : -1);
            } else if (e.key === 'Enter') {
              e.preventDefault();
              if (current >= 0) pick(options[current]);
              else {
                setOpen(false);
                onSearch(value);
              }
            } else if (e.key === 'Escape') {
              if (expanded) {
                e.preventDefault();
                setOpen(false);
                setActive(-1);
              } else if (value) {
                e.preventDefault();
                onChange('');
              }
            }
          }}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t('catalogue.suggestions', 'Suggesties')}
          className="c-combobox__list"
          hidden={!expanded}
        >
          {options.map((s, i) => (
            <li
              key={`${s.kind}-${s.kind === 'topic' ? s.value : s.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              className={i === current ? 'c-combobox__option c-combobox__option--active' : 'c-combobox__option'}
              // Keeps focus in the text box (the pattern's focus stays on the combobox).
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(s)}
            >
              <span>{s.label}</span>{' '}
              <span className="c-combobox__kind">
                {s.kind === 'topic'
                  ? t('catalogue.suggest.topicCount', {
                      defaultValue: 'onderwerp, {{count}} cursussen',
                      defaultValue_one: 'onderwerp, {{count}} cursus',
                      count: s.count,
                    })
                  : s.kind === 'trainer' && s.detail
                    ? `${kindLabel.trainer}, ${s.detail}`
                    : s.kind === 'course' && s.programme
                      ? t('catalogue.suggest.programme', 'programma')
                      : kindLabel[s.kind]}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </FormField>
  );
}
