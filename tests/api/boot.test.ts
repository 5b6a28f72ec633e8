import { bootStrapi, TestApp } from '../harness/strapi';

describe('boot', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers the health check with 204', async () => {
    await app.http().get('/_health').expect(204);
  });

  it('runs on the database the environment asks for', () => {
    const expected = process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite';
    expect(app.strapi.db.dialect.client).toBe(expected);
  });

  it('lists the 77 provinces to the public', async () => {
    const res = await app.http().get('/api/provinces').query({ 'pagination[pageSize]': 100 }).expect(200);
    expect(res.body.meta.pagination.total).toBe(77);
    const bangkok = res.body.data.find((p: { code: string }) => p.code === 'TH-10');
    expect(bangkok).toMatchObject({ nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok', region: 'central' });
  });

  it('refuses a page size above the configured maximum, naming the parameter', async () => {
    const res = await app.http().get('/api/provinces').query({ 'pagination[pageSize]': 1000 }).expect(400);
    expect(res.body.error.message).toContain('pagination[pageSize]');
    expect(res.body.error.message).toContain('100');
  });
});
