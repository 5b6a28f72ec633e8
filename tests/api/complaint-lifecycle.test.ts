import { bootStrapi, TestApp } from '../harness/strapi';
import { complaintStaff, fileComplaint, PNG_1PX } from '../harness/complaints';
import { buddhistYear } from '../../src/lib/platform/thai-date';

describe('complaint lifecycle through the API', () => {
  let app: TestApp;
  let s: Awaited<ReturnType<typeof complaintStaff>>;
  beforeAll(async () => {
    app = await bootStrapi({ env: { PUBLIC_INTAKE_RATE_LIMIT: '0' } });
    s = await complaintStaff(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  const as = (user: { auth: string }) => ({
    get: (url: string) => app.http().get(url).set('Authorization', user.auth),
    post: (url: string, body?: object) => app.http().post(url).set('Authorization', user.auth).send(body),
    put: (url: string, body?: object) => app.http().put(url).set('Authorization', user.auth).send(body),
  });

  it('goes received → triaged → assigned → in_progress → resolved → closed with a timeline entry for each step', async () => {
    const c = await fileComplaint(app);
    expect(c.ticketNumber).toMatch(/^CMP-25\d\d-\d{6}$/);
    // the Buddhist year of the (test's) clock: the date-edge runs cross 1 January
    expect(c.ticketNumber.slice(4, 8)).toBe(String(buddhistYear(new Date())));
    expect(c.trackingCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}$/);
    expect(c.status).toBe('received');
    const url = `/api/complaints/${c.documentId}`;

    const triaged = await as(s.officer).post(`${url}/transition`, { status: 'triaged', note: 'เรื่องอยู่ในอำนาจ' }).expect(200);
    expect(triaged.body.data.state).toBe('triaged');
    expect(triaged.body.data.acknowledgedAt).toBeTruthy();

    const assigned = await as(s.officer).post(`${url}/assign`, { team: s.teamA.documentId }).expect(200);
    expect(assigned.body.data.state).toBe('assigned');
    expect(assigned.body.data.assignedTeam.name).toBe('team-a');
    const queued = await app.strapi.db.query('api::notification.notification').findMany({ where: { templateKey: 'complaint.assigned' } });
    expect(queued).toHaveLength(1);
    expect(JSON.stringify(queued[0])).toContain('team-a@example.test');
    expect(JSON.stringify(queued[0])).toContain(c.ticketNumber);

    await as(s.memberA).post(`${url}/transition`, { status: 'in_progress' }).expect(200);
    const visit = await app
      .http()
      .post(`${url}/field-visits`)
      .set('Authorization', s.memberA.auth)
      .field('data', JSON.stringify({ note: 'ตรวจพบการระบายอากาศผิดปกติ', latitude: 12.71, longitude: 101.16 }))
      .attach('photos', PNG_1PX, { filename: 'site.png', contentType: 'image/png' })
      .expect(201);
    expect(visit.body.data.kind).toBe('field_visit');
    expect(visit.body.data.attachments).toHaveLength(1);
    expect(visit.body.data.attachments[0].mime).toBe('image/png');

    const resolved = await as(s.memberA)
      .post(`${url}/transition`, { status: 'resolved', resolutionSummary: 'สั่งปรับปรุงระบบบำบัดกลิ่น' })
      .expect(200);
    expect(resolved.body.data.resolvedAt).toBeTruthy();

    const noSummary = await fileComplaint(app);
    await as(s.officer).post(`/api/complaints/${noSummary.documentId}/transition`, { status: 'rejected' }).expect(200);

    const closed = await as(s.officer).post(`${url}/transition`, { status: 'closed' }).expect(200);
    expect(closed.body.data.state).toBe('closed');
    expect(closed.body.data.closedAt).toBeTruthy();

    const page = await as(s.officer).get(url).expect(200);
    const steps = page.body.data.timeline
      .filter((t: any) => t.kind !== 'access' && t.kind !== 'note')
      .map((t: any) => [t.kind, t.fromStatus, t.toStatus]);
    expect(steps).toEqual([
      ['status_change', null, 'received'],
      ['status_change', 'received', 'triaged'],
      ['assignment', 'triaged', 'assigned'],
      ['status_change', 'assigned', 'in_progress'],
      ['field_visit', null, null],
      ['status_change', 'in_progress', 'resolved'],
      ['status_change', 'resolved', 'closed'],
    ]);
    const byMember = page.body.data.timeline.find((t: any) => t.toStatus === 'in_progress');
    expect(byMember.authorLabel).toBe(
      (await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: s.memberA.id } })).username,
    );
  });

  it('refuses an illegal transition with a 400 naming both states, and changes nothing', async () => {
    const c = await fileComplaint(app);
    const res = await as(s.officer).post(`/api/complaints/${c.documentId}/transition`, { status: 'closed' }).expect(400);
    expect(res.body.error.message).toContain('"received"');
    expect(res.body.error.message).toContain('"closed"');
    const after = await as(s.officer).get(`/api/complaints/${c.documentId}`).expect(200);
    expect(after.body.data.state).toBe('received');
    expect(after.body.data.timeline.filter((t: any) => t.kind === 'status_change')).toHaveLength(1);
  });

  it('needs a resolution summary to close and a duplicateOf to mark a duplicate', async () => {
    const original = await fileComplaint(app);
    const c = await fileComplaint(app);
    const url = `/api/complaints/${c.documentId}`;
    const dup = await as(s.officer).post(`${url}/transition`, { status: 'duplicate' }).expect(400);
    expect(dup.body.error.message).toContain('duplicateOf');
    await as(s.officer).post(`${url}/transition`, { status: 'duplicate', duplicateOf: original.ticketNumber }).expect(200);

    const other = await fileComplaint(app);
    const ourl = `/api/complaints/${other.documentId}`;
    await as(s.officer).post(`${ourl}/assign`, { team: s.teamA.documentId }).expect(200);
    await as(s.officer).post(`${ourl}/transition`, { status: 'resolved' }).expect(200);
    const close = await as(s.officer).post(`${ourl}/transition`, { status: 'closed' }).expect(400);
    expect(close.body.error.message).toContain('resolutionSummary');
  });

  it('assigning needs a known team and queues one email per assignment', async () => {
    const c = await fileComplaint(app);
    const url = `/api/complaints/${c.documentId}`;
    const bad = await as(s.officer).post(`${url}/assign`, { team: 'nosuchteam' }).expect(400);
    expect(bad.body.error.message).toContain('team');
    await as(s.officer).post(`${url}/assign`, { team: s.teamA.documentId, officer: s.officer.id }).expect(200);
    await as(s.officer).post(`${url}/assign`, { team: s.teamB.documentId, note: 'ย้ายทีม' }).expect(200);
    const rows = await app.strapi.db.query('api::notification.notification').findMany({
      where: { templateKey: 'complaint.assigned', dedupeKey: { $startsWith: `complaint:${c.documentId}:` } },
    });
    expect(rows).toHaveLength(2);
  });

  it('officers add notes; an officer records a phone complaint with its channel', async () => {
    const c = await fileComplaint(app);
    const note = await as(s.officer).post(`/api/complaints/${c.documentId}/notes`, { note: 'โทรสอบถามผู้ร้องแล้ว' }).expect(201);
    expect(note.body.data).toMatchObject({ kind: 'note', visibility: 'internal' });
    await as(s.officer).post(`/api/complaints/${c.documentId}/notes`, { note: '' }).expect(400);

    const phone = await as(s.officer)
      .post('/api/complaints', { data: { ...(await import('../harness/complaints')).intakeBody(), channel: 'phone', urgency: 'urgent' } })
      .expect(201);
    expect(phone.body.data).toMatchObject({ channel: 'phone', urgency: 'urgent', state: 'received' });
  });

  it('lists with filters: status, urgency, province, category, team, overdue and text', async () => {
    const a = await fileComplaint(app, { title: 'ควันดำจากปล่องโรงงานสับปะรด', categoryCode: 'dust_smoke', provinceCode: 'TH-77' });
    await as(s.officer).post(`/api/complaints/${a.documentId}/assign`, { team: s.teamB.documentId }).expect(200);
    const list = (q: Record<string, string>) =>
      as(s.officer)
        .get(`/api/complaints?${new URLSearchParams(q)}`)
        .expect(200);

    const byText = await list({ q: 'สับปะรด' });
    expect(byText.body.data.map((d: any) => d.ticketNumber)).toEqual([a.ticketNumber]);
    const byProvince = await list({ province: 'TH-77' });
    expect(byProvince.body.data.map((d: any) => d.ticketNumber)).toEqual([a.ticketNumber]);
    const byCategory = await list({ category: 'dust_smoke', urgency: 'urgent', status: 'assigned', team: s.teamB.documentId as string });
    expect(byCategory.body.data.map((d: any) => d.ticketNumber)).toEqual([a.ticketNumber]);
    const none = await list({ category: 'dust_smoke', urgency: 'normal' });
    expect(none.body.data).toHaveLength(0);

    // Make one overdue by moving its deadline into the past.
    await app.strapi.db.query('api::complaint.complaint').update({
      where: { documentId: a.documentId },
      data: { resolveDueAt: new Date(Date.now() - 3600_000) },
    });
    const overdue = await list({ overdue: 'true' });
    expect(overdue.body.data.map((d: any) => d.ticketNumber)).toEqual([a.ticketNumber]);
    const bad = await as(s.officer).get('/api/complaints?urgency=extreme').expect(400);
    expect(bad.body.error.message).toContain('urgency');
  });
});
