import { Injectable } from '@nestjs/common';
import { amsterdamOffsetMinutes, seededRandom } from '#libs/common';
import type { AuthUser } from '#libs/common';
import { CatalogueSeedingService } from '#libs/catalogue';
import { emailFor } from '#libs/catalogue-import';
import { EnrolmentSeedingService } from '#libs/enrolments';
import { UserSeedingService, WORK_DOMAINS } from '#libs/identity';
import {
  AssignmentsService,
  CohortSeedingService,
  CohortsService,
  ElectivesService,
  GroupsService,
  GuestsService,
  ProgrammesService,
} from '#libs/programmes';
import type { SeededPartDate } from '#libs/programmes';
import { DEMO_PLACES } from './demo-places.js';

/** Who the programmes demo needs of the demo accounts (ids), and the organisations by slug. */
export interface DemoProgrammesInput {
  now: Date;
  passwordHash: string;
  orgIds: Map<string, string>;
  learnerId: string;
  managerId: string;
  ldId: string;
  teacherId: string;
}

export interface DemoProgrammesSummary {
  programmes: number;
  cohorts: number;
  participants: number;
  enrolments: number;
}

/** A part's date and place, for the cohorts service and (moved back) for programmes' seeding service. */
interface PartPlan extends SeededPartDate {
  venueName?: string;
  city?: string;
  onlineUrl?: string;
  guestCapacity?: number;
}

export const WERKATELIER_TITLE = 'Werkateliers Vakmanschap';
export const SAMEN_IN_BELEID_TITLE = 'Samen in Beleid';

const FIRST = [
  'Annelies',
  'Bas',
  'Carlijn',
  'Dirk',
  'Eline',
  'Frank',
  'Greetje',
  'Hamza',
  'Iris',
  'Jasper',
  'Karlijn',
  'Luuk',
  'Marloes',
  'Niels',
  'Oumaima',
  'Pieter',
  'Quinten',
  'Roos',
  'Sem',
  'Thirza',
  'Umut',
  'Vera',
  'Wouter',
  'Xander',
  'Zoë',
];
const LAST = [
  'Aarts',
  'Blom',
  'Claassen',
  'Driessen',
  'Evers',
  'Franken',
  'Geerts',
  'Hoekstra',
  'Jacobs',
  'Koster',
  'Lammers',
  'Martens',
  'Nijhuis',
  'Oosterhout',
  'Prins',
  'Rietveld',
  'Schouten',
  'Timmermans',
  'Verbeek',
  'Wouters',
  'Zwart',
];

/** Ten modules for the werkatelier's day 3, after the themes of *Werkateliers Vakmanschap* (seed 003). */
const MODULES: { title: string; description: string; cap: number }[] = [
  {
    title: 'Dossiercoaching',
    description: 'In een kleine groep met een coach: je legt je eigen dossier op tafel en zoekt de volgende stap.',
    cap: 3,
  },
  {
    title: 'Snel schakelen tussen politiek, samenleving en systeem',
    description: 'Oefenen met de drie werelden waarin je dossier zich beweegt, en het moment om te wisselen.',
    cap: 2,
  },
  {
    title: 'Vloggen voor beleidsmakers',
    description: 'Je maakt een korte vlog over je dossier voor de mensen voor wie je het doet.',
    cap: 2,
  },
  {
    title: 'Hacken: je dossier opnieuw bekeken',
    description: 'Met de werkwijze van een hackathon zoek je in een middag naar onverwachte oplossingen.',
    cap: 2,
  },
  {
    title: 'Within the box: nieuwe invalshoeken binnen de kaders',
    description: 'Niet buiten de kaders denken, maar ontdekken hoeveel ruimte er binnen de regels al is.',
    cap: 1,
  },
  {
    title: 'De netwerkende overheid: horizontaal samenwerken',
    description: 'Samenwerken met partijen die je niet kunt sturen: rollen, belangen en een gedeelde agenda.',
    cap: 2,
  },
  {
    title: 'De responsieve overheid: ruimte voor maatschappelijk initiatief',
    description: 'Hoe geef je een initiatief van buiten ruimte zonder het over te nemen?',
    cap: 2,
  },
  {
    title: 'Presterend en rechtmatig: de klassieke rollen in balans',
    description: 'Wanneer vraagt je dossier resultaat, wanneer rechtmatigheid, en wat als die botsen?',
    cap: 2,
  },
  {
    title: 'Het gesprek met stakeholders voeren',
    description: 'Reflecteren met externe partijen op je project: horen hoe je ‘in het veld’ wordt ervaren.',
    cap: 1,
  },
  {
    title: 'Participatie met omwonenden',
    description: 'Samen met bewoners beslissen over maatregelen, naar het voorbeeld van een geluidsdossier.',
    cap: 3,
  },
];

/**
 * Demo programmes (issue #11 item 9), through the programmes' services, relative to `now`: a
 * werkatelier in the style of *Werkateliers Vakmanschap* (two ateliers; A with choices made, the
 * allocation run and published and its group formed; B open) and a five-tranche programme in the
 * style of *Samen in Beleid* (tranches 1–2 held, 3 running with intervision groups and
 * learning-work assignments, 4 full with a waitlist, 5 open), with colleagues from many
 * organisations. Runs inside the demo seed's transaction.
 */
@Injectable()
export class DemoProgrammes {
  constructor(
    private readonly users: UserSeedingService,
    private readonly catalogue: CatalogueSeedingService,
    private readonly enrolments: EnrolmentSeedingService,
    private readonly programmes: ProgrammesService,
    private readonly cohorts: CohortsService,
    private readonly electives: ElectivesService,
    private readonly groups: GroupsService,
    private readonly assignments: AssignmentsService,
    private readonly guests: GuestsService,
    private readonly seeding: CohortSeedingService,
  ) {}

  private async actor(userId: string): Promise<AuthUser> {
    return { ...(await this.users.actor(userId)), sessionId: 'demo-data' };
  }

  async seed(input: DemoProgrammesInput): Promise<DemoProgrammesSummary> {
    const people = await this.makePeople(input);
    const ld = await this.actor(input.ldId);
    const trainers = await this.catalogue.trainersFor(input.teacherId, required(ld.organisationId, 'uwv'), 10);
    const werkatelier = await this.werkatelier(input, ld, people, trainers);
    const samen = await this.samenInBeleid(input, ld, people, trainers);
    return {
      programmes: 2,
      cohorts: werkatelier.cohorts + samen.cohorts,
      participants: people.pool.length + people.bzk.length + people.managers.length,
      enrolments: werkatelier.enrolments + samen.enrolments,
    };
  }

  /**
   * Colleagues for the programmes, each with a work domain: a pool from many organisations (each
   * cohort takes its own slice, so nobody is double-booked), two more of BZK (the demo manager's
   * people) and two managers of other organisations who review assignments.
   */
  private async makePeople(input: DemoProgrammesInput) {
    const slugs = [...input.orgIds.keys()];
    const create = async (name: string, slug: string, i: number) => {
      const domain = DEMO_PLACES[slug]?.emailDomains[0] ?? `${slug}.invalid`;
      return this.users.create({
        email: await this.users.freeEmail(emailFor(name, domain)),
        name,
        organisationId: required(input.orgIds.get(slug), slug),
        passwordHash: input.passwordHash,
        roles: [],
        workDomain: WORK_DOMAINS[i % WORK_DOMAINS.length],
      });
    };
    const pool: { id: string; slug: string }[] = [];
    for (let i = 0; i < 95; i++) {
      const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 4 + Math.floor(i / FIRST.length)) % LAST.length]}`;
      // Consecutive people work at different organisations, so every cohort is mixed.
      const slug = slugs[(i * 5 + 3) % slugs.length];
      pool.push({ id: await create(name, slug, i), slug });
    }
    const bzk = [await create('Ingrid Vermeulen', 'bzk', 1), await create('Koen Willems', 'bzk', 2)];
    const managers: { id: string; slug: string }[] = [];
    return { pool, bzk, managers, create };
  }

  /** Three days over five weeks: a plenary day, a group day with a stakeholder dinner, a day of modules. */
  private async werkatelier(
    input: DemoProgrammesInput,
    ld: AuthUser,
    people: Awaited<ReturnType<DemoProgrammes['makePeople']>>,
    trainers: { id: string; userId: string }[],
  ): Promise<{ cohorts: number; enrolments: number }> {
    const rng = seededRandom(20260003);
    const draft = await this.programmes.create(ld, {
      title: WERKATELIER_TITLE,
      why: 'De samenleving verwacht een overheid die niet alleen presteert en rechtmatig handelt, maar ook netwerkt en ruimte geeft aan initiatief. In drie dagen reflecteer je met collega’s en externe partijen op je eigen dossier.',
      description:
        'In groepen van tien tot vijftien werk je in een atelier van drie dagen, verspreid over vijf weken. Op dag 2 nodigt je groep externe partijen uit voor een stakeholdersdiner; op dag 3 kies je een van tien modules en breng je je eigen dossier in.',
      goals: [
        'Je kent de vier rollen van de overheid: presterend, rechtmatig, netwerkend en responsief.',
        'Je schakelt bewust tussen die rollen in je eigen dossier.',
        'Je hoort van externe partijen hoe jouw werk ‘in het veld’ wordt ervaren.',
      ],
      topics: ['beleidsvakmanschap', 'samenwerken'],
      audience: 'all',
      parts: [
        {
          title: 'Dag 1: De vier rollen van de overheid',
          kind: 'plenary',
          durationHours: 6,
          format: 'klassikaal',
          description: 'Met alle deelnemers: het kwadrant van overheidsrollen, en elkaars cases.',
        },
        {
          title: 'Dag 2: Werkatelier met stakeholdersdiner',
          kind: 'group_meeting',
          durationHours: 8,
          format: 'klassikaal',
          description: 'In je werkateliergroep, ’s avonds een diner met externe partijen die je zelf uitnodigt.',
          allowsGuests: true,
        },
        {
          title: 'Dag 3: Keuzemodule op je eigen dossier',
          kind: 'elective',
          durationHours: 6,
          format: 'klassikaal',
          description: 'Een van tien modules, van dossiercoaching tot vloggen en hacken.',
        },
      ],
    });
    await this.programmes.transition(draft.id, ld, 'published');
    const [day1, day2, day3] = draft.parts;
    const room = { venueName: 'Ministerie van BZK, zaal Thorbecke', city: 'Den Haag' };
    const dinner = { venueName: 'Restaurant De Rijksoverheid aan Tafel', city: 'Den Haag' };
    const scheduleAt = (start: number) => {
      const [d1, d2, d3] = meetingDays(input.now, start, [0, 14, 28]);
      return [
        { partId: day1.id, startsAt: at(d1, 9.5), endsAt: at(d1, 16), ...room },
        { partId: day2.id, startsAt: at(d2, 13), endsAt: at(d2, 21.5), ...dinner, guestCapacity: 20 },
        { partId: day3.id, startsAt: at(d3, 9.5), endsAt: at(d3, 16), ...room },
      ];
    };
    const versneller = people.pool[0].id;
    const a = await this.cohorts.create(ld, draft.id, {
      name: 'Atelier A',
      capacity: 15,
      parts: scheduleAt(16),
      staff: [
        { userId: input.teacherId, role: 'trainer' },
        { userId: versneller, role: 'versneller' },
      ],
    });
    const b = await this.cohorts.create(ld, draft.id, {
      name: 'Atelier B',
      capacity: 14,
      parts: scheduleAt(37),
      staff: [{ userId: input.teacherId, role: 'trainer' }],
    });
    // Atelier A: the demo learner and 13 colleagues, starting in a little over two weeks (after the
    // sessions the browser journeys book for her); atelier B: 11 of 14 places taken.
    const inA = [input.learnerId, ...people.pool.slice(1, 14).map((p) => p.id)];
    const inB = people.pool.slice(14, 25).map((p) => p.id);
    for (const userId of inA) await this.enrol(userId, a.id);
    for (const userId of inB) await this.enrol(userId, b.id);

    // Ten modules on day 3 of both ateliers, each with its own teacher, room and cap.
    const modulesFor = async (cohortId: string, cohortPartId: string) => {
      const ids: string[] = [];
      for (const [i, m] of MODULES.entries()) {
        const teacher = trainers[i % trainers.length];
        const created = await this.electives.createModule(ld, cohortId, cohortPartId, {
          title: m.title,
          description: m.description,
          teacherUserId: teacher.userId,
          venueName: `Ministerie van BZK, zaal ${String(i + 1)}.${String(10 + i)}`,
          city: 'Den Haag',
          cap: m.cap,
        });
        ids.push(created.id);
      }
      return ids;
    };
    const partOf = (c: typeof a, partId: string) =>
      required(
        c.parts.find((p) => p.partId === partId),
        'part',
      ).id;
    const electiveA = partOf(a, day3.id);
    const electiveB = partOf(b, day3.id);
    const modulesA = await modulesFor(a.id, electiveA);
    const modulesB = await modulesFor(b.id, electiveB);
    // Everyone ranks four modules; some modules are more popular than others.
    const rank = (modules: string[]) => {
      const weights = modules.map((_, i) => 1 / (1 + i * 0.35) + rng() * 0.6);
      return [...modules]
        .map((id, i) => ({ id, w: weights[i] * rng() }))
        .sort((x, y) => y.w - x.w)
        .slice(0, 4)
        .map((x) => x.id);
    };
    for (const userId of inA)
      await this.electives.setChoices(await this.actor(userId), a.id, electiveA, { moduleIds: rank(modulesA) });
    for (const userId of inB.slice(0, 5))
      await this.electives.setChoices(await this.actor(userId), b.id, electiveB, { moduleIds: rank(modulesB) });
    await this.electives.run(ld, a.id, electiveA, { seed: 'werkatelier-a-2026' });
    await this.electives.publish(ld, a.id, electiveA);
    await this.groups.form(ld, a.id, { kind: 'werkatelier', seed: 2026, notify: true });

    // "Gast aan tafel": guests for the stakeholder dinner of atelier A.
    const dinnerA = partOf(a, day2.id);
    const guests: [string, { name: string; organisation: string; email: string }][] = [
      [
        input.learnerId,
        {
          name: 'Wim Verhoeven',
          organisation: 'Bewonersstichting Geluidsoverlast Lansingerland',
          email: 'wim.verhoeven@bewoners.example',
        },
      ],
      [
        inA[1],
        {
          name: 'Esther Kuipers',
          organisation: 'Infra Onderhoud Zuid',
          email: 'esther.kuipers@infra-onderhoud.example',
        },
      ],
      [
        inA[2],
        {
          name: 'Jan-Willem Bosman',
          organisation: 'Coöperatie Energiek Dorp',
          email: 'jw.bosman@energiekdorp.example',
        },
      ],
    ];
    for (const [userId, guest] of guests) await this.guests.invite(await this.actor(userId), a.id, dinnerA, guest);
    return { cohorts: 2, enrolments: inA.length + inB.length };
  }

  /**
   * Five tranches: a kick-off "Verkenning" with a board member, then three half-day follow-ups with
   * intervision in between. Co-owned by the ministry of EZ. Tranches 1 and 2 are over (attendance
   * recorded), 3 runs now, 4 is full with a waitlist, 5 is open.
   */
  private async samenInBeleid(
    input: DemoProgrammesInput,
    ld: AuthUser,
    people: Awaited<ReturnType<DemoProgrammes['makePeople']>>,
    trainers: { id: string; userId: string }[],
  ): Promise<{ cohorts: number; enrolments: number }> {
    const rng = seededRandom(20260001);
    const ez = required(input.orgIds.get('ez'), 'ez');
    const followUp = (n: number) => ({
      title: `Vervolgbijeenkomst ${String(n)}`,
      kind: 'plenary' as const,
      durationHours: 4,
      format: 'klassikaal' as const,
      description:
        n === 3
          ? 'Je laat zien wat je leerwerkopdracht heeft opgeleverd. ’s Avonds ‘gast aan tafel’: je nodigt iemand uit je netwerk uit.'
          : 'Je scherpt je leerwerkopdracht aan, spart met collega’s of volgt een workshop, bijvoorbeeld Transactionele Analyse.',
      allowsGuests: n === 3,
    });
    const intervision = (n: number) => ({
      title: `Intervisie ${String(n)}`,
      kind: 'intervision' as const,
      durationHours: 2,
      format: 'online' as const,
      description: 'In je intervisiegroep van vier tot zes collega’s uit andere organisaties en werkvelden.',
    });
    const draft = await this.programmes.create(ld, {
      title: SAMEN_IN_BELEID_TITLE,
      why: 'Maatschappelijke opgaven pak je niet alleen aan: je werkt samen met collega’s van beleid, uitvoering, toezicht en bedrijfsvoering, en met partijen buiten de overheid. Je leert het in je eigen werk, samen met je leidinggevende.',
      description:
        'Een leerwerktraject in vijf tranches, elk gemengd over organisaties en werkvelden. Na de Verkenning volgen drie dagdelen met tussendoor intervisie. Centraal staat je leerwerkopdracht: wat wil jij in je eigen werk veranderen? Versnellers, collega’s uit eerdere tranches, begeleiden mee.',
      goals: [
        'Je werkt opgavegericht: de maatschappelijke uitdaging staat centraal, niet je eigen schakel.',
        'Je kiest bewust een rol in een netwerk van partijen.',
        'Je leerwerkopdracht heeft zichtbaar iets veranderd in je werk.',
      ],
      topics: ['opgavegericht werken', 'samenwerken'],
      audience: 'all',
      coOwnerOrganisationIds: [ez],
      parts: [
        {
          title: 'Verkenning',
          kind: 'plenary',
          durationHours: 7,
          format: 'klassikaal',
          description:
            'De aftrap met Karin Hoogland, lid van de bestuursraad: waarom opgavegericht werken? ’s Ochtends gesprekken met directeuren en MT-leden over de praktijk.',
        },
        followUp(1),
        intervision(1),
        followUp(2),
        intervision(2),
        followUp(3),
      ],
    });
    await this.programmes.transition(draft.id, ld, 'published');
    const [verkenning, v1, i1, v2, i2, v3] = draft.parts;
    const room = { venueName: 'Ministerie van EZ, zaal Bezuidenhout', city: 'Den Haag' };
    const online = { onlineUrl: 'https://meet.collegiaal.example/s/samen-in-beleid' };
    /** The tranche's parts, the Verkenning on day `start` (from now) and every week or two after. */
    const datesAt = (start: number): PartPlan[] => {
      const [d0, d1, d2, d3, d4, d5] = meetingDays(input.now, start, [0, 14, 21, 28, 35, 42]);
      return [
        // The kick-off is streamed for colleagues of the regional offices.
        { partId: verkenning.id, startsAt: at(d0, 9), endsAt: at(d0, 16.5), ...room, ...online },
        { partId: v1.id, startsAt: at(d1, 13), endsAt: at(d1, 17), ...room },
        { partId: i1.id, startsAt: at(d2, 14), endsAt: at(d2, 16), ...online },
        { partId: v2.id, startsAt: at(d3, 13), endsAt: at(d3, 17), ...room },
        { partId: i2.id, startsAt: at(d4, 14), endsAt: at(d4, 16), ...online },
        { partId: v3.id, startsAt: at(d5, 13), endsAt: at(d5, 17), ...room, guestCapacity: 12 },
      ];
    };
    /**
     * A cohort through the cohorts service. One that starts in the past is scheduled weeks later
     * first (the service plans only the future) and moved back by programmes' seeding service.
     */
    const tranche = async (
      n: number,
      start: number,
      capacity: number,
      staff: { userId: string; role: 'trainer' | 'versneller' | 'organiser' }[],
      enrol: (cohortId: string) => Promise<void>,
    ) => {
      const dates = datesAt(start);
      const shiftWeeks = start > 1 ? 0 : Math.ceil((2 - start) / 7);
      const planned = shiftWeeks ? datesAt(start + 7 * shiftWeeks) : dates;
      const c = await this.cohorts.create(ld, draft.id, {
        name: `Tranche ${String(n)}`,
        capacity,
        parts: planned,
        staff,
      });
      await enrol(c.id);
      if (shiftWeeks) await this.seeding.reschedule(c.id, dates);
      return c;
    };
    const trainer = trainers[1]?.userId ?? input.teacherId;
    const slice = (from: number, to: number) => people.pool.slice(from, to).map((p) => p.id);
    let enrolments = 0;

    // Tranches 1 and 2: held in the last months; attendance recorded (the engine enrols only for the future).
    const held = async (cohortId: string, ids: string[]) => {
      for (const userId of ids)
        await this.enrolments.record({
          sessionId: cohortId,
          userId,
          status: rng() < 0.9 ? 'attended' : 'no_show',
          managerId: null,
          approvalExpiresAt: null,
          reason: 'demo data',
        });
      await this.enrolments.recountSeats(cohortId, input.now);
      enrolments += ids.length;
    };
    const first = slice(25, 40);
    const second = slice(40, 55);
    await tranche(1, -95, 16, [{ userId: trainer, role: 'trainer' }], (id) => held(id, first));
    await tranche(
      2,
      -66,
      16,
      [
        { userId: trainer, role: 'trainer' },
        { userId: first[0], role: 'versneller' },
      ],
      (id) => held(id, second),
    );

    // Tranche 3: running now, the demo learner and two more of BZK among them; versnellers from tranches 1 and 2.
    const third = [input.learnerId, ...people.bzk, ...slice(55, 70)];
    const t3 = await tranche(
      3,
      -22,
      18,
      [
        { userId: trainer, role: 'trainer' },
        { userId: first[1], role: 'versneller' },
        { userId: second[0], role: 'versneller' },
      ],
      async (id) => {
        for (const userId of third) await this.enrol(userId, id);
      },
    );
    await this.groups.form(ld, t3.id, { kind: 'intervision', seed: 3, notify: true });
    await this.assignmentsIn(input, t3.id, third, people, trainer);

    // Tranche 4: full, one colleague waiting; tranche 5: open with places left.
    const fourth = slice(70, 87);
    await tranche(
      4,
      27,
      16,
      [
        { userId: trainer, role: 'trainer' },
        { userId: first[2], role: 'versneller' },
        { userId: second[1], role: 'versneller' },
      ],
      async (id) => {
        for (const userId of fourth) await this.enrol(userId, id);
      },
    );
    const fifth = slice(87, 95);
    await tranche(
      5,
      62,
      16,
      [
        { userId: trainer, role: 'trainer' },
        { userId: second[2], role: 'versneller' },
      ],
      async (id) => {
        for (const userId of fifth) await this.enrol(userId, id);
      },
    );
    enrolments += third.length + fourth.length + fifth.length;
    return { cohorts: 5, enrolments };
  }

  /**
   * Learning-work assignments in the running tranche: the demo learner and five colleagues write
   * theirs; most invite their manager (the demo manager for BZK, a manager of their own
   * organisation otherwise), who comments; progress notes on the follow-up already held.
   */
  private async assignmentsIn(
    input: DemoProgrammesInput,
    cohortId: string,
    participants: string[],
    people: Awaited<ReturnType<DemoProgrammes['makePeople']>>,
    trainerId: string,
  ): Promise<void> {
    const texts: [string, string, string][] = [
      [
        'Ik wil bij elk beleidsvoorstel over dienstverlening vooraf met de uitvoering toetsen of het werkbaar is.',
        'Mijn volgende twee voorstellen hebben een uitvoeringstoets van de betrokken dienst, en de uitvoerders herkennen zich erin.',
        'In de eerste vervolgbijeenkomst heb ik mijn vraag scherper gemaakt: niet ‘samenwerken’, maar één gesprek per voorstel.',
      ],
      [
        'Ik wil gemeenten eerder betrekken bij de regels die wij voor hen maken.',
        'Bij de volgende wijziging zitten twee gemeenten aan tafel vóór de eerste versie.',
        'Eerste gesprek met een gemeente gevoerd; zij wilden graag meedenken.',
      ],
      [
        'Ik wil in mijn team het gesprek voeren over welke rol wij in het netwerk rond ons dossier spelen.',
        'We hebben samen een rolkaart van ons dossier gemaakt en gebruiken die bij nieuwe verzoeken.',
        'De rolkaart is in concept klaar; volgende week bespreken we hem in het teamoverleg.',
      ],
      [
        'Ik wil als toezichthouder vaker uitleggen waarom we iets vragen, in plaats van alleen wat.',
        'In mijn brieven staat bij elke vraag het waarom, en ik krijg minder vragen terug.',
        'Drie brieven herschreven; de eerste reacties zijn positief.',
      ],
      [
        'Ik wil in de bedrijfsvoering eerder meedenken met beleid over wat een voorstel kost om uit te voeren.',
        'Bij twee nieuwe voorstellen is de bedrijfsvoering vanaf het begin betrokken.',
        'Ik heb mij aangemeld voor het voorbereidend overleg van de directie.',
      ],
      [
        'Ik wil initiatieven van inwoners ruimte geven zonder ze meteen in onze procedures te trekken.',
        'Het volgende initiatief dat zich meldt, krijgt een vaste contactpersoon en geen formulier.',
        '',
      ],
    ];
    const parts = (await this.cohorts.get(cohortId, await this.actor(participants[0]))).parts;
    const heldFollowUp = required(
      parts.find((p) => p.title === 'Vervolgbijeenkomst 1'),
      'Vervolgbijeenkomst 1',
    ).id;
    // The first three are of BZK (the demo manager's people); the next two get a manager of their own organisation.
    const writers = participants.slice(0, texts.length);
    const managerOf = new Map<string, string>(writers.slice(0, 3).map((id) => [id, input.managerId]));
    const managerNames = ['Hester Groen', 'Ruud van Leeuwen'];
    for (const [i, userId] of writers.slice(3, 5).entries()) {
      const slug = required(people.pool.find((p) => p.id === userId)?.slug, 'organisation');
      const managerId = await people.create(managerNames[i], slug, i);
      people.managers.push({ id: managerId, slug });
      managerOf.set(userId, managerId);
    }
    const comments = [
      'Goed gekozen: dit raakt precies waar we in het team mee worstelen. Laten we het in ons volgende gesprek bespreken.',
      'Mooi concreet. Wie in de uitvoering ga je als eerste benaderen?',
      'Ik help graag om het teamoverleg hiervoor vrij te maken.',
      'Sterk punt. Neem gerust een brief mee naar ons overleg.',
      'Dat sluit goed aan bij wat de directie wil. Ik breng je in contact met de controller.',
    ];
    for (const [i, userId] of writers.entries()) {
      const me = await this.actor(userId);
      const [changeGoal, successSigns, note] = texts[i];
      const written = await this.assignments.write(me, cohortId, { changeGoal, successSigns });
      if (note) await this.assignments.writeProgress(me, cohortId, heldFollowUp, note);
      if (i === 2) await this.assignments.share(me, cohortId, true);
      const managerId = managerOf.get(userId);
      if (!managerId) continue;
      await this.assignments.inviteManager(me, cohortId, managerId);
      await this.assignments.comment(await this.actor(managerId), written.id, comments[i]);
    }
    const [mine] = writers;
    const own = await this.assignments.own(await this.actor(mine), cohortId);
    await this.assignments.comment(
      await this.actor(trainerId),
      own.id,
      'Neem in de volgende bijeenkomst een voorstel mee waar je dit op gaat toepassen, dan oefenen we het gesprek.',
    );
  }

  /** Through the cohort, as the person would: one enrolment books every part (overlaps accepted). */
  private async enrol(userId: string, cohortId: string): Promise<void> {
    await this.cohorts.enrol(await this.actor(userId), cohortId, { acceptOverlaps: true });
  }
}

/**
 * The days of a cohort's meetings: `start + offset` calendar days from today each, moved forward
 * past weekends, King's Day and the Christmas break (24 December – 1 January); a later meeting
 * moves on with an earlier one, so the spacing between meetings stays.
 */
function meetingDays(now: Date, start: number, offsets: number[]): Date[] {
  let shift = 0;
  return offsets.map((offset) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + start + offset + shift));
    while (!isWorkingDay(d)) {
      d.setUTCDate(d.getUTCDate() + 1);
      shift++;
    }
    return d;
  });
}

function isWorkingDay(d: Date): boolean {
  const [month, day] = [d.getUTCMonth() + 1, d.getUTCDate()];
  const christmas = (month === 12 && day >= 24) || (month === 1 && day === 1);
  return d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !christmas && !(month === 4 && day === 27);
}

/** That day at `hour` Amsterdam time. */
function at(day: Date, hour: number): Date {
  const localGuess = new Date(day.getTime() + hour * 3600_000);
  return new Date(localGuess.getTime() - amsterdamOffsetMinutes(localGuess) * 60_000);
}

function required<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`demo data: ${what} is missing`);
  return value;
}
