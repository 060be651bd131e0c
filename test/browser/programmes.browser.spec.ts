/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import {
  axeViolations,
  expectText,
  loginViaForm,
  newPage,
  notice,
  screenshot,
  settled,
  startBrowserApp,
  type BrowserApp,
} from './support/browser.js';
import { focused } from './support/fixtures.js';
import { actor, bookableSession, createOrganisation, PASSWORD, type Actor } from '../support/factories.js';
import { enrolInCohort, programmeWithCohort } from '../support/programme-factories.js';

/**
 * Issue #11 item 8: learning programmes in the web app, at desktop and phone width with axe-core.
 * The programme page with its structure and cohorts → enrol (the overlap warning, then "Toch
 * inschrijven") → Mijn leren shows every part; a full cohort puts the next one on the waitlist.
 */
describe('Learning programmes in the web app (Chromium)', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  });
  // Undefined when beforeAll failed; the failure is reported there.
  afterAll(() => (app as BrowserApp | undefined)?.close());

  async function signIn(page: Page, email: string): Promise<void> {
    await loginViaForm(page, email, PASSWORD);
    await page.locator('h1').first().waitFor();
  }
  const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
  async function sweep(page: Page, width: number, name: string): Promise<void> {
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await screenshot(page, `${name}-${width}`);
  }

  for (const width of [1280, 375]) {
    it(`lets L&D make a programme with parts in order, publish it and plan a cohort (${width} px)`, async () => {
      const t = app.t;
      const org = await createOrganisation(t.dataSource);
      const ld = await actor(t, org.id, { roles: ['ld'] });
      const title = `Ketensturing ${width}`;
      const local = (days: number, hour: number) => {
        const d = new Date(Date.now() + days * 86_400_000);
        const pad = (n: number) => String(n).padStart(2, '0');
        return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`;
      };
      const { page, errors, context } = await newPage(app, width);
      await signIn(page, ld.email);
      await page.goto('/programmas');
      await page.getByRole('link', { name: 'Nieuw programma' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuw programma' }).waitFor();
      await page.getByLabel('Titel', { exact: true }).fill(title);
      await page.getByLabel('Waarom dit programma').fill('Ketenpartners leren samen sturen op een gedeelde opgave.');
      await page.getByLabel(/^Leerdoelen/).fill('Je kent de partners in je keten.');
      await page.getByLabel('Titel van het onderdeel').fill('Ketenconferentie');
      await page.getByLabel(/^Duur in uren/).fill('3,5');
      await page.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
      await page.getByLabel('Titel van het onderdeel').nth(1).fill('Intervisie');
      await page
        .getByLabel(/^Soort/)
        .nth(1)
        .selectOption('intervision');
      await page
        .getByLabel(/^Duur in uren/)
        .nth(1)
        .fill('2');
      await page.getByLabel(/^Vorm/).nth(1).selectOption('online');
      // Reordered by keyboard: Intervisie up, announced, then back down.
      await page.getByRole('button', { name: 'Intervisie omhoog' }).focus();
      await page.keyboard.press('Enter');
      await expectText(
        page.getByRole('status').filter({ hasText: 'Intervisie' }),
        /Intervisie staat nu op plaats 1 van 2/,
      );
      await page.getByRole('button', { name: 'Intervisie omlaag' }).click();
      await page.getByRole('button', { name: 'Programma opslaan als concept' }).click();
      await expectText(notice(page), /opgeslagen als concept/);
      await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
      await page.getByRole('button', { name: 'Publiceren' }).click();
      await expectText(notice(page), /Het programma is gepubliceerd/);

      await page.getByRole('button', { name: 'Nieuwe tranche plannen' }).click();
      await page.getByLabel('Naam van de tranche').fill('Tranche 1');
      await page.getByLabel('Aantal plaatsen', { exact: true }).fill('12');
      await page.getByLabel('Begint op').nth(0).fill(local(20, 9));
      await page.getByLabel('Eindigt op').nth(0).fill(local(20, 13));
      await page.getByLabel(/^Locatie/).fill('Provinciehuis');
      await page.getByLabel(/^Plaats/).fill('Zwolle');
      await page.getByLabel('Begint op').nth(1).fill(local(27, 14));
      await page.getByLabel('Eindigt op').nth(1).fill(local(27, 16));
      await page.getByLabel(/^Link om online deel te nemen/).fill('https://meet.example.nl/keten');
      await page.getByRole('button', { name: 'Tranche plannen' }).click();
      await expectText(notice(page), /Tranche Tranche 1 is gepland/);
      await page.getByRole('link', { name: 'Tranche 1' }).waitFor();
      await sweep(page, width, 'programma-beheer');

      // The public page shows the structure in the saved order and the new cohort.
      await page.getByRole('link', { name: 'Bekijk het programma zoals deelnemers het zien' }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      const structure = page.getByRole('region', { name: 'Opbouw' }).getByRole('listitem');
      await expectText(structure.nth(0), /Ketenconferentie.*3,5 uur · Klassikaal/s);
      await expectText(structure.nth(1), /Intervisie.*2 uur · Online/s);
      await expectText(page.getByRole('listitem', { name: 'Tranche 1' }), /12 plaatsen vrij/);
      expect(errors).toEqual([]);
      await context.close();
    });

    it(`shows a programme with its structure and cohorts, enrols past an overlap and lists every part in Mijn leren (${width} px)`, async () => {
      const t = app.t;
      const org = await createOrganisation(t.dataSource);
      const ld = await actor(t, org.id, { roles: ['ld'] });
      const learner: Actor = await actor(t, org.id, { name: `Lotte Leerling ${width}` });
      const title = `Werkatelier Vakmanschap ${width}`;
      const { programme, cohort } = await programmeWithCohort(t, ld, {
        programme: { title },
        cohort: { name: 'Tranche 1', capacity: 15 },
      });
      // Already booked on the morning of day 1: the cohort's first part overlaps it.
      const day1 = cohort.parts[0];
      const other = await bookableSession(
        t,
        org.id,
        { startsAt: new Date(Date.parse(day1.startsAt) + 3600_000), capacity: 5 },
        { title: `Zaakgericht werken ${width}` },
      );
      await t.http.post(`/api/sessions/${other.sessionId}/enrolments`).set(learner.auth).send({}).expect(201);

      const { page, errors, context } = await newPage(app, width);
      await signIn(page, learner.email);
      await menu(page).getByRole('link', { name: 'Programma’s' }).click();
      await page.getByRole('heading', { level: 1, name: 'Programma’s' }).waitFor();
      await page.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await settled(page);

      // The structure as a timeline: every part in order, with kind, duration and format.
      const structure = page.getByRole('region', { name: 'Opbouw' }).getByRole('listitem');
      expect(await structure.count()).toBe(programme.parts.length);
      await expectText(structure.nth(0), /Dag 1: Verkenning.*Plenaire bijeenkomst · 6 uur · Klassikaal/s);
      await expectText(structure.nth(1), /stakeholdersdiner.*gast aan tafel welkom/s);
      await expectText(structure.nth(2), /Keuzemodule/);
      await expectText(page.getByRole('region', { name: 'Leerdoelen' }), /eigen dossier/);
      const cohortItem = page.getByRole('listitem', { name: 'Tranche 1' });
      await expectText(cohortItem, /15 plaatsen vrij/);
      await cohortItem.getByText('Data en plaatsen per onderdeel').click();
      await expectText(cohortItem, /Dag 1: Verkenning.*Rijkskantoor De Knoop, Utrecht/s);
      await sweep(page, width, 'programma');

      // Enrolling warns about the overlap, names it, and enrols only when asked again.
      await cohortItem.getByRole('button', { name: 'Inschrijven' }).click();
      const warning = cohortItem.getByText('Let op: dit valt samen met andere inschrijvingen');
      await warning.waitFor();
      await expectText(cohortItem, new RegExp(`Dag 1: Verkenning .* valt samen met Zaakgericht werken ${width}`));
      expect((await focused(page)).tag).toBe('div');
      expect(await axeViolations(page)).toEqual([]);
      await cohortItem.getByRole('button', { name: 'Toch inschrijven' }).click();
      await expectText(notice(page), /Je bent ingeschreven voor Tranche 1/);
      await expectText(cohortItem, /Ingeschreven/);

      // Mijn leren: the programme with every part, its date and place and link.
      await menu(page).getByRole('link', { name: 'Mijn leren' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn leren' }).waitFor();
      const mine = page.getByRole('region', { name: 'Mijn programma’s' });
      await expectText(mine, new RegExp(`${title} — Tranche 1`));
      const parts = mine.getByRole('region', { name: 'Onderdelen' }).getByRole('listitem');
      expect(await parts.count()).toBe(cohort.parts.length);
      await expectText(parts.nth(0), /Dag 1: Verkenning.*Plenaire bijeenkomst.*Rijkskantoor De Knoop, Utrecht/s);
      expect(
        await parts
          .nth(3)
          .getByRole('link', { name: /Online deelnemen/ })
          .getAttribute('href'),
      ).toBe('https://meet.example.nl/werkatelier');
      await sweep(page, width, 'mijn-leren-programma');
      expect(errors).toEqual([]);
      await context.close();
    });

    it(`ranks modules by keyboard, the organiser allocates and groups, and the manager comments on the assignment (${width} px)`, async () => {
      const t = app.t;
      const org = await createOrganisation(t.dataSource);
      const ld = await actor(t, org.id, { roles: ['ld'], name: `Olga Organisator ${width}` });
      const learner = await actor(t, org.id, { name: `Lotte Leerling ${width}` });
      const manager = await actor(t, org.id, { name: `Mira Manager ${width}` });
      await t.http
        .put(`/api/ld/manager-links/${learner.id}`)
        .set(ld.auth)
        .send({ managerEmail: manager.email })
        .expect(200);
      const others = await Promise.all(
        ['Ahmed', 'Bente', 'Chris', 'Dewi'].map(async (name) =>
          actor(t, (await createOrganisation(t.dataSource)).id, { name: `${name} ${width}` }),
        ),
      );
      const title = `Werkatelier met keuze ${width}`;
      const { cohort } = await programmeWithCohort(t, ld, { programme: { title }, cohort: { name: 'Tranche 3' } });
      const elective = cohort.parts.find((p) => p.kind === 'elective')!;
      const modules: Record<string, string> = {};
      for (const name of ['Module A', 'Module B', 'Module C'])
        modules[name] = (
          (
            await t.http
              .post(`/api/cohorts/${cohort.id}/parts/${elective.id}/modules`)
              .set(ld.auth)
              .send({ title: name, description: '', cap: 2 })
              .expect(201)
          ).body as { id: string }
        ).id;
      await enrolInCohort(t, learner, cohort.id);
      const rankings = [
        ['Module B', 'Module A', 'Module C'],
        ['Module B', 'Module C', 'Module A'],
        ['Module C', 'Module B', 'Module A'],
        ['Module C', 'Module A', 'Module B'],
      ];
      for (const [i, other] of others.entries()) {
        await enrolInCohort(t, other, cohort.id);
        await t.http
          .put(`/api/cohorts/${cohort.id}/parts/${elective.id}/choices`)
          .set(other.auth)
          .send({ moduleIds: rankings[i].map((m) => modules[m]) })
          .expect(200);
      }

      // The learner ranks three modules: chosen in one order, then Module A moved up by keyboard.
      const { page, errors, context } = await newPage(app, width);
      await signIn(page, learner.email);
      await page.goto('/mijn-leren');
      const choice = page.getByRole('region', { name: `Keuze voor ${elective.title}` });
      await choice.getByText('Kies minstens 3 modules').waitFor();
      for (const name of ['Module B', 'Module A', 'Module C'])
        await choice.getByRole('button', { name: `${name} kiezen` }).click();
      const ranked = choice.getByRole('list', { name: 'Jouw keuzes, op volgorde' }).getByRole('listitem');
      expect(await ranked.count()).toBe(3);
      await choice.getByRole('button', { name: 'Module A omhoog' }).focus();
      await page.keyboard.press('Enter');
      await expectText(choice.getByRole('status'), /Module A staat nu op plaats 1 van 3/);
      await expectText(ranked.nth(0), /Module A/);
      expect((await focused(page)).name).toBe('Module A omlaag');
      await sweep(page, width, 'mijn-leren-keuze');
      await choice.getByRole('button', { name: 'Keuzes bewaren' }).click();
      await expectText(notice(page), /Je keuzes zijn bewaard/);
      await context.close();

      // The organiser runs and publishes the allocation, then makes intervision groups.
      const staff = await newPage(app, width);
      await signIn(staff.page, ld.email);
      await staff.page.goto(`/cohorten/${cohort.id}/beheer`);
      await staff.page.getByRole('heading', { level: 1, name: `${title} — Tranche 3` }).waitFor();
      await expectText(staff.page.getByRole('region', { name: 'Inschrijvingen' }), /Lotte Leerling/);
      await staff.page.getByRole('button', { name: 'Indeling maken' }).click();
      await expectText(staff.page.getByTestId('first-choices'), /5 eerste keuzes/);
      await expectText(staff.page.getByTestId('unassigned'), /0 zonder plaats/);
      await staff.page.getByRole('button', { name: 'Indeling publiceren' }).click();
      await expectText(notice(staff.page), /De indeling is gepubliceerd/);
      await staff.page.getByRole('button', { name: 'Groepen maken' }).click();
      await expectText(notice(staff.page), /De groepen zijn gemaakt/);
      await staff.page.getByTestId('group').first().waitFor();
      await sweep(staff.page, width, 'tranche-beheer');
      expect(staff.errors).toEqual([]);
      await staff.context.close();

      // The learner sees the module and the group, writes the assignment and invites the manager.
      const again = await newPage(app, width);
      await signIn(again.page, learner.email);
      await again.page.goto('/mijn-leren');
      await expectText(again.page.getByTestId('my-module'), /Je volgt de module Module A \(je keuze 1\)/);
      await expectText(again.page.getByTestId('my-group'), new RegExp(`Ahmed ${width}`));
      await again.page
        .getByLabel('Wat wil je veranderen in je eigen werk?')
        .fill('Elk voorstel toetsen met de uitvoering.');
      await again.page
        .getByLabel('Hoe merk je dat het veranderd is?')
        .fill('Twee voorstellen met een uitvoeringstoets.');
      await again.page.getByRole('button', { name: 'Opdracht bewaren' }).click();
      await expectText(notice(again.page), /Je leerwerkopdracht is bewaard/);
      await again.page.getByRole('button', { name: `Nodig Mira Manager ${width} uit om mee te lezen` }).click();
      await expectText(notice(again.page), /Je leidinggevende is uitgenodigd/);
      // Gast aan tafel: a guest for the stakeholder dinner, by name, organisation and e-mail only.
      await again.page.getByLabel('Naam van je gast').fill('Fatima el Amrani');
      await again.page.getByLabel('Organisatie van je gast').fill('Woningcorporatie De Linge');
      await again.page.getByLabel('E-mailadres van je gast').fill(`f.elamrani.${width}@delinge.example`);
      await again.page.getByRole('button', { name: 'Gast uitnodigen' }).click();
      await expectText(notice(again.page), /Je gast is uitgenodigd/);
      await expectText(
        again.page.getByRole('region', { name: /Gast aan tafel/ }),
        /Fatima el Amrani \(Woningcorporatie De Linge\)/,
      );
      await sweep(again.page, width, 'mijn-leren-opdracht');

      // The manager reads it under Leeropdrachten and comments.
      const boss = await newPage(app, width);
      await signIn(boss.page, manager.email);
      await menu(boss.page).getByRole('link', { name: 'Leeropdrachten' }).click();
      await boss.page.getByRole('heading', { level: 1, name: 'Leeropdrachten van mijn mensen' }).waitFor();
      await boss.page.getByRole('link', { name: `Lotte Leerling ${width}` }).click();
      await boss.page
        .getByRole('heading', { level: 1, name: `Leerwerkopdracht van Lotte Leerling ${width}` })
        .waitFor();
      await expectText(boss.page.locator('main'), /Elk voorstel toetsen met de uitvoering/);
      await boss.page.getByRole('textbox', { name: 'Reactie' }).fill('Mooi doel. Zullen we na bijeenkomst 2 bellen?');
      await boss.page.getByRole('button', { name: 'Reactie plaatsen' }).click();
      await expectText(notice(boss.page), /Je reactie is geplaatst/);
      await sweep(boss.page, width, 'leeropdracht-leidinggevende');
      expect(boss.errors).toEqual([]);
      await boss.context.close();

      // The learner reads the comment in Mijn leren.
      await again.page.reload();
      await expectText(again.page.getByTestId('assignment-comments'), /Mira Manager .* \(leidinggevende\).*Mooi doel/s);
      expect([...errors, ...again.errors]).toEqual([]);
      await again.context.close();
    });

    it(`puts the next learner of a full cohort on the waitlist and shows the place (${width} px)`, async () => {
      const t = app.t;
      const org = await createOrganisation(t.dataSource);
      const ld = await actor(t, org.id, { roles: ['ld'] });
      const first = await actor(t, org.id);
      const learner = await actor(t, org.id, { name: `Willem Wachtend ${width}` });
      const title = `Samen in Beleid ${width}`;
      const { cohort } = await programmeWithCohort(t, ld, {
        programme: { title },
        cohort: { name: 'Tranche 2', capacity: 1 },
      });
      await enrolInCohort(t, first, cohort.id);

      const { page, errors, context } = await newPage(app, width);
      await signIn(page, learner.email);
      await page.goto(`/programmas/${cohort.programmeId}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      const cohortItem = page.getByRole('listitem', { name: 'Tranche 2' });
      await expectText(cohortItem, /Vol — je kunt op de wachtlijst/);
      await cohortItem.getByRole('button', { name: 'Op de wachtlijst' }).click();
      await expectText(notice(page), /wachtlijst op plaats 1/);
      await expectText(cohortItem, /Op de wachtlijst Plaats 1 op de wachtlijst/);
      await sweep(page, width, 'programma-wachtlijst');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
