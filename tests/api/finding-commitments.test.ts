import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { PNG_1PX } from '../harness/complaints';
import { dispatchNotifications } from '../../src/lib/platform/jobs/dispatch-notifications';

const DAY = 86_400_000;
const FINDING = 'api::inspection-finding.inspection-finding';

describe('findings close only when fixed: commitments, extensions, verified closure, repeats', () => {
  let app: TestApp;
  let inspector: TestUser, diwOfficer: TestUser;
  let agencies: Record<string, any>;
  let provinces: any[];
  const chiefEmail = 'inspector.general@example.test';

  const post = (u: TestUser, url: string, body: object = {}) => app.http().post(url).set('Authorization', u.auth).send(body);

  beforeAll(async () => {
    app = await bootStrapi();
    agencies = Object.fromEntries((await app.strapi.db.query('api::agency.agency').findMany({})).map((a: any) => [a.code, a]));
    provinces = await app.strapi.db.query('api::province.province').findMany({ orderBy: { code: 'asc' }, limit: 2 });
    inspector = await createUser(app.strapi, 'inspector');
    diwOfficer = await createUser(app.strapi, 'agency-officer');
    await app.strapi
      .documents('api::agency.agency')
      .update({ documentId: agencies.DIW.documentId, data: { reportingOfficers: [diwOfficer.id] } as any });
    const role = await (app.strapi.service('admin::role') as any).findOne({ code: 'inspector-general' });
    await app.strapi.service('admin::user').create({
      email: chiefEmail,
      firstname: 'ผู้ตรวจราชการ',
      lastname: 'กระทรวง',
      password: 'Chief-passw0rd',
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  let seq = 0;
  async function inspection(fiscalYear: number, round: number) {
    const res = await post(inspector, '/api/inspections', {
      data: { code: `INS-C-${++seq}`, title: 'ตรวจติดตาม', fiscalYear, round, agencies: [agencies.DIW.documentId] },
    }).expect(201);
    return res.body.data;
  }
  async function finding(insp: any, extra: Record<string, unknown> = {}) {
    const res = await post(inspector, '/api/inspection-findings', {
      data: {
        inspection: insp.documentId,
        title: `ข้อตรวจพบ ${++seq}`,
        finding: 'ยังไม่มีแผนบริหารความเสี่ยง',
        recommendation: 'จัดทำแผน',
        responsibleAgency: agencies.DIW.documentId,
        dueAt: new Date(Date.now() + 30 * DAY).toISOString(),
        ...extra,
      },
    }).expect(201);
    return res.body.data;
  }
  const stored = (documentId: string) =>
    app.strapi.db
      .query(FINDING)
      .findOne({ where: { documentId }, populate: { commitments: true, extensionRequests: true, repeatOf: true } });

  it('versions the commitment: each change is pending until the inspector accepts it', async () => {
    const f = await finding(await inspection(2570, 1));
    const url = `/api/inspection-findings/${f.documentId}`;
    const bad = await post(diwOfficer, `${url}/commitment`, { action: 'จัดทำแผน', owner: '' }).expect(400);
    expect(bad.body.error.message).toMatch(/owner/);
    expect(bad.body.error.message).toMatch(/dueDate/);
    await post(inspector, `${url}/commitment`, { action: 'x', owner: 'y', dueDate: '2027-03-31' }).expect(403);
    await post(diwOfficer, `${url}/commitment/accept`).expect(403);
    await post(inspector, `${url}/commitment/accept`).expect(409);

    await post(diwOfficer, `${url}/commitment`, { action: 'จัดทำแผนบริหารความเสี่ยง', owner: 'ผอ.กองแผน', dueDate: '2027-03-31' }).expect(200);
    await post(diwOfficer, `${url}/commitment`, { action: 'จัดทำแผนและอบรม', owner: 'ผอ.กองแผน', dueDate: '2027-04-30' }).expect(200);
    let c = (await stored(f.documentId)).commitments;
    expect(c.map((x: any) => [x.version, x.state])).toEqual([
      [1, 'superseded'],
      [2, 'pending'],
    ]);
    const rejected = await post(inspector, `${url}/commitment/reject`, {}).expect(400);
    expect(rejected.body.error.message).toMatch(/comment/);
    await post(inspector, `${url}/commitment/accept`, { comment: 'เห็นชอบ' }).expect(200);
    // a change after acceptance is a new version that needs acceptance again
    await post(diwOfficer, `${url}/commitment`, { action: 'จัดทำแผนและอบรม', owner: 'ผอ.กองแผน', dueDate: '2027-05-31' }).expect(200);
    c = (await stored(f.documentId)).commitments;
    expect(c.map((x: any) => [x.version, x.state])).toEqual([
      [1, 'superseded'],
      [2, 'accepted'],
      [3, 'pending'],
    ]);
    await post(inspector, `${url}/commitment/reject`, { comment: 'วันที่ช้าเกินไป' }).expect(200);
    c = (await stored(f.documentId)).commitments;
    expect(c.map((x: any) => [x.version, x.state, x.decisionComment])).toEqual([
      [1, 'superseded', null],
      [2, 'accepted', 'เห็นชอบ'],
      [3, 'rejected', 'วันที่ช้าเกินไป'],
    ]);
  });

  it('moves the due date only when the inspector approves an extension; a refusal keeps it', async () => {
    const f = await finding(await inspection(2570, 1));
    const url = `/api/inspection-findings/${f.documentId}`;
    const due = new Date(f.dueAt).getTime();
    // not over PUT: only through the extension
    await app
      .http()
      .put(url)
      .set('Authorization', inspector.auth)
      .send({ data: { dueAt: new Date(due + 5 * DAY).toISOString() } })
      .expect(400);
    const earlier = await post(diwOfficer, `${url}/extension`, { requestedDueAt: new Date(due - DAY).toISOString(), reason: 'x' }).expect(
      409,
    );
    expect(earlier.body.error.message).toMatch(/requestedDueAt/);
    await post(diwOfficer, `${url}/extension`, { requestedDueAt: new Date(due + 10 * DAY).toISOString(), reason: 'รองบประมาณ' }).expect(
      200,
    );
    await post(diwOfficer, `${url}/extension`, { requestedDueAt: new Date(due + 20 * DAY).toISOString(), reason: 'อีกครั้ง' }).expect(409);
    expect(new Date((await stored(f.documentId)).dueAt).getTime()).toBe(due);
    await post(inspector, `${url}/extension/refuse`, {}).expect(400);
    await post(inspector, `${url}/extension/refuse`, { comment: 'ไม่มีเหตุผลเพียงพอ' }).expect(200);
    expect(new Date((await stored(f.documentId)).dueAt).getTime()).toBe(due);

    await post(diwOfficer, `${url}/extension`, { requestedDueAt: new Date(due + 15 * DAY).toISOString(), reason: 'รอผลจัดซื้อ' }).expect(200);
    const approved = await post(inspector, `${url}/extension/approve`, { comment: 'อนุมัติ' }).expect(200);
    expect(new Date(approved.body.data.dueAt).getTime()).toBe(due + 15 * DAY);
    const s = await stored(f.documentId);
    expect(s.extensionRequests.map((e: any) => e.state)).toEqual(['refused', 'approved']);
    expect(new Date(s.extensionRequests[1].previousDueAt).getTime()).toBe(due);
    await post(inspector, `${url}/extension/approve`).expect(409);
  });

  it('closes a finding only with evidence, an accepted commitment and the inspector’s verification', async () => {
    const f = await finding(await inspection(2570, 1));
    const url = `/api/inspection-findings/${f.documentId}`;
    await post(diwOfficer, `${url}/respond`, { response: 'แก้ไขแล้ว' }).expect(200);
    const bare = await post(inspector, `${url}/accept`, { comment: 'ครบ' }).expect(409);
    expect(bare.body.error.details.problems).toHaveLength(2);
    await post(inspector, `${url}/accept`, {}).expect(400);
    await post(inspector, `${url}/reopen`, { comment: 'ขอหลักฐานและคำมั่น' }).expect(200);
    await post(diwOfficer, `${url}/commitment`, { action: 'จัดทำแผน', owner: 'กองแผน', dueDate: '2027-03-31' }).expect(200);
    await post(inspector, `${url}/commitment/accept`).expect(200);
    await app
      .http()
      .post(`${url}/respond`)
      .set('Authorization', diwOfficer.auth)
      .field('data', JSON.stringify({ response: 'แนบแผนที่อนุมัติแล้ว' }))
      .attach('attachments', PNG_1PX, { filename: 'plan.png', contentType: 'image/png' })
      .expect(200);
    const closed = await post(inspector, `${url}/accept`, { comment: 'ตรวจสอบหลักฐานแล้ว แก้ไขจริง' }).expect(200);
    expect(closed.body.data).toMatchObject({ state: 'accepted', reviewComment: 'ตรวจสอบหลักฐานแล้ว แก้ไขจริง' });
    // closed: no more commitments or extension requests
    await post(diwOfficer, `${url}/commitment`, { action: 'x', owner: 'y', dueDate: '2027-03-31' }).expect(409);
  });

  it('flags a finding of the same category for the same agency or province as an earlier round, and tells the Inspector-General once', async () => {
    const r1 = await inspection(2569, 3);
    const r2 = await inspection(2570, 1);
    const first = await finding(r1, { category: 'risk-management', province: provinces[0].documentId });
    expect((await stored(first.documentId)).repeat).toBe(false);
    // same round: not a repeat; another category: not a repeat
    const sameRound = await finding(r1, { category: 'risk-management' });
    expect((await stored(sameRound.documentId)).repeat).toBe(false);
    const other = await finding(r2, { category: 'procurement' });
    expect((await stored(other.documentId)).repeat).toBe(false);

    const again = await finding(r2, { category: ' Risk-Management ' });
    const s = await stored(again.documentId);
    expect(s.repeat).toBe(true);
    expect([first.documentId, sameRound.documentId]).toContain(s.repeatOf.documentId);
    // by province, for another agency
    const byProvince = await finding(r2, {
      category: 'risk-management',
      responsibleAgency: agencies.TISI.documentId,
      province: provinces[0].documentId,
    });
    expect((await stored(byProvince.documentId)).repeat).toBe(true);
    const elsewhere = await finding(r2, {
      category: 'risk-management',
      responsibleAgency: agencies.TISI.documentId,
      province: provinces[1].documentId,
    });
    expect((await stored(elsewhere.documentId)).repeat).toBe(false);
    // the flag is the system's: not set over REST
    await post(inspector, '/api/inspection-findings', { data: { repeat: true } }).expect(400);

    await dispatchNotifications({ strapi: app.strapi, now: new Date(), dryRun: false });
    const mails = await app.smtp.waitFor(2);
    expect(mails.every((m) => m.to.includes(chiefEmail))).toBe(true);
    expect(mails.map((m) => m.subject).every((x) => x.startsWith('ข้อตรวจพบซ้ำ'))).toBe(true);
    await dispatchNotifications({ strapi: app.strapi, now: new Date(), dryRun: false });
    expect(app.smtp.messages).toHaveLength(2);
  });
});
