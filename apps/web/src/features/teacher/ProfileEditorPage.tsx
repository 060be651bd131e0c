import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import type { Format, Language, TeacherProfile } from '../../api/types.ts';
import { REGIONS } from '../../regions.ts';
import { Loaded, useLabels } from '../../ui/data.tsx';
import {
  CheckboxField,
  CheckboxGroup,
  FormProblem,
  TextAreaField,
  TextField,
  splitList,
  useApiForm,
} from '../../ui/forms.tsx';
import { PageTitle } from '../../ui/layout.tsx';
import { useSettle } from '../../ui/query.tsx';
import { TrainerPhotoEditor } from '../trainers/TrainerPhoto.tsx';
import { ownProfileQuery, teacherKeys } from './queries.ts';

export function ProfileEditorPage() {
  const { t } = useTranslation();
  const state = useQuery(ownProfileQuery);
  return (
    <>
      <PageTitle>{t('profile.title', 'Docentprofiel')}</PageTitle>
      <Paragraph>
        {t(
          'profile.intro',
          'Vertel collega’s wat je weet en hoe je lesgeeft. L&D-adviseurs vinden je in de kennisbank op je expertise en je cursussen.',
        )}
      </Paragraph>
      <Loaded state={state}>
        {(profile) => (
          <>
            <ProfileForm profile={profile} />
            {profile && <TrainerPhotoEditor teacherProfileId={profile.id} />}
          </>
        )}
      </Loaded>
    </>
  );
}

function ProfileForm({ profile }: { profile: TeacherProfile | null }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const settle = useSettle();
  const form = useApiForm({
    jobTitle: profile?.jobTitle ?? '',
    bio: profile?.bio ?? '',
    expertise: profile?.expertise.join(', ') ?? '',
    formats: profile?.formats ?? ([] as Format[]),
    regions: profile?.regions ?? ([] as string[]),
    languages: profile?.languages ?? (['nl'] as Language[]),
    inCompany: profile?.inCompany ?? false,
  });
  const v = form.values;
  return (
    <form
      className="c-form"
      noValidate
      onSubmit={(e) =>
        form.submit(e, async () => {
          await ok(
            client.PUT('/api/me/teacher-profile', {
              body: {
                jobTitle: v.jobTitle || undefined,
                bio: v.bio,
                expertise: splitList(v.expertise),
                formats: v.formats,
                regions: v.regions,
                languages: v.languages,
                inCompany: v.inCompany,
              },
            }),
          );
          await settle(t('profile.saved', 'Je docentprofiel is opgeslagen.'), [teacherKeys.ownProfile]);
          void navigate('/lesgeven');
        })
      }
    >
      <FormProblem problem={form.problem} />
      <TextField
        label={t('profile.jobTitle', 'Functie')}
        name="jobTitle"
        value={v.jobTitle}
        onChange={(x) => form.set('jobTitle', x)}
        error={form.errors.jobTitle}
      />
      <TextAreaField
        label={t('profile.bio', 'Over mij')}
        name="bio"
        required
        rows={5}
        value={v.bio}
        onChange={(x) => form.set('bio', x)}
        error={form.errors.bio}
        description={t('profile.bioHelp', 'Wat doe je in je werk, en waar kunnen collega’s je iets over vragen?')}
      />
      <TextField
        label={t('profile.expertise', 'Expertise')}
        name="expertise"
        required
        value={v.expertise}
        onChange={(x) => form.set('expertise', x)}
        error={form.errors.expertise}
        description={t(
          'profile.expertiseHelp',
          'Onderwerpen, gescheiden door komma’s. Bijvoorbeeld: Woo, informatiebeheer, archiefwet',
        )}
      />
      <CheckboxGroup
        legend={t('profile.formats', 'Hoe geef je les?')}
        name="formats"
        value={v.formats}
        onChange={(x) => form.set('formats', x)}
        error={form.errors.formats}
        options={labels.format.options}
      />
      <CheckboxGroup
        legend={t('profile.languages', 'Talen')}
        name="languages"
        value={v.languages}
        onChange={(x) => form.set('languages', x)}
        error={form.errors.languages}
        options={labels.language.options}
      />
      <CheckboxGroup
        legend={t('profile.regions', 'Regio’s waar je klassikaal lesgeeft')}
        name="regions"
        value={v.regions}
        onChange={(x) => form.set('regions', x)}
        error={form.errors.regions}
        options={REGIONS.map((r) => ({ value: r, label: r }))}
      />
      <CheckboxField
        label={t('profile.inCompany', 'Ik geef ook incompany-trainingen bij andere organisaties')}
        name="inCompany"
        checked={v.inCompany}
        onChange={(x) => form.set('inCompany', x)}
        error={form.errors.inCompany}
      />
      <Button type="submit" appearance="primary-action-button" disabled={form.busy}>
        {t('profile.save', 'Profiel opslaan')}
      </Button>
    </form>
  );
}
