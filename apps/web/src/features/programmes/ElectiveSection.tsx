import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import { formatDateTime } from '../../format.ts';
import { Loaded } from '../../ui/data.tsx';
import { FormProblem, useApiForm } from '../../ui/forms.tsx';
import { useSettle } from '../../ui/query.tsx';
import {
  electiveKeys,
  modulesQuery,
  myChoicesQuery,
  myModulesQuery,
  type Module,
  type ModuleList,
  type MyChoices,
} from './elective-queries.ts';
import { RankedList } from './RankedList.tsx';
import { PartWhere } from './parts.tsx';
import type { Cohort, CohortPart } from './queries.ts';
import { fromRanks, toggleItem } from './ranking.ts';

/** An elective part in Mijn leren: my allocated module once published, else the choice form. */
export function ElectiveSection({ cohort, part }: { cohort: Cohort; part: CohortPart }) {
  const { t } = useTranslation();
  const modules = useQuery(modulesQuery(cohort.id, part.id));
  const choices = useQuery(myChoicesQuery(cohort.id, part.id));
  const mine = useQuery(myModulesQuery);
  const allocated = mine.data?.find((m) => m.cohortPartId === part.id);
  const titleId = `elective-${part.id}`;
  return (
    <section aria-labelledby={titleId} className="c-section">
      <h4 className="utrecht-heading-4" id={titleId}>
        {t('electives.title', 'Keuze voor {{part}}', { part: part.title })}
      </h4>
      {allocated ? (
        <div data-testid="my-module">
          <Paragraph>
            {t('electives.yourModule', 'Je volgt de module {{title}}', { title: allocated.module.title })}
            {allocated.rankObtained !== null &&
              t('electives.yourRank', ' (je keuze {{rank}})', { rank: allocated.rankObtained })}
            .
          </Paragraph>
          <p className="c-meta">
            {allocated.module.teacher &&
              t('electives.teacher', 'Docent: {{name}}', { name: allocated.module.teacher.name }) + ' · '}
            <PartWhere part={pickPlace(allocated.module, part)} />
          </p>
        </div>
      ) : (
        <Loaded
          state={{
            data: modules.data && choices.data ? { modules: modules.data, choices: choices.data } : undefined,
            error: modules.error ?? choices.error,
          }}
        >
          {({ modules: list, choices: my }) =>
            list.modules.length === 0 ? (
              <Paragraph>{t('electives.noModules', 'De modules worden nog bekendgemaakt.')}</Paragraph>
            ) : (
              <ChoiceForm key={my.moduleIds.join(',')} cohortId={cohort.id} list={list} my={my} />
            )
          }
        </Loaded>
      )}
    </section>
  );
}

/** The module's own place and link when it has one, else the part's. */
function pickPlace(m: Module, part: CohortPart) {
  const own = m.venueName || m.city || m.onlineUrl;
  return own
    ? { venueName: m.venueName, city: m.city, onlineUrl: m.onlineUrl }
    : { venueName: part.venueName, city: part.city, onlineUrl: part.onlineUrl };
}

/** Rank the modules: choose at least the minimum, put them in order with the buttons, save. */
function ChoiceForm({ cohortId, list, my }: { cohortId: string; list: ModuleList; my: MyChoices }) {
  const { t } = useTranslation();
  const settle = useSettle();
  const ids = list.modules.map((m) => m.id);
  const [order, setOrder] = useState<string[]>(() =>
    fromRanks(
      my.moduleIds.map((moduleId, i) => ({ moduleId, rank: i + 1 })),
      ids,
    ),
  );
  const [announcement, setAnnouncement] = useState('');
  const form = useApiForm({});
  const byId = new Map(list.modules.map((m) => [m.id, m]));
  const others = list.modules.filter((m) => !order.includes(m.id));
  const label = (m: Module) => m.title;
  const detail = (m: Module) =>
    [
      m.teacher?.name,
      [m.venueName, m.city].filter(Boolean).join(', '),
      t('electives.cap', '{{cap}} plaatsen', { cap: m.cap }),
    ]
      .filter(Boolean)
      .join(' · ');
  const listId = `choices-${list.cohortPartId}`;

  if (!my.open)
    return (
      <>
        <Paragraph>{t('electives.closed', 'Kiezen is gesloten. De indeling wordt bekendgemaakt.')}</Paragraph>
        {order.length > 0 && (
          <ol>
            {order.map((id) => (
              <li key={id}>{byId.get(id)?.title}</li>
            ))}
          </ol>
        )}
      </>
    );

  return (
    <form
      noValidate
      aria-labelledby={`${listId}-legend`}
      onSubmit={(e) => {
        form.submit(e, async () => {
          await ok(
            client.PUT('/api/cohorts/{id}/parts/{partId}/choices', {
              params: { path: { id: cohortId, partId: list.cohortPartId } },
              body: { moduleIds: order },
            }),
          );
          await settle(t('electives.saved', 'Je keuzes zijn bewaard.'), [electiveKeys.all]);
        });
      }}
    >
      <p className="utrecht-paragraph" id={`${listId}-legend`}>
        {t('electives.intro', {
          defaultValue: 'Kies minstens {{count}} modules en zet ze op volgorde: je eerste keuze bovenaan.',
          defaultValue_one: 'Kies minstens {{count}} module.',
          count: my.minimumChoices,
        })}{' '}
        {my.choiceDeadline &&
          t('electives.deadline', 'Kiezen kan tot {{when}}.', { when: formatDateTime(my.choiceDeadline) })}
      </p>
      <FormProblem problem={form.problem} />
      <p className="utrecht-paragraph">
        <strong>{t('electives.yourChoices', 'Jouw keuzes, op volgorde')}</strong>{' '}
        <span className="c-meta">
          {t('electives.chosenCount', '({{chosen}} gekozen, minstens {{needed}})', {
            chosen: order.length,
            needed: my.minimumChoices,
          })}
        </span>
      </p>
      {order.length === 0 ? (
        <Paragraph className="c-meta">{t('electives.noneChosen', 'Nog niets gekozen.')}</Paragraph>
      ) : (
        <RankedList
          id={listId}
          label={t('electives.yourChoices', 'Jouw keuzes, op volgorde')}
          items={list.modules.map((m) => ({ id: m.id, label: label(m), detail: detail(m) }))}
          order={order}
          onChange={setOrder}
          onRemove={(id) => setOrder((o) => toggleItem(o, id))}
        />
      )}
      {others.length > 0 && (
        <>
          <p className="utrecht-paragraph">
            <strong>{t('electives.others', 'Andere modules')}</strong>
          </p>
          <ul className="c-ranked">
            {others.map((m, index) => (
              <li key={m.id} className="c-ranked__item">
                <span className="c-ranked__name">
                  {m.title} <span className="c-meta">{detail(m)}</span>
                </span>
                <Button
                  type="button"
                  id={`choose-${m.id}`}
                  appearance="secondary-action-button"
                  aria-label={t('electives.chooseNamed', '{{name}} kiezen', { name: m.title })}
                  onClick={() => {
                    setOrder((o) => toggleItem(o, m.id));
                    // The button goes with the module: focus the next module to choose, else saving.
                    const next = others.at(index + 1) ?? (index > 0 ? others.at(index - 1) : undefined);
                    requestAnimationFrame(() =>
                      document.getElementById(next ? `choose-${next.id}` : `${listId}-save`)?.focus(),
                    );
                    setAnnouncement(
                      t('electives.added', '{{name}} staat nu op plaats {{place}} van je keuzes.', {
                        name: m.title,
                        place: order.length + 1,
                      }),
                    );
                  }}
                >
                  {t('electives.choose', 'Kiezen')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="c-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <Button id={`${listId}-save`} type="submit" appearance="primary-action-button" disabled={form.busy}>
        {t('electives.save', 'Keuzes bewaren')}
      </Button>
    </form>
  );
}
