import { execFile } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { randomBytes } from 'crypto';
import { bootStrapi, root, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { COMPLAINANT, fileComplaint } from '../harness/complaints';

/**
 * The factory registry: the CSV import (admin route and `npm run import -- factories`), the link of a
 * complaint at intake by registration number, the officer's position-based suggestions and confirmed
 * link, inspections and findings linked to a factory, one factory's history and the repeat sources,
 * each against fixtures counted by hand, and who may call each.
 */
const FACTORY = 'api::factory.factory';
const COMPLAINT = 'api::complaint.complaint';
const HEADER = 'registration_number,name,operator,type,activity,class,province,district,latitude,longitude,status';
const DAY = 86_400_000;

/** Runs `npm run import -- …` (scripts/import.js) against this test's database. */
function importCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, 'scripts', 'import.js'), ...args],
      {
        cwd: root,
        env: { ...process.env, IMPORT_SKIP_BUILD: 'true', IMPORT_DIST_DIR: process.env.MIND_TEST_DIST_DIR ?? path.join(root, 'dist') },
        timeout: 120000,
      },
      (err, stdout, stderr) => resolve({ code: err ? ((err as any).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('factory registry', () => {
  let app: TestApp;
  let superAdmin: string;
  let officerAdmin: string;
  let inspectorAdmin: string;
  let officer: TestUser;
  let member: TestUser;
  let inspector: TestUser;
  const id = () => randomBytes(12).toString('hex').slice(0, 24);

  async function adminToken(email: string, roleCode: string) {
    const role = await (app.strapi.service('admin::role') as any).findOne({ code: roleCode });
    await app.strapi.service('admin::user').create({
      email,
      firstname: 'Limited',
      lastname: 'Admin',
      password: 'Limited-passw0rd',
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    const login = await app.http().post('/admin/login').send({ email, password: 'Limited-passw0rd' }).expect(200);
    return login.body.data.token as string;
  }
  const admin = (method: 'get' | 'post', p: string, token = superAdmin) =>
    app.http()[method](`/admin${p}`).set('Authorization', `Bearer ${token}`);
  const factoryCount = () => app.strapi.db.query(FACTORY).count({});
  const factoryBy = (registrationNumber: string) =>
    app.strapi.db.query(FACTORY).findOne({ where: { registrationNumber }, populate: { province: { select: ['code'] } } });
  const provinceId = async (code: string) => (await app.strapi.db.query('api::province.province').findOne({ where: { code } })).id;

  /** a factory stored directly (fixtures), positioned where the test says */
  async function factory(registrationNumber: string, data: Record<string, unknown> = {}) {
    return app.strapi.documents(FACTORY).create({
      data: {
        registrationNumber,
        nameTh: `โรงงาน ${registrationNumber}`,
        typeCode: '42',
        factoryClass: 3,
        state: 'operating',
        ...data,
      } as any,
    });
  }

  beforeAll(async () => {
    app = await bootStrapi({ env: { DEMO_ADMIN_EMAIL: 'factory@example.test', DEMO_ADMIN_PASSWORD: 'Factory-Passw0rd' } });
    const login = await app.http().post('/admin/login').send({ email: 'factory@example.test', password: 'Factory-Passw0rd' }).expect(200);
    superAdmin = login.body.data.token;
    officerAdmin = await adminToken('officer-admin@example.test', 'complaint-officer');
    inspectorAdmin = await adminToken('inspector-admin@example.test', 'inspector');
    officer = await createUser(app.strapi, 'complaint-officer');
    member = await createUser(app.strapi, 'response-team-member');
    inspector = await createUser(app.strapi, 'inspector');
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  describe('CSV import on the admin route', () => {
    const good1 = '10190580100015,บริษัท ศิลาซีเมนต์ จำกัด,บริษัท ศิลาซีเมนต์ จำกัด,58(1),ผลิตปูนซีเมนต์,3,TH-19,แก่งคอย,14.59,101.01,operating';
    const good2 = 'จ3-58(2)-7/45สบ,โรงงานปูนขาวสมบูรณ์,นายสมชาย ใจดี,58(2),ผลิตปูนขาว,3,สระบุรี,เมืองสระบุรี,,,ประกอบกิจการ';

    it('keeps the good rows and reports the bad ones by line and field', async () => {
      const csv = [HEADER, good1, 'xx-1,โรงงานผิด,,58,,3,TH-19,,,,', good2, '10190580100023,,,58,,5,TH-19,,,,'].join('\r\n');
      const res = await admin('post', '/factories/import').send({ csv }).expect(200);
      expect(res.body.data).toMatchObject({ rows: 4, created: 2, updated: 0, unchanged: 0, rejected: 2 });
      expect(res.body.data.problems.map((p: any) => [p.line, p.field])).toEqual([
        [3, 'registration_number'],
        [5, 'name'],
        [5, 'class'],
      ]);
      expect(await factoryCount()).toBe(2);
      expect(await factoryBy('จ3-58(2)-7/45สบ')).toMatchObject({
        nameTh: 'โรงงานปูนขาวสมบูรณ์',
        operator: 'นายสมชาย ใจดี',
        state: 'operating',
        province: { code: 'TH-19' },
      });
    });

    it('re-importing updates by the normalised registration number, never a second factory', async () => {
      const changed =
        '1-0-19-05801-0001-5,บริษัท ศิลาซีเมนต์ จำกัด (มหาชน),บริษัท ศิลาซีเมนต์ จำกัด (มหาชน),58(1),ผลิตปูนซีเมนต์,3,TH-19,แก่งคอย,14.59,101.01,suspended';
      const same = good2.replace('จ3-', 'จ.3-');
      const res = await admin('post', '/factories/import')
        .send({ csv: [HEADER, changed, same].join('\n') })
        .expect(200);
      expect(res.body.data).toMatchObject({ rows: 2, created: 0, updated: 1, unchanged: 1, rejected: 0, problems: [] });
      expect(await factoryCount()).toBe(2);
      expect(await factoryBy('10190580100015')).toMatchObject({ nameTh: 'บริษัท ศิลาซีเมนต์ จำกัด (มหาชน)', state: 'suspended' });
    });

    it('imports a few hundred rows in bulk', async () => {
      const rows = Array.from(
        { length: 400 },
        (_, i) => `101906400${String(1000 + i).padStart(4, '0')}0,โรงงานที่ ${i},,64,,2,TH-19,หนองแค,,,`,
      );
      const started = Date.now();
      const res = await admin('post', '/factories/import')
        .send({ csv: [HEADER, ...rows].join('\n') })
        .expect(200);
      const ms = Date.now() - started;
      expect(res.body.data).toMatchObject({ rows: 400, created: 400, rejected: 0 });
      expect(ms).toBeLessThan(10_000);
      const again = await admin('post', '/factories/import')
        .send({ csv: [HEADER, ...rows].join('\n') })
        .expect(200);
      expect(again.body.data).toMatchObject({ created: 0, unchanged: 400 });
      expect(await factoryCount()).toBe(402);
    });

    it('refuses a body without the file (400 naming csv), a role that may not create factories (403), no admin token (401)', async () => {
      const bad = await admin('post', '/factories/import').send({}).expect(400);
      expect(bad.body.error.message).toMatch(/csv/);
      await admin('post', '/factories/import', officerAdmin).send({ csv: HEADER }).expect(403);
      await app.http().post('/admin/factories/import').send({ csv: HEADER }).expect(401);
      await app.http().post('/admin/factories/import').set('Authorization', officer.auth).send({ csv: HEADER }).expect(401);
    });
  });

  describe('npm run import -- factories', () => {
    it('imports a file with the same rules: good rows kept, bad rows by line and field, updates not duplicates', async () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factories-')), 'registry.csv');
      fs.writeFileSync(
        file,
        [
          HEADER,
          '10190580100015,บริษัท ศิลาซีเมนต์ จำกัด,บริษัท ศิลาซีเมนต์ จำกัด,58(1),ผลิตปูนซีเมนต์,3,TH-19,แก่งคอย,14.59,101.01,operating',
          '10190580100031,โรงงานใหม่,,58(1),,3,TH-19,,,,',
          '10190580100049,โรงงานผิดจังหวัด,,58(1),,3,TH-21,,,,',
        ].join('\n'),
      );
      const run = await importCli(['factories', file]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/factories: 3 rows read, 1 created, 1 updated, 0 unchanged, 1 rejected/);
      expect(run.stdout).toMatch(/line 4, province: is TH-21, the registration number says TH-19/);
      expect(await factoryBy('10190580100015')).toMatchObject({ state: 'operating' });
      expect(await factoryBy('10190580100031')).toBeTruthy();
      expect(await factoryCount()).toBe(403);
      const usage = await importCli(['factories']);
      expect(usage.code).toBe(2);
    }, 240_000);
  });

  describe('complaints and factories', () => {
    let near: any;
    let mid: any;
    let far: any;

    beforeAll(async () => {
      const rayong = await provinceId('TH-21');
      // 0.0027° of latitude ≈ 300 m; the complaint is filed at 12.70, 101.15 (tests/harness/complaints.ts)
      near = await factory('10210420100018', { latitude: 12.7027, longitude: 101.15, province: rayong });
      mid = await factory('จ3-42(1)-9/50รย', { latitude: 12.6919, longitude: 101.15, province: rayong });
      far = await factory('10210420100026', { latitude: 12.7135, longitude: 101.15, province: rayong });
      await app.strapi.db
        .query('api::complaint-category.complaint-category')
        .update({ where: { code: 'factory_odour' }, data: { radiusMeters: 1000 } });
    });

    it('links a complaint filed with a registered number, however it was written, and keeps the free text', async () => {
      const written = '๑-๐-๒๑-๐๔๒๐๑-๐๐๐๑-๘';
      const filed = await fileComplaint(app, { factoryRegistrationNumber: written });
      const c = await app.strapi.db.query(COMPLAINT).findOne({ where: { documentId: filed.documentId }, populate: { factory: true } });
      expect(c.factory?.documentId).toBe(near.documentId);
      expect(c.factoryRegistrationNumber).toBe(written);
      const unknown = await fileComplaint(app, { factoryRegistrationNumber: '10219990000019' });
      const u = await app.strapi.db.query(COMPLAINT).findOne({ where: { documentId: unknown.documentId }, populate: { factory: true } });
      expect(u.factory).toBeNull();
      expect(u.factoryRegistrationNumber).toBe('10219990000019');
    });

    it('suggests the registered factories within the category radius, nearest first, and the officer confirms one', async () => {
      const filed = await fileComplaint(app);
      const res = await app
        .http()
        .get(`/api/complaints/${filed.documentId}/factory-suggestions`)
        .set('Authorization', officer.auth)
        .expect(200);
      expect(res.body.data.radiusMeters).toBe(1000);
      expect(res.body.data.linked).toBeNull();
      expect(res.body.data.suggestions.map((s: any) => s.documentId)).toEqual([near.documentId, mid.documentId]);
      expect(res.body.data.suggestions[0].distanceMeters).toBeGreaterThan(250);
      expect(res.body.data.suggestions[0].distanceMeters).toBeLessThan(350);
      expect(res.body.data.suggestions.some((s: any) => s.documentId === far.documentId)).toBe(false);
      expect(JSON.stringify(res.body)).not.toContain('operator');

      const linked = await app
        .http()
        .put(`/api/complaints/${filed.documentId}/factory`)
        .set('Authorization', officer.auth)
        .send({ factory: mid.documentId })
        .expect(200);
      expect(linked.body.data.factory).toMatchObject({ documentId: mid.documentId, registrationNumber: 'จ3-42(1)-9/50รย' });
      const again = await app
        .http()
        .get(`/api/complaints/${filed.documentId}/factory-suggestions`)
        .set('Authorization', officer.auth)
        .expect(200);
      expect(again.body.data.linked.documentId).toBe(mid.documentId);

      const bad = await app
        .http()
        .put(`/api/complaints/${filed.documentId}/factory`)
        .set('Authorization', officer.auth)
        .send({ factory: 'nope' })
        .expect(400);
      expect(bad.body.error.details.field).toBe('factory');
      const missing = await app
        .http()
        .put(`/api/complaints/${filed.documentId}/factory`)
        .set('Authorization', officer.auth)
        .send({})
        .expect(400);
      expect(missing.body.error.message).toMatch(/factory/);
      await app
        .http()
        .put(`/api/complaints/${filed.documentId}/factory`)
        .set('Authorization', officer.auth)
        .send({ factory: null })
        .expect(200);
      expect(
        (await app.strapi.db.query(COMPLAINT).findOne({ where: { documentId: filed.documentId }, populate: { factory: true } })).factory,
      ).toBeNull();

      await app.http().get('/api/complaints/doesnotexist000000000000/factory-suggestions').set('Authorization', officer.auth).expect(404);
      await app.http().get(`/api/complaints/${filed.documentId}/factory-suggestions`).set('Authorization', member.auth).expect(403);
      await app.http().get(`/api/complaints/${filed.documentId}/factory-suggestions`).expect(403);
    });

    it('a complaint without a position gets no suggestions', async () => {
      const filed = await fileComplaint(app, { latitude: undefined, longitude: undefined });
      const res = await app
        .http()
        .get(`/api/complaints/${filed.documentId}/factory-suggestions`)
        .set('Authorization', officer.auth)
        .expect(200);
      expect(res.body.data).toMatchObject({ position: null, suggestions: [] });
    });

    it('an inspector links inspections and findings to factories', async () => {
      const ins = await app
        .http()
        .post('/api/inspections')
        .set('Authorization', inspector.auth)
        .send({ data: { code: `INS-F-${id()}`, title: 'ตรวจโรงงาน', fiscalYear: 2570, round: 1, factories: [near.documentId] } })
        .expect(201);
      const fin = await app
        .http()
        .post('/api/inspection-findings')
        .set('Authorization', inspector.auth)
        .send({
          data: {
            inspection: ins.body.data.documentId,
            title: 'น้ำเสียเกินมาตรฐาน',
            finding: 'ค่า COD เกินมาตรฐาน',
            recommendation: 'ปรับปรุงระบบบำบัด',
            dueAt: new Date(Date.now() + 30 * DAY).toISOString(),
            factory: near.documentId,
          },
        })
        .expect(201);
      const stored = await app.strapi.db.query('api::inspection-finding.inspection-finding').findOne({
        where: { documentId: fin.body.data.documentId },
        populate: { factory: true, inspection: { populate: { factories: true } } },
      });
      expect(stored.factory.documentId).toBe(near.documentId);
      expect(stored.inspection.factories.map((f: any) => f.documentId)).toEqual([near.documentId]);
    });

    it('the public registry never shows the operator, populated or filtered', async () => {
      const res = await app.http().get('/api/factories?populate=*&pagination[pageSize]=100').expect(200);
      expect(res.body.data.length).toBeGreaterThan(0);
      expect(JSON.stringify(res.body)).not.toContain('นายสมชาย');
      expect(res.body.data.every((f: any) => !('operator' in f))).toBe(true);
      const filtered = await app.http().get(`/api/factories?filters[operator][$containsi]=${encodeURIComponent('สมชาย')}`);
      expect(filtered.status).toBe(400);
    });
  });

  describe('factory history and repeat sources', () => {
    let f: any;
    let g: any;
    let h: any;

    beforeAll(async () => {
      const chonburi = await provinceId('TH-20');
      const rayong = await provinceId('TH-21');
      f = await factory('10200420100017', { province: chonburi, latitude: 13.1, longitude: 101.0 });
      g = await factory('10200420100025', { province: chonburi });
      h = await factory('10210420100034', { province: rayong });
      const now = Date.now();
      const complaint = (factoryDoc: any, daysAgo: number, state = 'received') =>
        app.strapi.db.query(COMPLAINT).create({
          data: {
            documentId: id(),
            publishedAt: new Date(),
            ticketNumber: `F-${id().slice(0, 10)}`,
            trackingCode: id(),
            title: `กลิ่นเหม็น ${daysAgo}`,
            description: 'กลิ่นเหม็น',
            urgency: 'normal',
            channel: 'web',
            state,
            receivedAt: new Date(now - daysAgo * DAY),
            factory: factoryDoc.id,
          },
        });
      // F: three complaints (one resolved) and two findings within 90 days; G: two within, one older, one
      // rejected; H (Rayong): three
      await complaint(f, 5);
      await complaint(f, 40, 'resolved');
      await complaint(f, 70);
      await complaint(g, 10);
      await complaint(g, 20);
      await complaint(g, 200);
      await complaint(g, 15, 'rejected'); // not the factory's doing: never counted
      for (const d of [1, 2, 3]) await complaint(h, d);
      const ins = await app.strapi.db.query('api::inspection.inspection').create({
        data: {
          documentId: id(),
          publishedAt: new Date(),
          code: `INS-H-${id()}`,
          title: 'ตรวจ',
          type: 'regular',
          fiscalYear: 2570,
          round: 1,
          state: 'reported',
          startDate: new Date(now - 30 * DAY).toISOString().slice(0, 10),
          factories: [f.id],
        },
      });
      for (const sev of ['high', 'low']) {
        await app.strapi.db.query('api::inspection-finding.inspection-finding').create({
          data: {
            documentId: id(),
            publishedAt: new Date(),
            inspection: ins.id,
            title: `ข้อตรวจพบ ${sev}`,
            finding: 'x',
            recommendation: 'y',
            severity: sev,
            state: 'open',
            dueAt: new Date(now + 10 * DAY),
            factory: f.id,
          },
        });
      }
    });

    it('one screen per factory: complaints, inspections and findings with their totals and months, no complainant', async () => {
      const res = await admin('get', `/factories/${f.documentId}/history`).expect(200);
      const d = res.body.data;
      expect(d.factory).toMatchObject({ documentId: f.documentId, registrationNumber: '10200420100017', province: { code: 'TH-20' } });
      expect(d.totals).toEqual({ complaints: 3, openComplaints: 2, incidents: 0, inspections: 1, findings: 2, openFindings: 2 });
      expect(d.complaints.map((c: any) => c.title)).toEqual(['กลิ่นเหม็น 5', 'กลิ่นเหม็น 40', 'กลิ่นเหม็น 70']);
      expect(d.months.reduce((s: number, m: any) => s + m.complaints, 0)).toBe(3);
      expect(d.months.reduce((s: number, m: any) => s + m.findings, 0)).toBe(2);
      expect(d.months.reduce((s: number, m: any) => s + m.inspections, 0)).toBe(1);
      expect(d.groups).toEqual([expect.objectContaining({ complaints: 3, open: 2 })]);
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(COMPLAINANT.email);
      expect(text).not.toContain(COMPLAINANT.name);
      expect(text).not.toContain('trackingCode');
      expect(text).not.toContain('operator');
    });

    it('a factory whose complaints were filed by named citizens shows none of their personal data', async () => {
      const near = await app.strapi.db.query(FACTORY).findOne({ where: { registrationNumber: '10210420100018' } });
      const res = await admin('get', `/factories/${near.documentId}/history`).expect(200);
      expect(res.body.data.totals.complaints).toBeGreaterThan(0);
      const text = JSON.stringify(res.body);
      for (const v of Object.values(COMPLAINANT)) expect(text).not.toContain(v);
    });

    it('shows each part only to an administrator who may read all of its type', async () => {
      const asOfficer = await admin('get', `/factories/${f.documentId}/history`, officerAdmin).expect(200);
      expect(asOfficer.body.data.totals).toMatchObject({ complaints: 3, inspections: null, findings: null });
      expect(asOfficer.body.data.inspections).toBeNull();
      const asInspector = await admin('get', `/factories/${f.documentId}/history`, inspectorAdmin).expect(200);
      expect(asInspector.body.data.totals).toMatchObject({ complaints: null, inspections: 1, findings: 2 });
      expect(asInspector.body.data.complaints).toBeNull();
      await admin('get', '/factories/nosuchfactory000000000000/history').expect(404);
      await app.http().get(`/admin/factories/${f.documentId}/history`).expect(401);
    });

    it('lists the repeat sources of a province: at least N complaints and findings within D days, most first', async () => {
      const three = await admin('get', '/factories/repeat-sources?province=TH-20&minCount=3&days=90').expect(200);
      expect(three.body.data.map((r: any) => [r.registrationNumber, r.complaints, r.findings, r.total])).toEqual([
        ['10200420100017', 3, 2, 5],
      ]);
      const two = await admin('get', '/factories/repeat-sources?province=TH-20&minCount=2&days=90').expect(200);
      expect(two.body.data.map((r: any) => [r.registrationNumber, r.total])).toEqual([
        ['10200420100017', 5],
        ['10200420100025', 2],
      ]);
      const long = await admin('get', '/factories/repeat-sources?province=TH-20&minCount=3&days=365').expect(200);
      expect(long.body.data.map((r: any) => [r.registrationNumber, r.total])).toEqual([
        ['10200420100017', 5],
        ['10200420100025', 3],
      ]);
      const short = await admin('get', '/factories/repeat-sources?province=TH-20&minCount=2&days=30').expect(200);
      expect(short.body.data.map((r: any) => [r.registrationNumber, r.complaints, r.findings])).toEqual([
        ['10200420100017', 1, 2],
        ['10200420100025', 2, 0],
      ]);
      const everywhere = await admin('get', '/factories/repeat-sources?minCount=3&days=90').expect(200);
      expect(everywhere.body.data.map((r: any) => r.registrationNumber).sort()).toEqual(['10200420100017', '10210420100034']);
      // an officer who may not read findings counts complaints only
      const officerView = await admin('get', '/factories/repeat-sources?province=TH-20&minCount=3&days=90', officerAdmin).expect(200);
      expect(officerView.body.data.map((r: any) => [r.registrationNumber, r.total])).toEqual([['10200420100017', 3]]);
      expect(officerView.body.meta.counted).toEqual({ complaints: true, findings: false });

      const bad = await admin('get', '/factories/repeat-sources?minCount=abc&days=0').expect(400);
      expect(bad.body.error.message).toMatch(/minCount/);
      expect(bad.body.error.message).toMatch(/days/);
      await admin('get', '/factories/repeat-sources?province=TH-99').expect(404);
      void h;
      void g;
    });

    it('searches the registry for the history page', async () => {
      const res = await admin('get', `/factories/search?q=10200420100017`, officerAdmin).expect(200);
      expect(res.body.data.map((r: any) => r.documentId)).toEqual([f.documentId]);
      expect(JSON.stringify(res.body)).not.toContain('operator');
    });
  });
});
