import { readFileSync } from 'node:fs';
import {
  axeViolations,
  expectText,
  startBrowserApp,
  newPage,
  loginViaForm,
  notice,
  settled,
  DEMO,
  type BrowserApp,
} from './support/browser.js';
import { newLearner } from './support/fixtures.js';
import { PASSWORD, actor, createOrganisation, publishedCourse } from '../support/factories.js';

describe('Teacher and L&D journeys in the web app (Chromium)', () => {
  let app: BrowserApp;
  beforeAll(async () => {
    app = await startBrowserApp();
  });
  // Undefined when beforeAll failed; the failure is reported there.
  afterAll(() => (app as BrowserApp | undefined)?.close());

  it('teacher: creates a profile, a course and a session, publishes, sees the participant and marks attendance', async () => {
    const org = await createOrganisation(app.t.dataSource, { name: 'Gemeente Lesdorp' });
    const teacher = await actor(app.t, org.id, { name: 'Tessa Docent' });
    const { page, errors, context } = await newPage(app);
    await loginViaForm(page, teacher.email, PASSWORD);

    await page.getByRole('link', { name: 'Lesgeven' }).click();
    await page.getByRole('link', { name: 'Docentprofiel maken' }).click();
    await page.getByLabel('Functie').fill('Adviseur archiefbeheer');
    await page.getByLabel('Over mij').fill('Ik help teams hun archief op orde te krijgen volgens de Archiefwet.');
    await page.getByLabel(/^Expertise/).fill('Archiefwet, informatiebeheer');
    await page.getByLabel('Klassikaal').check();
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await expectText(notice(page), /docentprofiel is opgeslagen/);
    await expectText(
      page.locator('section', { has: page.getByRole('heading', { name: 'Mijn docentprofiel' }) }),
      /Archiefwet, informatiebeheer/,
    );

    await page.getByRole('link', { name: 'Nieuwe cursus' }).click();
    // An empty form shows the API's field errors next to the fields, in Dutch.
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    // An empty title is required, not "too short": one message, the right one.
    await expectText(page.locator('.c-field', { has: page.getByLabel('Titel') }), /Vul dit veld in\./);
    expect(await page.locator('.c-field', { has: page.getByLabel('Titel') }).innerText()).not.toMatch(/te kort/);
    await page.getByLabel('Titel').fill('Archiveren in de praktijk');
    await page.getByLabel('Korte samenvatting').fill('Wat moet je bewaren, hoe lang, en waar?');
    await page.getByLabel(/^Leerdoelen/).fill('Je kent de bewaartermijnen.\nJe weet wat je wanneer vernietigt.');
    await page.getByLabel(/^Onderwerpen/).fill('archief, informatiebeheer');
    await page.getByLabel('Duur in uren').fill('3');
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cursus: Archiveren in de praktijk' }).waitFor();
    const courseId = page.url().split('/').pop()!;

    const start = amsterdamInput(10, 10);
    await page.getByLabel('Begint op').fill(start);
    await page.getByLabel('Eindigt op').fill(amsterdamInput(10, 13));
    await page.getByLabel(/^Locatie/).fill('Stadhuis, zaal 3');
    await page.getByLabel(/^Plaats/).fill('Zwolle');
    await page.getByLabel(/^Provincie/).selectOption('Overijssel');
    await page.getByLabel('Aantal plaatsen').fill('8');
    await page.getByRole('button', { name: 'Sessie toevoegen' }).click();
    await expectText(notice(page), /sessie is toegevoegd/);
    await expectText(
      page.locator('section', { has: page.getByRole('heading', { name: 'Sessies' }) }),
      /8 van 8 plaatsen vrij/,
    );
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await expectText(notice(page), /gepubliceerd/);
    await page.getByRole('link', { name: 'Bekijk in de catalogus' }).waitFor();

    const [session] = await app.t.dataSource.query(`SELECT id, starts_at FROM course_sessions WHERE course_id = $1`, [
      courseId,
    ]);
    // The session starts at 10:00 Amsterdam time, as typed.
    expect(
      new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(
        session.starts_at,
      ),
    ).toBe('10:00');
    const learner = await newLearner(app.t, 'Lotte Leerling');
    await app.t.http.post(`/api/sessions/${session.id}/enrolments`).set(learner.auth).send({}).expect(201);
    // Attendance opens when the session starts: move it to now, as if the day has come.
    await app.t.dataSource.query(
      `UPDATE course_sessions SET starts_at = now() - interval '1 hour', ends_at = now() + interval '2 hours', enrolment_deadline = now() - interval '1 hour', cancellation_deadline = now() - interval '2 days' WHERE id = $1`,
      [session.id],
    );

    await page.getByRole('link', { name: 'Deelnemers en aanwezigheid' }).click();
    const row = page.getByRole('row', { name: /Lotte Leerling/ });
    await expectText(row, /Ingeschreven/);
    await row.getByRole('button', { name: 'Lotte Leerling aanwezig' }).click();
    await expectText(notice(page), /Lotte Leerling is aanwezig gemeld/);
    await expectText(page.getByRole('row', { name: /Lotte Leerling/ }), /Aanwezig geweest/);
    const [e] = await app.t.dataSource.query(`SELECT status FROM enrolments WHERE session_id = $1 AND user_id = $2`, [
      session.id,
      learner.id,
    ]);
    expect(e.status).toBe('attended');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('teacher: attendance only inside its window, everyone present then exceptions, CSV and a sign-in sheet, usable at 375 px', async () => {
    const org = await createOrganisation(app.t.dataSource, { name: 'Gemeente Presentie' });
    const teacher = await actor(app.t, org.id, { name: 'Pieter Presentie' });
    const { courseId, sessionId } = await publishedCourse(app.t, teacher, { title: 'Presentie bijhouden' });
    const names = ['Anouk Aanwezig', 'Bas Bijna', '=HYPERLINK("http://kwaad.example")'];
    for (const name of names) {
      const learner = await newLearner(app.t, name);
      await app.t.http.post(`/api/sessions/${sessionId}/enrolments`).set(learner.auth).send({}).expect(201);
    }
    const url = `/lesgeven/cursussen/${courseId}/sessies/${sessionId}`;
    const { page, errors, context } = await newPage(app);
    await loginViaForm(page, teacher.email, PASSWORD);
    await page.goto(url);
    await settled(page);
    // Two weeks ahead: the buttons are off, and the page says from when they work.
    await expectText(
      page.locator('#attendance-help'),
      /vanaf 15 minuten voor het begin tot 14 dagen na het einde van de sessie\. Dat kan vanaf/,
    );
    expect(await page.getByRole('button', { name: 'Anouk Aanwezig aanwezig' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Iedereen aanwezig' }).isDisabled()).toBe(true);

    // The participant list as CSV: one line per person, a formula-looking name defused with a quote.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Deelnemerslijst downloaden (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^deelnemers-presentie-bijhouden-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Naam;E-mailadres;Organisatie;Status;Wachtlijstpositie');
    expect(lines).toHaveLength(4);
    expect(lines.some((l) => l.startsWith('"\'=HYPERLINK(""http://kwaad.example"")";'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Anouk Aanwezig;') && l.includes(';Ingeschreven;'))).toBe(true);

    // The day has come: the session started an hour ago.
    await app.t.dataSource.query(
      `UPDATE course_sessions SET starts_at = now() - interval '1 hour', ends_at = now() + interval '2 hours', enrolment_deadline = now() - interval '1 hour', cancellation_deadline = now() - interval '2 days' WHERE id = $1`,
      [sessionId],
    );
    await page.reload();
    await settled(page);
    await page.getByRole('button', { name: 'Iedereen aanwezig' }).click();
    await expectText(notice(page), /3 deelnemers aanwezig gemeld/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Bas Bijna afwezig' }).click();
    await expectText(page.getByRole('row', { name: /Bas Bijna/ }), /Niet verschenen/);
    const statuses = await app.t.dataSource.query(
      `SELECT u.name, e.status::text AS status FROM enrolments e JOIN users u ON u.id = e.user_id WHERE e.session_id = $1 ORDER BY u.name`,
      [sessionId],
    );
    expect(statuses.map((r: { status: string }) => r.status).sort()).toEqual(['attended', 'attended', 'no_show']);
    expect(await page.getByRole('button', { name: 'Iedereen aanwezig' }).count()).toBe(0);

    // The print view: only the sign-in sheet, with a signature column, no menu.
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.c-signin');
    await sheet.waitFor({ state: 'visible' });
    await expectText(sheet, /Naam[\s\S]*Organisatie[\s\S]*Handtekening[\s\S]*Anouk Aanwezig/);
    expect(await page.locator('.c-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Presentielijst afdrukken' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await sheet.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();

    // At 375 px the attendance buttons are on the screen and the page does not scroll sideways.
    const phone = await newPage(app, 375);
    await loginViaForm(phone.page, teacher.email, PASSWORD);
    await phone.page.goto(url);
    await settled(phone.page);
    for (const name of ['Anouk Aanwezig afwezig', 'Bas Bijna aanwezig']) {
      const box = (await phone.page.getByRole('button', { name }).boundingBox())!;
      expect({ name, right: box.x + box.width <= 375, left: box.x >= 0 }).toEqual({ name, right: true, left: true });
    }
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // Each participant's lines stack without overlapping (name and e-mail, organisation, status, buttons).
    const cells = await phone.page
      .getByRole('row', { name: /Anouk Aanwezig/ })
      .getByRole('cell')
      .all();
    const overflowing = await Promise.all(cells.map((c) => c.evaluate((el) => el.scrollHeight > el.clientHeight + 1)));
    expect(overflowing).toEqual(cells.map(() => false));
    await phone.page.getByRole('button', { name: 'Anouk Aanwezig afwezig' }).click();
    await expectText(phone.page.getByRole('row', { name: /Anouk Aanwezig/ }), /Niet verschenen/);
    expect(phone.errors).toEqual([]);
    await phone.context.close();
  });

  it('teacher: changes a session (place, time, capacity) and adds and removes a co-teacher, at 1280 and 375 px', async () => {
    const org = await createOrganisation(app.t.dataSource, { name: 'Gemeente Sessiestad' });
    const teacher = await actor(app.t, org.id, { name: 'Sem Sessie' });
    const { courseId, sessionId } = await publishedCourse(app.t, teacher, { title: 'Sessies verzetten' });
    const otherOrg = await createOrganisation(app.t.dataSource, { name: 'Provincie Collegaland' });
    const colleague = await actor(app.t, otherOrg.id, { name: 'Carla Collegadocent' });
    await app.t.http
      .put('/api/me/teacher-profile')
      .set(colleague.auth)
      .send({
        jobTitle: 'Jurist',
        bio: 'Ik geef graag les over de Omgevingswet aan collega’s.',
        expertise: ['Omgevingswet'],
        formats: ['klassikaal'],
        regions: ['Utrecht'],
        languages: ['nl'],
        inCompany: false,
      })
      .expect(201);

    const { page, errors, context } = await newPage(app);
    await loginViaForm(page, teacher.email, PASSWORD);
    await page.goto(`/lesgeven/cursussen/${courseId}`);
    await settled(page);
    await page.getByRole('button', { name: 'Sessie wijzigen' }).click();
    const form = page.locator('form', { has: page.getByRole('heading', { name: /^Sessie wijzigen:/ }) });
    expect(await form.getByLabel(/^Locatie/).inputValue()).toBe('Stadskantoor, zaal 2.14');
    await form.getByLabel(/^Locatie/).fill('Stadhuis, raadzaal');
    // An hour longer: the same day, ending at 14:00 Amsterdam time.
    await form
      .getByLabel('Eindigt op')
      .fill((await form.getByLabel('Eindigt op').inputValue()).replace(/T\d\d:/, 'T14:'));
    await form.getByLabel('Aantal plaatsen').fill('20');
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Sessie opslaan' }).click();
    await expectText(notice(page), /De sessie is gewijzigd/);
    await expectText(
      page.locator('section', { has: page.getByRole('heading', { name: 'Sessies' }) }),
      /Stadhuis, raadzaal[\s\S]*20 van 20 plaatsen vrij/,
    );
    const [s] = await app.t.dataSource.query(
      `SELECT venue_name, capacity, city, ends_at FROM course_sessions WHERE id = $1`,
      [sessionId],
    );
    expect(s).toMatchObject({ venue_name: 'Stadhuis, raadzaal', capacity: 20, city: 'Zwolle' });
    expect(
      new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(
        s.ends_at,
      ),
    ).toBe('14:00');

    const teachers = page.locator('section', { has: page.getByRole('heading', { name: 'Docenten', exact: true }) });
    await teachers.getByLabel('Collega-docent zoeken op naam').fill('Carla');
    await teachers.getByRole('button', { name: 'Zoeken' }).click();
    await teachers.getByRole('button', { name: 'Carla Collegadocent toevoegen als docent' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await teachers.getByRole('button', { name: 'Carla Collegadocent toevoegen als docent' }).click();
    await expectText(notice(page), /Carla Collegadocent geeft deze cursus nu ook/);
    await expectText(teachers, /Sem Sessie \(hoofddocent\)[\s\S]*Carla Collegadocent/);
    const count = async () =>
      (
        await app.t.dataSource.query(`SELECT count(*)::int AS n FROM course_teachers WHERE course_id = $1`, [courseId])
      )[0].n;
    expect(await count()).toBe(2);
    await teachers.getByRole('button', { name: 'Carla Collegadocent verwijderen als docent' }).click();
    await expectText(notice(page), /Carla Collegadocent is geen docent meer/);
    expect(await count()).toBe(1);
    expect(await teachers.getByRole('button', { name: /verwijderen als docent/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();

    const phone = await newPage(app, 375);
    await loginViaForm(phone.page, teacher.email, PASSWORD);
    await phone.page.goto(`/lesgeven/cursussen/${courseId}`);
    await settled(phone.page);
    await phone.page.getByRole('button', { name: 'Sessie wijzigen' }).click();
    const save = (await phone.page.getByRole('button', { name: 'Sessie opslaan' }).boundingBox())!;
    expect(save.x + save.width).toBeLessThanOrEqual(375);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(phone.errors).toEqual([]);
    await phone.context.close();
  });

  it('L&D: asks a question, sees trainers and why, turns it into an in-company request and invites a trainer', async () => {
    const { page, errors, context } = await newPage(app);
    await loginViaForm(page, DEMO.ld);
    await page.getByRole('link', { name: 'Kennisvraag' }).click();
    await page
      .getByLabel(/^Je vraag/)
      .fill('Wie kan ons team uitleggen hoe actieve openbaarmaking onder de Woo werkt?');
    await page.getByRole('button', { name: 'Vraag stellen' }).click();
    const answer = page.locator('section', { has: page.getByRole('heading', { name: 'Antwoord' }) });
    await expectText(answer, /collega’s passen goed bij je vraag/);
    const first = answer.locator('.c-trainers > li').first();
    await expectText(first, /Waarom deze collega:[\s\S]*(Expertise|Geeft|“)/);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Maak hier een incompany-verzoek van' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw incompany-verzoek' }).waitFor();
    expect(await page.getByLabel(/^Onderwerp/).inputValue()).toContain('actieve openbaarmaking');
    await page.getByLabel('Aantal deelnemers').fill('14');
    await page.getByLabel(/^Voorkeursperiode/).fill('maart 2027');
    await page.getByRole('button', { name: 'Verzoek aanmaken' }).click();
    await expectText(notice(page), /verzoek is aangemaakt/);
    await page.getByRole('heading', { name: 'Voorgestelde docenten' }).waitFor();
    const suggestion = page.locator('.c-trainers > li').first();
    const trainerName = (await suggestion.locator('h3').innerText()).trim();
    await suggestion.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Uitnodigen (1)' }).click();
    await expectText(notice(page), /1 docent uitgenodigd/);
    const invited = page.locator('section', { has: page.getByRole('heading', { name: 'Uitgenodigde docenten' }) });
    await expectText(invited, new RegExp(`${trainerName}[\\s\\S]*Uitgenodigd`));
    await expectText(page.locator('main'), /Docenten uitgenodigd/);

    await page.getByRole('link', { name: 'Incompany' }).click();
    const column = page.locator('section', { has: page.getByRole('heading', { name: /^Docenten uitgenodigd/ }) });
    await expectText(column, /actieve openbaarmaking/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** A datetime-local value N days from now at an Amsterdam wall-clock hour. */
function amsterdamInput(daysAhead: number, hour: number): string {
  const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(Date.now() + daysAhead * 86_400_000),
  );
  return `${day}T${String(hour).padStart(2, '0')}:00`;
}
