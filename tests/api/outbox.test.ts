import { bootStrapi, TestApp } from '../harness/strapi';
import { enqueue } from '../../src/lib/platform/outbox';

const NOTIFICATION = 'api::notification.notification';
const TEMPLATE = 'api::email-template.email-template';

describe('outbox', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('seeds a Thai and English default for every template key, once', async () => {
    const rows = await app.strapi.db.query(TEMPLATE).findMany({});
    const keys = rows.map((r: any) => r.key).sort();
    for (const key of [
      'report.returned',
      'obligation.digest',
      'complaint.received',
      'complaint.assigned',
      'complaint.sla_due_soon',
      'complaint.sla_breached',
      'participation.promoted',
    ]) {
      expect(keys).toContain(key);
    }
    // the retired per-item reminders are lines of the daily digest now
    for (const key of ['report.overdue', 'finding.overdue', 'activity.reminder']) expect(keys).not.toContain(key);
    for (const r of rows) {
      expect(r.subjectTh).toBeTruthy();
      expect(r.subjectEn).toBeTruthy();
    }
    const { seedEmailTemplates } = await import('../../src/lib/manifests');
    expect(await seedEmailTemplates(app.strapi)).toBe(0);
  });

  it('renders and queues one pending row; the same dedupeKey again is a no-op', async () => {
    const input = {
      to: ['Officer@Example.test', 'boss@example.test'],
      templateKey: 'complaint.assigned',
      data: {
        complaint: { ticketNumber: 'CMP-2569-000001', title: 'ควัน <ดำ> & กลิ่น', link: 'http://x/1' },
        team: { name: 'ทีมม้าเร็ว 1' },
      },
      dedupeKey: 'test:assigned:1',
      related: { uid: 'api::complaint.complaint', documentId: 'abc' },
    };
    expect(await enqueue(app.strapi, input)).toEqual({ created: true });
    expect(await enqueue(app.strapi, { ...input, data: { other: 1 } })).toEqual({ created: false });
    const rows = await app.strapi.db.query(NOTIFICATION).findMany({ where: { dedupeKey: 'test:assigned:1' } });
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      to: 'officer@example.test, boss@example.test',
      state: 'pending',
      attempts: 0,
      templateKey: 'complaint.assigned',
      language: 'th',
      relatedUid: 'api::complaint.complaint',
      relatedDocumentId: 'abc',
    });
    expect(row.documentId).toMatch(/^[a-z][a-z0-9]{23}$/);
    expect(row.subject).toBe('มอบหมายเรื่องร้องเรียน CMP-2569-000001 ให้ ทีมม้าเร็ว 1');
    expect(row.text).toContain('ควัน <ดำ> & กลิ่น');
    expect(row.html).toContain('ควัน &lt;ดำ&gt; &amp; กลิ่น');
    // the row is an ordinary document
    const doc = await app.strapi.documents(NOTIFICATION as any).findOne({ documentId: row.documentId });
    expect(doc).toMatchObject({ dedupeKey: 'test:assigned:1' });
  });

  it('renders English when asked', async () => {
    await enqueue(app.strapi, {
      to: 'a@example.test',
      templateKey: 'complaint.received',
      data: { complaint: { ticketNumber: 'CMP-2569-000002', title: 'Smoke' } },
      dedupeKey: 'test:received:en',
      locale: 'en',
    });
    const row = await app.strapi.db.query(NOTIFICATION).findOne({ where: { dedupeKey: 'test:received:en' } });
    expect(row.subject).toBe('Complaint CMP-2569-000002 received');
  });

  it('concurrent enqueues of one key create exactly one row, also inside a transaction', async () => {
    const input = { to: 'x@example.test', templateKey: 'complaint.received', data: {}, dedupeKey: 'test:race' };
    const results = await Promise.all(Array.from({ length: 8 }, () => enqueue(app.strapi, input)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    // a duplicate inside a caller's transaction does not abort it
    await app.strapi.db.transaction(async () => {
      expect(await enqueue(app.strapi, input)).toEqual({ created: false });
      expect(await enqueue(app.strapi, { ...input, dedupeKey: 'test:race:2' })).toEqual({ created: true });
    });
    expect(await app.strapi.db.query(NOTIFICATION).count({ where: { dedupeKey: { $startsWith: 'test:race' } } })).toBe(2);
  });

  it('refuses an unknown template key and a missing recipient', async () => {
    await expect(enqueue(app.strapi, { to: 'a@example.test', templateKey: 'nope', data: {}, dedupeKey: 'k1' })).rejects.toThrow(
      /no email template/,
    );
    await expect(enqueue(app.strapi, { to: [], templateKey: 'complaint.received', data: {}, dedupeKey: 'k2' })).rejects.toThrow(
      /recipient/,
    );
  });

  it('saving a template with an unknown placeholder is a validation error naming the field', async () => {
    const tpl = await app.strapi.db.query(TEMPLATE).findOne({ where: { key: 'report.returned' } });
    await expect(
      app.strapi.documents(TEMPLATE as any).update({ documentId: tpl.documentId, data: { subjectTh: 'x {{project.nmae}}' } as any }),
    ).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringMatching(/subjectTh.*project\.nmae/) });
    await app.strapi.documents(TEMPLATE as any).update({
      documentId: tpl.documentId,
      data: { subjectTh: 'ค้างส่ง {{project.code}}' } as any,
    });
    const after = await app.strapi.db.query(TEMPLATE).findOne({ where: { key: 'report.returned' } });
    expect(after.subjectTh).toBe('ค้างส่ง {{project.code}}');
  });
});
