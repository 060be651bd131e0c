import { defineMessages, formatDateTime } from '#libs/notifications';
import type { Message, MessageTexts } from '#libs/notifications';

type DemandParams = {
  'demand.session_scheduled': { courseTitle: string; startsAt: string; city: string | null; online: boolean };
  'demand.interest_threshold': { courseTitle: string; count: number; threshold: number };
};

const nl: MessageTexts<DemandParams> = {
  'demand.session_scheduled': (p) => ({
    title: `Er is een datum voor ${p.courseTitle}`,
    body: `Je wilde weten wanneer ${p.courseTitle} weer gegeven wordt. Er is nu een sessie gepland op ${formatDateTime(p.startsAt, 'nl')}${p.online ? ' (online)' : p.city ? ` in ${p.city}` : ''}. Schrijf je in zolang er plaats is. Je staat niet meer op de interesselijst van deze cursus.`,
  }),
  'demand.interest_threshold': (p) => ({
    title: `${p.count} collega's wachten op een datum voor ${p.courseTitle}`,
    body: `${p.count} collega's staan op de interesselijst van ${p.courseTitle} (de drempel is ${p.threshold}). Plan een sessie: iedereen op de lijst krijgt daar meteen bericht van.`,
  }),
};

const en: MessageTexts<DemandParams> = {
  'demand.session_scheduled': (p) => ({
    title: `There is a date for ${p.courseTitle}`,
    body: `You wanted to know when ${p.courseTitle} would be given again. A session is now scheduled on ${formatDateTime(p.startsAt, 'en')}${p.online ? ' (online)' : p.city ? ` in ${p.city}` : ''}. Enrol while there are seats. You are no longer on this course's interest list.`,
  }),
  'demand.interest_threshold': (p) => ({
    title: `${p.count} colleagues are waiting for a date for ${p.courseTitle}`,
    body: `${p.count} colleagues are on the interest list of ${p.courseTitle} (the threshold is ${p.threshold}). Schedule a session: everyone on the list hears of it at once.`,
  }),
};

/** Demand's catalogue: every notification (in-app and e-mail) in Dutch and English. */
export const DEMAND_MESSAGES = defineMessages<DemandParams>({ nl, en });

/** To someone on the interest list: a session was scheduled; links to the course page. */
export function sessionScheduled(
  courseId: string,
  sessionId: string,
  params: DemandParams['demand.session_scheduled'],
): Message {
  return {
    kind: 'demand.session_scheduled',
    code: 'demand.session_scheduled',
    params,
    link: `/cursussen/${courseId}`,
    data: { courseId, sessionId },
  };
}

/** To the course's teachers and L&D: the interest list reached the threshold; links to the course editor. */
export function interestThreshold(courseId: string, params: DemandParams['demand.interest_threshold']): Message {
  return {
    kind: 'demand.interest_threshold',
    code: 'demand.interest_threshold',
    params,
    link: `/lesgeven/cursussen/${courseId}`,
    data: { courseId },
  };
}
