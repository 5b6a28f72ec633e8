import { bootStrapi, createTestDatabase, TestApp, TestDatabase } from '../harness/strapi';
import { createTeam, PNG_1PX } from '../harness/complaints';
import { createUser, TestUser } from '../harness/users';
import { chatPayload, newIssuePayload, statusPayload, TraffyStandin } from '../harness/traffy-standin';
import { runJobNow } from '../../src/lib/platform/scheduler';

/**
 * The Traffy Fondue (แจ้งอุต) bridge against a stand-in built from Traffy's published contract: a
 * complaint filed on LINE arrives once (the webhook verified by its URL's secret), is worked here, and
 * each public step reaches Traffy exactly once — through the HTTP queue, across a restart while Traffy
 * answers 5xx, and without a loop when Traffy echoes our own update back.
 */
const COMPLAINT = 'api::complaint.complaint';
const UPDATE = 'api::complaint-update.complaint-update';
const SECRET = 'traffy-test-secret-0123456789abcdef';
/** a boot on a busy machine (the restart test boots a second time) */
const BOOT_MS = 300_000;
/** kept across the restart, so that the officers' sessions stay valid */
const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY'];

describe('Traffy Fondue bridge', () => {
  const traffy = new TraffyStandin();
  let db: TestDatabase;
  let app: TestApp;
  let officer: TestUser;
  let member: TestUser;
  let team: { documentId: string };
  const env = () => ({
    TRAFFY_ENABLED: 'true',
    TRAFFY_BASE_URL: traffy.baseUrl,
    TRAFFY_USER: traffy.user,
    TRAFFY_PASS: traffy.pass,
    TRAFFY_WEBHOOK_SECRET: SECRET,
    TRAFFY_ORG_IDS: '151,152',
    PUBLIC_URL: 'https://desk.example.go.th',
  });
  const hook = () => `${app.baseUrl}/api/traffy/webhook/${SECRET}`;
  /** runs the queue's job as if `minutes` had passed (retries wait for their backoff) */
  const dispatch = (minutes = 0) => runJobNow(app.strapi, 'dispatch-http-calls', { now: new Date(Date.now() + minutes * 60_000) });
  const complaintOf = (ticket: string) =>
    app.strapi.db
      .query(COMPLAINT)
      .findOne({ where: { traffyTicketId: ticket }, populate: { category: true, province: true, complainant: true } });
  const timeline = (documentId: string) =>
    app.strapi.db.query(UPDATE).findMany({ where: { complaint: { documentId } }, orderBy: [{ id: 'asc' }] });

  beforeAll(async () => {
    await traffy.start();
    db = await createTestDatabase();
    app = await bootStrapi({ env: env(), db });
    officer = await createUser(app.strapi, 'complaint-officer');
    member = await createUser(app.strapi, 'response-team-member');
    team = await createTeam(app.strapi, 'team-traffy', [member]);
  }, BOOT_MS);
  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await traffy.stop();
  });

  it('a new issue becomes one complaint on channel traffy, with no personal data asked or held', async () => {
    const res = await traffy.webhook(hook(), 'POST', newIssuePayload());
    expect(res).toEqual({ status: 200, body: { status: 'success', outcome: 'created' } });
    const again = await traffy.webhook(hook(), 'POST', newIssuePayload());
    expect(again.body.outcome).toBe('duplicate');

    const c = await complaintOf('2026-ABCDEF');
    expect(c).toMatchObject({ channel: 'traffy', state: 'received', anonymous: true, complainant: null, latitude: 14.0717 });
    expect(c.title).toMatch(/^กลิ่น: โรงงานปล่อยกลิ่นเหม็น/);
    expect(c.province?.nameTh).toBe('ปทุมธานี');
    expect(c.mediaUrl).toBe('https://storage.googleapis.com/traffy-fondue/line_img/example.jpeg');
    expect(await app.strapi.db.query(COMPLAINT).count({ where: { traffyTicketId: '2026-ABCDEF' } })).toBe(1);
    // received from Traffy: nothing is sent back (loop rule)
    await dispatch();
    expect(traffy.delivered()).toHaveLength(0);
  });

  it('refuses a webhook without the URL secret (404, nothing stored) and names a bad field (400)', async () => {
    const before = await app.strapi.db.query(COMPLAINT).count();
    const wrong = await traffy.webhook(
      `${app.baseUrl}/api/traffy/webhook/not-the-secret-${'x'.repeat(20)}`,
      'POST',
      newIssuePayload({ ticket_id: '2026-FORGED' }),
    );
    expect(wrong.status).toBe(404);
    const bad = await traffy.webhook(hook(), 'POST', newIssuePayload({ ticket_id: '2026-BADLAT', latitude: 'north' }));
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toMatch(/latitude/);
    const notOurs = await traffy.webhook(hook(), 'POST', newIssuePayload({ ticket_id: '2026-OTHER1', orgs: [{ org_id: 999, org: 'อื่น' }] }));
    expect(notOurs.body.outcome).toBe('not_ours');
    expect(await app.strapi.db.query(COMPLAINT).count()).toBe(before);
  });

  it(
    'each public step reaches Traffy once, survives a restart while Traffy answers 5xx, and its echo is ignored',
    async () => {
      const c = await complaintOf('2026-ABCDEF');
      await app
        .http()
        .post(`/api/complaints/${c.documentId}/transition`)
        .set('Authorization', officer.auth)
        .send({ status: 'triaged', note: 'รับเรื่องไว้ดำเนินการแล้ว' })
        .expect(200);
      await app
        .http()
        .post(`/api/complaints/${c.documentId}/notes`)
        .set('Authorization', officer.auth)
        .send({ note: 'ภายใน: ห้ามส่ง', visibility: 'internal' })
        .expect(201);
      await app
        .http()
        .post(`/api/complaints/${c.documentId}/notes`)
        .set('Authorization', officer.auth)
        .send({ note: 'จะลงพื้นที่ภายในสัปดาห์นี้', visibility: 'public' })
        .expect(201);

      traffy.failing(5);
      await dispatch();
      expect(traffy.delivered()).toHaveLength(0);
      expect(traffy.calls.filter((x) => x.status === 503).length).toBeGreaterThan(0);

      // the server stops mid-retry and starts again on the same database
      const secrets = Object.fromEntries(SECRETS.map((k) => [k, process.env[k]!]));
      await app.close();
      app = await bootStrapi({ env: { ...env(), ...secrets }, db });
      traffy.failing(0);
      await dispatch(24 * 60);
      await dispatch(48 * 60);

      const updates = traffy.delivered('/update-issue/v1');
      expect(updates).toHaveLength(1);
      expect(updates[0].method).toBe('PATCH');
      expect(updates[0].body).toMatchObject({ ticket_id: '2026-ABCDEF', state_name: 'กำลังดำเนินการ', note: 'รับเรื่องไว้ดำเนินการแล้ว' });
      expect(updates[0].headers.authorization).toMatch(/^Bearer /);
      const chats = traffy.delivered('/comment/v1');
      expect(chats.map((x) => x.body)).toEqual([
        { ticket_id: '2026-ABCDEF', comment: 'จะลงพื้นที่ภายในสัปดาห์นี้', comment_type: 'chat', noti_reporter: true },
      ]);

      // Traffy echoes our update and our chat: recorded as echoes, nothing changes, nothing is sent
      const entriesBefore = (await timeline(c.documentId)).length;
      const echo = await traffy.webhook(hook(), 'PATCH', traffy.echoOf(updates[0]));
      expect(echo.body.outcome).toBe('echo');
      const chatEcho = await traffy.webhook(
        hook(),
        'POST',
        chatPayload({ message_comment_id: 77, comment: 'จะลงพื้นที่ภายในสัปดาห์นี้', sender_org_id: 151, sender_org: 'กองตรวจราชการ' }),
      );
      expect(chatEcho.body.outcome).toBe('echo');
      expect((await timeline(c.documentId)).length).toBe(entriesBefore);
      await dispatch(72 * 60);
      expect(traffy.delivered()).toHaveLength(2);
    },
    BOOT_MS,
  );

  it("Traffy's status updates, chats and rating reach the complaint, and none goes back", async () => {
    const c = await complaintOf('2026-ABCDEF');
    const upd = await traffy.webhook(hook(), 'PATCH', statusPayload({ status: 'กำลังดำเนินการ', note: 'เทศบาลร่วมตรวจ' }));
    expect(upd.body.outcome).toBe('noted');
    const chat = await traffy.webhook(hook(), 'POST', chatPayload({ message_comment_id: 501 }));
    expect(chat.body.outcome).toBe('noted');
    expect((await traffy.webhook(hook(), 'POST', chatPayload({ message_comment_id: 501 }))).body.outcome).toBe('duplicate');

    const notes = (await timeline(c.documentId)).filter(
      (e: { authorLabel?: string; kind: string }) => e.authorLabel === 'Traffy Fondue (แจ้งอุต)' && e.kind === 'note',
    );
    expect(notes.map((e: { visibility: string; note: string }) => [e.visibility, e.note.split('\n')[0]])).toEqual([
      ['public', 'Traffy Fondue — เทศบาลเมืองคลองหลวง: กำลังดำเนินการ'],
      ['internal', 'แชทใน Traffy Fondue / Traffy chat — ผู้แจ้ง / the citizen'],
    ]);

    // worked here to the end: assignment, a field visit with a photo, resolution
    await app
      .http()
      .post(`/api/complaints/${c.documentId}/assign`)
      .set('Authorization', officer.auth)
      .send({ team: team.documentId })
      .expect(200);
    await app
      .http()
      .post(`/api/complaints/${c.documentId}/field-visits`)
      .set('Authorization', member.auth)
      .field('data', JSON.stringify({ note: 'พบกลิ่นจากบ่อบำบัด (บันทึกภายใน)' }))
      .attach('photos', PNG_1PX, { filename: 'after.png', contentType: 'image/png' })
      .expect(201);
    await app
      .http()
      .post(`/api/complaints/${c.documentId}/transition`)
      .set('Authorization', member.auth)
      .send({ status: 'in_progress' })
      .expect(200);
    await app
      .http()
      .post(`/api/complaints/${c.documentId}/transition`)
      .set('Authorization', member.auth)
      .send({ status: 'resolved', resolutionSummary: 'สั่งปรับปรุงบ่อบำบัดแล้ว', note: 'สั่งปรับปรุงบ่อบำบัดแล้ว' })
      .expect(200);
    await dispatch(96 * 60);
    // the queue sends several at once: compare without order
    const sent = traffy.delivered('/update-issue/v1').slice(1);
    expect(sent.map((x) => x.body.state_name).sort()).toEqual(['กำลังดำเนินการ', 'กำลังดำเนินการ', 'กำลังดำเนินการ', 'เสร็จสิ้น']);
    const visit = sent.find((x) => (x.body.photo as string[] | undefined)?.length)!.body;
    expect(visit.note).toBe('เจ้าหน้าที่ลงพื้นที่ตรวจสอบแล้ว / Officers visited the site');
    expect(visit.photo).toEqual([expect.stringMatching(/^https:\/\/desk\.example\.go\.th\/uploads\/.+\.png$/)]);
    expect(JSON.stringify(sent)).not.toContain('บันทึกภายใน');

    // the citizen rates on LINE
    const rating = await traffy.webhook(hook(), 'POST', chatPayload({ event: 'rating', message_comment_id: 502, comment: '5' }));
    expect(rating.body.outcome).toBe('rated');
    expect((await complaintOf('2026-ABCDEF')).rating).toBe(5);
    await dispatch(120 * 60);
    expect(traffy.delivered('/update-issue/v1')).toHaveLength(5);
  });

  it('an officer forwards to a co-responsible organisation once', async () => {
    const c = await complaintOf('2026-ABCDEF');
    const send = () =>
      app
        .http()
        .post(`/api/traffy/complaints/${c.documentId}/forward`)
        .set('Authorization', officer.auth)
        .send({ data: { orgIds: [1302], scenario: 'join', note: 'เชิญเทศบาลร่วมดำเนินการ' } });
    expect((await send()).status).toBe(202);
    expect((await send()).status).toBe(200);
    const bad = await app
      .http()
      .post(`/api/traffy/complaints/${c.documentId}/forward`)
      .set('Authorization', officer.auth)
      .send({ data: { orgIds: ['x'], scenario: 'join', note: 'x' } });
    expect(bad.status).toBe(400);
    await dispatch(150 * 60);
    expect(traffy.delivered('/join-forward/v1').map((x) => x.body)).toEqual([
      expect.objectContaining({ ticket_id: '2026-ABCDEF', origin_group: 151, destination_group: [1302], scenario: 1 }),
    ]);
  });
});
