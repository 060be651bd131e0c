import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';
import { Loaded } from '../../ui/data.tsx';
import { FormProblem, TextField, useApiForm } from '../../ui/forms.tsx';
import { ActionError, useSettle } from '../../ui/query.tsx';
import { programmeKeys, type Cohort, type CohortPart } from './queries.ts';
import { useProgrammeAction } from './use-action.ts';

type GuestList = components['schemas']['GuestListDto'];

export const guestKeys = {
  part: (cohortId: string, partId: string) => [...programmeKeys.all, 'guests', cohortId, partId] as const,
};

export const guestsQuery = (cohortId: string, partId: string) => ({
  queryKey: guestKeys.part(cohortId, partId),
  queryFn: (): Promise<GuestList> =>
    ok(
      client.GET('/api/cohorts/{id}/parts/{cohortPartId}/guests', {
        params: { path: { id: cohortId, cohortPartId: partId } },
      }),
    ),
});

/** "Gast aan tafel": my guests for a part that takes them, and inviting one (name, organisation, e-mail). */
export function MyGuests({ cohort, part }: { cohort: Cohort; part: CohortPart }) {
  const { t } = useTranslation();
  const settle = useSettle();
  const state = useQuery(guestsQuery(cohort.id, part.id));
  const form = useApiForm({ name: '', organisation: '', email: '' });
  const v = form.values;
  const remove = useProgrammeAction(
    (guestId: string) =>
      ok(client.DELETE('/api/cohorts/{id}/guests/{guestId}', { params: { path: { id: cohort.id, guestId } } })),
    {
      done: () => t('guests.removed', 'De gast is afgemeld en krijgt bericht.'),
      changes: [guestKeys.part(cohort.id, part.id)],
    },
  );
  const titleId = `my-guests-${part.id}`;
  return (
    <section aria-labelledby={titleId} className="c-section">
      <h4 className="utrecht-heading-4" id={titleId}>
        {t('guests.title', 'Gast aan tafel: {{part}}', { part: part.title })}
      </h4>
      <Loaded state={state}>
        {(g) => (
          <>
            <Paragraph>
              {t(
                'guests.intro',
                'Nodig iemand uit je netwerk uit. Je gast krijgt een agenda-uitnodiging per e-mail en heeft geen account nodig. Nog {{left}} gastplaatsen vrij; jij mag er {{limit}} uitnodigen.',
                { left: g.placesLeft, limit: g.perParticipantLimit },
              )}
            </Paragraph>
            {g.guests.length > 0 && (
              <ul className="c-members">
                {g.guests.map((guest) => (
                  <li key={guest.id}>
                    {guest.name} ({guest.organisation}) · {guest.email}{' '}
                    <Button
                      appearance="subtle-button"
                      disabled={remove.busy}
                      onClick={() => {
                        remove.run(guest.id);
                      }}
                    >
                      {t('guests.remove', 'Afmelden')}
                      <span className="c-visually-hidden"> {guest.name}</span>
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            <ActionError error={remove.error} />
            {g.placesLeft > 0 && g.guests.length < g.perParticipantLimit && (
              <form
                className="c-form"
                noValidate
                aria-labelledby={titleId}
                onSubmit={(e) => {
                  form.submit(e, async () => {
                    await ok(
                      client.POST('/api/cohorts/{id}/parts/{cohortPartId}/guests', {
                        params: { path: { id: cohort.id, cohortPartId: part.id } },
                        body: { name: v.name, organisation: v.organisation, email: v.email },
                      }),
                    );
                    form.setValues({ name: '', organisation: '', email: '' });
                    await settle(t('guests.invited', 'Je gast is uitgenodigd.'), [guestKeys.part(cohort.id, part.id)]);
                  });
                }}
              >
                <FormProblem problem={form.problem} />
                <TextField
                  label={t('guests.name', 'Naam van je gast')}
                  name="name"
                  required
                  value={v.name}
                  onChange={(x) => form.set('name', x)}
                  error={form.errors.name}
                />
                <TextField
                  label={t('guests.organisation', 'Organisatie van je gast')}
                  name="organisation"
                  required
                  value={v.organisation}
                  onChange={(x) => form.set('organisation', x)}
                  error={form.errors.organisation}
                />
                <TextField
                  label={t('guests.email', 'E-mailadres van je gast')}
                  name="email"
                  type="email"
                  autoComplete="off"
                  required
                  value={v.email}
                  onChange={(x) => form.set('email', x)}
                  error={form.errors.email}
                />
                <Button type="submit" appearance="secondary-action-button" disabled={form.busy}>
                  {t('guests.invite', 'Gast uitnodigen')}
                </Button>
              </form>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}
