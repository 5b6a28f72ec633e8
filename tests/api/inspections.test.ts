import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { summarise } from '../../src/lib/inspections/rules';
import { PNG_1PX } from '../harness/complaints';

const DAY = 86400_000;

describe('inspections and findings', () => {
  let app: TestApp;
  let inspector: TestUser, diwOfficer: TestUser, tisiOfficer: TestUser, staff: TestUser, complaintOfficer: TestUser;
  let agencies: Record<string, any>;

  const as = (u: TestUser | null) => ({
    get: (url: string) => (u ? app.http().get(url).set('Authorization', u.auth) : app.http().get(url)),
    post: (url: string, body?: object) => (u ? app.http().post(url).set('Authorization', u.auth) : app.http().post(url)).send(body),
    put: (url: string, body?: object) => (u ? app.http().put(url).set('Authorization', u.auth) : app.http().put(url)).send(body),
  });

  async function officerOf(code: string) {
    const u = await createUser(app.strapi, 'agency-officer');
    await app.strapi
      .documents('api::agency.agency')
      .update({ documentId: agencies[code].documentId, data: { reportingOfficers: [u.id] } as any });
    return u;
  }

  beforeAll(async () => {
    app = await bootStrapi();
    agencies = Object.fromEntries((await app.strapi.db.query('api::agency.agency').findMany({})).map((a: any) => [a.code, a]));
    inspector = await createUser(app.strapi, 'inspector');
    staff = await createUser(app.strapi, 'authenticated');
    complaintOfficer = await createUser(app.strapi, 'complaint-officer');
    diwOfficer = await officerOf('DIW');
    tisiOfficer = await officerOf('TISI');
  });
  afterAll(async () => {
    await app?.close();
  });

  async function newInspection(code: string, round = 1) {
    const res = await as(inspector).post('/api/inspections', {
      data: {
        code,
        title: `ตรวจราชการ ${code}`,
        type: 'integrated',
        fiscalYear: 2569,
        round,
        agencies: [agencies.DIW.documentId, agencies.TISI.documentId],
        inspectors: [inspector.id],
      },
    });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body.error));
    return res.body.data;
  }

  async function newFinding(inspection: any, agency: string, severity: string, dueInDays: number) {
    const res = await as(inspector)
      .post('/api/inspection-findings', {
        data: {
          inspection: inspection.documentId,
          title: `ข้อตรวจพบ ${agency} ${severity}`,
          finding: 'พบว่าการติดตามโรงงานล่าช้า',
          recommendation: 'ให้เร่งรัดการตรวจติดตาม',
          severity,
          responsibleAgency: agencies[agency].documentId,
          dueAt: new Date(Date.now() + dueInDays * DAY).toISOString(),
        },
      })
      .expect(201);
    return res.body.data;
  }

  /** What closure needs besides the response: an accepted commitment and evidence attached (finding-commitments.test.ts). */
  async function commitAndProve(f: any, officer: TestUser) {
    const url = `/api/inspection-findings/${f.documentId}`;
    await as(officer).post(`${url}/commitment`, { action: 'เร่งรัดการตรวจติดตาม', owner: 'กองตรวจ', dueDate: '2027-03-31' }).expect(200);
    await as(inspector).post(`${url}/commitment/accept`).expect(200);
    await app
      .http()
      .post(`${url}/respond`)
      .set('Authorization', officer.auth)
      .field('data', JSON.stringify({ response: 'แนบหลักฐานแล้ว' }))
      .attach('attachments', PNG_1PX, { filename: 'evidence.png', contentType: 'image/png' })
      .expect(200);
  }

  it('goes planned → in_progress → reported → closed; an illegal move is a 400 naming both states', async () => {
    const i = await newInspection('INS-2569-R1-01');
    expect(i.state).toBe('planned');
    const url = `/api/inspections/${i.documentId}/transition`;
    const bad = await as(inspector).post(url, { state: 'closed' }).expect(400);
    expect(bad.body.error.message).toContain('"planned"');
    expect(bad.body.error.message).toContain('"closed"');
    for (const state of ['in_progress', 'reported', 'closed']) {
      const res = await as(inspector).post(url, { state }).expect(200);
      expect(res.body.data.state).toBe(state);
    }
    await as(inspector)
      .put(`/api/inspections/${i.documentId}`, { data: { state: 'planned' } })
      .expect(400);
    const invalid = await as(inspector)
      .post('/api/inspections', { data: { code: 'X', title: 'x', fiscalYear: 1999, round: 9 } })
      .expect(400);
    expect(JSON.stringify(invalid.body.error)).toMatch(/fiscalYear|round/);
  });

  it('lets the responsible agency answer its own findings only; the inspector accepts or re-opens', async () => {
    const i = await newInspection('INS-2569-R1-02');
    const diw = await newFinding(i, 'DIW', 'high', 10);
    const tisi = await newFinding(i, 'TISI', 'low', 10);

    const list = await as(diwOfficer).get('/api/inspection-findings').expect(200);
    expect(list.body.data.map((f: any) => f.documentId)).toEqual([diw.documentId]);
    await as(diwOfficer).get(`/api/inspection-findings/${tisi.documentId}`).expect(404);
    await as(diwOfficer).post(`/api/inspection-findings/${tisi.documentId}/respond`, { response: 'x' }).expect(404);
    await as(diwOfficer).post(`/api/inspection-findings/${diw.documentId}/accept`).expect(403);
    await as(diwOfficer)
      .put(`/api/inspection-findings/${diw.documentId}`, { data: { severity: 'low' } })
      .expect(403);

    const empty = await as(diwOfficer).post(`/api/inspection-findings/${diw.documentId}/respond`, { response: '' }).expect(400);
    expect(empty.body.error.message).toContain('response');
    const answered = await as(diwOfficer)
      .post(`/api/inspection-findings/${diw.documentId}/respond`, { response: 'เร่งรัดแล้ว 12 โรงงาน' })
      .expect(200);
    expect(answered.body.data).toMatchObject({ state: 'responded', agencyResponse: 'เร่งรัดแล้ว 12 โรงงาน' });
    expect(answered.body.data.respondedAt).toBeTruthy();

    const reopen = await as(inspector).post(`/api/inspection-findings/${diw.documentId}/reopen`, {}).expect(400);
    expect(reopen.body.error.message).toContain('comment');
    await as(inspector).post(`/api/inspection-findings/${diw.documentId}/reopen`, { comment: 'ขอหลักฐานเพิ่ม' }).expect(200);
    await as(diwOfficer).post(`/api/inspection-findings/${diw.documentId}/respond`, { response: 'ตอบอีกครั้ง' }).expect(200);
    // a bare accept does not close it: the fix is verified against a commitment and evidence
    const bare = await as(inspector).post(`/api/inspection-findings/${diw.documentId}/accept`, { comment: 'ครบถ้วน' }).expect(409);
    expect(bare.body.error.message).toContain('commitments');
    await as(inspector).post(`/api/inspection-findings/${diw.documentId}/reopen`, { comment: 'ขอคำมั่นและหลักฐาน' }).expect(200);
    await commitAndProve(diw, diwOfficer);
    const accepted = await as(inspector).post(`/api/inspection-findings/${diw.documentId}/accept`, { comment: 'ครบถ้วน' }).expect(200);
    expect(accepted.body.data.state).toBe('accepted');
    const again = await as(inspector).post(`/api/inspection-findings/${diw.documentId}/reopen`, { comment: 'x' }).expect(400);
    expect(again.body.error.message).toContain('"accepted"');
  });

  describe("the agency's answer is written by its officers only", () => {
    const FINDING = 'api::inspection-finding.inspection-finding';
    const stored = (documentId: string) =>
      app.strapi.db.query(FINDING).findOne({ where: { documentId }, populate: { respondedBy: true, responseAttachments: true } });
    let answered: any;
    beforeAll(async () => {
      answered = await newFinding(await newInspection('INS-2569-R3-01', 3), 'DIW', 'medium', 10);
      await as(diwOfficer).post(`/api/inspection-findings/${answered.documentId}/respond`, { response: 'คำตอบของกรม' }).expect(200);
    });

    it('refuses an inspector setting them over REST, on create and on update, with a 400 naming the field', async () => {
      const before = await stored(answered.documentId);
      for (const [field, value] of [
        ['agencyResponse', 'ผู้ตรวจเขียนแทน'],
        ['respondedAt', '2026-11-01T00:00:00.000Z'],
        ['respondedBy', inspector.id],
        ['responseAttachments', []],
      ] as const) {
        const res = await as(inspector)
          .put(`/api/inspection-findings/${answered.documentId}`, { data: { title: 'แก้ชื่อ', [field]: value } })
          .expect(400);
        expect(res.body.error.message).toContain(field);
      }
      expect(await stored(answered.documentId)).toMatchObject({
        title: before.title,
        agencyResponse: 'คำตอบของกรม',
        respondedBy: { id: diwOfficer.id },
      });
      const created = await as(inspector).post('/api/inspection-findings', {
        data: {
          title: 'ตอบล่วงหน้า',
          finding: 'x',
          recommendation: 'y',
          severity: 'low',
          responsibleAgency: agencies.DIW.documentId,
          dueAt: new Date(Date.now() + DAY).toISOString(),
          agencyResponse: 'ตอบแล้ว',
        },
      });
      expect(created.status).toBe(400);
      expect(created.body.error.message).toContain('agencyResponse');
      expect(await app.strapi.db.query(FINDING).count({ where: { title: 'ตอบล่วงหน้า' } })).toBe(0);
      // the inspector's own fields still change
      await as(inspector)
        .put(`/api/inspection-findings/${answered.documentId}`, { data: { severity: 'high' } })
        .expect(200);
    });

    describe('in the admin panel, as the Inspector admin role', () => {
      let token: string;
      const cm = (method: 'post' | 'put', path: string, body: object) =>
        app.http()[method](`/content-manager/collection-types/${FINDING}${path}`).set('Authorization', `Bearer ${token}`).send(body);
      beforeAll(async () => {
        const role = await (app.strapi.service('admin::role') as any).findOne({ code: 'inspector' });
        await app.strapi.service('admin::user').create({
          email: 'inspector.admin@example.test',
          firstname: 'Inspector',
          lastname: 'Admin',
          password: 'Inspector-passw0rd',
          isActive: true,
          registrationToken: null,
          roles: [role.id],
        });
        const login = await app
          .http()
          .post('/admin/login')
          .send({ email: 'inspector.admin@example.test', password: 'Inspector-passw0rd' })
          .expect(200);
        token = login.body.data.token;
      });

      it("refuses changes to the agency's answer and the move to responded; the rest of the form saves", async () => {
        const file = (
          await app.strapi
            .plugin('upload')
            .service('upload')
            .upload({
              data: {},
              files: { filepath: __filename, originalFilename: 'evidence.txt', mimetype: 'text/plain', size: 100 },
            })
        )[0];
        for (const [field, value] of [
          ['agencyResponse', 'ผู้ตรวจเขียนแทน'],
          ['respondedAt', '2026-11-01T00:00:00.000Z'],
          ['responseAttachments', [file.id]],
          ['respondedBy', { connect: [{ id: inspector.id }], disconnect: [] }],
        ] as const) {
          const res = await cm('put', `/${answered.documentId}`, { [field]: value });
          expect({ field, status: res.status }).toEqual({ field, status: 400 });
          expect(res.body.error.message).toContain(field);
        }
        const open = await newFinding(await newInspection('INS-2569-R3-02', 3), 'TISI', 'low', 10);
        const moved = await cm('put', `/${open.documentId}`, { state: 'responded' });
        expect(moved.status).toBe(400);
        expect(moved.body.error.message).toContain('state');
        const created = await cm('post', '', {
          title: 'สร้างในแผงควบคุม',
          finding: 'x',
          recommendation: 'y',
          dueAt: new Date(Date.now() + DAY).toISOString(),
          agencyResponse: 'ตอบแทน',
        });
        expect(created.status).toBe(400);
        expect((await stored(open.documentId)).state).toBe('open');
        expect(await stored(answered.documentId)).toMatchObject({ agencyResponse: 'คำตอบของกรม', responseAttachments: [] });

        // the whole form sent back, as the edit view does: the answer unchanged, the review comment new
        const now = await stored(answered.documentId);
        const saved = await cm('put', `/${answered.documentId}`, {
          title: now.title,
          agencyResponse: now.agencyResponse,
          respondedAt: now.respondedAt,
          responseAttachments: [],
          respondedBy: { connect: [], disconnect: [] },
          reviewComment: 'ตรวจแล้ว',
        });
        expect(saved.status).toBe(200);
        expect(await stored(answered.documentId)).toMatchObject({ reviewComment: 'ตรวจแล้ว', agencyResponse: 'คำตอบของกรม' });

        // re-opened in the panel: counted, as through /reopen, so the chase reminds the agency afresh
        const reopened = await cm('put', `/${answered.documentId}`, { state: 'reopened', reopenCount: 7 });
        expect(reopened.status).toBe(200);
        expect(await stored(answered.documentId)).toMatchObject({ state: 'reopened', reopenCount: 1, escalatedAt: null });
      });
    });
  });

  it('summarises a round against a hand-counted fixture, as JSON and as CSV with a BOM', async () => {
    const a = await newInspection('INS-2569-R2-01', 2);
    const b = await newInspection('INS-2569-R2-02', 2);
    // Hand-counted: DIW 3 (high overdue, medium open, low responded), TISI 2 (critical overdue, medium accepted)
    await newFinding(a, 'DIW', 'high', -5);
    await newFinding(a, 'DIW', 'medium', 5);
    const responded = await newFinding(b, 'DIW', 'low', -1);
    await newFinding(b, 'TISI', 'critical', -3);
    const accepted = await newFinding(b, 'TISI', 'medium', 5);
    await as(diwOfficer).post(`/api/inspection-findings/${responded.documentId}/respond`, { response: 'ตอบแล้ว' }).expect(200);
    await commitAndProve(accepted, tisiOfficer);
    await as(inspector).post(`/api/inspection-findings/${accepted.documentId}/accept`, { comment: 'ตรวจหลักฐานแล้ว' }).expect(200);

    const res = await as(inspector).get('/api/inspection-rounds/2569/2/summary').expect(200);
    const s = res.body.data;
    expect(s).toMatchObject({
      fiscalYear: 2569,
      round: 2,
      inspections: 2,
      total: 5,
      overdue: 2,
      bySeverity: { low: 1, medium: 2, high: 1, critical: 1 },
      byState: { open: 3, responded: 1, accepted: 1, reopened: 0 },
    });
    expect(s.perAgency.map((x: any) => [x.code, x.total, x.overdue, x.open, x.responded, x.accepted])).toEqual([
      ['DIW', 3, 1, 2, 1, 0],
      ['TISI', 2, 1, 1, 0, 1],
    ]);

    const csv = await as(inspector)
      .get('/api/inspection-rounds/2569/2/summary.csv')
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const bytes: Buffer = csv.body;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toContain('หน่วยงาน / Agency');
    expect(lines[1]).toMatch(/^DIW,กรมโรงงานอุตสาหกรรม,Department of Industrial Works,3,1,/);
    expect(lines[3]).toMatch(/^,รวม \/ All,All,5,2,/);
    await as(inspector).get('/api/inspection-rounds/1999/9/summary').expect(400);
  });

  it('summary rules are pure and count overdue only while a response is owed', () => {
    const now = new Date('2026-11-25T00:00:00Z');
    const past = '2026-11-01T00:00:00Z';
    const s = summarise(
      [
        { severity: 'high', state: 'open', dueAt: past, agency: { code: 'A', nameTh: 'ก', nameEn: 'A' } },
        { severity: 'high', state: 'reopened', dueAt: past, agency: { code: 'A', nameTh: 'ก', nameEn: 'A' } },
        { severity: 'low', state: 'responded', dueAt: past, agency: { code: 'A', nameTh: 'ก', nameEn: 'A' } },
        { severity: 'low', state: 'accepted', dueAt: past, agency: null },
      ],
      now,
    );
    expect(s.overdue).toBe(2);
    expect(s.perAgency.map((a) => a.code)).toEqual(['-', 'A']);
  });

  it.each([
    ['list inspections', 'get', '/api/inspections', { public: 403, staff: 403, complaintOfficer: 403, agency: 403, inspector: 200 }],
    ['create inspection', 'post', '/api/inspections', { public: 403, staff: 403, complaintOfficer: 403, agency: 403, inspector: 400 }],
    [
      'round summary',
      'get',
      '/api/inspection-rounds/2569/1/summary',
      { public: 403, staff: 403, complaintOfficer: 403, agency: 403, inspector: 200 },
    ],
    [
      'round CSV',
      'get',
      '/api/inspection-rounds/2569/1/summary.csv',
      { public: 403, staff: 403, complaintOfficer: 403, agency: 403, inspector: 200 },
    ],
    ['list findings', 'get', '/api/inspection-findings', { public: 403, staff: 403, complaintOfficer: 403, agency: 200, inspector: 200 }],
    ['create finding', 'post', '/api/inspection-findings', { public: 403, staff: 403, complaintOfficer: 403, agency: 403, inspector: 400 }],
  ] as const)('role matrix: %s', async (_name, method, url, expected) => {
    const users: Record<string, TestUser | null> = { public: null, staff, complaintOfficer, agency: diwOfficer, inspector };
    const got: Record<string, number> = {};
    for (const [who, u] of Object.entries(users))
      got[who] = (await (as(u) as any)[method](url, method === 'post' ? { data: {} } : undefined)).status;
    expect(got).toEqual(expected);
  });
});
