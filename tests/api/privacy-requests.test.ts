import { execFile } from 'child_process';
import path from 'path';
import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { COMPLAINANT, fileComplaint } from '../harness/complaints';
import { findJob } from '../../src/jobs';
import { formatThaiDate } from '../../src/lib/platform/thai-date';
import { adminWithRole } from '../harness/admins';

const REQUEST = 'api::data-subject-request.data-subject-request';
const NOTIFICATION = 'api::notification.notification';
const VOLUNTEER = 'api::volunteer.volunteer';
const DAY = 86_400_000;
const SUPER = { email: 'dsr-admin@example.test', password: 'Admin-Passw0rd' };

/**
 * Reads the PDF back as a person would (tests/harness/pdf-text.js). pdf.js reads SARA AM's glyph as
 * "ำา" (an extra SARA AA after it); a reader sees one vowel, so the text is compared that way.
 */
function pdfText(buffer: Buffer): Promise<{ text: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [path.join(__dirname, '..', 'harness', 'pdf-text.js')], (err, stdout) =>
      err ? reject(err) : resolve({ text: String(JSON.parse(stdout).text).replace(/\u0e33\u0e32/g, '\u0e33') }),
    );
    child.stdin!.end(buffer);
  });
}
const binary = (res: any, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('PDPA data-subject requests', () => {
  let app: TestApp;
  const tokens: Record<string, string> = {};
  let officerEmail: string;

  const adminOf = (code: string) => adminWithRole(app, code, { email: `dsr-${code}@example.test` });
  const admin = (who: string, action: string, documentId: string, body: object = {}) =>
    app.http().post(`/admin/mind-privacy/requests/${documentId}/${action}`).set('Authorization', `Bearer ${tokens[who]}`).send(body);
  const requests = () => app.strapi.db.query(REQUEST).findMany({ populate: { complaints: true, volunteer: true }, orderBy: { id: 'asc' } });
  const mails = (templateKey: string) => app.strapi.db.query(NOTIFICATION).findMany({ where: { templateKey }, orderBy: { id: 'asc' } });
  const ask = (body: object) => app.http().post('/api/data-subject-requests').send(body);

  beforeAll(async () => {
    app = await bootStrapi({ env: { PUBLIC_INTAKE_RATE_LIMIT: '0', DEMO_ADMIN_EMAIL: SUPER.email, DEMO_ADMIN_PASSWORD: SUPER.password } });
    tokens.super = (await app.http().post('/admin/login').send(SUPER).expect(200)).body.data.token;
    const officer = await adminOf('privacy-officer');
    tokens.privacy = officer.token;
    officerEmail = officer.email;
    tokens.complaints = (await adminOf('complaint-officer')).token;
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  describe('a citizen, by tracking code and contact', () => {
    let first: { trackingCode: string; ticketNumber: string; documentId: string };
    let second: { ticketNumber: string };
    let answer: unknown;

    beforeAll(async () => {
      first = await fileComplaint(app);
      second = await fileComplaint(app, { title: 'น้ำเสียลงคลอง' });
    });

    it('answers a wrong contact and an unknown code exactly as a match, and stores nothing for them', async () => {
      const wrong = await ask({ trackingCode: first.trackingCode, contact: 'someone.else@example.test', kind: 'access' }).expect(202);
      const unknown = await ask({ trackingCode: 'ZZZZZZZZZZZZ', contact: COMPLAINANT.email, kind: 'access' }).expect(202);
      expect(unknown.body).toEqual(wrong.body);
      expect(await requests()).toHaveLength(0);
      answer = wrong.body;
    });

    it('refuses a correction without the field, naming it', async () => {
      const res = await ask({ trackingCode: first.trackingCode, contact: COMPLAINANT.email, kind: 'correct', newValue: 'x' }).expect(400);
      expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain('field');
      expect(await requests()).toHaveLength(0);
    });

    it('stores a matching request (by phone, typed differently) covering every complaint with that contact, echoing nothing personal', async () => {
      const res = await ask({ trackingCode: first.trackingCode.toLowerCase(), contact: '0812345678', kind: 'access' }).expect(202);
      expect(res.body).toEqual(answer);
      const text = JSON.stringify(res.body);
      for (const secret of [COMPLAINANT.email, COMPLAINANT.name, COMPLAINANT.phone, first.trackingCode, first.ticketNumber])
        expect(text).not.toContain(secret);
      const [r] = await requests();
      expect(r).toMatchObject({ kind: 'access', subjectKind: 'complainant', state: 'received', contactEmail: COMPLAINANT.email });
      expect(r.complaints.map((c: any) => c.ticketNumber).sort()).toEqual([first.ticketNumber, second.ticketNumber].sort());
      expect(new Date(r.dueAt).getTime() - new Date(r.receivedAt).getTime()).toBe(30 * DAY);
      // the same request again is not stored twice
      await ask({ trackingCode: first.trackingCode, contact: COMPLAINANT.email, kind: 'access' }).expect(202);
      expect(await requests()).toHaveLength(1);
      const [mail] = await mails('privacy.request.received');
      expect(mail.to).toBe(COMPLAINANT.email);
      expect(mail.text).toContain(r.reference);
      expect(mail.text).toContain(formatThaiDate(r.dueAt)); // Buddhist-era date, Bangkok
      expect(mail.text).toContain('30 วัน');
    });

    it('is handled by the privacy officer only: verified, exported as JSON and PDF, fulfilled within 30 days, the outcome e-mailed', async () => {
      const [r] = await requests();
      expect((await admin('complaints', 'verify', r.documentId)).status).toBe(403);
      expect((await admin('privacy', 'export', r.documentId)).status).toBe(409); // not verified yet
      expect((await admin('privacy', 'verify', r.documentId).expect(200)).body.data).toMatchObject({ state: 'verified' });

      const json = (await admin('privacy', 'export', r.documentId).expect(200)).body.data;
      expect(json.request).toMatchObject({ reference: r.reference, kind: 'access' });
      expect(json.complaints.map((c: any) => c.ticketNumber).sort()).toEqual([first.ticketNumber, second.ticketNumber].sort());
      expect(json.complaints[0].complainant).toEqual(COMPLAINANT);
      expect(json.complaints[0].trackingCode).toBeTruthy();
      expect(json.complaints[0]).not.toHaveProperty('id');
      expect(json.emails.map((m: any) => m.templateKey)).toContain('privacy.request.received');
      expect(json.emails.every((m: any) => m.to === COMPLAINANT.email)).toBe(true);

      const res = await admin('privacy', 'export-pdf', r.documentId).buffer(true).parse(binary).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const { text } = await pdfText(res.body);
      for (const t of ['สำเนาข้อมูลส่วนบุคคลของท่าน', r.reference, first.ticketNumber, second.ticketNumber, COMPLAINANT.name, COMPLAINANT.email])
        expect(text).toContain(t);
      expect(text).toContain(formatThaiDate(r.receivedAt));
      // every label and coded value in Thai: no field's code name reaches the subject
      for (const t of ['เลขที่เรื่อง:', 'รหัสติดตาม:', 'ผู้ร้องเรียน: ชื่อ: ', 'สถานะ: รับเรื่องแล้ว', 'ช่องทาง: เว็บไซต์', 'ความยินยอม: ใช่'])
        expect(text).toContain(t);
      expect(text.match(/\b[a-z]+[A-Z]\w*/g)).toBeNull();
      expect(text).not.toMatch(/\b(ticketNumber|state|channel|received|web):/);

      expect(
        (await admin('privacy', 'close', r.documentId, { state: 'done' })).body.error.details.errors.map((e: any) => e.path[0]).sort(),
      ).toEqual(['outcome', 'state']);
      const closed = (await admin('privacy', 'close', r.documentId, { state: 'fulfilled', outcome: 'ส่งสำเนาข้อมูลทางอีเมลแล้ว' }).expect(200))
        .body.data;
      expect(closed).toMatchObject({ state: 'fulfilled', onTime: true, emailed: true });
      const [stored] = await requests();
      expect(stored.state).toBe('fulfilled');
      expect(new Date(stored.fulfilledAt).getTime()).toBeLessThanOrEqual(new Date(stored.dueAt).getTime());
      expect(stored.handledBy).toContain(officerEmail);
      const [outcome] = await mails('privacy.request.outcome');
      expect(outcome.to).toBe(COMPLAINANT.email);
      expect(outcome.text).toContain('ส่งสำเนาข้อมูลทางอีเมลแล้ว');
      expect(outcome.subject).toContain('ดำเนินการตามคำขอแล้ว');
      // one e-mail reaches the subject in Thai, then English
      const before = app.smtp.messages.length;
      for (let i = 0; i < 3; i++) await findJob('dispatch-notifications')!.run({ strapi: app.strapi, now: new Date(), dryRun: false });
      const sent = (await app.smtp.waitFor(before + 1)).find((m) => m.subject.includes(r.reference) && m.subject.includes('fulfilled'))!;
      expect(sent.to).toEqual([COMPLAINANT.email]);
      expect(sent.subject).toBe(`ผลการพิจารณาคำขอเลขที่ ${r.reference}: ดำเนินการตามคำขอแล้ว / Your request ${r.reference}: fulfilled`);
      const th = sent.text.indexOf('หากไม่เห็นด้วยกับผลการพิจารณา');
      const en = sent.text.indexOf('If you disagree, you may complain');
      expect(th).toBeGreaterThan(-1);
      expect(en).toBeGreaterThan(th);
      expect(sent.html).toContain('ได้รับการพิจารณาแล้ว');
      expect(sent.html).toContain('was decided');
      const [received] = await mails('privacy.request.received');
      expect(received.text).toContain('Dear data subject');
      expect(received.subject).toContain(`Your personal data request ${r.reference} was received`);
      expect((await admin('privacy', 'close', r.documentId, { state: 'refused', outcome: 'ซ้ำ' })).status).toBe(409);
    });
  });

  describe('a volunteer, for themself', () => {
    let user: TestUser;
    let profile: any;

    beforeAll(async () => {
      user = await createUser(app.strapi, 'volunteer');
      profile = await app.strapi.documents(VOLUNTEER).create({
        data: {
          fullName: 'อาสา ลบได้',
          phone: '0891112222',
          email: 'asa.erase@example.test',
          nationalId: '3100503412817',
          consent: true,
          state: 'active',
          user: user.id,
        } as any,
      });
    });

    it('asks to be erased (the same open request is answered again, not stored twice); other roles may not ask this way', async () => {
      const made = await app
        .http()
        .post('/api/data-subject-requests/mine')
        .set('Authorization', user.auth)
        .send({ kind: 'erase' })
        .expect(201);
      expect(made.body.data).toMatchObject({ kind: 'erase', state: 'received' });
      expect(new Date(made.body.data.dueAt).getTime() - new Date(made.body.data.receivedAt).getTime()).toBe(30 * DAY);
      const again = await app
        .http()
        .post('/api/data-subject-requests/mine')
        .set('Authorization', user.auth)
        .send({ kind: 'erase' })
        .expect(200);
      expect(again.body.data.reference).toBe(made.body.data.reference);
      const staff = await createUser(app.strapi, 'complaint-officer');
      expect(
        (await app.http().post('/api/data-subject-requests/mine').set('Authorization', staff.auth).send({ kind: 'erase' })).status,
      ).toBe(403);
      const received = (await mails('privacy.request.received')).find((m: any) => m.to === 'asa.erase@example.test');
      expect(received.text).toContain(made.body.data.reference);
    });

    it('is erased by the privacy officer: contact, name and sign-in gone; the outcome reaches the address they gave', async () => {
      const r = (await requests()).find((x: any) => x.subjectKind === 'volunteer');
      expect(r.volunteer.documentId).toBe(profile.documentId);
      expect((await admin('privacy', 'erase', r.documentId)).status).toBe(409); // not verified yet
      await admin('super', 'verify', r.documentId).expect(200);
      expect((await admin('privacy', 'correct', r.documentId)).status).toBe(409); // it asks for erasure
      expect((await admin('privacy', 'close', r.documentId, { state: 'fulfilled', outcome: 'ลบแล้ว' })).status).toBe(409); // not applied yet
      await admin('privacy', 'erase', r.documentId).expect(200);
      const v = await app.strapi.db.query(VOLUNTEER).findOne({ where: { documentId: profile.documentId }, populate: { user: true } });
      expect(v).toMatchObject({ phone: null, email: null, nationalId: null, consent: false, state: 'inactive', user: null });
      expect(v.fullName).not.toContain('อาสา ลบได้');
      const account = await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: user.id } });
      expect(account.blocked).toBe(true);
      expect(account.email).not.toBe(user.email);
      await admin('privacy', 'close', r.documentId, { state: 'fulfilled', outcome: 'ลบข้อมูลส่วนบุคคลของท่านแล้ว' }).expect(200);
      const outcome = (await mails('privacy.request.outcome')).find((m: any) => m.to === 'asa.erase@example.test');
      expect(outcome.text).toContain('ลบข้อมูลส่วนบุคคลของท่านแล้ว');
    });
  });

  describe('the 30-day clock in the obligation engine', () => {
    // fixed instants, 09:00 in Bangkok on working days: received Monday 1 Feb 2027, due Wednesday 3 Mar
    const received = new Date('2027-02-01T02:00:00Z');
    const due = new Date(received.getTime() + 30 * DAY);
    const run = (at: Date) => findJob('chase-obligations')!.run({ strapi: app.strapi, now: at, dryRun: false });
    /** the digests that list this request (others' requests may be open too) */
    const digestsTo = async (to: string) =>
      (await mails('obligation.digest')).filter((m: any) => m.to === to.toLowerCase() && m.text.includes(reference));
    let reference: string;
    let documentId: string;

    beforeAll(async () => {
      const c = await fileComplaint(app, { complainant: { name: 'นาฬิกา ทดสอบ', phone: '0823334444', email: 'clock@example.test' } });
      await ask({
        trackingCode: c.trackingCode,
        contact: 'clock@example.test',
        kind: 'correct',
        field: 'name',
        newValue: 'นาฬิกา ถูกต้อง',
      }).expect(202);
      const r = (await requests()).find((x: any) => x.kind === 'correct');
      ({ reference, documentId } = r);
      await app.strapi.db.query(REQUEST).update({ where: { id: r.id }, data: { receivedAt: received, dueAt: due } });
    });

    it("is in the privacy officer's digest a week before it is due, and escalates to the super admins the day after", async () => {
      await run(new Date(due.getTime() - 6 * DAY));
      const before = await digestsTo(officerEmail);
      expect(before).toHaveLength(1);
      expect(before[0].text).toContain(reference);
      expect(before[0].text).toContain('คำขอของเจ้าของข้อมูลส่วนบุคคล');
      expect(before[0].text).toContain('เหลือเวลาตอบอีก 7 วัน');
      expect(await digestsTo(SUPER.email)).toHaveLength(0);

      await run(new Date(due.getTime() + DAY));
      const escalated = await digestsTo(SUPER.email);
      expect(escalated).toHaveLength(1);
      expect(escalated[0].text).toContain(reference);
      expect(escalated[0].text).toContain('เกินกำหนดตามกฎหมาย');
      expect((await digestsTo(officerEmail)).some((m: any) => m.text.includes('ครบกำหนด 30 วันแล้ว'))).toBe(true);
    });

    it('stops once the request is answered (here: the correction applied, then fulfilled)', async () => {
      await admin('privacy', 'verify', documentId).expect(200);
      await admin('privacy', 'correct', documentId).expect(200);
      const c = await app.strapi.db
        .query('api::complaint.complaint')
        .findOne({ where: { title: { $notNull: true }, complainant: { email: 'clock@example.test' } }, populate: { complainant: true } });
      expect(c.complainant.name).toBe('นาฬิกา ถูกต้อง');
      await admin('privacy', 'close', documentId, { state: 'fulfilled', outcome: 'แก้ไขชื่อแล้ว' }).expect(200);
      const told = async () => (await mails('obligation.digest')).filter((m: any) => m.text.includes(reference)).length;
      const count = await told();
      await run(new Date(due.getTime() + 8 * DAY)); // the weekly repeat of the escalation would be due
      expect(await told()).toBe(count);
    });
  });
});
