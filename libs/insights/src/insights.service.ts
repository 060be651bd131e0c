import { Injectable } from '@nestjs/common';
import { AppConfig, hasRole, startOfAmsterdamDay, toAmsterdamWallTime } from '#libs/common';
import type { AuthUser } from '#libs/common';
import type { KnowledgeCapitalDto, KnowledgeCapitalQueryDto } from './dto/knowledge-capital.dto.js';
import { InsightsException } from './insights.exception.js';
import { InsightsRepository } from './insights.repository.js';
import { knowledgeCapitalCsv } from './knowledge-capital-csv.js';
import { evaluationSection, knowledgeCapital, round2 } from './knowledge-capital.js';

/** The longest period one request may cover. */
export const MAX_PERIOD_DAYS = 5 * 366;
const DAY = 86_400_000;

const dayOf = (instant: Date) => toAmsterdamWallTime(instant).toISOString().slice(0, 10);
const shiftDays = (day: string, days: number) => new Date(Date.parse(day) + days * DAY).toISOString().slice(0, 10);
/** The day after the same day a year earlier: with `to`, twelve months. */
const yearBefore = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y - 1, m - 1, d + 1)).toISOString().slice(0, 10);
};

/** The text printed beside the cost-avoided figure. */
export function costAssumption(rate: number): string {
  return (
    `Vermeden kosten = deelnemersuren × €${rate.toLocaleString('nl-NL')} per deelnemersuur ` +
    '(instelling KNOWLEDGE_CAPITAL_HOURLY_RATE_EUR). Aanname: zonder collegiale cursus was een vergelijkbare ' +
    'open training bij een commerciële aanbieder ingekocht; die kost gangbaar €500–€700 per deelnemer voor een ' +
    'dag van ongeveer 7 uur (standaard €85 per uur, excl. btw). Reistijd, de uren van de docent en ' +
    'de werktijd van deelnemers zijn niet meegerekend.'
  );
}

/**
 * The knowledge-capital dashboard (issue #12 item 6), read-only: what colleagues taught and to
 * whom, learner-hours, trainers and topics, evaluation averages above the threshold, unanswered
 * demand and the cost avoided. L&D see their own organisation; admins all or one.
 */
@Injectable()
export class InsightsService {
  constructor(
    private readonly repo: InsightsRepository,
    private readonly config: AppConfig,
  ) {}

  async knowledgeCapital(user: AuthUser, query: KnowledgeCapitalQueryDto): Promise<KnowledgeCapitalDto> {
    const period = this.period(query);
    const scope = await this.scope(user, query.organisationId);
    const from = startOfAmsterdamDay(period.from);
    const to = startOfAmsterdamDay(shiftDays(period.to, 1));

    const sessions = await this.repo.heldSessions(from, to);
    const ids = sessions.map((s) => s.sessionId);
    const [learners, teachers] = [await this.repo.attendedLearners(ids), await this.repo.teachers(ids)];
    const figures = knowledgeCapital({ sessions, learners, teachers, scope });

    const taught = new Set(figures.taughtSessionIds);
    const titles = new Map(sessions.filter((s) => taught.has(s.sessionId)).map((s) => [s.courseId, s.courseTitle]));
    const evaluations = evaluationSection(
      await this.repo.evaluationSums(figures.taughtSessionIds),
      titles,
      this.config.EVALUATION_MIN_RESPONSES,
    );
    const demand = await this.repo.unansweredDemand(from, to, scope);

    const orgIds = new Set([...learners, ...teachers].map((p) => p.organisationId));
    if (scope) orgIds.add(scope);
    const names = await this.repo.organisationNames([...orgIds]);
    const name = (id: string) => names.get(id) ?? id;
    const rate = this.config.KNOWLEDGE_CAPITAL_HOURLY_RATE_EUR;
    const learnerHours = figures.totals.learnerHoursReceived;
    return {
      period,
      organisationId: scope,
      organisationName: scope ? name(scope) : null,
      totals: figures.totals,
      flows: figures.flows
        .map((f) => ({
          ...f,
          fromOrganisationName: name(f.fromOrganisationId),
          toOrganisationName: name(f.toOrganisationId),
        }))
        .sort(
          (a, b) =>
            b.learnerHours - a.learnerHours ||
            a.fromOrganisationName.localeCompare(b.fromOrganisationName, 'nl') ||
            a.toOrganisationName.localeCompare(b.toOrganisationName, 'nl'),
        ),
      organisations: figures.organisations
        .map((o) => ({ ...o, name: name(o.organisationId) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      trainers: figures.trainers.map((t) => ({ ...t, organisationName: name(t.organisationId) })),
      topics: figures.topics,
      evaluations,
      demand: { unanswered: demand.total, topics: demand.topics },
      costAvoided: {
        learnerHours,
        hourlyRateEur: rate,
        amountEur: Math.round(round2(learnerHours * rate)),
        assumption: costAssumption(rate),
      },
    };
  }

  async knowledgeCapitalCsv(user: AuthUser, query: KnowledgeCapitalQueryDto): Promise<string> {
    return knowledgeCapitalCsv(await this.knowledgeCapital(user, query));
  }

  /** The period as days, defaults filled in: to = today (Europe/Amsterdam), from = twelve months before. */
  private period(query: KnowledgeCapitalQueryDto): { from: string; to: string } {
    const to = query.to ?? dayOf(new Date());
    const from = query.from ?? yearBefore(to);
    if (from > to) throw InsightsException.period('from', 'periodOrder', 'from must be on or before to');
    if ((Date.parse(to) - Date.parse(from)) / DAY + 1 > MAX_PERIOD_DAYS)
      throw InsightsException.period('from', 'periodLength', `the period may span at most ${MAX_PERIOD_DAYS} days`);
    return { from, to };
  }

  /** Admins: all (null) or the organisation asked for; L&D: their own, and nothing else. */
  private async scope(user: AuthUser, organisationId: string | undefined): Promise<string | null> {
    if (hasRole(user, 'admin')) {
      if (organisationId === undefined) return null;
      if (!(await this.repo.organisationExists(organisationId)))
        throw InsightsException.organisationNotFound(organisationId);
      return organisationId;
    }
    if (!user.organisationId) throw InsightsException.noOrganisation();
    if (organisationId !== undefined && organisationId !== user.organisationId)
      throw InsightsException.forbiddenOrganisation();
    return user.organisationId;
  }
}
