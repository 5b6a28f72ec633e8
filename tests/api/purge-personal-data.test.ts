import fs from 'fs';
import os from 'os';
import path from 'path';
import { bootStrapi, TestApp } from '../harness/strapi';
import { createTeam, intakeBody, PNG_1PX, COMPLAINANT } from '../harness/complaints';
import { createUser } from '../harness/users';
import { proposePurge } from '../../src/lib/privacy/retention/propose-purge';
import { decideBatch } from '../../src/lib/privacy/retention/decide';
import { runJobNow } from '../../src/lib/platform/scheduler';

const DAY = 86_400_000;
const t0 = new Date('2025-01-10T03:00:00Z');
const at = (days: number) => new Date(t0.getTime() + days * DAY);

// Complainants' data through the retention flow (src/lib/privacy/retention): proposed, approved, purged.
describe("purge of complainants' personal data", () => {
  let app: TestApp;
  const service = () => app.strapi.service('api::complaint.complaint') as any;
  const actor = { label: 'test' };
  const get = (documentId: string) =>
    app.strapi.db.query('api::complaint.complaint').findOne({
      where: { documentId },
      populate: { complainant: true, attachments: true, category: true, province: true },
    });

  beforeAll(async () => {
    // every complaint here names the same complainant: each must get its receipt (the daily cap is 3)
    app = await bootStrapi({ env: { PDPA_RETENTION_DAYS: '365', RECEIPTS_PER_ADDRESS_PER_DAY: '100' } });
    // only the complainants' rule here (tests/api/privacy-retention.test.ts covers the others)
    await app.strapi.db
      .query('api::retention-rule.retention-rule')
      .updateMany({ where: { dataset: { $ne: 'complaint-complainant' } }, data: { active: false } });
  });
  afterAll(async () => {
    await app?.close();
  });

  /** One cycle of the flow: the job proposes, the privacy officer approves, the job's next run purges; that run's result. */
  async function purgeAt(now: Date) {
    await runJobNow(app.strapi, 'propose-purge', { now });
    const proposed = await app.strapi.db.query('api::purge-batch.purge-batch').findMany({ where: { state: 'proposed' } });
    for (const b of proposed) await decideBatch(app.strapi, b.documentId, 'approve', 'dpo@example.test', now);
    return runJobNow(app.strapi, 'propose-purge', { now });
  }

  async function closedComplaint(closedOn: Date, withPhoto = false) {
    const files = [];
    if (withPhoto) {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'purge-')), 'photo.png');
      fs.writeFileSync(file, PNG_1PX);
      files.push({ filepath: file, originalFilename: 'photo.png', mimetype: 'image/png', size: PNG_1PX.length });
    }
    const c = await service().intake(intakeBody({ latitude: 12.71234, longitude: 101.15678 }), { channel: 'web', actor, files, now: t0 });
    const lead = await createUser(app.strapi, 'response-team-member');
    const team: any = await createTeam(app.strapi, `purge-team-${c.ticketNumber}`, [lead]);
    await service().assign(c.documentId, { team: team.documentId, actor, now: t0 });
    await service().transition(c.documentId, 'in_progress', { actor, now: t0 });
    await service().transition(c.documentId, 'resolved', { actor, now: t0, resolutionSummary: 'โรงงานติดตั้งระบบบำบัดกลิ่นแล้ว' });
    await service().transition(c.documentId, 'closed', { actor, now: closedOn });
    return c;
  }

  it('clears personal data of complaints finished longer than the period, keeps the statistics, records it, and is idempotent', async () => {
    const old = await closedComplaint(t0, true);
    const recent = await closedComplaint(at(300));
    const open = await service().intake(intakeBody(), { channel: 'web', actor, now: t0 });
    const rejected = await service().intake(intakeBody(), { channel: 'web', actor, now: t0 });
    await service().transition(rejected.documentId, 'rejected', { actor, now: t0 });
    await app.strapi.db.connection('complaints').where({ document_id: rejected.documentId }).update({ updated_at: t0 });

    const before: any = await get(old.documentId);
    expect(before.attachments).toHaveLength(1);
    const fileId = before.attachments[0].id;
    // intake queued the acknowledgement to the complainant (src/lib/complaints/emails.ts)
    const mails = await app.strapi.db.query('api::notification.notification').findMany({ where: { relatedDocumentId: old.documentId } });
    expect(mails.map((m: any) => [m.templateKey, m.to])).toContainEqual(['complaint.received', COMPLAINANT.email]);

    // dry run: counts, changes nothing
    expect(await proposePurge({ strapi: app.strapi, now: at(366), dryRun: true })).toMatchObject({ 'complaint-complainant': 2 });
    expect((await get(old.documentId)).complainant).toMatchObject({ name: COMPLAINANT.name });

    const run = await purgeAt(at(366));
    expect(run.counts).toMatchObject({ purged: 2, filesDeleted: 1, emailsRedacted: 2 });

    const after: any = await get(old.documentId);
    expect(after).toMatchObject({
      complainant: null,
      consent: false,
      consentAt: null,
      trackingCode: null,
      address: null,
      attachments: [],
      // statistics and the record stay
      ticketNumber: old.ticketNumber,
      state: 'closed',
      title: before.title,
      urgency: before.urgency,
      channel: 'web',
      factoryName: before.factoryName,
    });
    expect(Number(after.latitude)).toBeCloseTo(12.71, 5);
    expect(Number(after.longitude)).toBeCloseTo(101.16, 5);
    expect(after.category.code).toBe(before.category.code);
    expect(after.province.code).toBe(before.province.code);
    expect(new Date(after.receivedAt).getTime()).toBe(t0.getTime());
    expect(new Date(after.closedAt).getTime()).toBe(t0.getTime());
    expect(new Date(after.personalDataPurgedAt).getTime()).toBe(at(366).getTime());
    expect(await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: fileId } })).toBeNull();
    const redacted = await app.strapi.db.query('api::notification.notification').findMany({ where: { relatedDocumentId: old.documentId } });
    expect(JSON.stringify(redacted)).not.toContain(COMPLAINANT.email);
    expect(JSON.stringify(redacted)).not.toContain(COMPLAINANT.name);
    expect(redacted.length).toBe(mails.length);
    // the complaint's timeline stays
    expect(
      await app.strapi.db.query('api::complaint-update.complaint-update').count({ where: { complaint: { documentId: old.documentId } } }),
    ).toBeGreaterThan(3);

    expect((await get(rejected.documentId)).complainant).toBeNull();
    expect((await get(recent.documentId)).complainant).toMatchObject({ phone: COMPLAINANT.phone });
    expect((await get(open.documentId)).complainant).toMatchObject({ phone: COMPLAINANT.phone });

    // the run and each purge are on record
    const jobRun = await app.strapi.db.query('api::job-run.job-run').findOne({ where: { fireKey: run.fireKey } });
    expect(jobRun).toMatchObject({
      job: 'propose-purge',
      state: 'succeeded',
      trigger: 'manual',
      counts: expect.objectContaining({ purged: 2 }),
    });
    const audits = await app.strapi.db.query('api::audit-entry.audit-entry').findMany({ where: { action: 'personal_data.purge' } });
    expect(audits.map((a: any) => a.targetId).sort()).toEqual([old.documentId, rejected.documentId].sort());
    expect(audits.find((a: any) => a.targetId === old.documentId)).toMatchObject({
      actorKind: 'system',
      actorLabel: 'job propose-purge',
      channel: 'job',
      targetLabel: old.ticketNumber,
      details: expect.objectContaining({ retentionDays: 365, attachments: 1 }),
    });
    expect(new Date(audits[0].occurredAt).getTime()).toBe(at(366).getTime());

    // again: nothing left to do; later, the recent one's turn comes
    expect((await purgeAt(at(367))).counts).toMatchObject({ purged: 0 });
    expect((await purgeAt(at(300 + 366))).counts).toMatchObject({ purged: 1 });
    expect((await get(recent.documentId)).complainant).toBeNull();
    expect((await get(open.documentId)).complainant).toMatchObject({ phone: COMPLAINANT.phone });
  });

  it('leaves a purged complaint unfindable by its old tracking code', async () => {
    const c = await closedComplaint(t0);
    const code = (await app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId: c.documentId } })).trackingCode;
    expect((await app.http().get(`/api/public/complaints/${code}`)).status).toBe(200);
    await purgeAt(at(400));
    expect((await app.http().get(`/api/public/complaints/${code}`)).status).toBe(404);
  });
});
