import { bootStrapi, TestApp } from '../harness/strapi';
import { createTeam, fileComplaint } from '../harness/complaints';
import { createUser, TestUser } from '../harness/users';
import { dispatchNotifications } from '../../src/lib/platform/jobs/dispatch-notifications';
import { findJob } from '../../src/jobs';
import { asTrusted } from '../../src/lib/platform/trusted-write';

/**
 * The admin panel's workflow buttons (/admin/mind-work/*): complaints (change state, assign, note,
 * duplicate), progress reports (accept / return) and findings (accept / re-open) go through the same
 * services as the REST API — same refusals, timeline entries and audit entries —, and the e-mail template
 * panel previews unsaved texts and sends a test to the administrator. Admin login or 401; an administrator
 * without the Content Manager permission gets 403.
 */
const SUPER = { email: 'admin@example.test', password: 'Admin-Passw0rd' };
const DAY = 86400_000;

describe('admin panel workflow routes', () => {
  let app: TestApp;
  const tokens: Record<string, string> = {};
  let apiOfficer: TestUser;
  let team: { documentId: string; name: string };

  async function adminOf(code: string): Promise<string> {
    const role = await (app.strapi.service('admin::role') as any).findOne({ code });
    const email = `work-${code}@example.test`;
    const password = 'Work-passw0rd';
    await (app.strapi.service('admin::user') as any).create({
      email,
      firstname: 'สมชาย',
      lastname: code,
      password,
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    return (await app.http().post('/admin/login').send({ email, password }).expect(200)).body.data.token;
  }

  const as = (who: string | null) => ({
    get: (url: string) => (who ? app.http().get(url).set('Authorization', `Bearer ${tokens[who]}`) : app.http().get(url)),
    post: (url: string, body: object = {}) =>
      (who ? app.http().post(url).set('Authorization', `Bearer ${tokens[who]}`) : app.http().post(url)).send(body),
    put: (url: string, body: object = {}) =>
      (who ? app.http().put(url).set('Authorization', `Bearer ${tokens[who]}`) : app.http().put(url)).send(body),
  });

  const timeline = (documentId: string) =>
    app.strapi.db
      .query('api::complaint-update.complaint-update')
      .findMany({ where: { complaint: { documentId } }, orderBy: { id: 'asc' } });
  const audits = (documentId: string) =>
    app.strapi.db.query('api::audit-entry.audit-entry').findMany({ where: { targetId: documentId }, orderBy: { id: 'asc' } });

  beforeAll(async () => {
    app = await bootStrapi({ env: { PUBLIC_INTAKE_RATE_LIMIT: '0', DEMO_ADMIN_EMAIL: SUPER.email, DEMO_ADMIN_PASSWORD: SUPER.password } });
    tokens.super = (await app.http().post('/admin/login').send(SUPER).expect(200)).body.data.token;
    tokens.officer = await adminOf('complaint-officer');
    tokens.inspector = await adminOf('inspector');
    apiOfficer = await createUser(app.strapi, 'complaint-officer');
    team = (await createTeam(app.strapi, 'ทีมม้าเร็วภาคตะวันออก', [], 'team.east@example.test')) as any;
  }, 300_000);
  afterAll(async () => {
    await app?.close();
  });

  describe('complaints', () => {
    const url = (id: string, action = '') => `/admin/mind-work/complaints/${id}${action}`;

    it('is 401 without an admin login (a users-permissions token too) and 403 for an administrator who may not edit complaints', async () => {
      const c = await fileComplaint(app);
      await as(null).get(url(c.documentId)).expect(401);
      await app.http().get(url(c.documentId)).set('Authorization', apiOfficer.auth).expect(401);
      await as(null).post(url(c.documentId, '/transition'), { status: 'triaged' }).expect(401);
      await as('inspector').get(url(c.documentId)).expect(403);
      await as('inspector').post(url(c.documentId, '/transition'), { status: 'triaged' }).expect(403);
      expect((await app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId: c.documentId } })).state).toBe(
        'received',
      );
    });

    it('shows the state, only the transitions the model allows (and what each needs), the teams and the timeline', async () => {
      const c = await fileComplaint(app);
      const { data } = (await as('officer').get(url(c.documentId)).expect(200)).body;
      expect(data).toMatchObject({ state: 'received', stateLabel: { th: 'รับเรื่องแล้ว', en: 'Received' }, mayAct: true, assignedTeam: null });
      expect(data.transitions.map((t: any) => [t.status, t.needs])).toEqual([
        ['triaged', []],
        ['assigned', ['team']],
        ['rejected', ['note']],
        ['duplicate', ['duplicateOf']],
      ]);
      expect(data.teams.map((t: any) => t.name)).toContain(team.name);
      expect(data.timeline).toHaveLength(1);
      expect(data.timeline[0]).toMatchObject({ kind: 'status_change', toStatus: 'received', visibility: 'public' });
      // no personal data in the panel
      expect(JSON.stringify(data)).not.toContain('somsri');
      expect(data.trackingCode).toBeUndefined();
      await as('officer').get(url('no-such-complaint')).expect(404);
    });

    it('moves a complaint as the API does: the same timeline entry and audit entry, the administrator named', async () => {
      const viaAdmin = await fileComplaint(app);
      const viaApi = await fileComplaint(app);
      const res = await as('officer')
        .post(url(viaAdmin.documentId, '/transition'), { status: 'triaged', note: 'คัดกรองแล้ว ส่งต่อทีม' })
        .expect(200);
      expect(res.body.data.state).toBe('triaged');
      expect(res.body.data.transitions.map((t: any) => t.status)).toEqual(['assigned', 'rejected', 'duplicate']);
      await app
        .http()
        .post(`/api/complaints/${viaApi.documentId}/transition`)
        .set('Authorization', apiOfficer.auth)
        .send({ status: 'triaged', note: 'คัดกรองแล้ว ส่งต่อทีม' })
        .expect(200);

      const pick = (e: any) => ({ kind: e.kind, fromStatus: e.fromStatus, toStatus: e.toStatus, note: e.note, visibility: e.visibility });
      const [adminEntries, apiEntries] = [await timeline(viaAdmin.documentId), await timeline(viaApi.documentId)];
      expect(adminEntries.map(pick)).toEqual(apiEntries.map(pick));
      expect(adminEntries[1].authorLabel).toContain('work-complaint-officer@example.test');
      expect(adminEntries[1].authorLabel).toContain('สมชาย');

      const adminAudit = (await audits(viaAdmin.documentId)).filter((a: any) => a.action === 'complaint.state_change');
      const apiAudit = (await audits(viaApi.documentId)).filter((a: any) => a.action === 'complaint.state_change');
      expect(adminAudit).toHaveLength(1);
      expect(adminAudit[0].details).toEqual(apiAudit[0].details);
      expect(adminAudit[0]).toMatchObject({ actorKind: 'admin', channel: 'admin', actorLabel: 'work-complaint-officer@example.test' });
      const stored = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId: viaAdmin.documentId } });
      expect(stored.acknowledgedAt).toBeTruthy();
    });

    it('refuses a transition the model does not allow, a missing status and a missing duplicate reference, with a 400 naming the field; nothing written', async () => {
      const c = await fileComplaint(app);
      const before = await timeline(c.documentId);
      const closed = await as('officer').post(url(c.documentId, '/transition'), { status: 'closed', resolutionSummary: 'x' }).expect(400);
      expect(closed.body.error.message).toContain('"received"');
      expect(closed.body.error.message).toContain('"closed"');
      const missing = await as('officer').post(url(c.documentId, '/transition'), {}).expect(400);
      expect(missing.body.error.details.errors[0].path).toEqual(['status']);
      const dup = await as('officer').post(url(c.documentId, '/transition'), { status: 'duplicate' }).expect(400);
      expect(dup.body.error.details.errors[0].path).toEqual(['duplicateOf']);
      const self = await as('officer')
        .post(url(c.documentId, '/transition'), { status: 'duplicate', duplicateOf: c.ticketNumber })
        .expect(400);
      expect(self.body.error.details.errors[0].path).toEqual(['duplicateOf']);
      const vis = await as('officer').post(url(c.documentId, '/transition'), { status: 'triaged', visibility: 'everyone' }).expect(400);
      expect(vis.body.error.details.errors[0].path).toEqual(['visibility']);
      const assignedWithoutTeam = await as('officer').post(url(c.documentId, '/transition'), { status: 'assigned' }).expect(400);
      expect(assignedWithoutTeam.body.error.details.errors[0].path).toEqual(['team']);
      expect(await timeline(c.documentId)).toHaveLength(before.length);
      expect((await app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId: c.documentId } })).state).toBe(
        'received',
      );
      expect((await audits(c.documentId)).filter((a: any) => a.action === 'complaint.state_change')).toHaveLength(0);
    });

    it('marks a duplicate of another ticket', async () => {
      const original = await fileComplaint(app);
      const c = await fileComplaint(app);
      const res = await as('officer')
        .post(url(c.documentId, '/transition'), { status: 'duplicate', duplicateOf: original.ticketNumber, note: 'ซ้ำกับเรื่องเดิม' })
        .expect(200);
      expect(res.body.data).toMatchObject({ state: 'duplicate', transitions: [], duplicateOf: { ticketNumber: original.ticketNumber } });
    });

    it('assigns a team (timeline, audit, the team e-mailed) and refuses an unknown team by field', async () => {
      const c = await fileComplaint(app);
      const bad = await as('officer').post(url(c.documentId, '/assign'), { team: 'nope' }).expect(400);
      expect(bad.body.error.details.errors[0].path).toEqual(['team']);
      const none = await as('officer').post(url(c.documentId, '/assign'), {}).expect(400);
      expect(none.body.error.details.errors[0].path).toEqual(['team']);
      const badOfficer = await as('officer').post(url(c.documentId, '/assign'), { team: team.documentId, officer: 'nobody' }).expect(400);
      expect(badOfficer.body.error.details.errors[0].path).toEqual(['officer']);

      const res = await as('officer')
        .post(url(c.documentId, '/assign'), { team: team.documentId, officer: apiOfficer.documentId, note: 'เร่งด่วน' })
        .expect(200);
      expect(res.body.data).toMatchObject({ state: 'assigned', assignedTeam: { name: team.name } });
      const last = (await timeline(c.documentId)).pop();
      expect(last).toMatchObject({ kind: 'assignment', fromStatus: 'received', toStatus: 'assigned', visibility: 'public' });
      expect(last.note).toContain(team.name);
      const assign = (await audits(c.documentId)).find((a: any) => a.action === 'complaint.assign');
      expect(assign).toMatchObject({
        actorKind: 'admin',
        details: { team: { to: team.name }, state: { from: 'received', to: 'assigned' } },
      });
      const stored = await app.strapi.db
        .query('api::complaint.complaint')
        .findOne({ where: { documentId: c.documentId }, populate: { assignedOfficer: true } });
      expect(stored.assignedOfficer.id).toBe(apiOfficer.id);
      const mail = await app.strapi.db
        .query('api::notification.notification')
        .findOne({ where: { templateKey: 'complaint.assigned', relatedDocumentId: c.documentId } });
      expect(mail?.to).toContain('example.test');
    });

    it('adds an internal or public note; an empty note or a bad visibility is a 400 naming the field', async () => {
      const c = await fileComplaint(app);
      const empty = await as('officer').post(url(c.documentId, '/notes'), { note: '   ' }).expect(400);
      expect(empty.body.error.details.errors[0].path).toEqual(['note']);
      const vis = await as('officer').post(url(c.documentId, '/notes'), { note: 'x', visibility: 'secret' }).expect(400);
      expect(vis.body.error.details.errors[0].path).toEqual(['visibility']);
      const notJson = await app
        .http()
        .post(url(c.documentId, '/notes'))
        .set('Authorization', `Bearer ${tokens.officer}`)
        .set('Content-Type', 'application/json')
        .send('[1,2]')
        .expect(400);
      expect(notJson.body.error.message).toContain('body');
      const res = await as('officer').post(url(c.documentId, '/notes'), { note: 'โทรหาผู้ร้องแล้ว', visibility: 'internal' }).expect(200);
      expect(res.body.data.timeline.pop()).toMatchObject({ kind: 'note', note: 'โทรหาผู้ร้องแล้ว', visibility: 'internal' });
      // the citizen's tracking page does not show it
      const stored = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId: c.documentId } });
      const track = await app.http().get(`/api/public/complaints/${stored.trackingCode}`).expect(200);
      expect(JSON.stringify(track.body)).not.toContain('โทรหาผู้ร้องแล้ว');
    });
  });

  describe('progress reports', () => {
    let seq = 0;
    async function report(state: string) {
      const agency = await app.strapi.db.query('api::agency.agency').findOne({ where: { code: 'DIW' } });
      seq++;
      const project = await app.strapi.documents('api::project.project' as any).create({
        data: {
          code: `WORK-${seq}`,
          name: 'โครงการทดสอบ',
          agency: agency.documentId,
          officerName: 'เจ้าหน้าที่',
          officerEmail: `officer${seq}@example.test`,
          fiscalYear: 2570,
          state: 'active',
          reportingFrequency: 'quarterly',
        } as any,
      });
      const r = await app.strapi.db.query('api::progress-report.progress-report').create({
        data: {
          project: project.id,
          slotKey: `work-${seq}`,
          periodLabel: 'Q1',
          periodStart: '2026-10-01',
          periodEnd: '2026-12-31',
          dueAt: new Date(Date.now() + 10 * DAY),
          state,
          submittedAt: state === 'pending' ? null : new Date(),
          documentId: `workreport${seq}`.padEnd(24, 'x'),
        },
      });
      return r.documentId as string;
    }
    const url = (id: string, action = '') => `/admin/mind-work/progress-reports/${id}${action}`;

    it('accepts a submitted report; refuses a pending one (409) and an administrator who may not edit reports (403)', async () => {
      const id = await report('submitted');
      await as('officer').post(url(id, '/accept')).expect(403);
      await as(null).post(url(id, '/accept')).expect(401);
      expect((await as('super').get(url(id)).expect(200)).body.data.actions).toEqual(['accept', 'return']);
      const res = await as('super').post(url(id, '/accept'), { comment: 'ครบถ้วน' }).expect(200);
      expect(res.body.data).toMatchObject({ state: 'accepted', reviewerComment: 'ครบถ้วน', actions: ['return'] });
      expect(res.body.data.reviewedAt).toBeTruthy();
      const pending = await report('pending');
      const refused = await as('super').post(url(pending, '/accept')).expect(409);
      expect(refused.body.error.message).toContain('state');
      await as('super').post(url('no-such-report', '/accept')).expect(404);
    });

    it('returns a report with a comment (counted, the officer e-mailed); without a comment a 400 naming it', async () => {
      const id = await report('submitted');
      const bad = await as('super').post(url(id, '/return'), { comment: ' ' }).expect(400);
      expect(bad.body.error.details.errors[0].path).toEqual(['comment']);
      const res = await as('super').post(url(id, '/return'), { comment: 'ขาดตัวชี้วัดที่ 2' }).expect(200);
      expect(res.body.data).toMatchObject({ state: 'returned', returnCount: 1, reviewerComment: 'ขาดตัวชี้วัดที่ 2', actions: [] });
      const mail = await app.strapi.db
        .query('api::notification.notification')
        .findOne({ where: { templateKey: 'report.returned', relatedDocumentId: id } });
      expect(mail.text).toContain('ขาดตัวชี้วัดที่ 2');
    });
  });

  describe('inspection findings', () => {
    async function finding(state: string) {
      const agency = await app.strapi.db.query('api::agency.agency').findOne({ where: { code: 'DIW' } });
      const inspection = await app.strapi.db.query('api::inspection.inspection').create({
        data: {
          code: `INS-W-${Math.random().toString(36).slice(2, 8)}`,
          title: 'ตรวจ',
          type: 'regular',
          fiscalYear: 2570,
          round: 1,
          state: 'in_progress',
        },
      });
      const f = await app.strapi.db.query('api::inspection-finding.inspection-finding').create({
        data: {
          documentId: `workfinding${Math.random().toString(36).slice(2, 10)}`.padEnd(24, 'x'),
          inspection: inspection.id,
          title: 'ข้อตรวจพบ',
          finding: 'ล่าช้า',
          severity: 'high',
          responsibleAgency: agency.id,
          dueAt: new Date(Date.now() + 5 * DAY),
          state,
          agencyResponse: state === 'responded' ? 'ดำเนินการแล้ว' : null,
          respondedAt: state === 'responded' ? new Date() : null,
          reopenCount: 0,
        },
      });
      return f.documentId as string;
    }
    const url = (id: string, action = '') => `/admin/mind-work/inspection-findings/${id}${action}`;

    it('re-opens a responded finding with a comment (counted) and accepts the next response; an open one cannot be accepted', async () => {
      const id = await finding('responded');
      await as('officer').post(url(id, '/reopen'), { comment: 'x' }).expect(403);
      expect((await as('inspector').get(url(id)).expect(200)).body.data.actions).toEqual(['accept', 'reopen']);
      const noComment = await as('inspector').post(url(id, '/reopen'), {}).expect(400);
      expect(noComment.body.error.details.errors[0].path).toEqual(['comment']);
      const badDate = await as('inspector').post(url(id, '/reopen'), { comment: 'x', dueAt: 'soon' }).expect(400);
      expect(badDate.body.error.details.errors[0].path).toEqual(['dueAt']);
      const res = await as('inspector').post(url(id, '/reopen'), { comment: 'ยังไม่ครบ' }).expect(200);
      expect(res.body.data).toMatchObject({ state: 'reopened', reopenCount: 1, reviewComment: 'ยังไม่ครบ', actions: [] });
      const again = await as('inspector').post(url(id, '/accept')).expect(400);
      expect(again.body.error.message).toContain('"reopened"');

      const other = await finding('responded');
      const bare = await as('inspector').post(url(other, '/accept'), { comment: 'เรียบร้อย' }).expect(409);
      expect(bare.body.error.message).toContain('commitments');
      // closure needs an accepted commitment and evidence of the fix (finding-commitments.test.ts)
      const file = await app.strapi.db.query('plugin::upload.file').create({
        data: {
          name: 'e.png',
          hash: `evidence_${other}`,
          ext: '.png',
          mime: 'image/png',
          size: 1,
          url: '/uploads/e.png',
          provider: 'local',
        },
      });
      await asTrusted(() =>
        app.strapi.documents('api::inspection-finding.inspection-finding').update({
          documentId: other,
          data: {
            commitments: [{ version: 1, action: 'เร่งรัด', owner: 'กองตรวจ', dueDate: '2027-03-31', state: 'accepted' }],
            responseAttachments: [file.id],
          } as any,
        }),
      );
      const ok = await as('inspector').post(url(other, '/accept'), { comment: 'เรียบร้อย' }).expect(200);
      expect(ok.body.data).toMatchObject({ state: 'accepted', reviewComment: 'เรียบร้อย', actions: [] });
      expect(ok.body.data.acceptedAt).toBeTruthy();
    });
  });

  describe('e-mail templates', () => {
    const preview = (who: string, body: object) => as(who).post('/admin/mind-work/email-templates/preview', body);
    const stored = () => app.strapi.db.query('api::email-template.email-template').findOne({ where: { key: 'complaint.assigned' } });

    it('renders the Thai and English e-mail for the sample data from unsaved texts, and names the field of an unknown placeholder', async () => {
      const t = await stored();
      const res = await preview('super', {
        ...t,
        subjectTh: 'งานใหม่ {{complaint.ticketNumber}}',
        subjectEn: 'New case {{complaint.ticketNumber}}',
      }).expect(200);
      expect(res.body.data.problems).toEqual([]);
      expect(res.body.data.th.subject).toMatch(/^งานใหม่ CMP-/);
      expect(res.body.data.en.subject).toMatch(/^New case CMP-/);
      expect(res.body.data.th.html).toContain('<');
      expect((await stored()).subjectTh).toBe(t.subjectTh); // nothing saved

      const bad = await preview('super', { ...t, textEn: 'Hello {{complaint.nope}}' }).expect(200);
      expect(bad.body.data.problems).toEqual([{ field: 'textEn', message: 'unknown placeholder {{complaint.nope}}' }]);
      expect(bad.body.data.th).not.toBeNull();
      expect(bad.body.data.en).toBeNull();
    });

    it('refuses a missing or unknown key and a text that is not text (400 naming it), and administrators who may not edit templates (403)', async () => {
      expect((await preview('super', {}).expect(400)).body.error.details.errors[0].path).toEqual(['key']);
      expect((await preview('super', { key: 'no.such' }).expect(400)).body.error.details.errors[0].path).toEqual(['key']);
      expect((await preview('super', { key: 'complaint.assigned', subjectTh: 5 }).expect(400)).body.error.details.errors[0].path).toEqual([
        'subjectTh',
      ]);
      await preview('officer', { key: 'complaint.assigned' }).expect(403);
      await as(null).post('/admin/mind-work/email-templates/test').send({ key: 'complaint.assigned' }).expect(401);
    });

    it('sends a test of the unsaved texts, Thai and English, to the signed-in administrator only', async () => {
      const t = await stored();
      const refused = await as('super')
        .post('/admin/mind-work/email-templates/test', { ...t, textTh: '{{complaint.nope}}' })
        .expect(400);
      expect(refused.body.error.details.errors[0].path).toEqual(['textTh']);
      await dispatchNotifications({ strapi: app.strapi, now: new Date(), dryRun: false }); // what the other tests queued
      app.smtp.messages.length = 0;
      const res = await as('super')
        .post('/admin/mind-work/email-templates/test', {
          ...t,
          subjectTh: 'ทดสอบแม่แบบ {{complaint.ticketNumber}}',
          subjectEn: 'Template test',
        })
        .expect(200);
      expect(res.body.data).toEqual({ queued: 2, to: SUPER.email });
      await dispatchNotifications({ strapi: app.strapi, now: new Date(), dryRun: false });
      await app.smtp.waitFor(2);
      const subjects = app.smtp.messages.map((m: any) => m.subject);
      expect(subjects).toHaveLength(2);
      expect(subjects).toEqual(expect.arrayContaining(['[Test] Template test', expect.stringMatching(/^\[ทดสอบ\] ทดสอบแม่แบบ CMP-/)]));
      expect(app.smtp.messages.every((m: any) => JSON.stringify(m.to).includes(SUPER.email))).toBe(true);
      expect((await stored()).subjectTh).toBe(t.subjectTh);
    });
  });

  describe('low-code: what administrators change in the panel, the next run uses', () => {
    const cm = '/content-manager';

    it('a category’s SLA hours changed in the Content Manager set the next complaint’s deadlines', async () => {
      const cat = await app.strapi.db.query('api::complaint-category.complaint-category').findOne({ where: { code: 'factory_odour' } });
      await as('super')
        .put(`${cm}/collection-types/api::complaint-category.complaint-category/${cat.documentId}`, {
          slaAcknowledgeHours: 5,
          slaResolveHours: 50,
          slaHoursKind: 'clock',
        })
        .expect(200);
      const c = await fileComplaint(app, { categoryCode: 'factory_odour' });
      const stored = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId: c.documentId } });
      const received = new Date(stored.receivedAt).getTime();
      expect(new Date(stored.acknowledgeDueAt).getTime() - received).toBe(5 * 3600_000);
      expect(new Date(stored.resolveDueAt).getTime() - received).toBe(50 * 3600_000);
    });

    it('the SLA policy changed in the Content Manager sets the next deadlines', async () => {
      const cat = await app.strapi.db.query('api::complaint-category.complaint-category').findOne({ where: { code: 'factory_odour' } });
      await as('super')
        .put(`${cm}/collection-types/api::complaint-category.complaint-category/${cat.documentId}`, {
          slaAcknowledgeHours: null,
          slaResolveHours: null,
          slaHoursKind: 'policy',
        })
        .expect(200);
      const policy = (await as('super').get(`${cm}/single-types/api::sla-policy.sla-policy`).expect(200)).body.data;
      await as('super')
        .put(`${cm}/single-types/api::sla-policy.sla-policy`, {
          ...policy,
          normalAcknowledgeHours: 3,
          normalResolveHours: 30,
          normalHoursKind: 'clock',
          urgentAcknowledgeHours: 3,
          urgentResolveHours: 30,
          urgentHoursKind: 'clock',
        })
        .expect(200);
      const c = await fileComplaint(app, { categoryCode: 'factory_odour' });
      const stored = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId: c.documentId } });
      const received = new Date(stored.receivedAt).getTime();
      expect(stored.urgency).not.toBe('emergency');
      expect(new Date(stored.acknowledgeDueAt).getTime() - received).toBe(3 * 3600_000);
      expect(new Date(stored.resolveDueAt).getTime() - received).toBe(30 * 3600_000);
    });

    it('the reminder policy changed in the Content Manager decides the next chase', async () => {
      const agency = await app.strapi.db.query('api::agency.agency').findOne({ where: { code: 'DIW' } });
      const project = await app.strapi.documents('api::project.project' as any).create({
        data: {
          code: 'WORK-CHASE',
          name: 'โครงการที่ค้างส่ง',
          agency: agency.documentId,
          officerName: 'เจ้าหน้าที่',
          officerEmail: 'late.officer@example.test',
          fiscalYear: 2570,
          state: 'active',
          reportingFrequency: 'quarterly',
        } as any,
      });
      await app.strapi.db.query('api::progress-report.progress-report').create({
        data: {
          project: project.id,
          slotKey: 'work-chase',
          periodLabel: 'Q1',
          periodStart: '2026-10-01',
          periodEnd: '2026-12-31',
          dueAt: new Date(Date.now() - 2 * DAY),
          state: 'pending',
          documentId: 'workchasereport'.padEnd(24, 'x'),
        },
      });
      const chased = () =>
        app.strapi.db
          .query('api::notification.notification')
          .count({ where: { templateKey: 'obligation.digest', to: 'late.officer@example.test', text: { $contains: 'WORK-CHASE' } } });
      const chase = () => findJob('chase-obligations')!.run({ strapi: app.strapi, now: new Date(), dryRun: false });
      const policyUrl = `${cm}/single-types/api::reminder-policy.reminder-policy`;
      // none saved yet: the first save creates it
      // any hour of any day the test runs at is inside the policy's hours
      const policy = {
        dueSoonDays: 3,
        overdueIntervalDays: 7,
        escalateAfterDays: 14,
        maxReminders: 3,
        sendFrom: '00:00',
        sendUntil: '24:00',
        workingDaysOnly: false,
      };
      await as('super')
        .put(policyUrl, { ...policy, enabled: false })
        .expect(200);
      await chase();
      expect(await chased()).toBe(0);
      await as('super')
        .put(policyUrl, { ...policy, enabled: true })
        .expect(200);
      await chase();
      expect(await chased()).toBeGreaterThan(0);
    });

    it('a template saved in the Content Manager is the next e-mail; one with an unknown placeholder is refused by field', async () => {
      const t = await app.strapi.db.query('api::email-template.email-template').findOne({ where: { key: 'complaint.assigned' } });
      const bad = await as('super')
        .put(`${cm}/collection-types/api::email-template.email-template/${t.documentId}`, { subjectTh: 'งาน {{complaint.nope}}' })
        .expect(400);
      expect(bad.body.error.details.errors).toEqual([
        expect.objectContaining({ path: ['subjectTh'], message: 'unknown placeholder {{complaint.nope}}' }),
      ]);
      await as('super')
        .put(`${cm}/collection-types/api::email-template.email-template/${t.documentId}`, {
          subjectTh: 'งานด่วนจากแผง {{complaint.ticketNumber}}',
        })
        .expect(200);
      const c = await fileComplaint(app);
      await as('officer').post(`/admin/mind-work/complaints/${c.documentId}/assign`, { team: team.documentId }).expect(200);
      const mail = await app.strapi.db
        .query('api::notification.notification')
        .findOne({ where: { templateKey: 'complaint.assigned', relatedDocumentId: c.documentId } });
      expect(mail.subject).toBe(`งานด่วนจากแผง ${c.ticketNumber}`);
    });
  });
});
