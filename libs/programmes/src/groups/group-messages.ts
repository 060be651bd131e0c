import { defineMessages } from '#libs/notifications';
import type { Message, MessageTexts } from '#libs/notifications';

type GroupParams = {
  'groups.assigned': {
    kind: 'werkatelier' | 'intervision';
    groupName: string;
    programmeTitle: string;
    cohortName: string;
    otherMembers: number;
    rounds: number;
  };
};

const nl: MessageTexts<GroupParams> = {
  'groups.assigned': (p) => ({
    title:
      p.rounds > 1
        ? `Je ${p.kind === 'werkatelier' ? 'werkateliergroepen' : 'intervisiegroepen'} voor ${p.programmeTitle}`
        : `Je zit in ${p.groupName} van ${p.programmeTitle}`,
    body:
      p.rounds > 1
        ? `Voor ${p.programmeTitle} (${p.cohortName}) wissel je per bijeenkomst van groep, in ${String(p.rounds)} rondes, zodat je steeds nieuwe collega's ontmoet. Bekijk wie er in je groepen zitten.`
        : `In ${p.groupName} van ${p.programmeTitle} (${p.cohortName}) zitten naast jou ${String(p.otherMembers)} collega's van andere organisaties en werkdomeinen. Bekijk wie er in je groep zitten en wanneer jullie bijeenkomen.`,
  }),
};

const en: MessageTexts<GroupParams> = {
  'groups.assigned': (p) => ({
    title:
      p.rounds > 1
        ? `Your ${p.kind === 'werkatelier' ? 'werkatelier groups' : 'intervision groups'} for ${p.programmeTitle}`
        : `You are in ${p.groupName} of ${p.programmeTitle}`,
    body:
      p.rounds > 1
        ? `For ${p.programmeTitle} (${p.cohortName}) you change groups at each meeting, over ${String(p.rounds)} rounds, so you keep meeting new colleagues. See who is in your groups.`
        : `${p.groupName} of ${p.programmeTitle} (${p.cohortName}) has ${String(p.otherMembers)} colleagues besides you, from other organisations and work domains. See who is in your group and when you meet.`,
  }),
};

/** The groups' catalogue: every notification (in-app and e-mail) in Dutch and English. */
export const GROUP_MESSAGES = defineMessages<GroupParams>({ nl, en });

/** A message about someone's groups in a cohort, linking to the programme page. */
export function groupMessage<C extends keyof GroupParams>(
  code: C,
  params: GroupParams[C],
  cohortId: string,
  programmeId: string,
): Message {
  return { kind: code, code, params, link: `/programmas/${programmeId}`, data: { cohortId } };
}
