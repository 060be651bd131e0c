import { defineMessages, formatDateTime } from '#libs/notifications';
import type { Message, MessageTexts } from '#libs/notifications';

type EvaluationParams = {
  'evaluation.requested': { courseTitle: string; startsAt: string; editableUntil: string };
};

const nl: MessageTexts<EvaluationParams> = {
  'evaluation.requested': (p) => ({
    title: `Hoe was ${p.courseTitle}?`,
    body: `Je was erbij op ${formatDateTime(p.startsAt, 'nl')}. Wil je de bijeenkomst kort evalueren? Drie cijfers en eventueel een toelichting; de docent ziet alleen gemiddelden, nooit je naam. Dat kan tot ${formatDateTime(p.editableUntil, 'nl')}.`,
  }),
};

const en: MessageTexts<EvaluationParams> = {
  'evaluation.requested': (p) => ({
    title: `How was ${p.courseTitle}?`,
    body: `You attended on ${formatDateTime(p.startsAt, 'en')}. Would you briefly evaluate the session? Three ratings and an optional comment; the teacher only sees averages, never your name. You can do so until ${formatDateTime(p.editableUntil, 'en')}.`,
  }),
};

/** The evaluations' catalogue: every notification (in-app and e-mail) in Dutch and English. */
export const EVALUATION_MESSAGES = defineMessages<EvaluationParams>({ nl, en });

/** The ask after attendance, linking to the evaluation form of the enrolment. */
export function evaluationRequested(enrolmentId: string, params: EvaluationParams['evaluation.requested']): Message {
  return {
    kind: 'evaluation.requested',
    code: 'evaluation.requested',
    params,
    link: `/evaluaties/${enrolmentId}`,
    data: { enrolmentId },
  };
}
