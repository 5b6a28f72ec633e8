import fs from 'fs';
import os from 'os';
import path from 'path';
import { bootStrapi, TestApp } from '../harness/strapi';
import { complaintStaff, fileComplaint, intakeBody, PNG_1PX } from '../harness/complaints';
import { createUser } from '../harness/users';
import { fileProblem, uploadRules } from '../../src/lib/security/upload-rules';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60)]);
const TEXT = Buffer.from('just some text, not an image');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

describe('upload rules (pure)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'upload-rules-'));
  const file = (name: string, content: Buffer, mimetype: string) => {
    const filepath = path.join(dir, `${Math.random()}`);
    fs.writeFileSync(filepath, content);
    return { filepath, originalFilename: name, mimetype, size: content.length };
  };
  const rules = uploadRules();

  it('judges by content, and wants the name and the declared type to agree with it', () => {
    expect(fileProblem(file('ok.png', PNG_1PX, 'image/png'), rules.attachments)).toBeNull();
    expect(fileProblem(file('ok.PNG', PNG_1PX, 'application/octet-stream'), rules.attachments)).toBeNull();
    expect(fileProblem(file('letter.pdf', PDF, 'application/pdf'), rules.attachments)).toBeNull();
    expect(fileProblem(file('fake.png', TEXT, 'image/png'), rules.attachments)).toMatch(/not an image .* by its content/);
    expect(fileProblem(file('photo.pdf', PNG_1PX, 'application/pdf'), rules.attachments)).toMatch(/extension ".pdf" does not match/);
    expect(fileProblem(file('photo.png', PNG_1PX, 'application/pdf'), rules.attachments)).toMatch(/declared as application\/pdf/);
    expect(fileProblem(file('photo', PNG_1PX, 'image/png'), rules.attachments)).toMatch(/extension "\(none\)"/);
    expect(fileProblem(file('x.svg', SVG, 'image/svg+xml'), rules.attachments)).toMatch(/not an image/);
  });

  it('has narrower rules per field: photos are images only, the report upload takes Office documents', () => {
    expect(fileProblem(file('letter.pdf', PDF, 'application/pdf'), rules.photos)).toMatch(/not an image/);
    expect(
      fileProblem(file('plan.docx', DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'), rules.apiUpload),
    ).toBeNull();
    expect(
      fileProblem(file('plan.docx', DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'), rules.attachments),
    ).toMatch(/not an image/);
    expect(
      fileProblem(file('big.png', Buffer.concat([PNG_1PX, Buffer.alloc(64)]), 'image/png'), { ...rules.photos, maxBytes: 32 }),
    ).toMatch(/larger than 32 bytes/);
  });
});

describe('upload rules over HTTP', () => {
  let app: TestApp;
  let staff: Awaited<ReturnType<typeof complaintStaff>>;
  let admin: string;
  const counts = async () => ({
    files: await app.strapi.db.query('plugin::upload.file').count(),
    complaints: await app.strapi.db.query('api::complaint.complaint').count(),
    updates: await app.strapi.db.query('api::complaint-update.complaint-update').count(),
  });

  beforeAll(async () => {
    app = await bootStrapi({
      env: {
        PUBLIC_INTAKE_RATE_LIMIT: '0',
        API_UPLOAD_MAX_BYTES: '4096',
        DEMO_ADMIN_EMAIL: 'media@example.test',
        DEMO_ADMIN_PASSWORD: 'Admin-Passw0rd',
      },
    });
    staff = await complaintStaff(app);
    admin = `Bearer ${(await app.http().post('/admin/login').send({ email: 'media@example.test', password: 'Admin-Passw0rd' }).expect(200)).body.data.token}`;
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each([
    ['a text file named .png', TEXT, 'notes.png', 'image/png', /not an image/],
    ['a PNG declared as a PDF', PNG_1PX, 'photo.png', 'application/pdf', /declared as application\/pdf/],
    ['a PNG named .pdf', PNG_1PX, 'photo.pdf', 'application/pdf', /extension ".pdf"/],
  ])('public intake refuses %s with a 400 naming attachments.0; nothing is stored', async (_n, content, filename, contentType, why) => {
    const before = await counts();
    const res = await app
      .http()
      .post('/api/public/complaints')
      .field('data', JSON.stringify(intakeBody()))
      .attach('attachments', content, { filename, contentType });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['attachments', '0'], message: expect.stringMatching(why) }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a PDF as a field-visit photo (images only there), naming photos.0', async () => {
    const c = await fileComplaint(app);
    const before = await counts();
    const res = await app
      .http()
      .post(`/api/complaints/${c.documentId}/field-visits`)
      .set('Authorization', staff.officer.auth)
      .field('data', JSON.stringify({ note: 'ตรวจพื้นที่' }))
      .attach('photos', PDF, { filename: 'report.pdf', contentType: 'application/pdf' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['photos', '0']);
    expect(await counts()).toEqual(before);
  });

  describe('POST /api/upload (agency officers, for report attachments)', () => {
    it('takes a real PDF and refuses a disguised file, an SVG and an oversize file, naming files.i', async () => {
      const agency = await createUser(app.strapi, 'agency-officer');
      const ok = await app
        .http()
        .post('/api/upload')
        .set('Authorization', agency.auth)
        .attach('files', PDF, { filename: 'progress.pdf', contentType: 'application/pdf' });
      expect(ok.status).toBe(201);
      const before = await counts();
      for (const [content, filename, contentType] of [
        [TEXT, 'scan.png', 'image/png'],
        [PNG_1PX, 'scan.png', 'application/pdf'],
        [SVG, 'chart.svg', 'image/svg+xml'],
        [Buffer.concat([PDF, Buffer.alloc(5000)]), 'big.pdf', 'application/pdf'],
      ] as const) {
        const res = await app
          .http()
          .post('/api/upload')
          .set('Authorization', agency.auth)
          .attach('files', content, { filename, contentType });
        expect([filename, res.status]).toEqual([filename, 400]);
        expect(res.body.error.details.errors[0].path).toEqual(['files', '0']);
      }
      expect(await counts()).toEqual(before);
    });

    it('does not let a caller replace or re-describe an existing file, or link a file to an entry', async () => {
      const agency = await createUser(app.strapi, 'agency-officer');
      const c = await fileComplaint(app);
      await app
        .http()
        .post(`/api/complaints/${c.documentId}/field-visits`)
        .set('Authorization', staff.officer.auth)
        .field('data', JSON.stringify({ note: 'ภาพถ่ายหน้างาน' }))
        .attach('photos', PNG_1PX, { filename: 'site.png', contentType: 'image/png' })
        .expect(201);
      const photo = (await app.strapi.db.query('plugin::upload.file').findMany({ where: { name: 'site.png' } }))[0];
      const replace = await app
        .http()
        .post(`/api/upload?id=${photo.id}`)
        .set('Authorization', agency.auth)
        .attach('files', PNG_1PX, { filename: 'x.png', contentType: 'image/png' });
      expect(replace.status).toBe(403);
      const rename = await app
        .http()
        .post(`/api/upload?id=${photo.id}`)
        .set('Authorization', agency.auth)
        .field('fileInfo', JSON.stringify({ name: 'renamed' }));
      expect(rename.status).toBe(403);
      const link = await app
        .http()
        .post('/api/upload')
        .set('Authorization', agency.auth)
        .field('ref', 'api::complaint.complaint')
        .field('refId', '1')
        .field('field', 'attachments')
        .attach('files', PNG_1PX, { filename: 'x.png', contentType: 'image/png' });
      expect(link.status).toBe(400);
      expect(link.body.error.details.errors.map((e: any) => e.path[0])).toEqual(['ref', 'refId', 'field']);
      const after = await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: photo.id } });
      expect(after).toMatchObject({ name: 'site.png', hash: photo.hash });
    });

    it("lets a report link only files its caller uploaded, not another entry's (a complaint photo by id)", async () => {
      const agencyRow = await app.strapi.db.query('api::agency.agency').findOne({});
      const officer = await createUser(app.strapi, 'agency-officer');
      await app.strapi.db.query('api::agency.agency').update({ where: { id: agencyRow.id }, data: { reportingOfficers: [officer.id] } });
      const project: any = await app.strapi.documents('api::project.project' as any).create({
        data: {
          code: 'SEC-1',
          name: 'โครงการทดสอบ',
          agency: agencyRow.documentId,
          officerName: 'เจ้าหน้าที่',
          officerEmail: 'r@example.test',
          fiscalYear: 2570,
          state: 'active',
          reportingFrequency: 'quarterly',
          dueDaysAfterPeriodEnd: 15,
        } as any,
      });
      const report: any = await app.strapi.documents('api::progress-report.progress-report' as any).create({
        data: {
          project: project.documentId,
          slotKey: `${project.documentId}:Q1`,
          periodLabel: 'FY2570-Q1',
          periodStart: '2026-10-01',
          periodEnd: '2026-12-31',
          dueAt: new Date('2027-01-15T16:59:59Z'),
          state: 'pending',
        } as any,
      });
      const c = await fileComplaint(app);
      await app
        .http()
        .post(`/api/complaints/${c.documentId}/field-visits`)
        .set('Authorization', staff.officer.auth)
        .field('data', JSON.stringify({ note: 'ภาพถ่าย' }))
        .attach('photos', PNG_1PX, { filename: 'evidence.png', contentType: 'image/png' })
        .expect(201);
      const photo = (await app.strapi.db.query('plugin::upload.file').findMany({ where: { name: 'evidence.png' } }))[0];
      const res = await app
        .http()
        .post(`/api/progress-reports/${report.documentId}/submit`)
        .set('Authorization', officer.auth)
        .send({ data: { progressPercent: 10, narrative: 'เริ่มงาน', attachments: [photo.id] } });
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors[0]).toMatchObject({ path: ['attachments'], message: expect.stringContaining(String(photo.id)) });
      expect((await app.strapi.db.query('api::progress-report.progress-report').findOne({ where: { id: report.id } })).state).toBe(
        'pending',
      );

      const own = await app
        .http()
        .post('/api/upload')
        .set('Authorization', officer.auth)
        .attach('files', PDF, { filename: 'mine.pdf', contentType: 'application/pdf' });
      expect(own.status).toBe(201);
      const ok = await app
        .http()
        .post(`/api/progress-reports/${report.documentId}/submit`)
        .set('Authorization', officer.auth)
        .send({ data: { progressPercent: 10, narrative: 'เริ่มงาน', attachments: [own.body[0].id] } });
      expect(ok.status).toBe(200);
    });
  });

  describe('the admin panel media library', () => {
    it('refuses an SVG upload (Strapi upload security) and a library file of the wrong type on a complaint', async () => {
      const svg = await app
        .http()
        .post('/upload')
        .set('Authorization', admin)
        .attach('files', SVG, { filename: 'logo.svg', contentType: 'image/svg+xml' });
      expect(svg.status).toBe(400);
      const docx = await app.http().post('/upload').set('Authorization', admin).attach('files', DOCX, {
        filename: 'memo.docx',
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      });
      expect(docx.status).toBe(201);
      const c = await fileComplaint(app);
      const res = await app
        .http()
        .put(`/content-manager/collection-types/api::complaint.complaint/${c.documentId}`)
        .set('Authorization', admin)
        .send({ attachments: [docx.body[0].id] });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.error)).toContain('attachments');
      const stored = await app.strapi.db
        .query('api::complaint.complaint')
        .findOne({ where: { documentId: c.documentId }, populate: { attachments: true } });
      expect(stored.attachments).toEqual([]);
    });
  });
});
