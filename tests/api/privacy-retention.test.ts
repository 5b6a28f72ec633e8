import { bootStrapi, TestApp } from '../harness/strapi';
import { createTeam, intakeBody, COMPLAINANT } from '../harness/complaints';
import { createUser } from '../harness/users';
import { proposePurge } from '../../src/lib/privacy/retention/propose-purge';
import { seedRetentionRules } from '../../src/lib/privacy/retention/rules';
import { runJobNow } from '../../src/lib/platform/scheduler';

const DAY = 86_400_000;
// fixtures on the tests' clock (TEST_TODAY), the job run at set days after it
const t0 = new Date();
const at = (days: number) => new Date(t0.getTime() + days * DAY);
const VOLUNTEER = { fullName: 'อาสา เก็บนานลับ', phone: '089-765-4321', email: 'arsa.secret@example.test' };

describe('retention per purpose (PDPA): rules, proposed batches, approval, purge', () => {
  let app: TestApp;
  const tokens: Record<string, string> = {};
  const complaints = () => app.strapi.service('api::complaint.complaint') as any;
  const actor = { label: 'test' };
  const batches = (state?: string) =>
    app.strapi.db.query('api::purge-batch.purge-batch').findMany({ where: state ? { state } : {}, orderBy: { id: 'asc' } });
  const complaint = (documentId: string) =>
    app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId }, populate: { complainant: true } });
  const volunteer = (documentId: string) => app.strapi.db.query('api::volunteer.volunteer').findOne({ where: { documentId } });
  const decide = (who: string, documentId: string, decision: string, body: object = {}) =>
    app.http().post(`/admin/mind-privacy/purge-batches/${documentId}/${decision}`).set('Authorization', `Bearer ${tokens[who]}`).send(body);

  async function adminOf(code: string) {
    const role = await (app.strapi.service('admin::role') as any).findOne({ code });
    const email = `retention-${code}@example.test`;
    const password = 'Retention-passw0rd';
    await (app.strapi.service('admin::user') as any).create({
      email,
      firstname: 'สมหญิง',
      lastname: code,
      password,
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    tokens[code] = (await app.http().post('/admin/login').send({ email, password }).expect(200)).body.data.token;
  }

  async function closedComplaint(closedOn: Date) {
    const c = await complaints().intake(intakeBody(), { channel: 'web', actor, now: t0 });
    const lead = await createUser(app.strapi, 'response-team-member');
    const team: any = await createTeam(app.strapi, `retention-team-${c.ticketNumber}`, [lead]);
    await complaints().assign(c.documentId, { team: team.documentId, actor, now: t0 });
    await complaints().transition(c.documentId, 'in_progress', { actor, now: t0 });
    await complaints().transition(c.documentId, 'resolved', { actor, now: t0, resolutionSummary: 'แก้ไขแล้ว' });
    await complaints().transition(c.documentId, 'closed', { actor, now: closedOn });
    return c;
  }

  async function volunteerLastChanged(on: Date, state: 'active' | 'inactive') {
    const v = await app.strapi.documents('api::volunteer.volunteer').create({ data: { ...VOLUNTEER, state, consent: true } as any });
    await app.strapi.db.connection('volunteers').where({ document_id: v.documentId }).update({ updated_at: on });
    return v;
  }

  /** A sign-in account last changed (blocking is a change) on a given day. */
  async function accountLastChanged(on: Date, blocked: boolean) {
    const u = await createUser(app.strapi, 'complaint-officer', { blocked });
    await app.strapi.db.connection('up_users').where({ id: u.id }).update({ updated_at: on });
    return u;
  }

  beforeAll(async () => {
    app = await bootStrapi({ env: { PDPA_RETENTION_DAYS: '365', RECEIPTS_PER_ADDRESS_PER_DAY: '100' } });
    for (const code of ['privacy-officer', 'strapi-super-admin', 'strapi-editor', 'complaint-officer']) await adminOf(code);
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  it('seeds one rule per dataset, with its purpose in Thai and English, and keeps an administrator’s edit', async () => {
    const rules = await app.strapi.db.query('api::retention-rule.retention-rule').findMany({ orderBy: { dataset: 'asc' } });
    expect(rules.map((r: any) => [r.dataset, r.retentionDays, r.active])).toEqual([
      ['audit-ip', 365, true],
      ['complaint-complainant', 365, true],
      ['outbox-email', 180, true],
      ['staff-account', 730, true],
      ['volunteer-contact', 730, true],
    ]);
    expect(rules.find((r: any) => r.dataset === 'volunteer-contact')).toMatchObject({
      purposeTh: expect.stringContaining('จิตอาสา'),
      purposeEn: expect.stringContaining('volunteers'),
      legalBasis: 'consent',
      countedFrom: 'last-change',
    });
    await app.strapi.db
      .query('api::retention-rule.retention-rule')
      .update({ where: { dataset: 'volunteer-contact' }, data: { retentionDays: 400 } });
    expect(await seedRetentionRules(app.strapi)).toBe(0);
    expect(
      await app.strapi.db.query('api::retention-rule.retention-rule').findOne({ where: { dataset: 'volunteer-contact' } }),
    ).toMatchObject({
      retentionDays: 400,
    });
    // admin panel only: no content-API routes
    expect((await app.http().get('/api/retention-rules')).status).toBe(404);
    expect((await app.http().get('/api/purge-batches')).status).toBe(404);
  });

  it('proposes only what is past its period, purges an approved batch’s listed rows once, audited; a rejection leaves data', async () => {
    const expired = await closedComplaint(t0);
    const recent = await closedComplaint(at(300));
    const open = await complaints().intake(intakeBody(), { channel: 'web', actor, now: t0 });
    const oldVolunteer = await volunteerLastChanged(t0, 'inactive');
    const activeVolunteer = await volunteerLastChanged(t0, 'active');
    const recentVolunteer = await volunteerLastChanged(at(200), 'inactive');
    const mail = await app.strapi.db.query('api::notification.notification').findOne({ where: { relatedDocumentId: recent.documentId } });
    await app.strapi.db.query('api::notification.notification').update({ where: { id: mail.id }, data: { state: 'sent', sentAt: t0 } });
    const entry = await app.strapi.db
      .query('api::audit-entry.audit-entry')
      .create({ data: { occurredAt: t0, action: 'personal_data.read', actorKind: 'user', channel: 'api', ip: '203.0.113.9' } });
    // staff accounts: 730 days from the last change, blocked ones only
    const leaver = await accountLastChanged(at(-330), true);
    const quietColleague = await accountLastChanged(at(-330), false);
    const recentLeaver = await accountLastChanged(at(100), true);
    const now = at(401);

    // dry run: what would be proposed, nothing written
    const dry = await proposePurge({ strapi: app.strapi, now, dryRun: true });
    expect(dry).toMatchObject({ 'complaint-complainant': 1, 'volunteer-contact': 1, 'staff-account': 1, batchesProposed: 0 });
    expect(await batches()).toEqual([]);

    // proposal
    const proposal = await runJobNow(app.strapi, 'propose-purge', { now });
    expect(proposal.counts).toMatchObject({ 'complaint-complainant': 1, 'volunteer-contact': 1, batchesProposed: 1, purged: 0 });
    const [batch] = await batches('proposed');
    expect(batch.items['complaint-complainant']).toEqual([expired.documentId]);
    expect(batch.items['volunteer-contact']).toEqual([oldVolunteer.documentId]);
    expect(batch.items['outbox-email']).toContain(String(mail.id));
    expect(batch.items['audit-ip']).toContain(String(entry.id));
    expect(batch.items['staff-account']).toEqual([leaver.documentId]);
    expect(batch.counts).toMatchObject({ 'complaint-complainant': 1, 'volunteer-contact': 1 });
    // the report names records, never the people in them
    expect(batch.report).toContain(expired.ticketNumber);
    expect(batch.report).toContain('พ้นระยะเวลาเก็บ');
    for (const secret of [COMPLAINANT.name, COMPLAINANT.phone, COMPLAINANT.email, VOLUNTEER.fullName, VOLUNTEER.phone, VOLUNTEER.email]) {
      expect(JSON.stringify(batch)).not.toContain(secret);
    }
    // the same rows are not proposed twice while a batch holds them
    expect((await runJobNow(app.strapi, 'propose-purge', { now })).counts).toMatchObject({ proposed: 0, batchesProposed: 0 });

    // the Content Manager cannot decide a batch or change what it lists: only approve/reject and the job do
    const cm = (method: 'put' | 'post', path: string, body: object) => {
      const url = `/content-manager/collection-types/api::purge-batch.purge-batch${path}`;
      const req = method === 'put' ? app.http().put(url) : app.http().post(url);
      return req.set('Authorization', `Bearer ${tokens['strapi-super-admin']}`).send(body);
    };
    const forged = await cm('put', `/${batch.documentId}`, { state: 'approved', decidedBy: 'someone', items: {} });
    expect(forged.status).toBe(400);
    expect(forged.body.error.details.errors.map((e: any) => e.path[0]).sort()).toEqual(['decidedBy', 'items', 'state']);
    expect((await cm('post', '', { state: 'purged', asOf: now.toISOString() })).body.error.details.errors[0].path).toEqual(['state']);
    // the form saved back unchanged is not a change
    const unchanged = await cm('put', `/${batch.documentId}`, {
      state: 'proposed',
      report: batch.report,
      counts: batch.counts,
      items: batch.items,
    });
    expect(unchanged.status).toBe(200);
    expect((await batches('proposed')).map((b: any) => [b.documentId, b.decidedBy])).toEqual([[batch.documentId, null]]);

    // other administrators may not decide; bad input is refused by name
    expect((await decide('strapi-editor', batch.documentId, 'approve')).status).toBe(403);
    expect((await decide('complaint-officer', batch.documentId, 'reject')).status).toBe(403);
    expect((await app.http().post(`/admin/mind-privacy/purge-batches/${batch.documentId}/approve`).send({})).status).toBe(401);
    const extra = await decide('privacy-officer', batch.documentId, 'approve', { state: 'purged' });
    expect(extra.status).toBe(400);
    expect(extra.body.error.message).toContain('state');
    expect((await decide('privacy-officer', 'no-such-batch', 'approve')).status).toBe(404);

    // rejected: nothing is touched
    expect((await decide('privacy-officer', batch.documentId, 'reject')).body.data).toMatchObject({ state: 'rejected' });
    expect((await decide('privacy-officer', batch.documentId, 'approve')).status).toBe(409);
    const afterReject = await runJobNow(app.strapi, 'propose-purge', { now });
    expect(afterReject.counts).toMatchObject({ purged: 0, batchesProposed: 1 });
    expect((await complaint(expired.documentId)).complainant).toMatchObject({ phone: COMPLAINANT.phone });
    expect(await volunteer(oldVolunteer.documentId)).toMatchObject({ phone: VOLUNTEER.phone, consent: true });

    // approved: the next run cleans the listed rows only (one expired after the proposal waits for its own batch)
    const [again] = await batches('proposed');
    const late = await closedComplaint(t0);
    const approved = await decide('strapi-super-admin', again.documentId, 'approve');
    expect(approved.status).toBe(200);
    expect(approved.body.data).toMatchObject({ state: 'approved', decidedBy: 'retention-strapi-super-admin@example.test' });
    const run = await runJobNow(app.strapi, 'propose-purge', { now });
    expect(run.counts).toMatchObject({ batchesPurged: 1, batchesProposed: 1 });
    expect(run.counts!.purged).toBe(Object.values(again.counts as Record<string, number>).reduce((a, b) => a + b, 0));

    expect(await complaint(expired.documentId)).toMatchObject({
      complainant: null,
      trackingCode: null,
      ticketNumber: expired.ticketNumber,
    });
    expect((await complaint(late.documentId)).complainant).toMatchObject({ phone: COMPLAINANT.phone });
    expect((await complaint(recent.documentId)).complainant).toMatchObject({ phone: COMPLAINANT.phone });
    expect((await complaint(open.documentId)).complainant).toMatchObject({ phone: COMPLAINANT.phone });
    expect(await volunteer(oldVolunteer.documentId)).toMatchObject({
      fullName: VOLUNTEER.fullName,
      phone: null,
      email: null,
      consent: false,
      consentAt: null,
    });
    expect(await volunteer(activeVolunteer.documentId)).toMatchObject({ phone: VOLUNTEER.phone });
    expect(await volunteer(recentVolunteer.documentId)).toMatchObject({ phone: VOLUNTEER.phone });
    const redacted = await app.strapi.db.query('api::notification.notification').findOne({ where: { id: mail.id } });
    expect(redacted).toMatchObject({ to: 'purged (PDPA)', text: null, html: null, state: 'sent' });
    expect(await app.strapi.db.query('api::audit-entry.audit-entry').findOne({ where: { id: entry.id } })).toMatchObject({ ip: null });
    const account = (id: number) => app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { id } });
    expect(await account(leaver.id)).toMatchObject({
      username: `purged-${leaver.id}`,
      email: `purged-${leaver.id}@purged.invalid`,
      blocked: true,
    });
    const signIn = (identifier: string) => app.http().post('/api/auth/local').send({ identifier, password: 'Passw0rd!test' });
    expect((await signIn(leaver.email)).status).toBe(400);
    expect(await account(quietColleague.id)).toMatchObject({ email: quietColleague.email, blocked: false });
    expect((await signIn(quietColleague.email)).status).toBe(200);
    expect(await account(recentLeaver.id)).toMatchObject({ email: recentLeaver.email });
    const accountPurges = await app.strapi.db
      .query('api::audit-entry.audit-entry')
      .findMany({ where: { action: 'personal_data.purge', targetId: leaver.documentId } });
    expect(accountPurges.map((a: any) => a.details.dataset)).toEqual(['staff-account']);

    const purged = (await batches('purged'))[0];
    expect(purged).toMatchObject({ documentId: again.documentId, purgedCounts: expect.objectContaining({ 'complaint-complainant': 1 }) });
    const audits = await app.strapi.db.query('api::audit-entry.audit-entry').findMany({
      where: { action: 'personal_data.purge', targetId: { $in: [expired.documentId, oldVolunteer.documentId, String(mail.id)] } },
    });
    expect(audits).toHaveLength(3);
    for (const a of audits) {
      expect(a).toMatchObject({
        actorLabel: 'job propose-purge',
        channel: 'job',
        details: expect.objectContaining({ batch: again.documentId }),
      });
    }
    const decisions = await app.strapi.db
      .query('api::audit-entry.audit-entry')
      .findMany({ where: { action: 'personal_data.purge_batch_decision', targetId: { $in: [batch.documentId, again.documentId] } } });
    expect(decisions.map((d: any) => d.details.decision).sort()).toEqual(['approved', 'rejected']);

    // a second run purges nothing twice (the batch with the late complaint is only proposed)
    const second = await runJobNow(app.strapi, 'propose-purge', { now: at(402) });
    expect(second.counts).toMatchObject({ purged: 0, batchesPurged: 0, batchesProposed: 0 });
    const [waiting] = await batches('proposed');
    expect(waiting.items['complaint-complainant']).toEqual([late.documentId]);
    expect(
      await app.strapi.db
        .query('api::audit-entry.audit-entry')
        .count({ where: { action: 'personal_data.purge', targetId: expired.documentId } }),
    ).toBe(1);
  });
});
