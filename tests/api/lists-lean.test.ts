import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { createMaterial } from '../harness/training-fixtures';
import { statementsOf } from '../harness/statements';

const PROJECT = 'api::project.project';
const REPORT = 'api::progress-report.progress-report';
const AGENCY = 'api::agency.agency';
const VOLUNTEER = 'api::volunteer.volunteer';
const ACTIVITY = 'api::volunteer-activity.volunteer-activity';
const PARTICIPATION = 'api::participation.participation';
const PROVINCE = 'api::province.province';
const DAY = 86_400_000;

/**
 * The lean read paths of the lists people use all day besides the complaint list
 * (src/lib/platform/lean-list.ts): each answers exactly what Strapi's find answers for the same query —
 * the same rows, fields, relations and pagination, within the caller's row scope — in a fixed number of
 * SQL statements whatever the page size. A filter the lean path does not take (`filters[id][$gt]=0`,
 * which every row passes) sends the same request through Strapi's find, which is the reference.
 */
describe('lists: lean read paths', () => {
  let app: TestApp;
  const get = (auth: string, url: string) => app.http().get(url).set('Authorization', auth).expect(200);
  /** the same list through Strapi's find */
  const reference = (url: string) => `${url}${url.includes('?') ? '&' : '?'}filters[id][$gt]=0`;
  const byId = (rows: Array<{ id: number }>) => [...rows].sort((a, b) => a.id - b.id);
  /** the body of `url` by both paths, which must agree */
  const same = async (auth: string, url: string) => {
    const lean = (await get(auth, url)).body;
    const core = (await get(auth, reference(url))).body;
    expect(lean.meta).toEqual(core.meta);
    expect(byId(lean.data)).toEqual(byId(core.data));
    return lean;
  };

  /** the statements of one read of the page (fewest of three, see statementsOf), cut for the failure message */
  const statements = async (auth: string, url: string) =>
    (await statementsOf(app, () => get(auth, url), 3)).map((sql) => sql.slice(0, 200));
  /** with SHOW_SQL set, the statements of the same page by Strapi's find, for docs/performance.md */
  const show = async (auth: string, url: string, sql: string[]) => {
    if (process.env.SHOW_SQL) console.log(`${url}\n  lean ${sql.length}, Strapi's find ${(await statements(auth, reference(url))).length}`);
  };
  const atMost = (sql: string[], ceiling: number) => {
    if (sql.length > ceiling) throw new Error(`${sql.length} statements (ceiling ${ceiling}):\n${sql.join('\n')}`);
  };
  /** the page's ids came from the lean path's own statement (table alias `r`), not Strapi's find */
  const lean = (sql: string[]) => expect(sql.some((q) => /^select [`"]r[`"]\.[`"]id[`"]/.test(q))).toBe(true);

  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.close();
  });

  describe('agency progress reports', () => {
    let own: TestUser;
    let reviewer: TestUser;
    const mine: any[] = [];
    const theirs: any[] = [];
    let agencies: any[];
    beforeAll(async () => {
      agencies = await app.strapi.db.query(AGENCY).findMany({ orderBy: { id: 'asc' }, limit: 2 });
      own = await createUser(app.strapi, 'agency-officer');
      reviewer = await createUser(app.strapi, 'complaint-officer');
      await app.strapi.db.query(AGENCY).update({ where: { id: agencies[0].id }, data: { reportingOfficers: [own.id] } });
      let seq = 0;
      const project = (agency: any) =>
        app.strapi.documents(PROJECT as any).create({
          data: {
            code: `LL-${++seq}`,
            name: `โครงการ ${seq}`,
            nameEn: `Project ${seq}`,
            agency: agency.documentId,
            officerName: 'เจ้าหน้าที่',
            officerEmail: `lean${seq}@example.test`,
            fiscalYear: 2570,
            state: 'active',
            reportingFrequency: 'quarterly',
            dueDaysAfterPeriodEnd: 15,
          } as any,
        });
      const projects = [await project(agencies[0]), await project(agencies[0]), await project(agencies[1])];
      const states = ['pending', 'submitted', 'returned', 'pending', 'accepted'];
      for (let i = 0; i < 10; i++) {
        const p = projects[i % 3];
        const r = await app.strapi.documents(REPORT as any).create({
          data: {
            project: p.documentId,
            slotKey: `${p.documentId}:lean-${i}`,
            periodLabel: `Q${(i % 4) + 1}`,
            periodStart: '2026-10-01',
            periodEnd: '2026-12-31',
            // two reports share each due date: the tie is broken by id on both paths
            dueAt: new Date(Date.UTC(2027, 0, 15 + Math.floor(i / 2))),
            state: states[i % 5],
          } as any,
        });
        (i % 3 === 2 ? theirs : mine).push(r);
      }
    });

    const urls = [
      '/api/progress-reports',
      // the agency officer's page (public/staff/js/reports.js)
      '/api/progress-reports?populate[project][fields][0]=code&populate[project][fields][1]=name&populate[project][fields][2]=nameEn&sort[0]=dueAt:asc&pagination[pageSize]=100',
      '/api/progress-reports?sort=dueAt:desc&pagination[page]=2&pagination[pageSize]=3',
      '/api/progress-reports?filters[state][$eq]=pending&sort=dueAt:asc',
      '/api/progress-reports?filters[state][$in][0]=submitted&filters[state][$in][1]=returned&populate[project][fields][0]=code',
      '/api/progress-reports?pagination[start]=1&pagination[limit]=2&sort=id:desc',
    ];

    it.each(urls)('an agency officer and a reviewer get what Strapi find answers: %s', async (url) => {
      await same(own.auth, url);
      await same(reviewer.auth, url);
    });

    it("the agency officer's list holds only their agency's reports, in due order, with the project", async () => {
      const body = await same(own.auth, urls[1]);
      const ids = body.data.map((r: any) => r.documentId);
      for (const r of mine) expect(ids).toContain(r.documentId);
      for (const r of theirs) expect(ids).not.toContain(r.documentId);
      const due = body.data.map((r: any) => r.dueAt);
      expect(due).toEqual([...due].sort());
      expect(body.data[0].project).toEqual({
        id: expect.any(Number),
        documentId: expect.any(String),
        code: expect.any(String),
        name: expect.any(String),
        nameEn: expect.any(String),
      });
      expect(body.data[0]).not.toHaveProperty('slotKey');
    });

    it('reading the page costs a fixed number of statements, whatever the page size', async () => {
      const page = (size: number) =>
        `/api/progress-reports?populate[project][fields][0]=code&sort[0]=dueAt:asc&pagination[pageSize]=${size}`;
      await statements(own.auth, page(1));
      const one = await statements(own.auth, page(1));
      const all = await statements(own.auth, page(100));
      expect(all.length).toBe(one.length);
      // the sign-in check, the officer's agencies, page ids, count, rows, projects
      await show(own.auth, page(100), all);
      atMost(all, 10);
      lean(all);
    });

    it("a project moved to the officer's agency brings its reports into the total at once", async () => {
      const total = async () => (await get(own.auth, '/api/progress-reports?pagination[pageSize]=1')).body.meta.pagination.total;
      const before = await total(); // now cached for 30 s
      const report = await app.strapi.db.query(REPORT).findOne({ where: { documentId: theirs[0].documentId }, populate: ['project'] });
      const project = (report as any).project;
      const moved = theirs.length; // every report of another agency belongs to this one project
      try {
        await app.strapi
          .documents(PROJECT as any)
          .update({ documentId: project.documentId, data: { agency: agencies[0].documentId } as any });
        expect(await total()).toBe(before + moved);
      } finally {
        await app.strapi
          .documents(PROJECT as any)
          .update({ documentId: project.documentId, data: { agency: agencies[1].documentId } as any });
      }
      expect(await total()).toBe(before);
    });
  });

  describe('volunteer activities', () => {
    let coordinator: TestUser;
    let volunteerUser: TestUser;
    let strangerUser: TestUser;
    const open: any[] = [];
    let pastMine: any;
    let pastOther: any;
    let cancelled: any;
    beforeAll(async () => {
      coordinator = await createUser(app.strapi, 'volunteer-coordinator');
      volunteerUser = await createUser(app.strapi, 'volunteer');
      strangerUser = await createUser(app.strapi, 'volunteer');
      const me = await app.strapi.documents(VOLUNTEER as any).create({ data: { fullName: 'อาสา ลีน', user: volunteerUser.id } as any });
      await app.strapi.documents(VOLUNTEER as any).create({ data: { fullName: 'อาสา อื่น', user: strangerUser.id } as any });
      const provinces = await app.strapi.db.query(PROVINCE).findMany({ orderBy: { id: 'asc' }, limit: 2 });
      let seq = 0;
      const activity = (startIn: number, state = 'open') => {
        const startAt = new Date(Date.now() + startIn);
        return app.strapi.documents(ACTIVITY as any).create({
          data: {
            title: `กิจกรรม ${++seq}`,
            startAt,
            endAt: new Date(startAt.getTime() + 4 * 3_600_000),
            capacity: 10,
            state,
            province: provinces[seq % 2].documentId,
          } as any,
        });
      };
      // two open activities share each start time: the tie is broken by id on both paths
      for (let i = 0; i < 6; i++) open.push(await activity((2 + Math.floor(i / 2)) * DAY));
      pastMine = await activity(-3 * DAY);
      pastOther = await activity(-4 * DAY);
      cancelled = await activity(5 * DAY, 'cancelled');
      await app.strapi.documents(PARTICIPATION as any).create({
        data: {
          volunteer: me.documentId,
          activity: pastMine.documentId,
          state: 'attended',
          hours: 4,
          signedUpAt: new Date(Date.now() - 5 * DAY),
        } as any,
      });
    });

    /** the volunteers' page (public/staff/js/activities.js), from an instant `from` */
    const page = (from: Date) =>
      `/api/volunteer-activities?filters[state][$eq]=open&filters[startAt][$gt]=${from.toISOString()}&populate[province][fields][0]=code&populate[province][fields][1]=nameTh&populate[province][fields][2]=nameEn&sort[0]=startAt:asc&pagination[pageSize]=100`;
    const urls = () => [
      '/api/volunteer-activities',
      page(new Date()),
      page(new Date(Date.now() + 3 * DAY)),
      '/api/volunteer-activities?sort=startAt:desc&pagination[page]=2&pagination[pageSize]=2',
      '/api/volunteer-activities?filters[state][$in][0]=open&filters[state][$in][1]=cancelled&sort=id:desc',
      '/api/volunteer-activities?pagination[start]=1&pagination[limit]=3&sort=startAt:asc',
    ];

    it('a coordinator, a volunteer and another volunteer get what Strapi find answers, counts included', async () => {
      for (const url of urls()) {
        await same(coordinator.auth, url);
        await same(volunteerUser.auth, url);
        await same(strangerUser.auth, url);
      }
    });

    it("a volunteer sees open upcoming activities and their own past one, never another's past or a cancelled one", async () => {
      const ids = (await same(volunteerUser.auth, '/api/volunteer-activities?sort=startAt:asc')).data.map((a: any) => a.documentId);
      for (const a of [...open, pastMine]) expect(ids).toContain(a.documentId);
      expect(ids).not.toContain(pastOther.documentId);
      expect(ids).not.toContain(cancelled.documentId);
      const theirs = (await same(strangerUser.auth, '/api/volunteer-activities')).data.map((a: any) => a.documentId);
      expect(theirs).not.toContain(pastMine.documentId);
      const all = (await same(coordinator.auth, '/api/volunteer-activities')).data.map((a: any) => a.documentId);
      for (const a of [pastMine, pastOther, cancelled]) expect(all).toContain(a.documentId);
      const body = await same(volunteerUser.auth, page(new Date()));
      expect(body.data.map((a: any) => a.startAt)).toEqual(body.data.map((a: any) => a.startAt).sort());
      expect(body.data[0].province).toEqual({
        id: expect.any(Number),
        documentId: expect.any(String),
        code: expect.any(String),
        nameTh: expect.any(String),
        nameEn: expect.any(String),
      });
      expect(body.data[0]).toMatchObject({ registered: expect.any(Number), placesLeft: expect.any(Number) });
    });

    it('reading the page costs a fixed number of statements, whatever the page size', async () => {
      const sized = (size: number) => page(new Date()).replace('pageSize]=100', `pageSize]=${size}`);
      await statements(volunteerUser.auth, sized(1));
      const one = await statements(volunteerUser.auth, sized(1));
      const all = await statements(volunteerUser.auth, sized(100));
      expect(all.length).toBe(one.length);
      // the sign-in check, the volunteer's record, page ids, count, rows, provinces, places taken, own participations
      await show(volunteerUser.auth, sized(100), all);
      atMost(all, 12);
      lean(all);
    });
  });

  describe('the training list', () => {
    let staff: TestUser;
    beforeAll(async () => {
      staff = await createUser(app.strapi, 'authenticated');
      const kinds = ['law', 'regulation', 'guideline', 'manual'];
      for (let i = 0; i < 8; i++) {
        await createMaterial(app.strapi, {
          slug: `lean-${i}`,
          kind: kinds[i % 4],
          // two materials share each effective date: ordered by title next, as the page asks
          effectiveDate: `2025-0${1 + Math.floor(i / 2)}-01`,
          isPublic: i % 2 === 0,
          th: { title: `สื่อ ${8 - i}`, summary: `สรุป ${i}`, body: `เนื้อหา ${i}` },
          ...(i % 3 ? { en: { title: `Material ${8 - i}`, summary: `Summary ${i}` } } : {}),
        });
      }
      await createMaterial(app.strapi, { slug: 'lean-draft', th: { title: 'ร่าง' } }, { publish: false });
    });

    /** the training page (public/training/app.js) without a search term */
    const page = (extra = '') =>
      `/api/training-materials?locale=th${extra}&sort[0]=effectiveDate:desc&sort[1]=title:asc&pagination[page]=1&pagination[pageSize]=5&fields[0]=title&fields[1]=kind&fields[2]=summary&fields[3]=effectiveDate&fields[4]=isPublic&fields[5]=version`;
    const urls = [
      page(),
      page('&filters[kind][$eq]=law'),
      page().replace('locale=th', 'locale=en'),
      page().replace('page]=1', 'page]=2'),
      // fewer fields, in another order: the rows are read with every allowed field and cut to these
      '/api/training-materials?locale=th&sort[0]=effectiveDate:desc&sort[1]=title:asc&fields[0]=version&fields[1]=title',
      '/api/training-materials',
      '/api/training-materials?locale=en&status=draft&sort=effectiveDate:asc&pagination[start]=2&pagination[limit]=3',
    ];

    it.each(urls)('staff and the public get what Strapi find answers: %s', async (url) => {
      await same(staff.auth, url);
      const anonymous = (await app.http().get(url).expect(200)).body;
      const core = (await app.http().get(reference(url)).expect(200)).body;
      expect(anonymous.meta).toEqual(core.meta);
      expect(byId(anonymous.data)).toEqual(byId(core.data));
      for (const m of anonymous.data) expect(m.isPublic ?? true).toBe(true);
    });

    it('the list holds the published version only, in the page order', async () => {
      const body = await same(staff.auth, page().replace('pageSize]=5', 'pageSize]=100'));
      const titles = body.data.map((m: any) => m.title);
      expect(titles).not.toContain('ร่าง');
      const lean = body.data.filter((m: any) => m.title.startsWith('สื่อ '));
      expect(lean.map((m: any) => m.title)).toEqual(['สื่อ 1', 'สื่อ 2', 'สื่อ 3', 'สื่อ 4', 'สื่อ 5', 'สื่อ 6', 'สื่อ 7', 'สื่อ 8']);
    });

    it('reading the page costs a fixed number of statements, whatever the page size', async () => {
      await statements(staff.auth, page());
      const one = await statements(staff.auth, page().replace('pageSize]=5', 'pageSize]=1'));
      const all = await statements(staff.auth, page().replace('pageSize]=5', 'pageSize]=100'));
      expect(all.length).toBe(one.length);
      // the sign-in check, the default locale, page ids, count, rows
      await show(staff.auth, page().replace('pageSize]=5', 'pageSize]=100'), all);
      atMost(all, 9);
      lean(all);
    });

    it('a page is read in its order from an index, without sorting the rows of the locale', async () => {
      const knex = app.strapi.db.connection;
      for (const url of [page(), page('&filters[kind][$eq]=law')]) {
        const sent: Array<{ sql: string; bindings: unknown[] }> = [];
        const on = (q: { sql: string; bindings: unknown[] }) => sent.push(q);
        knex.on('query', on);
        try {
          await get(staff.auth, url);
        } finally {
          knex.off('query', on);
        }
        const ids = sent.find((q) => /^select [`"]r[`"]\.[`"]id[`"]/.test(q.sql) && /effective_date/.test(q.sql));
        expect(ids).toBeDefined();
        let plan: string;
        if (app.strapi.db.dialect.client === 'sqlite') {
          const rows = await knex.raw(`EXPLAIN QUERY PLAN ${ids!.sql}`, ids!.bindings);
          plan = rows.map((r: { detail: string }) => r.detail).join('\n');
        } else {
          // a few test rows: forbid the scan and the sort, so the plan shows whether an index holds the page's order
          plan = await knex.transaction(async (trx) => {
            await trx.raw('SET LOCAL enable_seqscan = off');
            await trx.raw('SET LOCAL enable_sort = off');
            const res = await trx.raw(`EXPLAIN ${ids!.sql.replace(/\$\d+/g, '?')}`, ids!.bindings);
            return res.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
          });
        }
        expect(plan).toMatch(/training_materials_(kind_)?locale_page_idx/);
        expect(plan).not.toMatch(/TEMP B-TREE|Sort/);
      }
    });
  });
});
