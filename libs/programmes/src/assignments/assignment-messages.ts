import { defineMessages } from '#libs/notifications';
import type { Message, MessageTexts } from '#libs/notifications';

type AssignmentParams = {
  'assignment.manager_invited': { participantName: string; programmeTitle: string; cohortName: string };
  'assignment.commented': { authorName: string; programmeTitle: string; byManager: boolean };
};

const nl: MessageTexts<AssignmentParams> = {
  'assignment.manager_invited': (p) => ({
    title: `${p.participantName} nodigt je uit bij de leerwerkopdracht`,
    body: `${p.participantName} volgt ${p.programmeTitle} (${p.cohortName}) en vraagt je de leerwerkopdracht samen door te nemen. Je kunt hem lezen en er commentaar bij geven.`,
  }),
  'assignment.commented': (p) => ({
    title: `${p.authorName} reageerde op je leerwerkopdracht`,
    body: p.byManager
      ? `Je leidinggevende ${p.authorName} heeft commentaar gegeven op je leerwerkopdracht voor ${p.programmeTitle}.`
      : `${p.authorName} heeft commentaar gegeven op je leerwerkopdracht voor ${p.programmeTitle}.`,
  }),
};

const en: MessageTexts<AssignmentParams> = {
  'assignment.manager_invited': (p) => ({
    title: `${p.participantName} invites you to their learning-work assignment`,
    body: `${p.participantName} is taking ${p.programmeTitle} (${p.cohortName}) and asks you to go through their learning-work assignment together. You can read it and comment on it.`,
  }),
  'assignment.commented': (p) => ({
    title: `${p.authorName} commented on your learning-work assignment`,
    body: p.byManager
      ? `Your manager ${p.authorName} commented on your learning-work assignment for ${p.programmeTitle}.`
      : `${p.authorName} commented on your learning-work assignment for ${p.programmeTitle}.`,
  }),
};

/** The assignments' catalogue: every notification (in-app and e-mail) in Dutch and English. */
export const ASSIGNMENT_MESSAGES = defineMessages<AssignmentParams>({ nl, en });

/** A message about an assignment, linking to its page in the web app. */
export function assignmentMessage<C extends keyof AssignmentParams>(
  code: C,
  params: AssignmentParams[C],
  assignmentId: string,
): Message {
  return { kind: code, code, params, link: `/leeropdrachten/${assignmentId}`, data: { assignmentId } };
}
