import fs from 'fs';
import os from 'os';
import path from 'path';
import { bootStrapi, TestApp } from '../harness/strapi';
import { COMPLAINANT, complaintStaff, fileComplaint, intakeBody, PNG_1PX } from '../harness/complaints';
import { createUser } from '../harness/users';
import { fileProblem, ownedMediaFields, uploadRules } from '../../src/lib/security/upload-rules';
import { FILE_UID, linkProblems } from '../../src/lib/security/file-ownership';
import { adminRoles, mediaFields, roleDeclarations } from '../../src/lib/manifests';
import { asTrusted } from '../../src/lib/platform/trusted-write';

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

      // nor an admin's media-library upload, nor another agency's not-yet-attached upload
      const library = await app
        .http()
        .post('/upload')
        .set('Authorization', admin)
        .attach('files', PDF, { filename: 'library.pdf', contentType: 'application/pdf' })
        .expect(201);
      const otherAgency = await createUser(app.strapi, 'agency-officer');
      const theirs = await app
        .http()
        .post('/api/upload')
        .set('Authorization', otherAgency.auth)
        .attach('files', PDF, { filename: 'theirs.pdf', contentType: 'application/pdf' })
        .expect(201);
      for (const id of [library.body[0].id, theirs.body[0].id]) {
        const refused = await app
          .http()
          .post(`/api/progress-reports/${report.documentId}/submit`)
          .set('Authorization', officer.auth)
          .send({ data: { progressPercent: 10, narrative: 'เริ่มงาน', attachments: [id] } });
        expect([id, refused.status, refused.body.error?.details?.errors?.[0]?.path]).toEqual([id, 400, ['attachments']]);
      }

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
  // ---- who may link which file (src/lib/security/file-ownership.ts), and what the media library shows ----

  const FILE_ORIGINS = ['admin', 'user', 'token', 'public', 'system'];
  type State = Record<string | symbol, unknown>;
  /** Runs `fn` as if serving a request whose koa state is `state` (who is calling). */
  const within = async <T>(state: State, fn: () => Promise<T>): Promise<T> => {
    let out!: T;
    await app.strapi.requestContext.run({ state } as any, async () => {
      out = await fn();
    });
    return out;
  };
  const userState = (id: number) => (): State => ({ user: { id }, auth: { strategy: { name: 'users-permissions' } } });
  let seq = 0;
  /** A stored file, created by the upload plugin's model while serving `state`'s request. */
  const fileAs = (state: State, createdBy?: number): Promise<{ id: number }> => {
    const n = ++seq;
    return within(state, () =>
      app.strapi.db.query(FILE_UID).create({
        data: {
          name: `f${n}.png`,
          hash: `f${n}_${process.pid}`,
          ext: '.png',
          mime: 'image/png',
          size: 0.07,
          url: `/uploads/f${n}.png`,
          provider: 'local',
          folderPath: '/',
          ...(createdBy ? { createdBy } : {}),
        },
      }),
    );
  };
  /** Attaches files to a complaint of their own ("another entry"), as trusted code would. */
  const elsewhere: number[] = [];
  let elsewhereDoc: string;
  const attachElsewhere = async (id: number) => {
    elsewhereDoc ??= (await fileComplaint(app)).documentId;
    elsewhere.push(id);
    await app.strapi.db.query('api::complaint.complaint').update({ where: { documentId: elsewhereDoc }, data: { attachments: elsewhere } });
  };

  const admins: Record<string, { id: number; auth: string; state: () => State }> = {};
  /** An admin-panel user holding only the admin role `code`, signed in. */
  async function adminOf(code: string) {
    if (admins[code]) return admins[code];
    const role = await app.strapi.db.query('admin::role').findOne({ where: { code } });
    if (!role) throw new Error(`no admin role ${code}`);
    const email = `${code}@example.test`;
    const password = 'Admin-Passw0rd1';
    const created = await (app.strapi.service('admin::user') as any).create({
      email,
      firstname: code,
      lastname: 'Test',
      password,
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    const login = await app.http().post('/admin/login').send({ email, password }).expect(200);
    const user = await app.strapi.db.query('admin::user').findOne({ where: { id: created.id }, populate: ['roles'] });
    const userAbility = await (app.strapi.service('admin::permission') as any).engine.generateUserAbility(user);
    admins[code] = {
      id: user.id,
      auth: `Bearer ${login.body.data.token}`,
      state: () => ({ user, auth: { strategy: { name: 'admin' } }, userAbility }),
    };
    return admins[code];
  }
  /** The limited admin roles: ours (with whether they have the media library), and Strapi's Editor and Author. */
  const limitedAdminRoles = () => [
    ...adminRoles.map((r) => ({ code: r.code, library: !!r.media })),
    { code: 'strapi-editor', library: true },
    // Strapi's Author reads only the library files it uploaded itself (condition "is creator")
    { code: 'strapi-author', library: false },
  ];
  /** Every media field of the assembled manifests, and any media attribute of our types they do not declare. */
  const fieldsOfManifests = () =>
    Object.entries(ownedMediaFields(app.strapi, mediaFields)).flatMap(([uid, fields]) => fields.map((field) => ({ uid, field })));
  const ownershipMessage = /not an upload of yours|attached to another entry|does not exist/;

  describe('who may link which file to a media field', () => {
    it('records who uploaded each file when the upload plugin stores it, and never answers it over REST', async () => {
      const agency = await createUser(app.strapi, 'agency-officer');
      const mine = await app
        .http()
        .post('/api/upload')
        .set('Authorization', agency.auth)
        .attach('files', PDF, { filename: 'recorded.pdf', contentType: 'application/pdf' })
        .expect(201);
      expect(mine.body[0]).not.toHaveProperty('uploaderKind');
      expect(mine.body[0]).not.toHaveProperty('uploaderId');
      const library = await app
        .http()
        .post('/upload')
        .set('Authorization', admin)
        .attach('files', PNG_1PX, { filename: 'library.png', contentType: 'image/png' })
        .expect(201);
      await app
        .http()
        .post('/api/public/complaints')
        .field('data', JSON.stringify(intakeBody()))
        .attach('attachments', PNG_1PX, { filename: 'citizen-recorded.png', contentType: 'image/png' })
        .expect(201);
      const row = (where: object) => app.strapi.db.query(FILE_UID).findOne({ where, select: ['uploaderKind', 'uploaderId'] });
      const superAdmin = await app.strapi.db.query('admin::user').findOne({ where: { email: 'media@example.test' } });
      expect(await row({ id: mine.body[0].id })).toEqual({ uploaderKind: 'user', uploaderId: agency.id });
      expect(await row({ id: library.body[0].id })).toEqual({ uploaderKind: 'admin', uploaderId: superAdmin.id });
      expect(await row({ name: 'citizen-recorded.png' })).toEqual({ uploaderKind: 'public', uploaderId: null });
      // an upload can't claim another uploader
      const forged = await app
        .http()
        .post('/upload')
        .set('Authorization', admin)
        .field('fileInfo', JSON.stringify({ name: 'forged.png', uploaderKind: 'user', uploaderId: agency.id }))
        .attach('files', PNG_1PX, { filename: 'forged.png', contentType: 'image/png' });
      if (forged.status === 201) expect(await row({ id: forged.body[0].id })).toEqual({ uploaderKind: 'admin', uploaderId: superAdmin.id });
      else expect(forged.status).toBe(400);
      expect(FILE_ORIGINS).toContain((await row({ id: mine.body[0].id })).uploaderKind);
    });

    it('generated: every media field of every manifest, for every users-permissions role and every limited admin role', async () => {
      const superAdmin = await app.strapi.db.query('admin::user').findOne({ where: { email: 'media@example.test' }, populate: ['roles'] });
      const library = await fileAs({ user: superAdmin, auth: { strategy: { name: 'admin' } } }, superAdmin.id);
      const stranger = await createUser(app.strapi, 'agency-officer');
      const othersUpload = await fileAs(userState(stranger.id)());
      const citizensUpload = await fileAs({});

      const callers: Array<{ label: string; state: () => State; identified: boolean; library: boolean; adminId?: number }> = [];
      for (const decl of roleDeclarations) {
        if (decl.type === 'public') callers.push({ label: 'public', state: () => ({}), identified: false, library: false });
        else
          callers.push({
            label: decl.type,
            state: userState((await createUser(app.strapi, decl.type)).id),
            identified: true,
            library: false,
          });
      }
      for (const r of limitedAdminRoles()) {
        const a = await adminOf(r.code);
        callers.push({ label: `admin ${r.code}`, state: a.state, identified: true, library: r.library, adminId: a.id });
      }
      const fields = fieldsOfManifests();
      expect(fields.map((f) => `${f.uid}.${f.field}`)).toEqual(
        expect.arrayContaining([
          'api::progress-report.progress-report.attachments',
          'api::inspection-finding.inspection-finding.responseAttachments',
        ]),
      );

      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const { uid, field } of fields) {
        for (const caller of callers) {
          const attached = await fileAs(caller.state(), caller.adminId);
          await attachElsewhere(attached.id);
          const earlier = await fileAs(caller.state(), caller.adminId);
          const request = caller.state();
          const now = await fileAs(request, caller.adminId);
          const cases: Array<[string, number, boolean, State?]> = [
            ["another user's upload", othersUpload.id, false],
            ["a citizen's upload", citizensUpload.id, false],
            ['a media-library file of another admin', library.id, caller.library],
            ['its own upload, attached to another entry', attached.id, false],
            ['its own upload of an earlier request', earlier.id, caller.identified],
            ['its upload of this same request', now.id, true, request],
          ];
          for (const [name, id, ok, state] of cases) {
            const problems = await within(state ?? caller.state(), () => linkProblems(app.strapi, { uid, field }, [id]));
            const label = `${uid}.${field} by ${caller.label}: ${name}`;
            outcomes.push(`${label} -> ${problems.length ? `refused (${problems[0].path.join('.')})` : 'linked'}`);
            expected.push(`${label} -> ${ok ? 'linked' : `refused (${field})`}`);
          }
        }
      }
      expect(outcomes).toEqual(expected);
      // figures for the report: fields x callers x cases
      expect([fields.length, callers.length, outcomes.length]).toEqual([fields.length, callers.length, fields.length * callers.length * 6]);
    });

    it('keeps a file on the entry it is already on, whoever saves the entry again', async () => {
      const c = await fileComplaint(app);
      const f = await fileAs({});
      await app.strapi.db.query('api::complaint.complaint').update({ where: { documentId: c.documentId }, data: { attachments: [f.id] } });
      const officer = await createUser(app.strapi, 'complaint-officer');
      const target = { uid: 'api::complaint.complaint', documentId: c.documentId, field: 'attachments' };
      expect(await within(userState(officer.id)(), () => linkProblems(app.strapi, target, [f.id]))).toEqual([]);
      expect(await within(userState(officer.id)(), () => linkProblems(app.strapi, { ...target, documentId: undefined }, [f.id]))).toEqual([
        expect.objectContaining({ path: ['attachments'], message: expect.stringMatching(/another entry/) }),
      ]);
    });

    it('generated: the document service refuses, for every media field of every manifest, a file by id or by documentId', async () => {
      const stranger = await createUser(app.strapi, 'agency-officer');
      const theirs = await fileAs(userState(stranger.id)());
      const theirsDoc = (await app.strapi.db.query(FILE_UID).findOne({ where: { id: theirs.id }, select: ['documentId'] })).documentId;
      const caller = await createUser(app.strapi, 'agency-officer');
      const refusals: string[] = [];
      for (const { uid, field } of fieldsOfManifests()) {
        for (const value of [[theirs.id], [{ documentId: theirsDoc }], { connect: [theirs.id] }]) {
          const err: any = await within(userState(caller.id)(), () =>
            asTrusted(() =>
              app.strapi.documents(uid as any).update({ documentId: 'nonexistent00000000000000', data: { [field]: value } as any }),
            ),
          ).catch((e) => e);
          refusals.push(`${uid}.${field} ${JSON.stringify(value)}: ${err?.name} ${err?.details?.errors?.[0]?.path?.join('.')}`);
        }
      }
      expect(refusals).toEqual(
        fieldsOfManifests().flatMap(({ uid, field }) =>
          [[theirs.id], [{ documentId: theirsDoc }], { connect: [theirs.id] }].map(
            (value) => `${uid}.${field} ${JSON.stringify(value)}: ValidationError ${field}`,
          ),
        ),
      );
    });

    it('holds every media field of the manifests, and every media attribute of our types, to the linking rule', () => {
      const covered = fieldsOfManifests().map((f) => `${f.uid}.${f.field}`);
      const declared = Object.entries(mediaFields).flatMap(([uid, f]) => Object.keys(f).map((field) => `${uid}.${field}`));
      const present = Object.values(app.strapi.contentTypes as Record<string, any>)
        .filter((ct) => ct.uid.startsWith('api::'))
        .flatMap((ct) =>
          Object.entries(ct.attributes as Record<string, { type: string }>)
            .filter(([, a]) => a.type === 'media')
            .map(([name]) => `${ct.uid}.${name}`),
        );
      expect(covered).toEqual(expect.arrayContaining([...declared, ...present]));
      expect(covered).toContain('api::training-material.training-material.attachments');
    });

    /** An entry of each type with a media field an admin role edits, and the query its Content Manager URL needs. */
    const cmFixtures: Record<string, () => Promise<{ documentId: string; query: string }>> = {
      'api::complaint.complaint': async () => ({ documentId: (await fileComplaint(app)).documentId, query: '' }),
      'api::inspection-finding.inspection-finding': async () => {
        const f: any = await asTrusted(() =>
          app.strapi.documents('api::inspection-finding.inspection-finding' as any).create({
            data: {
              title: 'ข้อตรวจพบ',
              finding: 'พบว่า',
              severity: 'medium',
              recommendation: 'ควร',
              dueAt: new Date('2027-01-31T00:00:00Z'),
              state: 'open',
            } as any,
          }),
        );
        return { documentId: f.documentId, query: '' };
      },
      'api::training-material.training-material': async () => {
        const m: any = await asTrusted(() =>
          app.strapi.documents('api::training-material.training-material' as any).create({
            locale: 'th',
            data: { title: 'เอกสารทดสอบ', slug: `media-${++seq}`, kind: 'guideline', version: 1, isPublic: false } as any,
          }),
        );
        return { documentId: m.documentId, query: '?locale=th' };
      },
    };

    it('generated: the Content Manager refuses, for every media field an admin role edits, the files that role did not upload', async () => {
      const stranger = await createUser(app.strapi, 'agency-officer');
      const othersUpload = await fileAs(userState(stranger.id)());
      const citizensUpload = await fileAs({});
      const pairs = fieldsOfManifests().flatMap(({ uid, field }) =>
        adminRoles.filter((r) => r.edited.includes(uid as any)).map((r) => ({ uid, field, role: r.code })),
      );
      expect(pairs.length).toBeGreaterThanOrEqual(3);
      const outcomes: string[] = [];
      const linked: string[] = [];
      for (const { uid, field, role } of pairs) {
        if (!cmFixtures[uid]) throw new Error(`no Content Manager fixture for ${uid}: add one to cmFixtures`);
        const a = await adminOf(role);
        const entry = await cmFixtures[uid]();
        const attached = await fileAs(a.state(), a.id);
        await attachElsewhere(attached.id);
        const put = (ids: number[]) =>
          app
            .http()
            .put(`/content-manager/collection-types/${uid}/${entry.documentId}${entry.query}`)
            .set('Authorization', a.auth)
            .send({ [field]: ids });
        for (const [name, id] of [
          ["another user's upload", othersUpload.id],
          ["a citizen's upload", citizensUpload.id],
          ['its own upload, attached to another entry', attached.id],
        ] as const) {
          const res = await put([id]);
          const named = JSON.stringify(res.body?.error?.details ?? {}).includes(field);
          outcomes.push(`${uid}.${field} by ${role}: ${name} -> ${res.status} ${named ? field : '(field not named)'}`);
        }
        // the role's own fresh upload through the media library links, unless the domain keeps the field from that role
        const own = await app
          .http()
          .post('/upload')
          .set('Authorization', a.auth)
          .attach('files', PNG_1PX, { filename: 'own.png', contentType: 'image/png' })
          .expect(201);
        const res = await put([own.body[0].id]);
        expect([`${uid}.${field} by ${role}`, res.status === 200 || !ownershipMessage.test(JSON.stringify(res.body))]).toEqual([
          `${uid}.${field} by ${role}`,
          true,
        ]);
        if (res.status === 200) linked.push(`${uid}.${field}`);
      }
      expect(outcomes.filter((o) => !/-> 40[03] /.test(o) || /not named/.test(o))).toEqual([]);
      expect(linked).toEqual(
        expect.arrayContaining(['api::complaint.complaint.attachments', 'api::training-material.training-material.attachments']),
      );
      expect(outcomes).toHaveLength(pairs.length * 3);
    });

    it('generated: REST updates refuse, for every media field and every role granted its update, files not uploaded by the caller', async () => {
      const library = await app
        .http()
        .post('/upload')
        .set('Authorization', admin)
        .attach('files', PNG_1PX, { filename: 'lib.png', contentType: 'image/png' })
        .expect(201);
      const stranger = await createUser(app.strapi, 'agency-officer');
      const othersUpload = await fileAs(userState(stranger.id)());
      const attachedFile = await fileAs({});
      await attachElsewhere(attachedFile.id);
      const outcomes: string[] = [];
      for (const { uid, field } of fieldsOfManifests()) {
        const ct: any = app.strapi.contentType(uid as any);
        for (const decl of roleDeclarations.filter((d) => d.actions.includes(`${uid}.update`))) {
          const user = await createUser(app.strapi, decl.type);
          const entry = await (cmFixtures[uid] ?? (() => Promise.reject(new Error(`no fixture for ${uid}`))))();
          for (const [name, id] of [
            ["another user's upload", othersUpload.id],
            ['a media-library file', library.body[0].id],
            ['a file attached to another entry', attachedFile.id],
          ] as const) {
            const res = await app
              .http()
              .put(`/api/${ct.info.pluralName}/${entry.documentId}${entry.query}`)
              .set('Authorization', user.auth)
              .send({ data: { [field]: [id] } });
            const named = JSON.stringify(res.body?.error ?? {}).includes(field);
            outcomes.push(
              `${uid}.${field} by ${decl.type}: ${name} -> ${res.status >= 400 && res.status < 500 && (named || res.status === 403 || res.status === 404) ? 'refused' : res.status}`,
            );
          }
        }
      }
      expect(outcomes.length).toBeGreaterThanOrEqual(6);
      expect(outcomes.filter((o) => !o.endsWith('refused'))).toEqual([]);
    });
  });

  describe('the admin upload API and the entries files are attached to', () => {
    let photoId: number;
    let trackingCode: string;
    beforeAll(async () => {
      const res = await app
        .http()
        .post('/api/public/complaints')
        .field('data', JSON.stringify(intakeBody()))
        .attach('attachments', PNG_1PX, { filename: 'complainant-photo.png', contentType: 'image/png' })
        .expect(201);
      trackingCode = res.body.data.trackingCode;
      photoId = (await app.strapi.db.query(FILE_UID).findOne({ where: { name: 'complainant-photo.png' } })).id;
    });
    const secrets = () => [COMPLAINANT.name, COMPLAINANT.phone, COMPLAINANT.email, trackingCode];
    const leaks = (body: unknown) => secrets().filter((s) => JSON.stringify(body).includes(s));

    /** Admin roles that may not read this complaint in the Content Manager: no read permission, or one under a condition (Author's "is creator"). */
    type LibraryRead = 'all' | 'own' | 'none';
    async function rolesWithoutComplaintRead(): Promise<Array<{ code: string; library: LibraryRead }>> {
      const roles = await app.strapi.db.query('admin::role').findMany({ populate: ['permissions'] });
      return roles
        .filter((r: any) => r.code !== 'strapi-super-admin')
        .filter(
          (r: any) =>
            !r.permissions.some(
              (p: any) =>
                p.action === 'plugin::content-manager.explorer.read' && p.subject === 'api::complaint.complaint' && !p.conditions?.length,
            ),
        )
        .map((r: any) => ({
          code: r.code,
          library: ((read) => (!read ? 'none' : read.conditions?.length ? 'own' : 'all'))(
            r.permissions.find((p: any) => p.action === 'plugin::upload.read'),
          ) as LibraryRead,
        }))
        .sort((x: { code: string }, y: { code: string }) => x.code.localeCompare(y.code));
    }

    it('every limited admin role that may not read the complaint gets none of it through a file, at any depth', async () => {
      const roles = await rolesWithoutComplaintRead();
      expect(roles.map((r) => r.code)).toEqual(
        expect.arrayContaining(['inspector', 'training-editor', 'volunteer-coordinator', 'strapi-author']),
      );
      for (const role of roles) await noComplaintThroughAFile(role.code, role.library);
    });

    /** `library`: what the role reads of the media library — every file (answers without the complaint), its own (Author), none. */
    async function noComplaintThroughAFile(code: string, library: LibraryRead) {
      const readsLibrary = library === 'all';
      const a = await adminOf(code);
      const get = (url: string) => app.http().get(url).set('Authorization', a.auth);
      const shallow = [
        `/upload/files?populate[related]=true&filters[id][$eq]=${photoId}`,
        `/upload/files?populate=related&filters[id][$eq]=${photoId}`,
        `/upload/files?populate=*&filters[id][$eq]=${photoId}`,
        `/upload/files/${photoId}?populate[related]=true`,
      ];
      for (const url of shallow) {
        const res = await get(url);
        // answered without the complaint; a role that reads only its own files (Author) gets a list without
        // this file and a refusal of the file itself; a role without the media library, refusals
        const one = url.startsWith(`/upload/files/${photoId}`);
        expect([url, res.status]).toEqual([url, library === 'all' || (library === 'own' && !one) ? 200 : 403]);
        expect([url, leaks(res.body)]).toEqual([url, []]);
        expect(JSON.stringify(res.body)).not.toContain('api::complaint.complaint');
      }
      const listed = await get(`/upload/files?populate[related]=true&filters[id][$eq]=${photoId}`);
      const results = listed.body.results ?? [];
      expect(results).toEqual(readsLibrary ? [expect.objectContaining({ id: photoId, related: [] })] : []);
      const deeper = [
        `/upload/files?populate[related][populate]=*`,
        `/upload/files?populate[related][populate][assignedTeam][populate][complaints]=true`,
        `/upload/files?populate=related.assignedTeam`,
        `/upload/files?populate[related][fields][0]=trackingCode`,
        `/upload/files?filters[related][trackingCode][$eq]=${trackingCode}`,
        `/upload/files?sort=related.trackingCode`,
        `/upload/folders?populate[files][populate][related]=true`,
        `/upload/folders?populate[files][populate][related][populate]=*`,
      ];
      for (const url of deeper) {
        const res = await get(url);
        if (readsLibrary) expect([url, res.status]).toEqual([url, 400]);
        else expect([url, res.status >= 400 && res.status < 500]).toEqual([url, true]);
        expect([url, leaks(res.body)]).toEqual([url, []]);
      }
    }

    it("a limited admin may not rename, replace or delete a citizen's or an agency's upload, alone, in bulk or with its folder", async () => {
      const editor = await adminOf('training-editor');
      const agency = await createUser(app.strapi, 'agency-officer');
      const report = await app
        .http()
        .post('/api/upload')
        .set('Authorization', agency.auth)
        .attach('files', PDF, { filename: 'agency-report.pdf', contentType: 'application/pdf' })
        .expect(201);
      const reportRow = await app.strapi.db.query(FILE_UID).findOne({ where: { id: report.body[0].id } });
      const folder = await app.strapi.db.query('plugin::upload.folder').findOne({ where: { path: reportRow.folderPath } });
      const as = (req: any) => req.set('Authorization', editor.auth);
      const attempts: Array<[string, any]> = [
        ['rename', as(app.http().put(`/upload/files/${photoId}`)).send({ fileInfo: { name: 'renamed.png' } })],
        [
          'rename (POST /upload?id=)',
          as(app.http().post(`/upload?id=${photoId}`)).field('fileInfo', JSON.stringify({ name: 'renamed.png' })),
        ],
        [
          'replace',
          as(app.http().post(`/upload/files/${photoId}/replace`)).attach('files', PNG_1PX, { filename: 'x.png', contentType: 'image/png' }),
        ],
        ['delete', as(app.http().delete(`/upload/files/${photoId}`))],
        ['bulk delete', as(app.http().post('/upload/actions/bulk-delete')).send({ fileIds: [photoId] })],
        [
          'bulk rename',
          as(app.http().post('/upload/actions/bulk-update')).send({ updates: [{ id: report.body[0].id, fileInfo: { name: 'x.pdf' } }] }),
        ],
        ['delete its folder', as(app.http().post('/upload/actions/bulk-delete')).send({ folderIds: [folder?.id ?? -1], fileIds: [] })],
      ];
      for (const [name, req] of attempts) expect([name, (await req).status]).toEqual([name, 403]);
      expect(folder).not.toBeNull();
      expect(await app.strapi.db.query(FILE_UID).findOne({ where: { id: photoId } })).toMatchObject({ name: 'complainant-photo.png' });
      expect(await app.strapi.db.query(FILE_UID).findOne({ where: { id: report.body[0].id } })).toMatchObject({
        name: 'agency-report.pdf',
      });

      const own = await as(app.http().post('/upload'))
        .attach('files', PNG_1PX, { filename: 'editor-own.png', contentType: 'image/png' })
        .expect(201);
      await as(app.http().put(`/upload/files/${own.body[0].id}`))
        .send({ fileInfo: { name: 'editor-renamed.png' } })
        .expect(200);
      await as(app.http().delete(`/upload/files/${own.body[0].id}`)).expect(200);
    });

    it('a role that may read complaints sees the entry, its own fields only; the super admin sees it as Strapi answers it', async () => {
      const officer = await adminOf('complaint-officer');
      const res = await app
        .http()
        .get(`/upload/files?populate[related]=true&filters[id][$eq]=${photoId}`)
        .set('Authorization', officer.auth)
        .expect(200);
      expect(res.body.results[0].related).toEqual([expect.objectContaining({ __type: 'api::complaint.complaint', trackingCode })]);
      const full = await app
        .http()
        .get(`/upload/files?populate[related][populate]=*&filters[id][$eq]=${photoId}`)
        .set('Authorization', admin)
        .expect(200);
      expect(full.body.results[0].related).toEqual([expect.objectContaining({ __type: 'api::complaint.complaint', trackingCode })]);
    });
  });
});
