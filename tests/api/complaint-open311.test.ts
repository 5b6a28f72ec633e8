import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser } from '../harness/users';
import { intakeBody, PNG_1PX } from '../harness/complaints';

describe('Open311 GeoReport v2', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi({ env: { PUBLIC_INTAKE_RATE_LIMIT: '0', PUBLIC_LOOKUP_RATE_LIMIT: '0', OPEN311_API_KEYS: 'key-1,key-2' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists active categories as services, with the spec fields', async () => {
    const res = await app.http().get('/api/open311/v2/services.json').query({ locale: 'en' }).expect(200);
    const leak = res.body.find((s: any) => s.service_code === 'chemical_leak');
    expect(leak).toMatchObject({ service_name: 'Chemical leak', metadata: true, type: 'realtime' });
    expect(Object.keys(leak)).toEqual(
      expect.arrayContaining(['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group']),
    );
    const def = await app.http().get('/api/open311/v2/services/chemical_leak.json').expect(200);
    expect(def.body.service_code).toBe('chemical_leak');
    expect(def.body.attributes[0]).toMatchObject({ code: 'injured', datatype: 'singlevaluelist' });
    const missing = await app.http().get('/api/open311/v2/services/nope.json').expect(404);
    expect(missing.body).toEqual([{ code: 404, description: expect.stringContaining('nope') }]);
  });

  it('creates a request with POST, then finds it by id and in the list, without personal data', async () => {
    const post = await app
      .http()
      .post('/api/open311/v2/requests.json')
      .type('form')
      .send({
        api_key: 'key-2',
        service_code: 'wastewater',
        lat: '13.361234',
        long: '100.984567',
        address_string: 'ถนนสุขุมวิท ต.บ้านสวน อ.เมืองชลบุรี',
        description: 'น้ำเสียสีดำไหลลงคลอง\nทุกเช้า',
        first_name: 'สมปอง',
        last_name: 'ลับมาก',
        email: 'sompong.private@example.test',
        phone: '0899999999',
        'attribute[consent]': 'true',
        'attribute[province]': 'TH-20',
      })
      .expect(201);
    expect(post.body).toHaveLength(1);
    const id = post.body[0].service_request_id;
    expect(id).toMatch(/^CMP-\d{4}-\d{6}$/);
    expect(post.body[0]).toHaveProperty('service_notice');
    expect(post.body[0]).toHaveProperty('account_id');

    const one = await app.http().get(`/api/open311/v2/requests/${id}.json`).query({ locale: 'en' }).expect(200);
    expect(one.body).toHaveLength(1);
    expect(one.body[0]).toMatchObject({
      service_request_id: id,
      status: 'open',
      service_code: 'wastewater',
      service_name: 'Wastewater discharge',
      // the citizen's words and street address stay unpublished until an officer marks them public;
      // the position is rounded to about 1 km, the province named
      description: null,
      address: null,
      media_url: null,
      lat: 13.36,
      long: 100.98,
      province: 'TH-20',
      agency_responsible: 'Department of Industrial Works',
    });
    expect(one.body[0].requested_datetime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
    expect(one.body[0].expected_datetime).toMatch(/\+07:00$/);

    const list = await app.http().get('/api/open311/v2/requests.json').query({ service_code: 'wastewater', status: 'open' }).expect(200);
    expect(list.body.map((r: any) => r.service_request_id)).toContain(id);
    const byId = await app.http().get('/api/open311/v2/requests.json').query({ service_request_id: id }).expect(200);
    expect(byId.body).toHaveLength(1);
    const closedOnly = await app.http().get('/api/open311/v2/requests.json').query({ status: 'closed' }).expect(200);
    expect(closedOnly.body.map((r: any) => r.service_request_id)).not.toContain(id);
    const future = await app.http().get('/api/open311/v2/requests.json').query({ start_date: '2099-01-01T00:00:00Z' }).expect(200);
    expect(future.body).toEqual([]);

    for (const body of [post.body, one.body, list.body]) {
      expect(JSON.stringify(body)).not.toMatch(/สมปอง|ลับมาก|sompong|0899999999|น้ำเสียสีดำ|สุขุมวิท|13\.3612|100\.9845/);
    }
    const stored = await app.strapi.db
      .query('api::complaint.complaint')
      .findOne({ where: { ticketNumber: id }, populate: ['complainant', 'province'] });
    expect(stored).toMatchObject({
      channel: 'open311',
      consent: true,
      complainant: { name: 'สมปอง ลับมาก', email: 'sompong.private@example.test' },
    });
    expect(stored.province.code).toBe('TH-20');

    // Closed shows as "closed".
    const officer = await createUser(app.strapi, 'complaint-officer');
    await app
      .http()
      .post(`/api/complaints/${stored.documentId}/transition`)
      .set('Authorization', officer.auth)
      .send({ status: 'rejected', note: 'นอกอำนาจ' })
      .expect(200);
    const after = await app.http().get(`/api/open311/v2/requests/${id}.json`).expect(200);
    expect(after.body[0].status).toBe('closed');
  });

  it('publishes the description, address and photo only once an officer marks the details public', async () => {
    const filed = await app
      .http()
      .post('/api/public/complaints')
      .field(
        'data',
        JSON.stringify(intakeBody({ description: 'ควันดำจากปล่องทุกคืน', address: 'ซอยลับ 7', latitude: 12.704321, longitude: 101.151234 })),
      )
      .attach('attachments', PNG_1PX, { filename: 'smoke.png', contentType: 'image/png' })
      .expect(201);
    const id = filed.body.data.ticketNumber;
    const feed = async () => (await app.http().get('/api/open311/v2/requests.json').query({ service_request_id: id }).expect(200)).body[0];
    expect(await feed()).toMatchObject({ description: null, address: null, media_url: null, lat: 12.7, long: 101.15, province: 'TH-21' });

    const stored = await app.strapi.db.query('api::complaint.complaint').findOne({ where: { ticketNumber: id } });
    expect(stored.publicDetails).toBe(false);
    const officer = await createUser(app.strapi, 'complaint-officer');
    const edit = (publicDetails: unknown) =>
      app.http().put(`/api/complaints/${stored.documentId}`).set('Authorization', officer.auth).send({ data: { publicDetails } });
    const bad = await edit('yes').expect(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['publicDetails']);
    expect((await edit(true).expect(200)).body.data.publicDetails).toBe(true);
    const shown = await feed();
    expect(shown).toMatchObject({ description: 'ควันดำจากปล่องทุกคืน', address: 'ซอยลับ 7', lat: 12.7, long: 101.15 });
    expect(shown.media_url).toMatch(/\.png$/);
    // a team member cannot set it: only officers edit complaints
    const member = await createUser(app.strapi, 'response-team-member');
    const denied = await app
      .http()
      .put(`/api/complaints/${stored.documentId}`)
      .set('Authorization', member.auth)
      .send({ data: { publicDetails: false } });
    expect(denied.status).toBe(403);
    expect(JSON.stringify(shown)).not.toMatch(/สมศรี|081-234-5678|somsri/);
  });

  it('answers errors in the spec format', async () => {
    const noKey = await app
      .http()
      .post('/api/open311/v2/requests.json')
      .send({ service_code: 'noise', lat: 1, long: 1, description: 'x' })
      .expect(403);
    expect(noKey.body).toEqual([{ code: 403, description: expect.stringContaining('api_key') }]);
    const noCode = await app.http().post('/api/open311/v2/requests.json').send({ api_key: 'key-1', lat: 1, long: 1 }).expect(400);
    expect(noCode.body[0]).toMatchObject({ code: 400, description: expect.stringContaining('service_code') });
    const noPlace = await app
      .http()
      .post('/api/open311/v2/requests.json')
      .send({ api_key: 'key-1', service_code: 'noise', description: 'x' })
      .expect(400);
    expect(noPlace.body[0].description).toContain('location');
    const noConsent = await app
      .http()
      .post('/api/open311/v2/requests.json')
      .send({ api_key: 'key-1', service_code: 'noise', lat: 13, long: 100, description: 'ดัง', email: 'a@example.test', first_name: 'A' })
      .expect(400);
    expect(noConsent.body[0].description).toContain('attribute[consent]');
    const unknown = await app
      .http()
      .post('/api/open311/v2/requests.json')
      .send({ api_key: 'key-1', service_code: 'ufo', lat: 13, long: 100, description: 'x' })
      .expect(400);
    expect(unknown.body[0].description).toContain('service_code');
    const missing = await app.http().get('/api/open311/v2/requests/CMP-2569-999999.json').expect(404);
    expect(missing.body[0].code).toBe(404);
    const badStatus = await app.http().get('/api/open311/v2/requests.json').query({ status: 'pending' }).expect(400);
    expect(badStatus.body[0].description).toContain('status');
  });
});
