import { defineMessages, formatDateTime } from '#libs/notifications';
import type { Message, MessageTexts } from '#libs/notifications';

/** A trainer's answer or a manager's release, told to the L&D coordinator who asked; `message` is their own note. */
type UpdateParams = { trainerName: string; message: string | null };

type InCompanyParams = {
  'incompany.invited': { organisationName: string; groupSize: number; topic: string; preferredPeriod: string | null };
  'incompany.release_requested': { trainerName: string; topic: string; groupSize: number };
  'incompany.trainer_declined': UpdateParams;
  'incompany.trainer_accepted': UpdateParams;
  'incompany.time_released': UpdateParams;
  'incompany.time_refused': UpdateParams;
  'incompany.scheduled': { topic: string; startsAt: string };
};

const nl: MessageTexts<InCompanyParams> = {
  'incompany.invited': (p) => ({
    title: `In-company verzoek van ${p.organisationName}`,
    body: `${p.organisationName} vraagt of je hun team (${p.groupSize} personen) wilt trainen: "${p.topic}". Voorkeursperiode: ${p.preferredPeriod ?? 'in overleg'}.`,
  }),
  'incompany.release_requested': (p) => ({
    title: `Tijd vrijmaken: ${p.trainerName}`,
    body: `${p.trainerName} wil een in-company training geven ("${p.topic}", ${p.groupSize} personen). Geef je de tijd vrij?`,
  }),
  'incompany.trainer_declined': (p) => ({
    title: `${p.trainerName} kan helaas niet`,
    body: p.message ?? 'Geen toelichting.',
  }),
  'incompany.trainer_accepted': (p) => ({
    title: `${p.trainerName} wil jullie team trainen`,
    body: p.message ?? `${p.trainerName} wil jullie team trainen`,
  }),
  'incompany.time_released': (p) => ({
    title: `Tijd vrijgegeven voor ${p.trainerName}`,
    body: p.message ?? 'Je kunt de training inplannen.',
  }),
  'incompany.time_refused': (p) => ({
    title: `Geen tijd voor ${p.trainerName}`,
    body: p.message ?? 'De leidinggevende kan de tijd niet vrijgeven.',
  }),
  'incompany.scheduled': (p) => ({
    title: `Ingepland: ${p.topic}`,
    body: `De in-company training is ingepland op ${formatDateTime(p.startsAt, 'nl')}.`,
  }),
};

const en: MessageTexts<InCompanyParams> = {
  'incompany.invited': (p) => ({
    title: `In-company request from ${p.organisationName}`,
    body: `${p.organisationName} asks whether you would train their team (${p.groupSize} people): "${p.topic}". Preferred period: ${p.preferredPeriod ?? 'to be agreed'}.`,
  }),
  'incompany.release_requested': (p) => ({
    title: `Time to release: ${p.trainerName}`,
    body: `${p.trainerName} would like to give an in-company training ("${p.topic}", ${p.groupSize} people). Will you release the time?`,
  }),
  'incompany.trainer_declined': (p) => ({
    title: `${p.trainerName} is unable to`,
    body: p.message ?? 'No explanation given.',
  }),
  'incompany.trainer_accepted': (p) => ({
    title: `${p.trainerName} would like to train your team`,
    body: p.message ?? `${p.trainerName} would like to train your team`,
  }),
  'incompany.time_released': (p) => ({
    title: `Time released for ${p.trainerName}`,
    body: p.message ?? 'You can schedule the training.',
  }),
  'incompany.time_refused': (p) => ({
    title: `No time for ${p.trainerName}`,
    body: p.message ?? 'The manager cannot release the time.',
  }),
  'incompany.scheduled': (p) => ({
    title: `Scheduled: ${p.topic}`,
    body: `The in-company training is scheduled for ${formatDateTime(p.startsAt, 'en')}.`,
  }),
};

/** The in-company area's catalogue: every notification (in-app and e-mail) in Dutch and English. */
export const INCOMPANY_MESSAGES = defineMessages<InCompanyParams>({ nl, en });

/** Updates to the coordinator share one kind, as before the catalogue, so clients' filters keep working. */
const KIND: Record<keyof InCompanyParams, string> = {
  'incompany.invited': 'incompany.invited',
  'incompany.release_requested': 'incompany.release_requested',
  'incompany.trainer_declined': 'incompany.update',
  'incompany.trainer_accepted': 'incompany.update',
  'incompany.time_released': 'incompany.update',
  'incompany.time_refused': 'incompany.update',
  'incompany.scheduled': 'incompany.scheduled',
};

/** A message about an in-company request, linking to its page. */
export function incompanyMessage<C extends keyof InCompanyParams>(
  code: C,
  params: InCompanyParams[C],
  requestId: string,
): Message {
  return { kind: KIND[code], code, params, link: `/maatwerk/${requestId}` };
}
