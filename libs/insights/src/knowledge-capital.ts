import type {
  KnowledgeFlowDto,
  OrganisationFiguresDto,
  TopicFiguresDto,
  TrainerFiguresDto,
} from './dto/knowledge-capital.dto.js';
import type { EvaluationSums, HeldSession, SessionPerson } from './insights.repository.js';

/** Two decimals, the precision every hour figure is given in. */
export const round2 = (x: number) => Math.round(x * 100) / 100;
const round1 = (x: number) => Math.round(x * 10) / 10;

export interface KnowledgeCapitalInput {
  sessions: HeldSession[];
  learners: SessionPerson[];
  teachers: SessionPerson[];
  /** Null: every organisation (admins); otherwise figures as seen from this organisation. */
  scope: string | null;
}

export interface KnowledgeCapitalFigures {
  totals: {
    hoursTaught: number;
    learnerHoursGiven: number;
    learnerHoursReceived: number;
    sessions: number;
    activeTrainers: number;
    learners: number;
  };
  /** Organisation names are filled in by the caller. */
  flows: Omit<KnowledgeFlowDto, 'fromOrganisationName' | 'toOrganisationName'>[];
  organisations: Omit<OrganisationFiguresDto, 'name'>[];
  trainers: Omit<TrainerFiguresDto, 'organisationName'>[];
  topics: TopicFiguresDto[];
  /** The sessions our colleagues taught (all held sessions without a scope): their evaluations count. */
  taughtSessionIds: string[];
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);

/**
 * The dashboard's rules, on the held sessions of the period:
 * - hours taught: each session's hours once per teacher of the organisation;
 * - learner-hours: each attended learner gets the session's hours; a flow teacher's organisation →
 *   learner's organisation carries them, split equally over the session's teachers (1/n each);
 * - with a scope, only flows from or to it count, trainers and topics are its own colleagues'
 *   sessions, and learner-hours received are its own learners' attended hours.
 */
export function knowledgeCapital({
  sessions,
  learners,
  teachers,
  scope,
}: KnowledgeCapitalInput): KnowledgeCapitalFigures {
  const inScope = (organisationId: string) => scope === null || organisationId === scope;
  const learnersOf = groupBy(learners, (l) => l.sessionId);
  const teachersOf = groupBy(teachers, (t) => t.sessionId);

  const flows = new Map<string, number>();
  const taughtByOrg = new Map<string, number>();
  const trainers = new Map<string, Omit<TrainerFiguresDto, 'organisationName'> & { sessionIds: Set<string> }>();
  const topics = new Map<string, { courses: Set<string>; trainers: Set<string>; learnerHours: number }>();
  const learnerIds = new Set<string>();
  const taughtSessionIds: string[] = [];
  let hoursTaught = 0;
  let learnerHoursReceived = 0;
  let sessionsInScope = 0;

  for (const s of sessions) {
    const ls = learnersOf.get(s.sessionId) ?? [];
    const ts = teachersOf.get(s.sessionId) ?? [];
    const ours = ts.filter((t) => inScope(t.organisationId));
    const taughtByUs = scope === null || ours.length > 0;
    if (taughtByUs || ls.some((l) => inScope(l.organisationId))) sessionsInScope++;

    for (const l of ls) {
      if (!inScope(l.organisationId)) continue;
      learnerHoursReceived += s.hours;
      learnerIds.add(l.userId);
    }
    for (const t of ts) {
      const share = s.hours / ts.length;
      for (const l of ls)
        if (inScope(t.organisationId) || inScope(l.organisationId))
          add(flows, `${t.organisationId}|${l.organisationId}`, share);
    }
    for (const t of ours) {
      hoursTaught += s.hours;
      add(taughtByOrg, t.organisationId, s.hours);
      const trainer = trainers.get(t.userId) ?? {
        userId: t.userId,
        name: t.name,
        organisationId: t.organisationId,
        hoursTaught: 0,
        sessions: 0,
        learnerHours: 0,
        sessionIds: new Set<string>(),
      };
      if (!trainer.sessionIds.has(s.sessionId)) {
        trainer.sessionIds.add(s.sessionId);
        trainer.hoursTaught += s.hours;
        trainer.learnerHours += (s.hours * ls.length) / ts.length;
      }
      trainers.set(t.userId, trainer);
    }
    if (!taughtByUs) continue;
    taughtSessionIds.push(s.sessionId);
    for (const topic of new Set(s.topics)) {
      const entry = topics.get(topic) ?? { courses: new Set(), trainers: new Set(), learnerHours: 0 };
      entry.courses.add(s.courseId);
      for (const t of ours) entry.trainers.add(t.userId);
      entry.learnerHours += s.hours * ls.length;
      topics.set(topic, entry);
    }
  }

  const flowList = [...flows].map(([key, hours]) => {
    const [fromOrganisationId, toOrganisationId] = key.split('|');
    return { fromOrganisationId, toOrganisationId, learnerHours: hours };
  });
  const given = new Map<string, number>();
  const received = new Map<string, number>();
  for (const f of flowList) {
    add(given, f.fromOrganisationId, f.learnerHours);
    add(received, f.toOrganisationId, f.learnerHours);
  }
  const organisationIds = new Set([...given.keys(), ...received.keys(), ...taughtByOrg.keys()]);
  const learnerHoursGiven = flowList
    .filter((f) => inScope(f.fromOrganisationId))
    .reduce((sum, f) => sum + f.learnerHours, 0);

  return {
    totals: {
      hoursTaught: round2(hoursTaught),
      learnerHoursGiven: round2(learnerHoursGiven),
      learnerHoursReceived: round2(learnerHoursReceived),
      sessions: sessionsInScope,
      activeTrainers: trainers.size,
      learners: learnerIds.size,
    },
    flows: flowList
      .map((f) => ({ ...f, learnerHours: round2(f.learnerHours) }))
      .sort((a, b) => b.learnerHours - a.learnerHours || a.fromOrganisationId.localeCompare(b.fromOrganisationId)),
    organisations: [...organisationIds].map((id) => ({
      organisationId: id,
      hoursTaught: round2(taughtByOrg.get(id) ?? 0),
      learnerHoursGiven: round2(given.get(id) ?? 0),
      learnerHoursReceived: round2(received.get(id) ?? 0),
    })),
    trainers: [...trainers.values()]
      .map(({ sessionIds, ...t }) => ({
        ...t,
        sessions: sessionIds.size,
        hoursTaught: round2(t.hoursTaught),
        learnerHours: round2(t.learnerHours),
      }))
      .sort((a, b) => b.hoursTaught - a.hoursTaught || a.name.localeCompare(b.name, 'nl')),
    topics: [...topics]
      .map(([topic, e]) => ({
        topic,
        courses: e.courses.size,
        trainers: e.trainers.size,
        learnerHours: round2(e.learnerHours),
      }))
      .sort((a, b) => b.learnerHours - a.learnerHours || a.topic.localeCompare(b.topic, 'nl')),
    taughtSessionIds,
  };
}

/** A group of answers' figures (the shape of EvaluationFiguresDto). */
export interface EvaluationFigures {
  shown: boolean;
  count: number | null;
  overall: number | null;
  usefulness: number | null;
  teacher: number | null;
}

export interface CourseEvaluationFigures extends EvaluationFigures {
  courseId: string;
  title: string;
}

/** Averages of a group of answers, or nothing at all below the threshold (as evaluations shows them). */
export function evaluationFigures(sums: Omit<EvaluationSums, 'courseId'>, minResponses: number): EvaluationFigures {
  if (sums.count < minResponses || sums.count === 0)
    return { shown: false, count: null, overall: null, usefulness: null, teacher: null };
  return {
    shown: true,
    count: sums.count,
    overall: round1(sums.overall / sums.count),
    usefulness: round1(sums.usefulness / sums.count),
    teacher: round1(sums.teacher / sums.count),
  };
}

export function evaluationSection(
  perCourse: EvaluationSums[],
  titles: Map<string, string>,
  minResponses: number,
): { minResponses: number; all: EvaluationFigures; courses: CourseEvaluationFigures[] } {
  const all = perCourse.reduce(
    (acc, c) => ({
      count: acc.count + c.count,
      overall: acc.overall + c.overall,
      usefulness: acc.usefulness + c.usefulness,
      teacher: acc.teacher + c.teacher,
    }),
    { count: 0, overall: 0, usefulness: 0, teacher: 0 },
  );
  const byCourse = new Map(perCourse.map((c) => [c.courseId, c]));
  const courses = [...titles]
    .map(([courseId, title]) => ({
      courseId,
      title,
      ...evaluationFigures(byCourse.get(courseId) ?? { count: 0, overall: 0, usefulness: 0, teacher: 0 }, minResponses),
    }))
    .sort((a, b) => Number(b.shown) - Number(a.shown) || a.title.localeCompare(b.title, 'nl'));
  return { minResponses, all: evaluationFigures(all, minResponses), courses };
}
