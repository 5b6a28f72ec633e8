import { bootStrapi, TestApp } from '../harness/strapi';
import { COMPLAINANT, fileComplaint } from '../harness/complaints';
import { asTrusted } from '../../src/lib/platform/trusted-write';
import { adminWithRole } from '../harness/admins';

/**
 * The Content Manager masks contact data too, for every administrator who may read it (super admins
 * included): single entries, lists, relations and populates from other types. Saving the edit form back
 * with the masked values keeps the stored data; a new value is written. The full values come only from a
 * panel reveal with a reason, which is audited.
 */
const SUPER = { email: 'admin@example.test', password: 'Admin-Passw0rd' };
const COMPLAINT = 'api::complaint.complaint';
const VOLUNTEER = 'api::volunteer.volunteer';
const V = { phone: '0891112233', email: 'somchai.volunteer@example.test', nationalId: '1101700203450' };
const MASKED_COMPLAINANT = { name: 'สมศรี ท.', phone: '08x-xxx-5678', email: 's••••@example.test' };
const MASKED_V = { phone: '08x-xxx-2233', email: 's••••@example.test', nationalId: 'x-xxxx-xxxxx-45-0' };
const REASON = 'โทรนัดอาสาสมัครเข้าร่วมกิจกรรมฉุกเฉิน';

describe('personal data masked in the Content Manager', () => {
  let app: TestApp;
  let complaint: { documentId: string };
  let volunteer: { documentId: string };
  let dsr: { documentId: string };
  let participation: { documentId: string };
  const token: Record<string, string> = {};

  const get = (who: string, url: string) => app.http().get(url).set('Authorization', `Bearer ${token[who]}`);
  const put = (who: string, url: string, body: object) => app.http().put(url).set('Authorization', `Bearer ${token[who]}`).send(body);
  const cm = (uid: string) => `/content-manager/collection-types/${uid}`;
  const stored = (uid: string, documentId: string) =>
    app.strapi.db.query(uid as any).findOne({ where: { documentId }, populate: uid === COMPLAINT ? { complainant: true } : {} });

  const adminOf = async (code: string) => (await adminWithRole(app, code, { email: `cm-mask-${code}@example.test` })).token;

  beforeAll(async () => {
    app = await bootStrapi({ env: { PUBLIC_INTAKE_RATE_LIMIT: '0', DEMO_ADMIN_EMAIL: SUPER.email, DEMO_ADMIN_PASSWORD: SUPER.password } });
    complaint = await fileComplaint(app);
    volunteer = await asTrusted(() =>
      app.strapi.documents(VOLUNTEER as any).create({ data: { fullName: 'สมชาย อาสาดี', ...V, consent: true, state: 'active' } as any }),
    );
    const c = await stored(COMPLAINT, complaint.documentId);
    const v = await stored(VOLUNTEER, volunteer.documentId);
    dsr = await app.strapi.db.query('api::data-subject-request.data-subject-request').create({
      data: {
        documentId: 'cmmaskdsr000000000000001',
        reference: 'DSR-CM-1',
        kind: 'access',
        subjectKind: 'complainant',
        state: 'received',
        receivedAt: new Date('2026-03-02T03:00:00Z'),
        dueAt: new Date('2026-04-01T03:00:00Z'),
        complaints: [c.id],
        volunteer: v.id,
      },
    });
    participation = await app.strapi.db
      .query('api::participation.participation')
      .create({ data: { documentId: 'cmmaskpart00000000000001', state: 'registered', volunteer: v.id } });
    token.super = (await app.http().post('/admin/login').send(SUPER).expect(200)).body.data.token;
    for (const code of ['complaint-officer', 'privacy-officer', 'volunteer-coordinator', 'inspector']) token[code] = await adminOf(code);
  });
  afterAll(async () => {
    await app?.close();
  });

  /** What the edit form sends back: every field as shown; untouched relations are not sent (shown as counts). */
  const form = (shown: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(shown).filter(([, v]) => !(v && typeof v === 'object' && 'count' in (v as object))));

  const noSecrets = (body: unknown, secrets: string[]) => {
    const text = JSON.stringify(body);
    return secrets.filter((s) => text.includes(s));
  };

  describe.each(['super', 'complaint-officer', 'privacy-officer'])('%s reading complaints', (who) => {
    it('sees the complainant masked on the entry and the list', async () => {
      const one = await get(who, `${cm(COMPLAINT)}/${complaint.documentId}`).expect(200);
      expect(one.body.data.complainant).toMatchObject(MASKED_COMPLAINANT);
      const list = await get(who, `${cm(COMPLAINT)}?page=1&pageSize=100&populate[complainant]=true`).expect(200);
      const row = list.body.results.find((x: { documentId: string }) => x.documentId === complaint.documentId);
      expect(row.complainant).toMatchObject(MASKED_COMPLAINANT);
      for (const res of [one, list]) expect(noSecrets(res.body, Object.values(COMPLAINANT))).toEqual([]);
    });
  });

  describe.each(['super', 'volunteer-coordinator', 'privacy-officer'])('%s reading volunteers', (who) => {
    it('sees phone, e-mail and national ID masked on the entry and the list', async () => {
      const one = await get(who, `${cm(VOLUNTEER)}/${volunteer.documentId}`).expect(200);
      expect(one.body.data).toMatchObject(MASKED_V);
      const list = await get(who, `${cm(VOLUNTEER)}?page=1&pageSize=100`).expect(200);
      const row = list.body.results.find((x: { documentId: string }) => x.documentId === volunteer.documentId);
      for (const [k, masked] of Object.entries(MASKED_V)) if (k in row) expect(row[k]).toBe(masked);
      for (const res of [one, list]) expect(noSecrets(res.body, Object.values(V))).toEqual([]);
    });
  });

  it('masks complaints and volunteers populated from other types (a data-subject request, a participation)', async () => {
    const DSR = 'api::data-subject-request.data-subject-request';
    const fromDsr = await get('super', `${cm(DSR)}/${dsr.documentId}?populate[complaints][populate]=*&populate[volunteer]=true`).expect(
      200,
    );
    expect(fromDsr.body.data.complaints[0].complainant).toMatchObject(MASKED_COMPLAINANT);
    expect(fromDsr.body.data.volunteer).toMatchObject(MASKED_V);
    const fromParticipation = await get(
      'volunteer-coordinator',
      `${cm('api::participation.participation')}/${participation.documentId}?populate[volunteer]=true`,
    ).expect(200);
    expect(fromParticipation.body.data.volunteer).toMatchObject(MASKED_V);
    const relations = await get('privacy-officer', `/content-manager/relations/${DSR}/${dsr.documentId}/volunteer`).expect(200);
    for (const res of [fromDsr, fromParticipation, relations]) {
      expect(noSecrets(res.body, [...Object.values(COMPLAINANT), ...Object.values(V)])).toEqual([]);
    }
  });

  it('keeps the stored complainant when the edit form saves the masked values back, and writes a new phone', async () => {
    const shown = form((await get('complaint-officer', `${cm(COMPLAINT)}/${complaint.documentId}`).expect(200)).body.data);
    const saved = await put('complaint-officer', `${cm(COMPLAINT)}/${complaint.documentId}`, shown);
    expect([saved.status, saved.body.error]).toEqual([200, undefined]);
    expect(saved.body.data.complainant).toMatchObject(MASKED_COMPLAINANT);
    expect((await stored(COMPLAINT, complaint.documentId)).complainant).toMatchObject(COMPLAINANT);

    await put('complaint-officer', `${cm(COMPLAINT)}/${complaint.documentId}`, {
      ...shown,
      complainant: { ...(shown.complainant as object), phone: '089-765-4321' },
    }).expect(200);
    expect((await stored(COMPLAINT, complaint.documentId)).complainant).toMatchObject({ ...COMPLAINANT, phone: '089-765-4321' });
  });

  it('keeps a volunteer’s stored contact when the masked values are saved back, and writes a new phone', async () => {
    const shown = form((await get('volunteer-coordinator', `${cm(VOLUNTEER)}/${volunteer.documentId}`).expect(200)).body.data);
    const saved = await put('volunteer-coordinator', `${cm(VOLUNTEER)}/${volunteer.documentId}`, shown).expect(200);
    expect(saved.body.data).toMatchObject(MASKED_V);
    expect(await stored(VOLUNTEER, volunteer.documentId)).toMatchObject(V);

    await put('volunteer-coordinator', `${cm(VOLUNTEER)}/${volunteer.documentId}`, { ...shown, phone: '0867778888' }).expect(200);
    expect(await stored(VOLUNTEER, volunteer.documentId)).toMatchObject({ ...V, phone: '0867778888' });
  });

  describe('the panel reveal of a volunteer', () => {
    const reveal = (who: string, id: string, body: object) =>
      app.http().post(`/admin/mind-work/volunteers/${id}/reveal`).set('Authorization', `Bearer ${token[who]}`).send(body);

    it('answers the contact data in full with a watermark, and audits the reason', async () => {
      const now = await stored(VOLUNTEER, volunteer.documentId);
      const res = await reveal('volunteer-coordinator', volunteer.documentId, { reason: REASON }).expect(200);
      expect(res.body.data).toMatchObject({ phone: now.phone, email: V.email, nationalId: V.nationalId });
      expect(res.body.data.watermark).toEqual({
        viewer: 'สมหญิง volunteer-coordinator <cm-mask-volunteer-coordinator@example.test>',
        at: expect.any(String),
        label: expect.stringContaining('สมหญิง volunteer-coordinator <cm-mask-volunteer-coordinator@example.test> · '),
      });
      const entries = await app.strapi.db
        .query('api::audit-entry.audit-entry')
        .findMany({ where: { action: 'personal_data.reveal', targetId: volunteer.documentId } });
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ actorKind: 'admin', targetType: VOLUNTEER });
      expect(entries[0].details).toEqual({ reason: REASON, fields: ['phone', 'email', 'nationalId'] });
    });

    it('refuses a missing or short reason (400 naming reason), an unknown volunteer (404), and a role that does not read volunteers (403)', async () => {
      for (const body of [{}, { reason: 'สั้น' }]) {
        const res = await reveal('super', volunteer.documentId, body).expect(400);
        expect(JSON.stringify(res.body.error)).toContain('reason');
      }
      await reveal('super', 'nosuchvolunteer000000000', { reason: REASON }).expect(404);
      await reveal('inspector', volunteer.documentId, { reason: REASON }).expect(403);
    });
  });
});
