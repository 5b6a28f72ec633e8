import { bootStrapi, TestApp } from '../harness/strapi';
import { COMPLAINANT, complaintStaff, fileComplaint, intakeBody, PNG_1PX } from '../harness/complaints';
import { createUser } from '../harness/users';
import { maskEmail, maskNationalId, maskPhone } from '../../src/lib/privacy/reveal/mask';
import { adminWithRole } from '../harness/admins';

const AUDIT = 'api::audit-entry.audit-entry';
const cm = '/content-manager/collection-types';

describe('audit trail', () => {
  let app: TestApp;
  let admin: string;
  let staff: Awaited<ReturnType<typeof complaintStaff>>;
  const started = new Date();

  beforeAll(async () => {
    app = await bootStrapi({
      env: { PUBLIC_INTAKE_RATE_LIMIT: '0', DEMO_ADMIN_EMAIL: 'auditor@example.test', DEMO_ADMIN_PASSWORD: 'Admin-Passw0rd' },
    });
    const login = await app.http().post('/admin/login').send({ email: 'auditor@example.test', password: 'Admin-Passw0rd' }).expect(200);
    admin = `Bearer ${login.body.data.token}`;
    staff = await complaintStaff(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  const entries = (where: Record<string, unknown>) => app.strapi.db.query(AUDIT).findMany({ where, orderBy: { id: 'asc' } });
  const when = (e: any) => {
    const t = new Date(e.occurredAt).getTime();
    expect(t).toBeGreaterThanOrEqual(started.getTime() - 1000);
    expect(t).toBeLessThanOrEqual(Date.now() + 1000);
  };

  it('records an officer reading a complainant through the API, once per read of a document', async () => {
    const c = await fileComplaint(app);
    await app.http().get(`/api/complaints/${c.documentId}`).set('Authorization', staff.officer.auth).expect(200);
    const rows = await entries({ action: 'personal_data.read', targetId: c.documentId });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorKind: 'user',
      actorId: staff.officer.id,
      actorRole: 'complaint-officer',
      channel: 'api',
      targetType: 'api::complaint.complaint',
      targetLabel: c.ticketNumber,
    });
    expect(rows[0].details.fields).toEqual(expect.arrayContaining(['name', 'phone', 'email']));
    when(rows[0]);
  });

  it('records each complaint with personal data in an officer list, not anonymous ones, and nothing for a team member', async () => {
    const named = await fileComplaint(app, { title: 'มีชื่อผู้ร้อง' });
    const anonymous = await fileComplaint(app, { title: 'ไม่ประสงค์ออกนาม', anonymous: true, complainant: undefined, consent: undefined });
    await app.http().get('/api/complaints?pagination[pageSize]=100').set('Authorization', staff.officer.auth).expect(200);
    expect(await entries({ action: 'personal_data.read', targetId: named.documentId })).toHaveLength(1);
    expect(await entries({ action: 'personal_data.read', targetId: anonymous.documentId })).toHaveLength(0);

    await app.strapi
      .service('api::complaint.complaint')
      .assign(named.documentId, { team: staff.teamA.documentId, actor: { label: 'test' } });
    const before = (await entries({ action: 'personal_data.read' })).length;
    const res = await app.http().get(`/api/complaints/${named.documentId}`).set('Authorization', staff.memberA.auth).expect(200);
    expect(res.body.data.complainant).toBeUndefined();
    expect((await entries({ action: 'personal_data.read' })).length).toBe(before);
  });

  it('records an administrator opening a complaint in the Content Manager', async () => {
    const c = await fileComplaint(app);
    const res = await app.http().get(`${cm}/api::complaint.complaint/${c.documentId}`).set('Authorization', admin);
    expect(res.status).toBe(200);
    const rows = await entries({ action: 'personal_data.read', targetId: c.documentId });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorKind: 'admin',
      actorLabel: 'auditor@example.test',
      actorRole: 'strapi-super-admin',
      channel: 'admin',
    });
  });

  it('records every Content Manager response that carries a complainant or a volunteer, whatever the method and route', async () => {
    const VOLUNTEER = 'api::volunteer.volunteer';
    const COMPLAINT = 'api::complaint.complaint';
    const PERSON = { fullName: 'อาสา ทดสอบลับ', phone: '089-765-4321', email: 'volunteer.secret@example.test', nationalId: '1101700203450' };
    const subjects = {
      [COMPLAINT]: {
        seed: async () => (await fileComplaint(app)).documentId as string,
        // the Content Manager shows contact data masked: a masked phone still marks an answer carrying the person
        secrets: [maskPhone(COMPLAINANT.phone)!, maskEmail(COMPLAINANT.email)!],
        full: Object.values(COMPLAINANT),
        create: { title: 'รับแจ้งทางโทรศัพท์', description: 'ทดสอบ', channel: 'phone', complainant: COMPLAINANT, consent: true },
        edit: { title: 'แก้ไขชื่อเรื่อง' },
        relation: 'duplicateOf',
        roles: ['complaint-officer'],
      },
      [VOLUNTEER]: {
        seed: async () => (await app.strapi.documents(VOLUNTEER).create({ data: { ...PERSON, consent: true } as any })).documentId,
        secrets: [maskPhone(PERSON.phone)!, maskNationalId(PERSON.nationalId)!],
        full: [PERSON.phone, PERSON.email, PERSON.nationalId],
        create: { ...PERSON, consent: true },
        edit: { availability: 'เสาร์-อาทิตย์' },
        relation: 'province',
        roles: ['volunteer-coordinator'],
      },
    };
    const admins: Record<string, { email: string; auth: string }> = {
      'strapi-super-admin': { email: 'auditor@example.test', auth: admin },
    };
    for (const code of ['complaint-officer', 'volunteer-coordinator'])
      admins[code] = await adminWithRole(app, code, { firstname: code, lastname: 'Admin' });

    // every Content Manager route Strapi registers (the plugin's admin API, whatever version)
    const routes = new Set<string>();
    for (const layer of (app.strapi.server.router as any).stack as Array<{ methods: string[]; path: string }>) {
      if (typeof layer.path !== 'string' || !layer.path.startsWith('/content-manager/')) continue;
      for (const m of layer.methods) if (m !== 'HEAD') routes.add(`${m} ${layer.path}`);
    }
    expect(routes.size).toBeGreaterThan(30);

    const carried: string[] = [];
    const missing: string[] = [];
    const failures: string[] = [];
    let calls = 0;
    for (const [uid, subject] of Object.entries(subjects)) {
      for (const code of ['strapi-super-admin', ...subject.roles]) {
        let documentId = await subject.seed();
        for (const route of routes) {
          const [method, pattern] = route.split(' ');
          // a fresh one once a route deleted it
          if (!(await app.strapi.db.query(uid as any).findOne({ where: { documentId }, select: ['id'] })))
            documentId = await subject.seed();
          const path = pattern
            .replace(/:(model|uid)\b/g, uid)
            .replace(/:(id|sourceId)\b/g, documentId)
            .replace(/:targetField\b/g, subject.relation);
          let body: object = {};
          if (method === 'PUT') body = subject.edit;
          if (route === 'POST /content-manager/collection-types/:model') body = subject.create;
          if (/\/actions\/bulk/.test(pattern)) body = { documentIds: [documentId] };
          const last = (await app.strapi.db.query(AUDIT).findOne({ orderBy: { id: 'desc' }, select: ['id'] }))?.id ?? 0;
          const req = (app.http() as any)[method.toLowerCase()](path).set('Authorization', admins[code].auth);
          const res = method === 'GET' || method === 'DELETE' ? await req : await req.send(body);
          calls++;
          if (res.status >= 500) failures.push(`${code} ${route} ${uid} ${res.status}`);
          const text = JSON.stringify(res.body ?? '');
          for (const v of subject.full) if (text.includes(v)) failures.push(`${code} ${route} ${uid} shows ${v} unmasked`);
          if (!subject.secrets.some((v) => text.includes(v))) continue;
          carried.push(`${code} ${route} ${uid}`);
          const recorded = await entries({
            id: { $gt: last },
            action: 'personal_data.read',
            targetType: uid,
            actorLabel: admins[code].email,
          });
          if (!recorded.some((e: any) => String(e.details?.via).startsWith(`${method} ${pattern}`)))
            missing.push(`${code} ${route} ${uid}`);
        }
      }
    }
    // the figures, so that a change in what the routes hand out shows
    console.info(`Content Manager audit: ${routes.size} routes, ${calls} calls, ${carried.length} carried personal data`);
    expect(missing).toEqual([]);
    // and no route answers a type of the other kind (no drafts, not a single type) with a 5xx
    expect(failures).toEqual([]);
    // reads, edits, creations and clones hand out the complainant and the volunteer to each role
    for (const code of ['strapi-super-admin', 'complaint-officer']) {
      for (const r of [
        'GET /content-manager/collection-types/:model/:id',
        'PUT /content-manager/collection-types/:model/:id',
        'POST /content-manager/collection-types/:model',
      ])
        expect(carried).toContain(`${code} ${r} api::complaint.complaint`);
    }
    expect(carried).toContain('volunteer-coordinator PUT /content-manager/collection-types/:model/:id api::volunteer.volunteer');
  }, 300_000);

  it('records the media library handing out a complaint through a photo’s linked entries', async () => {
    const filed = await app
      .http()
      .post('/api/public/complaints')
      .field('data', JSON.stringify(intakeBody()))
      .attach('attachments', PNG_1PX, { filename: 'audit.png', contentType: 'image/png' })
      .expect(201);
    const c = await app.strapi.db
      .query('api::complaint.complaint')
      .findOne({ where: { ticketNumber: filed.body.data.ticketNumber }, populate: ['attachments'] });
    const photo = c.attachments[0].id;
    const res = await app
      .http()
      .get(`/upload/files?populate[related]=true&filters[id][$eq]=${photo}`)
      .set('Authorization', admin)
      .expect(200);
    expect(JSON.stringify(res.body)).toContain(c.documentId);
    const rows = await entries({ action: 'personal_data.read', targetId: c.documentId, actorKind: 'admin' });
    expect(rows).toEqual([
      expect.objectContaining({
        targetType: 'api::complaint.complaint',
        details: expect.objectContaining({ via: 'GET /upload/files (admin)' }),
      }),
    ]);
  });

  it('records state changes and assignments made through the API', async () => {
    const c = await fileComplaint(app);
    await app
      .http()
      .post(`/api/complaints/${c.documentId}/transition`)
      .set('Authorization', staff.officer.auth)
      .send({ status: 'triaged' })
      .expect(200);
    await app
      .http()
      .post(`/api/complaints/${c.documentId}/assign`)
      .set('Authorization', staff.officer.auth)
      .send({ team: staff.teamA.documentId })
      .expect(200);
    const state = await entries({ action: 'complaint.state_change', targetId: c.documentId });
    expect(state).toHaveLength(1);
    expect(state[0]).toMatchObject({
      actorKind: 'user',
      actorId: staff.officer.id,
      actorRole: 'complaint-officer',
      details: { from: 'received', to: 'triaged' },
    });
    when(state[0]);
    const assigned = await entries({ action: 'complaint.assign', targetId: c.documentId });
    expect(assigned).toHaveLength(1);
    expect(assigned[0]).toMatchObject({
      actorId: staff.officer.id,
      details: { team: { from: null, to: 'team-a' }, state: { from: 'triaged', to: 'assigned' } },
    });
  });

  it('records state changes and assignments made in the admin panel', async () => {
    const c = await fileComplaint(app);
    await app
      .http()
      .put(`${cm}/api::complaint.complaint/${c.documentId}`)
      .set('Authorization', admin)
      .send({ state: 'triaged' })
      .expect(200);
    const team = await app.strapi.db.query('api::response-team.response-team').findOne({ where: { documentId: staff.teamB.documentId } });
    const res = await app
      .http()
      .put(`${cm}/api::complaint.complaint/${c.documentId}`)
      .set('Authorization', admin)
      .send({ assignedTeam: { connect: [{ id: team.id }] } });
    expect(res.status).toBe(200);
    expect(await entries({ action: 'complaint.state_change', targetId: c.documentId })).toEqual([
      expect.objectContaining({ actorKind: 'admin', actorLabel: 'auditor@example.test', details: { from: 'received', to: 'triaged' } }),
    ]);
    expect(await entries({ action: 'complaint.assign', targetId: c.documentId })).toEqual([
      expect.objectContaining({ actorKind: 'admin', details: expect.objectContaining({ team: { from: null, to: 'team-b' } }) }),
    ]);
  });

  it('records a users-permissions role losing and gaining a permission, and a user moved to another role', async () => {
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'volunteer' } });
    const got = await app.http().get(`/users-permissions/roles/${role.id}`).set('Authorization', admin).expect(200);
    const permissions = got.body.role.permissions;
    permissions['api::volunteer'].controllers.volunteer.me.enabled = false;
    permissions['api::topic'].controllers.topic.find.enabled = true;
    await app
      .http()
      .put(`/users-permissions/roles/${role.id}`)
      .set('Authorization', admin)
      .send({ name: role.name, description: role.description, permissions })
      .expect(200);
    const revoked = await entries({ action: 'permission.revoke', targetId: 'volunteer' });
    expect(revoked.map((e: any) => e.details.action)).toContain('api::volunteer.volunteer.me');
    expect(revoked[0]).toMatchObject({ actorKind: 'admin', actorLabel: 'auditor@example.test' });
    when(revoked[0]);

    const user = await createUser(app.strapi, 'volunteer');
    const officerRole = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'complaint-officer' } });
    const res = await app
      .http()
      .put(`${cm}/plugin::users-permissions.user/${user.documentId}`)
      .set('Authorization', admin)
      .send({ role: { connect: [{ id: officerRole.id }] } });
    expect(res.status).toBe(200);
    const moved = await entries({ action: 'user.role_change', targetId: String(user.id), actorKind: 'admin' });
    expect(moved).toHaveLength(1);
    expect(moved[0].details).toEqual({ from: 'volunteer', to: 'complaint-officer' });
  });

  it('records admin role permission changes and an admin user given another role', async () => {
    const editor = await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    const res = await app
      .http()
      .put(`/admin/roles/${editor.id}/permissions`)
      .set('Authorization', admin)
      .send({
        permissions: [
          {
            action: 'plugin::content-manager.explorer.read',
            subject: 'api::province.province',
            properties: { fields: ['code'] },
            conditions: [],
          },
        ],
      });
    expect(res.status).toBe(200);
    const revoked = await entries({ action: 'admin_permission.revoke', targetId: 'strapi-editor' });
    expect(revoked.length).toBeGreaterThan(0);
    const granted = await entries({ action: 'admin_permission.grant', targetId: 'strapi-editor' });
    expect(granted.map((e: any) => e.details)).toContainEqual(
      expect.objectContaining({ action: 'plugin::content-manager.explorer.read', subject: 'api::province.province' }),
    );

    const created = await app
      .http()
      .post('/admin/users')
      .set('Authorization', admin)
      .send({ firstname: 'Ann', lastname: 'Other', email: 'ann@example.test', roles: [editor.id] });
    expect(created.status).toBe(201);
    const author = await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
    await app
      .http()
      .put(`/admin/users/${created.body.data.id}`)
      .set('Authorization', admin)
      .send({ roles: [author.id] })
      .expect(200);
    const changes = await entries({ action: 'admin_user.role_change', targetId: String(created.body.data.id) });
    expect(changes.map((e: any) => e.details)).toEqual([
      { from: null, to: ['strapi-editor'] },
      { from: ['strapi-editor'], to: ['strapi-author'] },
    ]);
  });

  it('lets administrators read entries in the Content Manager but nobody write them; no content-API route', async () => {
    const list = await app.http().get(`${cm}/${AUDIT}`).set('Authorization', admin);
    expect(list.status).toBe(200);
    expect(list.body.results.length).toBeGreaterThan(0);
    const one = list.body.results[0];
    const count = await app.strapi.db.query(AUDIT).count();
    const create = await app
      .http()
      .post(`${cm}/${AUDIT}`)
      .set('Authorization', admin)
      .send({ action: 'forged', actorKind: 'system', channel: 'system', occurredAt: new Date().toISOString() });
    expect(create.status).toBe(403);
    const edit = await app.http().put(`${cm}/${AUDIT}/${one.documentId}`).set('Authorization', admin).send({ action: 'forged' });
    expect(edit.status).toBe(403);
    const del = await app.http().delete(`${cm}/${AUDIT}/${one.documentId}`).set('Authorization', admin);
    expect(del.status).toBe(403);
    expect(await app.strapi.db.query(AUDIT).count()).toBe(count);
    expect((await app.strapi.db.query(AUDIT).findOne({ where: { documentId: one.documentId } })).action).toBe(one.action);

    for (const auth of [undefined, staff.officer.auth]) {
      const req = app.http().get('/api/audit-entries');
      if (auth) req.set('Authorization', auth);
      expect((await req).status).toBe(404);
    }
  });
});
