import { defineMessages, formatDateTime } from '#libs/notifications';
import type { Message, MessageTexts } from '#libs/notifications';

type TrancheFeedbackParams = {
  'tranche_feedback.published': {
    programmeTitle: string;
    aboutCohortName: string;
    cohortName: string;
    startsAt: string;
  };
};

const nl: MessageTexts<TrancheFeedbackParams> = {
  'tranche_feedback.published': (p) => ({
    title: `Jullie zeiden, wij deden: ${p.programmeTitle}`,
    body: `Voordat ${p.cohortName} begint op ${formatDateTime(p.startsAt, 'nl')}: de organisatoren schreven wat deelnemers van ${p.aboutCohortName} zeiden en wat zij daarom voor jouw tranche veranderden. Lees het op de programmapagina.`,
  }),
};

const en: MessageTexts<TrancheFeedbackParams> = {
  'tranche_feedback.published': (p) => ({
    title: `You said, we did: ${p.programmeTitle}`,
    body: `Before ${p.cohortName} starts on ${formatDateTime(p.startsAt, 'en')}: the organisers wrote what participants of ${p.aboutCohortName} said and what they changed for your cohort as a result. Read it on the programme page.`,
  }),
};

/** The tranche feedback's catalogue: every notification (in-app and e-mail) in Dutch and English. */
export const TRANCHE_FEEDBACK_MESSAGES = defineMessages<TrancheFeedbackParams>({ nl, en });

/** A published note, told to a participant of an upcoming cohort; links to the programme page's section. */
export function trancheFeedbackPublished(
  programmeId: string,
  noteId: string,
  params: TrancheFeedbackParams['tranche_feedback.published'],
): Message {
  return {
    kind: 'tranche_feedback.published',
    code: 'tranche_feedback.published',
    params,
    link: `/programmas/${programmeId}#jullie-zeiden`,
    data: { programmeId, noteId },
  };
}
