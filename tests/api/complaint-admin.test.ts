import { bootStrapi, TestApp } from '../harness/strapi';
import { COMPLAINANT, fileComplaint } from '../harness/complaints';
import { createUser } from '../harness/users';
import { asTrusted } from '../../src/lib/platform/trusted-write';
import { adminWithRole } from '../harness/admins';

describe('complaints edited in the admin panel follow the same rules', () => {
  let app: TestApp;
  let token: string;
  const cm = '/content-manager/collection-types/api::complaint.complaint';
  beforeAll(async () => {
    app = await bootStrapi({
      env: { PUBLIC_INTAKE_RATE_LIMIT: '0', DEMO_ADMIN_EMAIL: 'admin@example.test', DEMO_ADMIN_PASSWORD: 'Admin-Passw0rd' },
    });
    const login = await app.http().post('/admin/login').send({ email: 'admin@example.test', password: 'Admin-Passw0rd' }).expect(200);
    token = login.body.data.token;
  });
  afterAll(async () => {
    await app?.close();
  });

  const timeline = (documentId: string) =>
    app.strapi.db.query('api::complaint-update.complaint-update').findMany({
      where: { complaint: { documentId } },
      orderBy: { id: 'asc' },
    });

  it('refuses an illegal status change with a 400 naming both states and keeps the complaint as it was', async () => {
    const c = await fileComplaint(app);
    const res = await app
      .http()
      .put(`${cm}/${c.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ state: 'closed', title: 'เปลี่ยนชื่อ' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('"received"');
    expect(res.body.error.message).toContain('"closed"');
    const stored = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId: c.documentId } });
    expect(stored).toMatchObject({ state: 'received', title: 'กลิ่นเหม็นจากโรงงานตอนกลางคืน' });
  });

  it('writes the timeline entry, with the administrator, for a legal change', async () => {
    const c = await fileComplaint(app);
    const res = await app.http().put(`${cm}/${c.documentId}`).set('Authorization', `Bearer ${token}`).send({ state: 'triaged' });
    expect(res.status).toBe(200);
    const stored = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId: c.documentId } });
    expect(stored.state).toBe('triaged');
    expect(stored.acknowledgedAt).toBeTruthy();
    const entries = await timeline(c.documentId);
    expect(entries.map((e: any) => [e.fromStatus, e.toStatus])).toEqual([
      [null, 'received'],
      ['received', 'triaged'],
    ]);
    expect(entries[1].authorLabel).toContain('admin@example.test');
  });

  it('gives a complaint created in the admin panel its ticket, tracking code and deadlines', async () => {
    const leak = await app.strapi.db.query('api::complaint-category.complaint-category').findOne({ where: { code: 'chemical_leak' } });
    const res = await app
      .http()
      .post(cm)
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'แจ้งทางโทรศัพท์', description: 'สารเคมีรั่ว', channel: 'phone', category: { connect: [{ documentId: leak.documentId }] } });
    expect(res.status).toBe(201);
    const stored = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { title: 'แจ้งทางโทรศัพท์' } });
    expect(stored.ticketNumber).toMatch(/^CMP-\d{4}-\d{6}$/);
    expect(stored.trackingCode).toHaveLength(12);
    expect(stored.state).toBe('received');
    expect(stored.urgency).toBe('emergency');
    expect(new Date(stored.acknowledgeDueAt).getTime() - new Date(stored.receivedAt).getTime()).toBe(3600_000);
    expect((await timeline(stored.documentId)).map((e: any) => e.toStatus)).toEqual(['received']);
  });
  const complaintRow = (documentId: string) =>
    app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId }, populate: { complainant: true } });

  it('refuses a change to any workflow-owned field in the panel (400 naming it), takes the edit form sent back unchanged', async () => {
    const { COMPLAINT_WORKFLOW_FIELDS } = await import('../../src/lib/complaints/model');
    const c = await fileComplaint(app);
    const before = await complaintRow(c.documentId);
    const forged: Record<string, unknown> = {
      ticketNumber: 'CMP-2500-000001',
      trackingCode: 'FORGEDCODE01',
    };
    for (const f of COMPLAINT_WORKFLOW_FIELDS) if (!(f in forged)) forged[f] = '2030-01-01T00:00:00.000Z';
    for (const field of COMPLAINT_WORKFLOW_FIELDS) {
      const res = await app
        .http()
        .put(`${cm}/${c.documentId}`)
        .set('Authorization', `Bearer ${token}`)
        .send({ title: 'แก้ชื่อพร้อมกัน', [field]: forged[field] });
      expect([field, res.status, res.body.error?.details?.field]).toEqual([field, 400, field]);
    }
    const after = await complaintRow(c.documentId);
    for (const f of [...COMPLAINT_WORKFLOW_FIELDS, 'title']) expect([f, after[f]]).toEqual([f, before[f]]);
    expect(after.personalDataPurgedAt).toBeNull();
    expect(await timeline(c.documentId)).toHaveLength(1);

    // what the edit form sends back: every field, workflow ones unchanged
    const form = (await app.http().get(`${cm}/${c.documentId}`).set('Authorization', `Bearer ${token}`).expect(200)).body.data;
    const sent = Object.fromEntries(COMPLAINT_WORKFLOW_FIELDS.filter((f) => f in form).map((f) => [f, form[f]]));
    expect(Object.keys(sent).length).toBeGreaterThan(5);
    await app
      .http()
      .put(`${cm}/${c.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ ...sent, title: 'แก้ชื่อเรื่องอย่างเดียว' })
      .expect(200);
    expect((await complaintRow(c.documentId)).title).toBe('แก้ชื่อเรื่องอย่างเดียว');

    // creation: the workflow's numbers win, a forged one is refused
    const refused = await app
      .http()
      .post(cm)
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'ปลอมเลข', description: 'x', channel: 'phone', personalDataPurgedAt: '2030-01-01T00:00:00.000Z' });
    expect([refused.status, refused.body.error?.details?.field]).toEqual([400, 'personalDataPurgedAt']);
    expect(await app.strapi.db.query('api::complaint.complaint').count({ where: { title: 'ปลอมเลข' } })).toBe(0);
  });

  it('recomputes the deadlines when the panel changes the urgency, with a timeline note; a save that keeps it moves nothing', async () => {
    const { computeDueDates } = await import('../../src/lib/complaints/sla');
    const c = await fileComplaint(app);
    const before = await app.strapi.db
      .query('api::complaint.complaint')
      .findOne({ where: { documentId: c.documentId }, populate: { category: true } });
    const form = (await app.http().get(`${cm}/${c.documentId}`).set('Authorization', `Bearer ${token}`).expect(200)).body.data;
    // the edit form sends everything back: unchanged, nothing moves
    await app
      .http()
      .put(`${cm}/${c.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ urgency: form.urgency, title: form.title })
      .expect(200);
    expect(await timeline(c.documentId)).toHaveLength(1);
    const other = before.urgency === 'emergency' ? 'normal' : 'emergency';
    const res = await app
      .http()
      .put(`${cm}/${c.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ urgency: other, acknowledgeDueAt: form.acknowledgeDueAt, resolveDueAt: form.resolveDueAt })
      .expect(200);
    const policy = await app.strapi.documents('api::sla-policy.sla-policy').findFirst();
    const expected = computeDueDates(new Date(before.receivedAt), other, policy as any, before.category);
    const after = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId: c.documentId } });
    expect(new Date(after.resolveDueAt).toISOString()).toBe(expected.resolveDueAt.toISOString());
    expect(new Date(after.acknowledgeDueAt).toISOString()).toBe(expected.acknowledgeDueAt.toISOString());
    expect(new Date(after.resolveDueAt).getTime()).not.toBe(new Date(before.resolveDueAt).getTime());
    expect(new Date(res.body.data.resolveDueAt).toISOString()).toBe(expected.resolveDueAt.toISOString());
    const entries = await timeline(c.documentId);
    expect(entries).toHaveLength(2);
    expect(entries[1].note).toContain(`${before.urgency} → ${other}`);
  });

  it('refuses a change to a progress report’s workflow stamps in the panel, takes them sent back unchanged', async () => {
    const { REPORT_WORKFLOW_FIELDS } = await import('../../src/lib/reporting/model');
    const REPORT = 'api::progress-report.progress-report';
    const report = await app.strapi.documents(REPORT).create({
      data: { slotKey: 'panel-stamps-1', periodLabel: 'Q1', periodStart: '2026-10-01', periodEnd: '2026-12-31', dueAt: new Date() } as any,
    });
    const url = `/content-manager/collection-types/${REPORT}/${report.documentId}`;
    const forged: Record<string, unknown> = { late: true, returnCount: 7 };
    for (const field of REPORT_WORKFLOW_FIELDS) {
      const res = await app
        .http()
        .put(url)
        .set('Authorization', `Bearer ${token}`)
        .send({ narrative: 'แก้พร้อมกัน', [field]: forged[field] ?? '2030-01-01T00:00:00.000Z' });
      expect([field, res.status, res.body.error?.details?.field]).toEqual([field, 400, field]);
    }
    const form = (await app.http().get(url).set('Authorization', `Bearer ${token}`).expect(200)).body.data;
    const sent = Object.fromEntries(REPORT_WORKFLOW_FIELDS.map((f) => [f, form[f]]));
    await app
      .http()
      .put(url)
      .set('Authorization', `Bearer ${token}`)
      .send({ ...sent, narrative: 'แก้เฉพาะเนื้อหา' })
      .expect(200);
    const stored = await app.strapi.db.query(REPORT).findOne({ where: { documentId: report.documentId } });
    expect(stored).toMatchObject({
      narrative: 'แก้เฉพาะเนื้อหา',
      late: false,
      returnCount: 0,
      submittedAt: null,
      reviewedAt: null,
      escalatedAt: null,
    });
  });

  it('refuses to clone a complaint in the panel (a copy would share its ticket and tracking code and duplicate the complainant)', async () => {
    const c = await fileComplaint(app);
    const count = await app.strapi.db.query('api::complaint.complaint').count();
    for (const path of [`${cm}/clone/${c.documentId}`, `${cm}/auto-clone/${c.documentId}`]) {
      const res = await app.http().post(path).set('Authorization', `Bearer ${token}`).send({ title: 'สำเนา' });
      expect([path, res.status]).toEqual([path, 400]);
      expect(res.body.error.message).toMatch(/clone/i);
    }
    expect(await app.strapi.db.query('api::complaint.complaint').count()).toBe(count);
  });

  it('refuses a complainant without consent in the panel (400 naming consent), on creation and on edit', async () => {
    const created = await app
      .http()
      .post(cm)
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'ไม่มีความยินยอม', description: 'x', channel: 'phone', complainant: COMPLAINANT, consent: false });
    expect([created.status, created.body.error?.details?.field]).toEqual([400, 'consent']);
    expect(await app.strapi.db.query('api::complaint.complaint').count({ where: { title: 'ไม่มีความยินยอม' } })).toBe(0);

    const anonymous = await fileComplaint(app, { anonymous: true, complainant: undefined, consent: undefined });
    const added = await app
      .http()
      .put(`${cm}/${anonymous.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ complainant: COMPLAINANT });
    expect([added.status, added.body.error?.details?.field]).toEqual([400, 'consent']);
    expect((await complaintRow(anonymous.documentId)).complainant).toBeNull();

    const named = await fileComplaint(app);
    const withdrawn = await app.http().put(`${cm}/${named.documentId}`).set('Authorization', `Bearer ${token}`).send({ consent: false });
    expect([withdrawn.status, withdrawn.body.error?.details?.field]).toEqual([400, 'consent']);
    expect((await complaintRow(named.documentId)).consent).toBe(true);

    // with consent, it is kept and stamped
    await app
      .http()
      .put(`${cm}/${anonymous.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ complainant: COMPLAINANT, consent: true })
      .expect(200);
    const kept = await complaintRow(anonymous.documentId);
    expect(kept.complainant).toMatchObject(COMPLAINANT);
    expect(kept.consentAt).toBeTruthy();
  });

  /** An admin-panel user holding only the admin role `code`, logged in: its Authorization header. */
  const limited = async (code: string) =>
    (await adminWithRole(app, code, { email: `${code}.limited@example.test`, firstname: code, lastname: 'Admin' })).auth;

  it('shows no account e-mail to a limited admin role through any relation to accounts (populate or relation lists)', async () => {
    const ACCOUNTS = ['plugin::users-permissions.user', 'admin::user'];
    const account = await createUser(app.strapi, 'authenticated');
    const seededAdmin = await app.strapi.service('admin::user').create({
      email: 'seeded.account.admin@example.test',
      firstname: 'Seeded',
      lastname: 'Admin',
      isActive: true,
      roles: [],
    });
    const secrets = [account.email, seededAdmin.email];
    const accountRole = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    const idOf = (uid: string) =>
      uid === 'admin::user' ? seededAdmin.id : uid === 'plugin::users-permissions.role' ? accountRole.id : account.id;
    const rand = () => Math.random().toString(36).slice(2, 10);
    const value = (a: any): unknown => {
      switch (a.type) {
        case 'enumeration':
          return a.enum[0];
        case 'integer':
        case 'biginteger':
        case 'decimal':
        case 'float':
          return 1;
        case 'date':
          return '2026-01-15';
        case 'datetime':
        case 'timestamp':
          return new Date();
        case 'time':
          return '10:00:00';
        case 'boolean':
          return false;
        case 'json':
          return {};
        case 'email':
          return `seed-${rand()}@example.test`;
        default:
          return `seed-${rand()}`;
      }
    };
    // every relation of our types to accounts, directly or through users-permissions roles
    const paths: Array<{ uid: string; field: string; populate: string; link: string }> = [];
    for (const [uid, ct] of Object.entries(app.strapi.contentTypes as Record<string, any>)) {
      if (!uid.startsWith('api::')) continue;
      for (const [field, a] of Object.entries(ct.attributes as Record<string, any>)) {
        if (a.type !== 'relation') continue;
        if (ACCOUNTS.includes(a.target)) paths.push({ uid, field, populate: `populate[${field}]=true`, link: a.target });
        else if (a.target === 'plugin::users-permissions.role')
          paths.push({ uid, field, populate: `populate[${field}][populate][users]=true`, link: a.target });
      }
    }
    expect(paths.length).toBeGreaterThan(10);

    const i18n = app.strapi.plugin('i18n').service('locales');
    const defaultLocale = await i18n.getDefaultLocale();
    const rows: Record<string, { documentId: string; id: number }> = {};
    const seed = async (p: (typeof paths)[number]) => {
      const ct = app.strapi.contentTypes[p.uid as keyof typeof app.strapi.contentTypes] as any;
      // a single type's one entry, when the app made it
      if (!rows[p.uid] && ct.kind === 'singleType') rows[p.uid] = await app.strapi.db.query(p.uid as any).findOne({});
      if (!rows[p.uid]) {
        const data: Record<string, unknown> = { documentId: rand() + rand() + rand() };
        for (const [k, a] of Object.entries(ct.attributes as Record<string, any>)) {
          if (a.required && !['relation', 'component', 'media', 'dynamiczone'].includes(a.type)) data[k] = value(a);
        }
        if (ct.pluginOptions?.i18n?.localized) data.locale = defaultLocale;
        // the draft, which the Content Manager opens by default
        if (ct.options?.draftAndPublish) data.publishedAt = null;
        rows[p.uid] = await app.strapi.db.query(p.uid as any).create({ data });
      }
      const a = ct.attributes[p.field];
      const many = /ToMany$/.test(a.relation) || a.relation === 'manyWay';
      await app.strapi.db
        .query(p.uid as any)
        .update({ where: { id: rows[p.uid].id }, data: { [p.field]: many ? [idOf(p.link)] : idOf(p.link) } });
      return rows[p.uid].documentId;
    };

    const roles = ['complaint-officer', 'inspector', 'training-editor', 'volunteer-coordinator'];
    const auths: Record<string, string> = { super: `Bearer ${token}` };
    for (const code of roles) auths[code] = await limited(code);
    const leaks: string[] = [];
    let readable = 0;
    let calls = 0;
    for (const p of paths) {
      const documentId = await seed(p);
      const single = (app.strapi.contentTypes as Record<string, any>)[p.uid].kind === 'singleType';
      const urls = [
        single
          ? `/content-manager/single-types/${p.uid}?${p.populate}`
          : `/content-manager/collection-types/${p.uid}/${documentId}?${p.populate}`,
        single
          ? `/content-manager/single-types/${p.uid}?${p.populate}&locale=`
          : `/content-manager/collection-types/${p.uid}?${p.populate}`,
        `/content-manager/relations/${p.uid}/${documentId}/${p.field}`,
        `/content-manager/relations/${p.uid}/${p.field}`,
      ];
      // the super admin sees the account: the probe reaches it
      const seen = await app.http().get(urls[0]).set('Authorization', auths.super);
      expect([p.uid, p.field, secrets.some((e) => JSON.stringify(seen.body).includes(e))]).toEqual([p.uid, p.field, true]);
      for (const code of roles) {
        for (const url of urls) {
          const res = await app.http().get(url).set('Authorization', auths[code]);
          calls++;
          if (res.status === 200 && url === urls[0]) readable++;
          if (secrets.some((e) => JSON.stringify(res.body ?? '').includes(e))) leaks.push(`${code} ${url}`);
        }
      }
    }
    console.info(`account e-mails: ${paths.length} relations, ${roles.length} roles, ${calls} calls, ${readable} populated reads allowed`);
    expect(leaks).toEqual([]);
    expect(readable).toBeGreaterThan(3);
    // an administrator's own account stays theirs to see
    for (const code of roles) {
      const me = await app.http().get('/admin/users/me').set('Authorization', auths[code]).expect(200);
      expect(me.body.data).toMatchObject({ email: `${code}.limited@example.test`, firstname: code });
    }
  });

  it('shows complainants and volunteers only to admin roles that may read those fields, through every relation into them', async () => {
    const COMPLAINT = 'api::complaint.complaint';
    const VOLUNTEER = 'api::volunteer.volunteer';
    const PRIVATE_FIELD: Record<string, string> = { [COMPLAINT]: 'complainant', [VOLUNTEER]: 'phone' };
    const filed = await fileComplaint(app);
    const complaint = await app.strapi.db.query(COMPLAINT).findOne({ where: { documentId: filed.documentId } });
    const volunteerSecrets = { phone: '0877770099', email: 'cm.volunteer.secret@example.test', nationalId: '3100503412817' };
    const volunteer = await asTrusted(() =>
      app.strapi.documents(VOLUNTEER).create({ data: { fullName: 'อาสาลับ', ...volunteerSecrets, consent: true, state: 'active' } as any }),
    );
    const secrets: Record<string, string[]> = {
      [COMPLAINT]: [COMPLAINANT.name, COMPLAINANT.phone, COMPLAINANT.email, filed.trackingCode],
      [VOLUNTEER]: Object.values(volunteerSecrets),
    };
    // an entry on the other side of every relation into the two types (from the schemas)
    const sources: Array<{ uid: string; field: string; target: string; documentId: string }> = [];
    for (const [uid, ct] of Object.entries(app.strapi.contentTypes as Record<string, any>)) {
      if (!uid.startsWith('api::')) continue;
      for (const [field, a] of Object.entries(ct.attributes as Record<string, any>)) {
        if (a.type !== 'relation' || !(a.target in PRIVATE_FIELD)) continue;
        const targetId = a.target === COMPLAINT ? complaint.id : volunteer.id;
        const many = /ToMany$/.test(a.relation);
        const data: Record<string, unknown> = { documentId: `cm${Math.random().toString(36).slice(2, 14)}` };
        for (const [k, attr] of Object.entries(ct.attributes as Record<string, any>)) {
          if (!attr.required || k === field) continue;
          if (attr.type === 'enumeration') data[k] = attr.enum[0];
          else if (['string', 'text', 'uid'].includes(attr.type)) data[k] = `cm-${k}-${Math.random().toString(36).slice(2, 8)}`;
          else if (attr.type === 'email') data[k] = 'cm.source@example.test';
          else if (['datetime', 'date'].includes(attr.type)) data[k] = new Date();
          else if (['integer', 'decimal', 'float', 'biginteger'].includes(attr.type)) data[k] = 1;
          else if (attr.type === 'boolean') data[k] = false;
        }
        const row =
          uid === COMPLAINT
            ? await fileComplaint(app, { anonymous: true, complainant: undefined, consent: undefined })
            : await app.strapi.db.query(uid as any).create({ data });
        const id = row.id ?? (await app.strapi.db.query(uid as any).findOne({ where: { documentId: row.documentId } })).id;
        await app.strapi.db.query(uid as any).update({ where: { id }, data: { [field]: many ? [targetId] : targetId } });
        sources.push({ uid, field, target: a.target, documentId: row.documentId });
      }
    }
    expect(sources.map((x) => `${x.uid}.${x.field}`)).toEqual(
      expect.arrayContaining(['api::response-team.response-team.complaints', 'api::participation.participation.volunteer']),
    );

    const roles = (await app.strapi.db.query('admin::role').findMany({ populate: ['permissions'] })).filter(
      (r: any) => r.code !== 'strapi-super-admin',
    );
    /** Whether a role reads the personal fields of `uid` in the Content Manager (for every entry, so no condition). */
    const mayRead = (role: any, uid: string) =>
      role.permissions.some(
        (p: any) =>
          p.action === 'plugin::content-manager.explorer.read' &&
          p.subject === uid &&
          !p.conditions?.length &&
          (!p.properties?.fields ||
            p.properties.fields.some((f: string) => f === PRIVATE_FIELD[uid] || f.startsWith(`${PRIVATE_FIELD[uid]}.`))),
      );
    const leaks: string[] = [];
    let calls = 0;
    let allowed = 0;
    for (const role of roles) {
      const auth = await limited(role.code);
      for (const src of sources) {
        const base = `/content-manager/collection-types/${src.uid}`;
        const urls = [
          `${base}/${src.documentId}?populate[${src.field}]=true`,
          `${base}/${src.documentId}?populate[${src.field}][populate]=*`,
          `${base}?populate[${src.field}][populate]=*`,
          `/content-manager/relations/${src.uid}/${src.documentId}/${src.field}`,
          `/content-manager/relations/${src.uid}/${src.field}`,
          `/content-manager/collection-types/${src.target}/${src.target === COMPLAINT ? complaint.documentId : volunteer.documentId}`,
        ];
        for (const url of urls) {
          const res = await app.http().get(url).set('Authorization', auth);
          calls++;
          expect([url, res.status < 500]).toEqual([url, true]);
          const shown = secrets[src.target].filter((v) => JSON.stringify(res.body ?? '').includes(v));
          if (mayRead(role, src.target)) allowed++;
          else if (shown.length) leaks.push(`${role.code} ${url}: ${shown.join(', ')}`);
        }
      }
    }
    console.info(`personal data in the Content Manager: ${sources.length} relations, ${roles.length} admin roles, ${calls} calls`);
    expect(allowed).toBeGreaterThan(0); // the complaint officer and the coordinator read them: the probe reaches the data
    expect(leaks).toEqual([]);
  });

  it('gives acknowledgement rates only to administrators who may read every acknowledgement (not Strapi’s Author)', async () => {
    const author = await limited('strapi-author');
    await app.http().get('/admin/training/acknowledgement-rates').set('Authorization', author).expect(403);
    await app
      .http()
      .get('/admin/training/acknowledgement-rates')
      .set('Authorization', await limited('training-editor'))
      .expect(200);
    await app.http().get('/admin/training/acknowledgement-rates').set('Authorization', `Bearer ${token}`).expect(200);
  });
});

describe('admin list views', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi({ env: { DEMO_ADMIN_EMAIL: 'lists@example.test', DEMO_ADMIN_PASSWORD: 'Admin-Passw0rd' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows complaints by ticket, title, status, urgency, province and due date, newest first, with Thai labels', async () => {
    const login = await app.http().post('/admin/login').send({ email: 'lists@example.test', password: 'Admin-Passw0rd' }).expect(200);
    const res = await app
      .http()
      .get('/content-manager/content-types/api::complaint.complaint/configuration')
      .set('Authorization', `Bearer ${login.body.data.token}`)
      .expect(200);
    const conf = res.body.data.contentType;
    expect(conf.layouts.list).toEqual(['ticketNumber', 'title', 'state', 'urgency', 'province', 'resolveDueAt']);
    expect(conf.settings).toMatchObject({ defaultSortBy: 'receivedAt', defaultSortOrder: 'DESC', mainField: 'ticketNumber' });
    expect(conf.metadatas.state.list.label).toBe('สถานะ'); // Thai; English comes from the admin's language
  });

  it('keeps an administrator’s own arrangement on the next start', async () => {
    const { configureListViews } = await import('../../src/lib/platform/admin-list-views');
    const { listViews } = await import('../../src/lib/manifests');
    const ct = app.strapi.contentType('api::complaint.complaint' as any);
    const svc = app.strapi.plugin('content-manager').service('content-types');
    const conf = await svc.findConfiguration(ct);
    await svc.updateConfiguration(ct, {
      settings: conf.settings,
      metadatas: conf.metadatas,
      layouts: { ...conf.layouts, list: ['title'] },
    });
    expect(await configureListViews(app.strapi, listViews)).toBe(0);
    expect((await svc.findConfiguration(ct)).layouts.list).toEqual(['title']);
  });
});
