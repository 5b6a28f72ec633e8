import { bootStrapi, TestApp } from '../harness/strapi';
import { createTeam, intakeBody } from '../harness/complaints';
import { createUser } from '../harness/users';
import { watchComplaintSla } from '../../src/lib/complaints/jobs/watch-complaint-sla';

const HOUR = 3600_000;
const t0 = new Date('2026-12-01T02:00:00Z');

describe('watch-complaint-sla', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi();
    await app.strapi.documents('api::sla-policy.sla-policy').update({
      documentId: (await app.strapi.documents('api::sla-policy.sla-policy').findFirst())!.documentId,
      data: { escalationEmails: 'desk@example.test, director@example.test' } as any,
    });
  });
  afterAll(async () => {
    await app?.close();
  });
  const rows = async () =>
    (
      await app.strapi.db
        .query('api::notification.notification')
        .findMany({ where: { templateKey: { $startsWith: 'complaint.sla' } }, orderBy: { id: 'asc' } })
    ).map((r: any) => ({ ...r, to: String(r.to).split(/,\s*/) }));

  it('tells the team when a deadline nears and escalates a breach, once each', async () => {
    const service = app.strapi.service('api::complaint.complaint') as any;
    // chemical leak: acknowledge within 1 h, resolve within 12 h
    const c = await service.intake(
      { ...intakeBody({ categoryCode: 'chemical_leak' }) },
      { channel: 'web', actor: { label: 'test' }, now: t0 },
    );
    const run = (hours: number) => watchComplaintSla({ strapi: app.strapi, now: new Date(t0.getTime() + hours * HOUR), dryRun: false });

    expect(await run(0.5)).toMatchObject({ remindersQueued: 1, escalations: 0 });
    let sent = await rows();
    expect(sent[0]).toMatchObject({ templateKey: 'complaint.sla_due_soon' });
    expect(sent[0].to).toContain('desk@example.test'); // no team yet: the desk is told
    expect(await run(0.5)).toMatchObject({ remindersQueued: 0 });

    const lead = await createUser(app.strapi, 'response-team-member');
    const team: any = await createTeam(app.strapi, 'leak-team', [lead]);
    await app.strapi.documents('api::response-team.response-team').update({ documentId: team.documentId, data: { lead: lead.id } as any });
    await service.assign(c.documentId, { team: team.documentId, actor: { label: 'test' }, now: new Date(t0.getTime() + 2 * HOUR) });

    expect(await run(9)).toMatchObject({ remindersQueued: 1, escalations: 0 }); // resolve due in 3 h
    sent = await rows();
    expect(sent[1].templateKey).toBe('complaint.sla_due_soon');
    expect(sent[1].to).toEqual(expect.arrayContaining(['leak-team@example.test', lead.email]));
    expect(sent[1].to).not.toContain('desk@example.test');

    expect(await run(13)).toMatchObject({ remindersQueued: 1, escalations: 1 });
    sent = await rows();
    expect(sent[2].templateKey).toBe('complaint.sla_breached');
    expect(sent[2].to).toEqual(expect.arrayContaining(['leak-team@example.test', 'desk@example.test', 'director@example.test']));
    expect(await run(14)).toMatchObject({ remindersQueued: 0 });
    expect(await rows()).toHaveLength(3);
  });

  it('alerts a deadline recomputed after an urgency change afresh, once, however many runs race for it', async () => {
    const service = app.strapi.service('api::complaint.complaint') as any;
    // factory odour, taken as normal: acknowledge within 24 working hours (Tuesday 09:00 → Friday 09:00, 72 h), resolve within 240
    const c = await service.intake(intakeBody(), { channel: 'web', actor: { label: 'test' }, now: t0, urgency: 'normal' });
    const mine = async () => (await rows()).filter((r: any) => r.relatedDocumentId === c.documentId);
    const at = new Date(t0.getTime() + 73 * HOUR);
    const run = () => watchComplaintSla({ strapi: app.strapi, now: at, dryRun: false });
    // the breach found again on later runs is not counted again (nor that of the complaint above)
    expect(await run()).toMatchObject({ remindersQueued: 1, escalations: 1 });
    expect(await run()).toMatchObject({ remindersQueued: 0, escalations: 0 });

    // raised to urgent: acknowledge within 8 working hours (Wednesday 09:00, 24 h after receipt; breached too, but a
    // different deadline), resolve within 40 working hours
    await service.editDetails(c.documentId, { urgency: 'urgent' }, { label: 'test' });
    const [a, b] = await Promise.all([run(), run()]);
    expect([a.remindersQueued + b.remindersQueued, a.escalations + b.escalations]).toEqual([1, 1]);
    expect(await run()).toMatchObject({ remindersQueued: 0, escalations: 0 });
    const stamp = (hours: number) => new Date(t0.getTime() + hours * HOUR).toISOString().slice(0, 16);
    expect((await mine()).map((r: any) => [r.templateKey, r.dedupeKey.replace(c.documentId, '<id>')])).toEqual([
      ['complaint.sla_breached', `complaint:<id>:acknowledge:${stamp(72)}:breached`],
      ['complaint.sla_breached', `complaint:<id>:acknowledge:${stamp(24)}:breached`],
    ]);
  });
});
