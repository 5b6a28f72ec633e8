import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';

const PROJECT = 'api::project.project';
const REPORT = 'api::progress-report.progress-report';
const AGENCY = 'api::agency.agency';

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

  /** SQL statements of one request, with the statements themselves for the failure message */
  const statements = async (auth: string, url: string) => {
    const sql: string[] = [];
    const on = (q: { sql: string }) => sql.push(q.sql.slice(0, 200));
    app.strapi.db.connection.on('query', on);
    try {
      await get(auth, url);
    } finally {
      app.strapi.db.connection.off('query', on);
    }
    return sql;
  };
  const atMost = (sql: string[], ceiling: number) => {
    if (sql.length > ceiling) throw new Error(`${sql.length} statements (ceiling ${ceiling}):\n${sql.join('\n')}`);
  };

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
    beforeAll(async () => {
      const agencies = await app.strapi.db.query(AGENCY).findMany({ orderBy: { id: 'asc' }, limit: 2 });
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
      // authentication, the officer's agencies, page ids, count, rows, projects
      atMost(all, 14);
    });
  });
});
