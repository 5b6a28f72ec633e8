import { bootStrapi, TestApp } from '../harness/strapi';
import { fileComplaint } from '../harness/complaints';

describe('complaints edited in the admin panel follow the same rules', () => {
  let app: TestApp;
  let token: string;
  const cm = '/content-manager/collection-types/api::complaint.complaint';
  beforeAll(async () => {
    app = await bootStrapi({
      env: { PUBLIC_INTAKE_RATE_LIMIT: '0', DEMO_ADMIN_EMAIL: 'admin@example.test', DEMO_ADMIN_PASSWORD: 'Admin-Passw0rd' },
    });
    const login = await app.http().post('/admin/login').send({ email: 'admin@example.test', password: 'Admin-Passw0rd' }).expect(200);
    token = login.body.data.token;
  });
  afterAll(async () => {
    await app?.close();
  });

  const timeline = (documentId: string) =>
    app.strapi.db.query('api::complaint-update.complaint-update').findMany({
      where: { complaint: { documentId } },
      orderBy: { id: 'asc' },
    });

  it('refuses an illegal status change with a 400 naming both states and keeps the complaint as it was', async () => {
    const c = await fileComplaint(app);
    const res = await app
      .http()
      .put(`${cm}/${c.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ state: 'closed', title: 'เปลี่ยนชื่อ' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('"received"');
    expect(res.body.error.message).toContain('"closed"');
    const stored = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId: c.documentId } });
    expect(stored).toMatchObject({ state: 'received', title: 'กลิ่นเหม็นจากโรงงานตอนกลางคืน' });
  });

  it('writes the timeline entry, with the administrator, for a legal change', async () => {
    const c = await fileComplaint(app);
    const res = await app.http().put(`${cm}/${c.documentId}`).set('Authorization', `Bearer ${token}`).send({ state: 'triaged' });
    expect(res.status).toBe(200);
    const stored = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId: c.documentId } });
    expect(stored.state).toBe('triaged');
    expect(stored.acknowledgedAt).toBeTruthy();
    const entries = await timeline(c.documentId);
    expect(entries.map((e: any) => [e.fromStatus, e.toStatus])).toEqual([
      [null, 'received'],
      ['received', 'triaged'],
    ]);
    expect(entries[1].authorLabel).toContain('admin@example.test');
  });

  it('gives a complaint created in the admin panel its ticket, tracking code and deadlines', async () => {
    const leak = await app.strapi.db.query('api::complaint-category.complaint-category').findOne({ where: { code: 'chemical_leak' } });
    const res = await app
      .http()
      .post(cm)
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'แจ้งทางโทรศัพท์', description: 'สารเคมีรั่ว', channel: 'phone', category: { connect: [{ documentId: leak.documentId }] } });
    expect(res.status).toBe(201);
    const stored = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { title: 'แจ้งทางโทรศัพท์' } });
    expect(stored.ticketNumber).toMatch(/^CMP-\d{4}-\d{6}$/);
    expect(stored.trackingCode).toHaveLength(12);
    expect(stored.state).toBe('received');
    expect(stored.urgency).toBe('emergency');
    expect(new Date(stored.acknowledgeDueAt).getTime() - new Date(stored.receivedAt).getTime()).toBe(3600_000);
    expect((await timeline(stored.documentId)).map((e: any) => e.toStatus)).toEqual(['received']);
  });
});

describe('admin list views', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi({ env: { DEMO_ADMIN_EMAIL: 'lists@example.test', DEMO_ADMIN_PASSWORD: 'Admin-Passw0rd' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows complaints by ticket, title, status, urgency, province and due date, newest first, with Thai labels', async () => {
    const login = await app.http().post('/admin/login').send({ email: 'lists@example.test', password: 'Admin-Passw0rd' }).expect(200);
    const res = await app
      .http()
      .get('/content-manager/content-types/api::complaint.complaint/configuration')
      .set('Authorization', `Bearer ${login.body.data.token}`)
      .expect(200);
    const conf = res.body.data.contentType;
    expect(conf.layouts.list).toEqual(['ticketNumber', 'title', 'state', 'urgency', 'province', 'resolveDueAt']);
    expect(conf.settings).toMatchObject({ defaultSortBy: 'receivedAt', defaultSortOrder: 'DESC', mainField: 'ticketNumber' });
    expect(conf.metadatas.state.list.label).toBe('สถานะ / Status');
  });

  it('keeps an administrator’s own arrangement on the next start', async () => {
    const { configureListViews } = await import('../../src/lib/platform/admin-list-views');
    const { listViews } = await import('../../src/lib/manifests');
    const ct = app.strapi.contentType('api::complaint.complaint' as any);
    const svc = app.strapi.plugin('content-manager').service('content-types');
    const conf = await svc.findConfiguration(ct);
    await svc.updateConfiguration(ct, {
      settings: conf.settings,
      metadatas: conf.metadatas,
      layouts: { ...conf.layouts, list: ['title'] },
    });
    expect(await configureListViews(app.strapi, listViews)).toBe(0);
    expect((await svc.findConfiguration(ct)).layouts.list).toEqual(['title']);
  });
});
