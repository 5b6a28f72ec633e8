import { bootStrapi, TestApp } from '../harness/strapi';
import { complaintStaff, COMPLAINANT, fileComplaint } from '../harness/complaints';
import { createUser, TestUser } from '../harness/users';
import { formatThaiDateTime } from '../../src/lib/platform/thai-date';
import { adminWithRole } from '../harness/admins';

/**
 * Reveal with a reason (PDPA): contact data is masked in every answer for every role that reads it;
 * the full data comes only from a reveal, which needs a reason, stays on the complaint's or volunteer's
 * rows the caller may read, answers with a watermark, and leaves a `personal_data.reveal` audit entry
 * that the privacy officer's counts read.
 */
const SUPER = { email: 'admin@example.test', password: 'Admin-Passw0rd' };
const REASON = 'โทรกลับผู้ร้องเพื่อนัดลงพื้นที่ตรวจสอบกลิ่น';
const V_PHONE = '0891112233';
const V_ID = '1101700203450';
const V_EMAIL = 'somchai.volunteer@example.test';

describe('reveal with a reason', () => {
  let app: TestApp;
  let s: Awaited<ReturnType<typeof complaintStaff>>;
  let c: { documentId: string; ticketNumber: string };
  let coordinator: TestUser;
  let volunteerUser: TestUser;
  let volunteer: { documentId: string };
  const admin: Record<string, string> = {};

  const as = (user: TestUser) => ({
    get: (url: string) => app.http().get(url).set('Authorization', user.auth),
    post: (url: string, body: object = {}) => app.http().post(url).set('Authorization', user.auth).send(body),
  });
  const asAdmin = (who: string) => ({
    get: (url: string) => app.http().get(url).set('Authorization', `Bearer ${admin[who]}`),
    post: (url: string, body: object = {}) => app.http().post(url).set('Authorization', `Bearer ${admin[who]}`).send(body),
  });
  const reveals = (targetId: string) =>
    app.strapi.db
      .query('api::audit-entry.audit-entry')
      .findMany({ where: { action: 'personal_data.reveal', targetId }, orderBy: { id: 'asc' } });

  const adminOf = async (code: string) => (await adminWithRole(app, code, { email: `reveal-${code}@example.test` })).token;

  /** An administrator grants the reveal to response teams by hand: the row scope must still hold. */
  async function grantToTeams() {
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'response-team-member' } });
    await app.strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: 'api::complaint.complaint.reveal', role: role.id } });
  }

  beforeAll(async () => {
    app = await bootStrapi({ env: { PUBLIC_INTAKE_RATE_LIMIT: '0', DEMO_ADMIN_EMAIL: SUPER.email, DEMO_ADMIN_PASSWORD: SUPER.password } });
    s = await complaintStaff(app);
    c = await fileComplaint(app);
    await as(s.officer).post(`/api/complaints/${c.documentId}/assign`, { team: s.teamA.documentId }).expect(200);
    coordinator = await createUser(app.strapi, 'volunteer-coordinator');
    volunteerUser = await createUser(app.strapi, 'volunteer');
    const created = await as(coordinator)
      .post('/api/volunteers', {
        data: { fullName: 'สมชาย อาสาดี', phone: V_PHONE, email: V_EMAIL, nationalId: V_ID, consent: true, province: 'TH-50' },
      })
      .expect(201);
    volunteer = created.body.data;
    await app.strapi.db
      .query('api::volunteer.volunteer')
      .update({ where: { documentId: volunteer.documentId }, data: { user: volunteerUser.id } });
    admin.super = (await app.http().post('/admin/login').send(SUPER).expect(200)).body.data.token;
    admin.privacy = await adminOf('privacy-officer');
    admin.officer = await adminOf('complaint-officer');
    admin.inspector = await adminOf('inspector');
  });
  afterAll(async () => {
    await app?.close();
  });

  describe('masked by default', () => {
    it('shows a complaint officer the complainant masked, on the list and on the complaint', async () => {
      const one = await as(s.officer).get(`/api/complaints/${c.documentId}`).expect(200);
      expect(one.body.data.complainant).toMatchObject({ name: 'สมศรี ท.', phone: '08x-xxx-5678', email: 's••••@example.test' });
      const list = await as(s.officer).get('/api/complaints').expect(200);
      const row = list.body.data.find((x: { documentId: string }) => x.documentId === c.documentId);
      expect(row.complainant).toMatchObject({ name: 'สมศรี ท.', phone: '08x-xxx-5678', email: 's••••@example.test' });
      for (const secret of [COMPLAINANT.name, COMPLAINANT.phone, COMPLAINANT.email]) {
        expect(JSON.stringify(one.body)).not.toContain(secret);
        expect(JSON.stringify(list.body)).not.toContain(secret);
      }
    });

    it('shows a response team no complainant at all, as before', async () => {
      const one = await as(s.memberA).get(`/api/complaints/${c.documentId}`).expect(200);
      expect(one.body.data.complainant).toBeUndefined();
    });

    it('shows a coordinator volunteers’ contact data masked, and a volunteer their own in full', async () => {
      const one = await as(coordinator).get(`/api/volunteers/${volunteer.documentId}`).expect(200);
      expect(one.body.data).toMatchObject({ phone: '08x-xxx-2233', email: 's••••@example.test', nationalId: 'x-xxxx-xxxxx-45-0' });
      const list = await as(coordinator).get('/api/volunteers').expect(200);
      for (const secret of [V_PHONE, V_EMAIL, V_ID]) {
        expect(JSON.stringify(one.body)).not.toContain(secret);
        expect(JSON.stringify(list.body)).not.toContain(secret);
      }
      const me = await as(volunteerUser).get('/api/volunteers/me').expect(200);
      expect(me.body.data).toMatchObject({ phone: V_PHONE, email: V_EMAIL, nationalId: V_ID });
    });
  });

  describe('a complaint officer reveals a complainant', () => {
    it('refuses without a reason, or with one too short or too long, naming reason', async () => {
      for (const body of [{}, { reason: '' }, { reason: 'สั้นไป' }, { reason: 'x'.repeat(501) }, { reason: 42 }]) {
        const res = await as(s.officer).post(`/api/complaints/${c.documentId}/reveal`, body).expect(400);
        expect(res.body.error.message).toContain('reason');
      }
      expect(await reveals(c.documentId)).toHaveLength(0);
    });

    it('answers the contact data in full with a watermark, and the audit trail keeps the reason', async () => {
      const res = await as(s.officer)
        .post(`/api/complaints/${c.documentId}/reveal`, { data: { reason: REASON } })
        .expect(200);
      expect(res.body.data.complainant).toEqual({ name: COMPLAINANT.name, phone: COMPLAINANT.phone, email: COMPLAINANT.email });
      expect(res.body.data.ticketNumber).toBe(c.ticketNumber);
      const officer = await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: s.officer.id } });
      const mark = res.body.data.watermark;
      expect(mark.viewer).toBe(officer.username);
      expect(mark.label).toBe(`${officer.username} · ${formatThaiDateTime(mark.at)}`);
      expect(mark.label).toMatch(/ 25\d\d เวลา \d\d:\d\d น\.$/);
      const [entry] = await reveals(c.documentId);
      expect(entry).toMatchObject({
        actorKind: 'user',
        actorId: s.officer.id,
        targetType: 'api::complaint.complaint',
        targetLabel: c.ticketNumber,
        details: { reason: REASON, fields: ['name', 'phone', 'email'] },
      });
      // the reveal leaves the complaint masked for the next read
      const again = await as(s.officer).get(`/api/complaints/${c.documentId}`).expect(200);
      expect(again.body.data.complainant.phone).toBe('08x-xxx-5678');
    });

    it('is refused to roles that do not see complainants, and holds the row scope when granted by hand', async () => {
      await as(s.memberA).post(`/api/complaints/${c.documentId}/reveal`, { reason: REASON }).expect(403);
      await as(s.staff).post(`/api/complaints/${c.documentId}/reveal`, { reason: REASON }).expect(403);
      await app.http().post(`/api/complaints/${c.documentId}/reveal`).send({ reason: REASON }).expect(403);
      await grantToTeams();
      // another team's complaint does not exist for team B; team A reads it but not its complainant
      await as(s.memberB).post(`/api/complaints/${c.documentId}/reveal`, { reason: REASON }).expect(404);
      await as(s.memberA).post(`/api/complaints/${c.documentId}/reveal`, { reason: REASON }).expect(403);
      await as(s.officer).post('/api/complaints/nope/reveal', { reason: REASON }).expect(404);
      expect(await reveals(c.documentId)).toHaveLength(1);
    });
  });

  describe('a coordinator reveals a volunteer', () => {
    it('needs a reason, answers in full with a watermark and is audited; a volunteer may not', async () => {
      const bad = await as(coordinator).post(`/api/volunteers/${volunteer.documentId}/reveal`, {}).expect(400);
      expect(bad.body.error.message).toContain('reason');
      const res = await as(coordinator)
        .post(`/api/volunteers/${volunteer.documentId}/reveal`, { reason: 'โทรเรียกช่วยงานกู้ภัยน้ำท่วมด่วน' })
        .expect(200);
      expect(res.body.data).toMatchObject({ phone: V_PHONE, email: V_EMAIL, nationalId: V_ID, fullName: 'สมชาย อาสาดี' });
      expect(res.body.data.watermark.label).toContain(' · ');
      const [entry] = await reveals(volunteer.documentId);
      expect(entry.details).toEqual({ reason: 'โทรเรียกช่วยงานกู้ภัยน้ำท่วมด่วน', fields: ['phone', 'email', 'nationalId'] });
      await as(volunteerUser).post(`/api/volunteers/${volunteer.documentId}/reveal`, { reason: REASON }).expect(403);
      await as(s.officer).post(`/api/volunteers/${volunteer.documentId}/reveal`, { reason: REASON }).expect(403);
    });
  });

  describe('admin panel', () => {
    it('reveals from the complaint work panel with a reason, watermarked with the administrator', async () => {
      const bad = await asAdmin('officer').post(`/admin/mind-work/complaints/${c.documentId}/reveal`, { reason: 'x' }).expect(400);
      expect(bad.body.error.message).toContain('reason');
      const res = await asAdmin('officer')
        .post(`/admin/mind-work/complaints/${c.documentId}/reveal`, { reason: 'ตรวจสอบข้อมูลผู้ร้องก่อนส่งหนังสือตอบ' })
        .expect(200);
      expect(res.body.data.complainant).toEqual({ name: COMPLAINANT.name, phone: COMPLAINANT.phone, email: COMPLAINANT.email });
      expect(res.body.data.watermark.viewer).toBe('สมหญิง complaint-officer <reveal-complaint-officer@example.test>');
      const entries = await reveals(c.documentId);
      expect(entries[entries.length - 1]).toMatchObject({
        actorKind: 'admin',
        channel: 'admin',
        details: { reason: 'ตรวจสอบข้อมูลผู้ร้องก่อนส่งหนังสือตอบ' },
      });
      await app.http().post(`/admin/mind-work/complaints/${c.documentId}/reveal`).send({ reason: REASON }).expect(401);
      // an administrator who may not read complaints (the inspector) may not reveal one either
      await asAdmin('inspector').post(`/admin/mind-work/complaints/${c.documentId}/reveal`, { reason: REASON }).expect(403);
    });

    it('masks the Content Manager too, and saving its form back keeps the real contact data', async () => {
      const url = `/content-manager/collection-types/api::complaint.complaint/${c.documentId}`;
      const read = await asAdmin('super').get(url).expect(200);
      expect(read.body.data.complainant).toMatchObject({ name: 'สมศรี ท.', phone: '08x-xxx-5678', email: 's••••@example.test' });
      await app.http().put(url).set('Authorization', `Bearer ${admin.super}`).send({ complainant: read.body.data.complainant }).expect(200);
      const stored = await app.strapi.db
        .query('api::complaint.complaint')
        .findOne({ where: { documentId: c.documentId }, populate: { complainant: true } });
      expect(stored.complainant).toMatchObject(COMPLAINANT);
    });

    it('counts reveals per viewer for the privacy officer and the super admin only', async () => {
      const res = await asAdmin('privacy').get('/admin/mind-privacy/reveals').expect(200);
      const officer = await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: s.officer.id } });
      expect(res.body.data.viewers).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ viewer: officer.username, count: 1, lastReason: REASON }),
          expect.objectContaining({ viewer: 'reveal-complaint-officer@example.test', count: 1, kind: 'admin' }),
        ]),
      );
      const coordinatorRow = res.body.data.viewers.find((v: { lastReason: string }) => v.lastReason === 'โทรเรียกช่วยงานกู้ภัยน้ำท่วมด่วน');
      expect(coordinatorRow.count).toBe(1);
      await asAdmin('super').get('/admin/mind-privacy/reveals').expect(200);
      await asAdmin('officer').get('/admin/mind-privacy/reveals').expect(403);
      const empty = await asAdmin('super').get('/admin/mind-privacy/reveals?from=2001-01-01&to=2001-12-31').expect(200);
      expect(empty.body.data).toEqual({ from: '2001-01-01', to: '2001-12-31', viewers: [] });
      const bad = await asAdmin('super').get('/admin/mind-privacy/reveals?from=yesterday').expect(400);
      expect(bad.body.error.message).toContain('from');
    });
  });
});
