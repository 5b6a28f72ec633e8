import { bootStrapi, TestApp } from '../harness/strapi';
import { complaintStaff, COMPLAINANT, fileComplaint, intakeBody, PNG_1PX } from '../harness/complaints';
import { queriesOf, statementsOf } from '../harness/statements';

/**
 * The complaint list's lean read path (src/lib/complaints/list.ts) answers exactly what Strapi's find
 * answers for the same query: the same rows, fields, relations, personal data for officers only, and
 * the same pagination. A filter the lean path does not take (`filters[id][$gt]=0`, which every row
 * passes) sends the same request through Strapi's find, which is the reference.
 */
describe('complaint list: lean read path', () => {
  let app: TestApp;
  let s: Awaited<ReturnType<typeof complaintStaff>>;
  const get = (auth: string, url: string) => app.http().get(url).set('Authorization', auth).expect(200);
  /** the same list through Strapi's find */
  const reference = (url: string) => `${url}${url.includes('?') ? '&' : '?'}filters[id][$gt]=0`;
  const byId = (rows: Array<{ id: number }>) => [...rows].sort((a, b) => a.id - b.id);

  beforeAll(async () => {
    app = await bootStrapi({ env: { PUBLIC_INTAKE_RATE_LIMIT: '0', PUBLIC_LOOKUP_RATE_LIMIT: '0' } });
    s = await complaintStaff(app);
    const filed = [];
    const spec: Array<[string, string, boolean]> = [
      ['factory_odour', 'TH-21', true],
      ['noise', 'TH-21', false],
      ['wastewater', 'TH-10', true],
      ['dust_smoke', 'TH-50', false],
      ['chemical_leak', 'TH-21', true],
      ['factory_odour', 'TH-10', false],
      ['noise', 'TH-50', true],
    ];
    for (const [categoryCode, provinceCode, named] of spec) {
      filed.push(await fileComplaint(app, { categoryCode, provinceCode, ...(named ? {} : { anonymous: true, complainant: undefined }) }));
    }
    // one with two attachments
    await app
      .http()
      .post('/api/public/complaints')
      .field('data', JSON.stringify(intakeBody({ categoryCode: 'noise', provinceCode: 'TH-21' })))
      .attach('attachments', PNG_1PX, { filename: 'second-floor.png', contentType: 'image/png' })
      .attach('attachments', Buffer.from('%PDF-1.4\n%%EOF\n'), { filename: 'letter.pdf', contentType: 'application/pdf' })
      .expect(201);
    for (const c of filed.slice(0, 3)) {
      await app
        .http()
        .post(`/api/complaints/${c.documentId}/assign`)
        .set('Authorization', s.officer.auth)
        .send({ team: s.teamA.documentId })
        .expect(200);
    }
    await app
      .http()
      .post(`/api/complaints/${filed[3].documentId}/assign`)
      .set('Authorization', s.officer.auth)
      .send({ team: s.teamB.documentId })
      .expect(200);
  });
  afterAll(async () => {
    await app?.close();
  });

  const urls = [
    '/api/complaints',
    '/api/complaints?sort=resolveDueAt:asc&pagination[pageSize]=3',
    '/api/complaints?sort=receivedAt:desc&pagination[page]=2&pagination[pageSize]=2',
    '/api/complaints?status=assigned&sort=resolveDueAt:asc',
    '/api/complaints?province=TH-21,TH-10&urgency=normal,urgent,emergency&sort=ticketNumber:desc',
    '/api/complaints?category=noise&province=TH-50',
    `/api/complaints?team=TEAM_A&sort=id:desc`,
    '/api/complaints?pagination[start]=1&pagination[limit]=2&sort=id:asc',
    '/api/complaints?province=TH-99',
    // relations listing more complaints than the status matches: tested row by row on SQLite
    '/api/complaints?status=assigned&province=TH-21,TH-10,TH-50&sort=resolveDueAt:asc',
    '/api/complaints?status=assigned,received&urgency=normal&category=noise,factory_odour,wastewater,dust_smoke,chemical_leak&province=TH-21,TH-10,TH-50',
    // by deadline over several states and urgencies with a relation filter: the walks' union (PostgreSQL: named,
    // the second the same statement as the first, with other values)
    '/api/complaints?status=received,assigned&urgency=normal,urgent&province=TH-21,TH-10&sort=resolveDueAt:asc',
    '/api/complaints?status=assigned,in_progress&urgency=urgent,normal&province=TH-50,TH-21&sort=resolveDueAt:asc',
  ];

  it.each(urls)('an officer gets what Strapi find answers: %s', async (template) => {
    const url = template.replace('TEAM_A', s.teamA.documentId);
    const lean = (await get(s.officer.auth, url)).body;
    const core = (await get(s.officer.auth, reference(url))).body;
    expect(lean.meta).toEqual(core.meta);
    expect(byId(lean.data)).toEqual(byId(core.data));
  });

  it('the page is in the requested order, and filters hold', async () => {
    const { body } = await get(s.officer.auth, '/api/complaints?province=TH-21&sort=ticketNumber:desc');
    expect(body.data.length).toBe(4);
    expect(body.data.map((c: { province: { code: string } }) => c.province.code)).toEqual(['TH-21', 'TH-21', 'TH-21', 'TH-21']);
    const numbers = body.data.map((c: { ticketNumber: string }) => c.ticketNumber);
    expect(numbers).toEqual([...numbers].sort().reverse());
    expect(body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 4 });
  });

  it('officers see the complainant on the list, masked; the shown relations are there', async () => {
    const { body } = await get(s.officer.auth, '/api/complaints?category=factory_odour&province=TH-21');
    expect(body.data).toHaveLength(1);
    const [c] = body.data;
    expect(c.complainant).toMatchObject({ name: 'สมศรี ท.', phone: '08x-xxx-5678', email: 's••••@example.test' });
    expect(c.trackingCode).toEqual(expect.any(String));
    expect(c.category).toMatchObject({ code: 'factory_odour', nameTh: expect.any(String) });
    expect(c.province).toMatchObject({ code: 'TH-21' });
    expect(c.assignedTeam).toMatchObject({ name: 'team-a' });
    const [withFiles] = (await get(s.officer.auth, '/api/complaints?category=noise&province=TH-21&sort=id:desc')).body.data;
    // (the intake uploads files side by side, so their order is the upload's; Strapi's find is compared above)
    expect(withFiles.attachments.map((f: { name: string; mime: string }) => [f.name, f.mime]).sort()).toEqual([
      ['letter.pdf', 'application/pdf'],
      ['second-floor.png', 'image/png'],
    ]);
  });

  it('a response team member sees only their team, without personal data, as Strapi find would', async () => {
    for (const url of [
      '/api/complaints',
      '/api/complaints?sort=resolveDueAt:asc&pagination[pageSize]=2',
      '/api/complaints?status=assigned',
    ]) {
      const lean = (await get(s.memberA.auth, url)).body;
      const core = (await get(s.memberA.auth, reference(url))).body;
      expect(lean.meta).toEqual(core.meta);
      expect(byId(lean.data)).toEqual(byId(core.data));
    }
    const { body } = await get(s.memberA.auth, '/api/complaints');
    expect(body.meta.pagination.total).toBe(3);
    for (const c of body.data) {
      expect(c.assignedTeam.name).toBe('team-a');
      expect(c).not.toHaveProperty('complainant');
      expect(c).not.toHaveProperty('trackingCode');
    }
    expect(JSON.stringify(body)).not.toContain(COMPLAINANT.phone);
  });

  it('the total follows a new complaint at once (the cached count is reset by the write)', async () => {
    const before = (await get(s.officer.auth, '/api/complaints?province=TH-50')).body.meta.pagination.total;
    await fileComplaint(app, { categoryCode: 'noise', provinceCode: 'TH-50' });
    const after = (await get(s.officer.auth, '/api/complaints?province=TH-50')).body.meta.pagination.total;
    expect(after).toBe(before + 1);
  });

  it('reading a list page costs a fixed number of SQL statements, whatever the page size', async () => {
    const count = async (url: string) => {
      const sql = await statementsOf(app, () => get(s.officer.auth, url), 3);
      if (process.env.SHOW_SQL) console.log(sql.map((q) => q.slice(0, 300)).join('\n'));
      return sql.length;
    };
    await count('/api/complaints?pagination[pageSize]=1');
    // the first three hold two complainants, as the whole list does more: one audit statement either way
    const three = await count('/api/complaints?pagination[pageSize]=3&sort=id:asc');
    const all = await count('/api/complaints?pagination[pageSize]=50&sort=id:desc');
    expect(all).toBe(three);
    // the sign-in check (one statement), page ids, the rows with their to-one relations and
    // complainants, their attachments, one audit insert
    expect(all).toBeLessThanOrEqual(5);
  });

  it('a relation filter is tested row by row only when it lists more complaints than the status matches', async () => {
    // the page's own statement: the one selecting ids from the complaints table under alias `c`
    const pageSql = async (url: string) =>
      (await statementsOf(app, () => get(s.officer.auth, url))).find((q) => /select [`"]c[`"]\.[`"]id[`"] from/i.test(q))!;
    const broad = await pageSql('/api/complaints?status=assigned&province=TH-21,TH-10,TH-50');
    const narrow = await pageSql('/api/complaints?status=received,assigned,triaged&province=TH-50');
    expect(broad).toMatch(/exists/i);
    // PostgreSQL would flatten the test into the IN form's semi-join without a fence
    if (app.strapi.db.dialect.client !== 'sqlite') expect(broad).toMatch(/offset 0/i);
    expect(narrow).not.toMatch(/exists/i);
    expect(narrow).toMatch(/in \(select/i);
  });

  it('the tracking page answers in three statements, a miss as a hit', async () => {
    const c = await fileComplaint(app, { categoryCode: 'noise', provinceCode: 'TH-50' });
    const statements = async (code: string, status: number) =>
      (await statementsOf(app, () => app.http().get(`/api/public/complaints/${code}`).expect(status), 3)).length;
    const hit = await statements(c.trackingCode, 200);
    expect(await statements('ZZZZZZZZZZZZ', 404)).toBe(hit);
    // complaint with category, province and incident; its timeline; the incident policy
    expect(hit).toBeLessThanOrEqual(3);
  });

  it('on PostgreSQL the tracking statements are named (prepared once per connection), and each look-up still gets its own complaint', async () => {
    const a = await fileComplaint(app, { categoryCode: 'noise', provinceCode: 'TH-50' });
    const b = await fileComplaint(app, { categoryCode: 'wastewater', provinceCode: 'TH-10' });
    const sent = await queriesOf(app, async () => {
      // more look-ups than the pool has connections, alternating, so connections reuse their prepared statements
      for (let i = 0; i < 12; i++) {
        const c = i % 2 ? a : b;
        const res = await app.http().get(`/api/public/complaints/${c.trackingCode}`).expect(200);
        expect(res.body.data.ticketNumber).toBe(c.ticketNumber);
        expect(res.body.data.category.code).toBe(i % 2 ? 'noise' : 'wastewater');
      }
      await app.http().get('/api/public/complaints/ZZZZZZZZZZZZ').expect(404);
    });
    const tracking = sent.filter((q) => /tracking_code|complaint_updates_complaint_lnk/.test(q.sql));
    expect(tracking.length).toBe(26);
    const names = new Set(tracking.map((q) => q.options?.name));
    if (app.strapi.db.dialect.client === 'postgres') {
      expect([...names].every((n) => /^mind-tracking-(complaint|updates)-[0-9a-f]{12}$/.test(String(n)))).toBe(true);
      expect(names.size).toBe(2);
    } else {
      expect([...names]).toEqual([undefined]);
    }
  });

  it("on PostgreSQL the walks' union is named, one statement per shape, and each page gets its own rows", async () => {
    const shape = (provinces: string, status: string) =>
      `/api/complaints?status=${status}&urgency=normal,urgent&province=${provinces}&sort=resolveDueAt:asc`;
    const asked = [
      shape('TH-21,TH-10', 'received,assigned'),
      shape('TH-50,TH-10', 'received,assigned'),
      shape('TH-21,TH-50', 'assigned,received'),
    ];
    const pages: Array<Array<{ id: number }>> = [];
    const sent = await queriesOf(app, async () => {
      // more pages than the pool has connections, so connections reuse their prepared statement
      for (let i = 0; i < 12; i++) pages.push((await get(s.officer.auth, asked[i % 3])).body.data);
    });
    for (const [i, page] of pages.entries()) {
      const core = (await get(s.officer.auth, reference(asked[i % 3]))).body.data as Array<{ id: number }>;
      expect(page.map((r) => r.id)).toEqual(core.map((r) => r.id));
    }
    // the three filters do not answer the same pages
    expect(new Set(pages.slice(0, 3).map((p) => JSON.stringify(p.map((r) => r.id)))).size).toBe(3);
    const unions = sent.filter((q) => /union all select \* from/i.test(q.sql));
    const names = new Set(unions.map((q) => q.options?.name));
    if (app.strapi.db.dialect.client === 'postgres') {
      expect(unions.length).toBe(12);
      expect([...names].every((n) => /^mind-complaint-walks-4-[0-9a-f]{12}$/.test(String(n)))).toBe(true);
      expect(names.size).toBe(1);
    } else {
      // SQLite reads the walks through cursors, or these few rows by one ordered statement
      expect(unions).toEqual([]);
    }
  });

  it("each deadline walk reads the (state, urgency, deadline, id) index in the page's order", async () => {
    const knex = app.strapi.db.connection;
    const sqlite = app.strapi.db.dialect.client === 'sqlite';
    const planOf = async (walk: { sql: string; bindings: unknown[] }) => {
      if (sqlite) {
        const rows = await knex.raw(`EXPLAIN QUERY PLAN ${walk.sql}`, walk.bindings as never);
        return rows.map((r: { detail: string }) => r.detail).join('\n') as string;
      }
      // a few test rows: forbid the scan and the sort, so the plan shows whether the index holds the walk's order
      return knex.transaction(async (trx) => {
        await trx.raw('SET LOCAL enable_seqscan = off');
        await trx.raw('SET LOCAL enable_sort = off');
        const res = await trx.raw(`EXPLAIN ${walk.sql.replace(/\$\d+/g, '?')}`, walk.bindings as never);
        return res.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n') as string;
      });
    };
    const base = '/api/complaints?status=received,assigned&urgency=normal,urgent';
    const asked = [
      [`${base}&sort=resolveDueAt:asc`, 'asc'],
      [`${base}&sort=resolveDueAt:desc`, 'desc'],
      // SQLite reads these few rows' province filter first, by one statement (`probeRelations`)
      ...(sqlite ? [] : [[`${base}&province=TH-21,TH-10&sort=resolveDueAt:asc`, 'asc']]),
    ];
    for (const [url, dir] of asked) {
      const walks = (await queriesOf(app, () => get(s.officer.auth, url))).filter((q) =>
        /union all select \* from|\/\* cursor \d+ \*\/$/i.test(q.sql),
      );
      expect(walks.length).toBeGreaterThan(0);
      for (const walk of walks) {
        const plan = await planOf(walk);
        expect(plan).toMatch(/complaints_state_urgency_resolve_id_idx/);
        // PostgreSQL reads no complaint row: the index holds every column a walk reads
        if (!sqlite) expect(plan).toMatch(/Index Only Scan (Backward )?using complaints_state_urgency_resolve_id_idx/);
        // going up, the index is the page's order (deadline, then id); going down the deadlines come from it
        // backwards and only equal deadlines are put back in id order
        if (dir === 'asc') expect(plan).not.toMatch(/TEMP B-TREE|Sort/);
        else expect(plan).toMatch(sqlite ? /TEMP B-TREE FOR LAST TERM OF ORDER BY/ : /Presorted Key: c\.resolve_due_at/);
      }
    }
  });

  it('bad list parameters are still a 400 naming the parameter', async () => {
    const res = await app.http().get('/api/complaints?status=nope').set('Authorization', s.officer.auth).expect(400);
    expect(JSON.stringify(res.body.error)).toContain('status');
  });

  it('pages by deadline over several states and urgencies (one index walk each) are one sort of them all, in both directions', async () => {
    const query = app.strapi.db.query('api::complaint.complaint');
    const open = (await query.findMany({
      where: { state: { $in: ['received', 'assigned'] } },
      select: ['id'],
      orderBy: { id: 'asc' },
    })) as Array<{
      id: number;
    }>;
    expect(open.length).toBeGreaterThanOrEqual(6);
    // every urgency; two deadlines equal across walks (ordered by id), one complaint without a deadline
    const urgencies = ['normal', 'urgent', 'emergency'];
    for (const [i, { id }] of open.entries()) {
      const resolveDueAt = i === 4 ? null : new Date(Date.UTC(2030, 0, i === 1 || i === 2 ? 1 : 2 + ((7 * i) % 5)));
      await query.update({ where: { id }, data: { urgency: urgencies[i % 3], resolveDueAt } });
    }
    const sqlite = app.strapi.db.dialect.client === 'sqlite';
    for (const dir of ['asc', 'desc'] as const) {
      const url = `/api/complaints?status=received,assigned&urgency=normal,urgent,emergency&sort=resolveDueAt:${dir}`;
      const all = (await get(s.officer.auth, reference(`${url}&pagination[pageSize]=100`))).body.data as Array<{
        id: number;
        resolveDueAt: string | null;
      }>;
      // the databases' own order: SQLite puts no deadline first going up, PostgreSQL last
      const nullsFirst = (dir === 'asc') === sqlite;
      const at = (r: { resolveDueAt: string | null }) => (r.resolveDueAt === null ? null : Date.parse(r.resolveDueAt));
      const expected = [...all]
        .sort((a, b) => {
          const [x, y] = [at(a), at(b)];
          if (x === y) return a.id - b.id;
          if (x === null) return nullsFirst ? -1 : 1;
          if (y === null) return nullsFirst ? 1 : -1;
          return dir === 'asc' ? x - y : y - x;
        })
        .map((r) => r.id);
      const walked: number[] = [];
      for (let page = 1; ; page++) {
        const { body } = await get(s.officer.auth, `${url}&pagination[page]=${page}&pagination[pageSize]=2`);
        expect(body.meta.pagination.total).toBe(all.length);
        walked.push(...body.data.map((r: { id: number }) => r.id));
        if (page >= body.meta.pagination.pageCount) break;
      }
      expect(walked).toEqual(expected);
    }
    // the walks are the page's ids: on SQLite one cursor each, read as far as the page takes from it; on
    // PostgreSQL one union of ordered, limited reads
    const sql = await statementsOf(app, () =>
      get(s.officer.auth, '/api/complaints?status=received,assigned&urgency=normal,urgent&sort=resolveDueAt:asc'),
    );
    const unions = sql.filter((q) => /union all select \* from/i.test(q));
    const cursors = sql.filter((q) => /\/\* cursor \d+ \*\/$/.test(q));
    expect([unions.length, cursors.length]).toEqual(sqlite ? [0, 4] : [1, 0]);
  });
});
