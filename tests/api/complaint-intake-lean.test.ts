import { bootStrapi, TestApp } from '../harness/strapi';
import { COMPLAINANT, intakeBody, PNG_1PX } from '../harness/complaints';
import { statementsOf } from '../harness/statements';
import { adminWithRole } from '../harness/admins';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';

/**
 * What one public intake costs in SQL statements (docs/performance.md, "Intake"): a named complaint with
 * consent, category, province and one photo. On failure the statements are listed by kind, so the
 * breakdown is visible in the test output.
 */
describe('public intake: SQL statements', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootStrapi({ env: { PUBLIC_INTAKE_RATE_LIMIT: '0', PUBLIC_LOOKUP_RATE_LIMIT: '0' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  let filed = 0;
  /** the statements knex sent during one public intake, in order */
  async function intakeStatements(withPhoto: boolean) {
    // a new address each time: the same address again takes its next receipt slot, one more try
    const body = intakeBody({ complainant: { ...COMPLAINANT, email: `intake-${++filed}@example.test` } });
    let res!: { status: number };
    const sqls = await statementsOf(app, async () => {
      const req = app.http().post('/api/public/complaints');
      res = withPhoto
        ? await req.field('data', JSON.stringify(body)).attach('attachments', PNG_1PX, { filename: 'smoke.png', contentType: 'image/png' })
        : await req.send(body);
    });
    expect(res.status).toBe(201);
    if (process.env.SHOW_SQL) console.log(`${sqls.length} statements:\n${byKind(sqls)}`);
    return sqls;
  }

  /** "insert into complaints", "select … from complaint_categories", … with a count each */
  function byKind(sqls: string[]) {
    const kinds = new Map<string, number>();
    for (const sql of sqls) {
      const s = sql.replace(/\s+/g, ' ').toLowerCase();
      const verb = s.split(' ')[0];
      const table = /(?:into|from|update)\s+[`"]?([a-z0-9_]+)/.exec(s)?.[1] ?? '';
      const kind = `${verb} ${table}`.trim();
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    const order = process.env.SHOW_SQL ? `\n--- in order:\n${sqls.map((q) => q.replace(/\s+/g, ' ').slice(0, 160)).join('\n')}` : '';
    return [...kinds].map(([k, n]) => `${n} × ${k}`).join('\n') + order;
  }

  // Measured 2026-12-04 (docs/performance.md, "Intake", lists them): 12 statements on both databases
  // (on PostgreSQL the ticket number is one autocommit statement before the intake's transaction), once
  // the reference rows an intake reads are kept (the warm-up); 55 when it wrote through the document service.
  const BUDGET = 12;
  const PHOTO_BUDGET = 10;

  it('a named intake stays within its statement budget', async () => {
    await intakeStatements(false); // warm-up: what is read once per process is not counted
    const sqls = await intakeStatements(false);
    if (sqls.length > BUDGET) throw new Error(`${sqls.length} statements (budget ${BUDGET}):\n${byKind(sqls)}`);
  });

  it("one photo adds only the upload's own statements", async () => {
    await intakeStatements(true);
    const plain = await intakeStatements(false);
    const sqls = await intakeStatements(true);
    if (sqls.length - plain.length > PHOTO_BUDGET) {
      throw new Error(`${sqls.length} statements with a photo, ${plain.length} without:\n${byKind(sqls)}`);
    }
  });

  it('a failure after the complaint is written stores nothing: complaint, timeline and receipt go together', async () => {
    const templates = app.strapi.db.query('api::email-template.email-template');
    const counts = async () =>
      Promise.all(
        ['api::complaint.complaint', 'api::complaint-update.complaint-update', 'api::notification.notification'].map((uid) =>
          app.strapi.db.query(uid as 'api::complaint.complaint').count(),
        ),
      );
    const before = await counts();
    // the receipt cannot be rendered without its template: the last write of the intake fails
    await templates.updateMany({ where: { key: 'complaint.received' }, data: { key: 'complaint.received.away' } });
    try {
      const res = await app
        .http()
        .post('/api/public/complaints')
        .send(intakeBody({ title: 'ไม่ควรถูกบันทึก' }));
      expect(res.status).toBe(500);
    } finally {
      await templates.updateMany({ where: { key: 'complaint.received.away' }, data: { key: 'complaint.received' } });
    }
    expect(await counts()).toEqual(before);
    expect(await app.strapi.db.query('api::complaint.complaint').count({ where: { title: 'ไม่ควรถูกบันทึก' } })).toBe(0);
  });

  it("an administrator's webhook on entry.create still hears of each new complaint and its first entry, without personal data", async () => {
    const heard: Array<{ event: string; model: string; entry: Record<string, unknown> }> = [];
    const receiver: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        heard.push(JSON.parse(body));
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const admin = await adminWithRole(app, 'strapi-super-admin', { email: 'webhooks.lean@example.test' });
    try {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      const made = await app
        .http()
        .post('/admin/webhooks')
        .set('Authorization', admin.auth)
        .send({ name: 'ระบบปลายทาง / downstream', url, headers: {}, events: ['entry.create'] });
      expect(made.status).toBe(201);
      const res = await app
        .http()
        .post('/api/public/complaints')
        .send(intakeBody({ title: 'แจ้งผ่าน webhook ผู้ดูแล' }));
      expect(res.status).toBe(201);
      for (let i = 0; i < 100 && heard.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
      const complaint = heard.find((h) => h.model === 'complaint');
      expect(complaint).toMatchObject({ event: 'entry.create', entry: { ticketNumber: res.body.data.ticketNumber, state: 'received' } });
      expect(complaint!.entry).not.toHaveProperty('complainant');
      expect(complaint!.entry).not.toHaveProperty('trackingCode');
      expect(JSON.stringify(complaint)).not.toContain(COMPLAINANT.phone);
      expect(heard.find((h) => h.model === 'complaint-update')).toMatchObject({ event: 'entry.create', entry: { toStatus: 'received' } });
      await app.http().delete(`/admin/webhooks/${made.body.data.id}`).set('Authorization', admin.auth).expect(200);
    } finally {
      receiver.close();
    }
  });

  it("what the intake keeps between requests follows an administrator's edit at once: a category switched off, a receipt reworded", async () => {
    const admin = await adminWithRole(app, 'strapi-super-admin', { email: 'reference.lean@example.test' });
    const cm = (uid: string, documentId: string) => `/content-manager/collection-types/${uid}/${documentId}`;
    const categories = app.strapi.db.query('api::complaint-category.complaint-category');
    const category = await categories.findOne({ where: { code: 'factory_odour' } });
    const template = await app.strapi.db.query('api::email-template.email-template').findOne({ where: { key: 'complaint.received' } });
    await app.http().post('/api/public/complaints').send(intakeBody()).expect(201); // both are now kept
    try {
      const edit = await app
        .http()
        .put(cm('api::email-template.email-template', template.documentId))
        .set('Authorization', admin.auth)
        .send({ subjectTh: 'ฉบับแก้ไข {{complaint.ticketNumber}}', subjectEn: 'Reworded {{complaint.ticketNumber}}' });
      expect(edit.status).toBe(200);
      const email = `reworded-${Date.now()}@example.test`;
      const filed = await app
        .http()
        .post('/api/public/complaints')
        .send(intakeBody({ complainant: { ...COMPLAINANT, email } }))
        .expect(201);
      const receipt = await app.strapi.db.query('api::notification.notification').findOne({ where: { to: email } });
      expect(receipt.subject).toMatch(new RegExp(`^(ฉบับแก้ไข|Reworded) ${filed.body.data.ticketNumber}$`));

      await app
        .http()
        .put(cm('api::complaint-category.complaint-category', category.documentId))
        .set('Authorization', admin.auth)
        .send({ active: false })
        .expect(200);
      const refused = await app.http().post('/api/public/complaints').send(intakeBody());
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body.error)).toContain('categoryCode');
    } finally {
      await categories.update({ where: { id: category.id }, data: { active: true } });
      await app.strapi.db
        .query('api::email-template.email-template')
        .update({ where: { id: template.id }, data: { subjectTh: template.subjectTh, subjectEn: template.subjectEn } });
    }
    await app.http().post('/api/public/complaints').send(intakeBody()).expect(201);
  });
});
