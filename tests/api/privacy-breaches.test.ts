import { execFile } from 'child_process';
import path from 'path';
import { bootStrapi, TestApp } from '../harness/strapi';
import { findJob } from '../../src/jobs';
import { audit } from '../../src/lib/security/audit';
import { adminWithRole } from '../harness/admins';

/**
 * The breach register (PDPA s.37(4)) on a set clock: whom a breach touched, from the audit trail; the
 * PDPC's 72-hour clock in the privacy officer's digest, escalated once overdue and muted by the notice;
 * the notice itself in Thai (Buddhist-era dates) and English; and who may ask.
 */
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const SUPER = { email: 'admin@example.test', password: 'Admin-Passw0rd' };
const BREACH = 'api::data-breach.data-breach';
const COMPLAINT = 'api::complaint.complaint';
const VOLUNTEER = 'api::volunteer.volunteer';
// Wednesday 10 March 2027, 08:30 in Bangkok: the obligation job's daily run
const N = new Date('2027-03-10T01:30:00Z');
const at = (days: number, hours = 0) => new Date(N.getTime() + days * DAY + hours * HOUR);
// became aware on Tuesday 9 March 2027 (BE 2570) at 10:00 Bangkok: the PDPC is owed by Friday 10:00
const DISCOVERED = new Date('2027-03-09T03:00:00Z');

/** Reads the PDF back as a person would (tests/harness/pdf-text.js; pdf.js reads SARA AM as "ำา"). */
function pdfText(buffer: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [path.join(__dirname, '..', 'harness', 'pdf-text.js')], (err, stdout) =>
      err ? reject(err) : resolve(String(JSON.parse(stdout).text).replace(/\u0e33\u0e32/g, '\u0e33')),
    );
    child.stdin!.end(buffer);
  });
}
const binary = (res: any, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('breach register', () => {
  let app: TestApp;
  const tokens: Record<string, string> = {};
  let volunteer: { documentId: string; email: string };
  let breach: string;
  let dismissed: string;

  const adminOf = (code: string) => adminWithRole(app, code, { email: `breach-${code}@example.test` });
  const get = (who: string | null, url: string) => {
    const req = app.http().get(url);
    return who ? req.set('Authorization', `Bearer ${tokens[who]}`) : req;
  };
  const run = (now: Date) => findJob('chase-obligations')!.run({ strapi: app.strapi, now, dryRun: false });
  const digestsTo = async (email: string) =>
    (
      await app.strapi.db
        .query('api::notification.notification')
        .findMany({ where: { templateKey: 'obligation.digest', to: email }, orderBy: { id: 'asc' } })
    ).map((r: any) => r.text as string);
  const read = (actorId: number, occurredAt: Date, targetType: string, targetId: string, targetLabel: string | null) =>
    audit(app.strapi, {
      action: 'personal_data.read',
      targetType,
      targetId,
      targetLabel,
      occurredAt,
      actor: { actorKind: 'admin', actorId, actorLabel: `admin ${actorId}`, channel: 'admin' },
    });

  beforeAll(async () => {
    app = await bootStrapi({ env: { DEMO_ADMIN_EMAIL: SUPER.email, DEMO_ADMIN_PASSWORD: SUPER.password } });
    tokens.super = (await app.http().post('/admin/login').send(SUPER).expect(200)).body.data.token;
    tokens.officer = (await adminOf('privacy-officer')).token;
    tokens.inspector = (await adminOf('inspector')).token;
    volunteer = await app.strapi.db
      .query(VOLUNTEER)
      .create({ data: { fullName: 'สมศรี ลับมาก', email: 'breach.volunteer@secret.test', phone: '0812223333', state: 'active' } });
    // an administrator (id 9001) read two complainants (one twice) and a volunteer on the night of 8 March
    await read(9001, new Date('2027-03-08T14:00:00Z'), COMPLAINT, 'cmpA', 'CMP-2570-000101');
    await read(9001, new Date('2027-03-08T15:00:00Z'), COMPLAINT, 'cmpA', 'CMP-2570-000101');
    await read(9001, new Date('2027-03-08T16:00:00Z'), COMPLAINT, 'cmpB', 'CMP-2570-000102');
    await read(9001, new Date('2027-03-08T17:00:00Z'), VOLUNTEER, volunteer.documentId, null);
    // … but not this one, a week earlier, nor what another administrator read that night
    await read(9001, new Date('2027-03-01T14:00:00Z'), COMPLAINT, 'cmpC', 'CMP-2570-000050');
    await read(9002, new Date('2027-03-08T15:30:00Z'), COMPLAINT, 'cmpD', 'CMP-2570-000103');

    const create = async (title: string) =>
      (
        await app.strapi.documents(BREACH).create({
          data: {
            title,
            description: 'บัญชีผู้ดูแลระบบถูกใช้เปิดดูข้อมูลผู้ร้องเรียนนอกเวลาราชการ',
            discoveredAt: DISCOVERED.toISOString(),
            suspectedFrom: '2027-03-08T12:00:00Z',
            suspectedTo: '2027-03-09T00:00:00Z',
            actorKind: 'admin',
            actorId: 9001,
            riskLevel: 'high',
            measures: 'ระงับบัญชีและเปลี่ยนรหัสผ่าน',
          } as any,
        })
      ).documentId;
    breach = await create('บัญชีผู้ดูแลระบบถูกใช้โดยมิชอบ');
    dismissed = await create('แจ้งเตือนผิดพลาด');
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  it('sets the PDPC deadline 72 hours after the division became aware', async () => {
    const row = await app.strapi.db.query(BREACH).findOne({ where: { documentId: breach } });
    expect(new Date(row.notifyBy).toISOString()).toBe('2027-03-12T03:00:00.000Z');
    expect(row.state).toBe('suspected');
  });

  it('answers whom the suspected actor touched in the period: tickets and ids, no personal data', async () => {
    const res = await get('officer', `/admin/mind-privacy/data-breaches/${breach}/affected`).expect(200);
    expect(res.body.data).toMatchObject({
      complaints: ['CMP-2570-000101', 'CMP-2570-000102'],
      volunteers: [volunteer.documentId],
      count: 3,
      entries: 4,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/breach\.volunteer@secret\.test|0812223333|ลับมาก/);
  });

  it('refuses other administrators and callers without an admin session', async () => {
    expect((await get('inspector', `/admin/mind-privacy/data-breaches/${breach}/affected`)).status).toBe(403);
    expect((await get('inspector', `/admin/mind-privacy/data-breaches/${breach}/notice?to=pdpc`)).status).toBe(403);
    expect((await get(null, `/admin/mind-privacy/data-breaches/${breach}/affected`)).status).toBe(401);
    expect((await get('super', '/admin/mind-privacy/data-breaches/nosuchbreach/affected')).status).toBe(404);
  });

  it('stores the affected subjects when the breach is confirmed, and moves states only forward', async () => {
    await app.strapi.documents(BREACH).update({ documentId: breach, data: { state: 'confirmed' } as any });
    const row = await app.strapi.db.query(BREACH).findOne({ where: { documentId: breach } });
    expect(row.affectedCount).toBe(3);
    expect(row.affected.complaints).toEqual(['CMP-2570-000101', 'CMP-2570-000102']);
    await expect(app.strapi.documents(BREACH).update({ documentId: breach, data: { state: 'closed' } as any })).rejects.toMatchObject({
      message: 'Invalid fields: state, pdpcNotifiedAt',
    });
    // in the admin panel: the privacy officer gets a 400 naming the field
    await app.strapi.documents(BREACH).update({ documentId: dismissed, data: { state: 'dismissed' } as any });
    const res = await app
      .http()
      .put(`/content-manager/collection-types/${BREACH}/${dismissed}`)
      .set('Authorization', `Bearer ${tokens.officer}`)
      .send({ state: 'confirmed' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Invalid field: state');
  });

  it('writes the PDPC notice in Thai with Buddhist-era dates, then English, with the counts', async () => {
    const res = await get('officer', `/admin/mind-privacy/data-breaches/${breach}/notice?to=pdpc`).expect(200);
    const { text, subject } = res.body.data;
    expect(subject.th).toBe('แจ้งเหตุการละเมิดข้อมูลส่วนบุคคล BR-' + (await idOf(breach)) + ' บัญชีผู้ดูแลระบบถูกใช้โดยมิชอบ');
    expect(text).toContain('เรียน เลขาธิการคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล');
    expect(text).toContain('2. วันเวลาที่ทราบเหตุ: 9 มีนาคม 2570 เวลา 10:00 น.');
    expect(text).toContain('3. ช่วงเวลาที่คาดว่าเกิดเหตุ: 8 มีนาคม 2570 เวลา 19:00 น. ถึง 9 มีนาคม 2570 เวลา 07:00 น.');
    expect(text).toContain('5. เจ้าของข้อมูลที่อาจได้รับผลกระทบ: 3 ราย (ผู้ร้องเรียน 2 ราย จิตอาสา 1 ราย)');
    expect(text).toContain('7. มาตรการที่ได้ดำเนินการแล้ว: ระงับบัญชีและเปลี่ยนรหัสผ่าน');
    expect(text).toContain('2. Became aware: 9 March 2027, 10:00');
    expect(text.indexOf('เรียน')).toBeLessThan(text.indexOf('To the Secretary-General'));

    const subjects = await get('super', `/admin/mind-privacy/data-breaches/${breach}/notice?to=subject`).expect(200);
    expect(subjects.body.data.text).toContain('เรียน ท่านเจ้าของข้อมูลส่วนบุคคล');
    expect(subjects.body.data.text).toContain('เมื่อ9 มีนาคม 2570 เวลา 10:00 น.');

    const pdf = await get('officer', `/admin/mind-privacy/data-breaches/${breach}/notice.pdf?to=pdpc`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const printed = (await pdfText(pdf.body)).replace(/\s+/g, ' ');
    expect(printed).toContain('9 มีนาคม 2570 เวลา 10:00 น.');
    expect(printed).toContain('3 ราย (ผู้ร้องเรียน 2 ราย จิตอาสา 1 ราย)');
    expect(printed).toContain('Became aware: 9 March 2027, 10:00');
    expect((await get('inspector', `/admin/mind-privacy/data-breaches/${breach}/notice.pdf`)).status).toBe(403);

    const bad = await get('officer', `/admin/mind-privacy/data-breaches/${breach}/notice?to=press`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/\bto\b/);
  });

  it("chases the 72 hours in the privacy officer's digest, escalates once overdue, and stops once the PDPC is told", async () => {
    const officerEmail = 'breach-privacy-officer@example.test';
    // Wednesday 08:30: 49½ hours left, nothing yet
    await run(N);
    expect(await digestsTo(officerEmail)).toEqual([]);
    // Thursday 08:30: under 48 hours left
    await run(at(1));
    const [thursday] = await digestsTo(officerEmail);
    expect(thursday).toContain('[เหลือเวลาแจ้ง สคส. อีก 48 ชั่วโมง] เหตุละเมิดข้อมูลส่วนบุคคล');
    expect(thursday).toContain('บัญชีผู้ดูแลระบบถูกใช้โดยมิชอบ');
    expect(thursday).toContain('อีก 1 วัน 1 ชั่วโมง');
    expect(thursday).not.toContain('แจ้งเตือนผิดพลาด'); // dismissed: muted
    // Saturday 08:30 (the clock runs through weekends): overdue, and the super administrators are told
    await run(at(3));
    const saturday = (await digestsTo(officerEmail))[1];
    expect(saturday).toContain('[เกินกำหนดแจ้ง สคส. (72 ชั่วโมง)]');
    expect(saturday).toContain('เกินกำหนด 22 ชั่วโมง');
    const [escalated] = await digestsTo(SUPER.email);
    expect(escalated).toContain('[ยกระดับ: ยังไม่แจ้ง สคส. ภายใน 72 ชั่วโมง]');
    // the PDPC is told: Sunday brings nothing more
    await app.strapi
      .documents(BREACH)
      .update({ documentId: breach, data: { state: 'notified', pdpcNotifiedAt: at(3, 2).toISOString() } as any });
    await run(at(4));
    expect(await digestsTo(officerEmail)).toHaveLength(2);
    expect(await digestsTo(SUPER.email)).toHaveLength(1);
  });

  it("lets an administrator replace the breach ladder with the panel's escalation steps", async () => {
    const officerEmail = 'breach-privacy-officer@example.test';
    const before = (await digestsTo(officerEmail)).length;
    // the step is saved through the Content Manager, as an administrator would from the panel
    const step = await app
      .http()
      .post('/content-manager/collection-types/api::escalation-step.escalation-step')
      .set('Authorization', `Bearer ${tokens.super}`)
      .send({
        source: 'breach',
        deadline: 'any',
        offsetHours: -72,
        recipientKind: 'address',
        address: 'dpo-desk@example.test',
        labelTh: 'แจ้งโต๊ะคุ้มครองข้อมูลทันทีที่พบเหตุ',
        active: true,
      })
      .expect(201);
    try {
      // found on Monday 15 March at 04:30 Bangkok: by Tuesday 08:30 the default ladder would say "48 hours left"
      await app.strapi.documents(BREACH).create({
        data: {
          title: 'เอกสารรายชื่ออาสาสมัครสูญหาย',
          discoveredAt: at(5, -4).toISOString(),
          actorKind: 'unknown',
          riskLevel: 'low',
        } as any,
      });
      await run(at(6));
      const [desk] = await digestsTo('dpo-desk@example.test');
      expect(desk).toContain('[แจ้งโต๊ะคุ้มครองข้อมูลทันทีที่พบเหตุ] เหตุละเมิดข้อมูลส่วนบุคคล');
      expect(desk).toContain('เอกสารรายชื่ออาสาสมัครสูญหาย');
      expect(await digestsTo(officerEmail)).toHaveLength(before);
    } finally {
      await app.strapi.db.query('api::escalation-step.escalation-step').delete({ where: { documentId: step.body.data.documentId } });
    }
  });

  async function idOf(documentId: string): Promise<number> {
    return (await app.strapi.db.query(BREACH).findOne({ where: { documentId }, select: ['id'] })).id;
  }
});
