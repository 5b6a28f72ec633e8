import { bootStrapi, TestApp } from '../harness/strapi';
import { fileComplaint, intakeBody, PNG_1PX } from '../harness/complaints';
import { createUser } from '../harness/users';

describe('public complaint intake and tracking', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi({
      env: { PUBLIC_INTAKE_RATE_LIMIT: '0', PUBLIC_LOOKUP_RATE_LIMIT: '0', COMPLAINT_ATTACHMENT_MAX_BYTES: '2048' },
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  const stored = async () => ({
    complaints: await app.strapi.db.query('api::complaint.complaint').count(),
    updates: await app.strapi.db.query('api::complaint-update.complaint-update').count(),
    files: await app.strapi.db.query('plugin::upload.file').count(),
  });

  it('answers 201 with the ticket, tracking code, status and deadlines — and no personal data', async () => {
    const res = await app.http().post('/api/public/complaints').send(intakeBody()).expect(201);
    expect(Object.keys(res.body.data).sort()).toEqual(
      ['acknowledgeDueAt', 'receivedAt', 'resolveDueAt', 'status', 'ticketNumber', 'trackingCode'].sort(),
    );
    expect(JSON.stringify(res.body)).not.toMatch(/สมศรี|081-234-5678|somsri/);
  });

  it('accepts photos and a PDF as multipart', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const res = await app
      .http()
      .post('/api/public/complaints')
      .field('data', JSON.stringify(intakeBody()))
      .attach('attachments', PNG_1PX, { filename: 'smoke.png', contentType: 'image/png' })
      .attach('attachments', pdf, { filename: 'letter.pdf', contentType: 'application/pdf' })
      .expect(201);
    const c = await app.strapi.db
      .query('api::complaint.complaint')
      .findOne({ where: { ticketNumber: res.body.data.ticketNumber }, populate: ['attachments'] });
    expect(c.attachments.map((f: any) => f.mime).sort()).toEqual(['application/pdf', 'image/png']);
  });

  const big = 'ก'.repeat(5001);
  const cases: Array<[string, () => any, string]> = [
    ['missing title', () => intakeBody({ title: undefined }), 'title'],
    ['missing description', () => intakeBody({ description: undefined }), 'description'],
    ['missing category', () => intakeBody({ categoryCode: undefined }), 'categoryCode'],
    ['missing province', () => intakeBody({ provinceCode: undefined }), 'provinceCode'],
    ['latitude not a number', () => intakeBody({ latitude: 'north' }), 'latitude'],
    ['latitude out of range', () => intakeBody({ latitude: 123 }), 'latitude'],
    ['title not text', () => intakeBody({ title: { x: 1 } }), 'title'],
    ['anonymous not a boolean', () => intakeBody({ anonymous: 'maybe' }), 'anonymous'],
    ['unknown category', () => intakeBody({ categoryCode: 'alien_invasion' }), 'categoryCode'],
    ['unknown province', () => intakeBody({ provinceCode: 'TH-99' }), 'provinceCode'],
    ['oversize title', () => intakeBody({ title: 'x'.repeat(201) }), 'title'],
    ['oversize description', () => intakeBody({ description: big }), 'description'],
    ['consent missing', () => intakeBody({ consent: undefined }), 'consent'],
    ['consent false', () => intakeBody({ consent: false }), 'consent'],
    ['no way to reach a named complainant', () => intakeBody({ complainant: { name: 'ก ข' } }), 'complainant.phone'],
    ['bad email', () => intakeBody({ complainant: { name: 'ก', email: 'not-an-email' } }), 'complainant.email'],
    ['anonymous but with personal data', () => intakeBody({ anonymous: true }), 'complainant'],
    ['unknown field', () => intakeBody({ isAdmin: true }), 'isAdmin'],
    ['not an object', () => [1, 2, 3], 'body'],
  ];

  it.each(cases)('%s → 400 naming the field, nothing stored', async (_name, body, field) => {
    const before = await stored();
    const res = await app.http().post('/api/public/complaints').send(body()).expect(400);
    expect(res.body.error.name).toBe('ValidationError');
    const text = `${res.body.error.message} ${JSON.stringify(res.body.error.details)}`;
    expect(text).toContain(field);
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['a text file dressed as an image', Buffer.from('hello, not an image'), 'evil.png', 'image/png'],
    ['an oversize image', Buffer.concat([PNG_1PX, Buffer.alloc(4096)]), 'big.png', 'image/png'],
  ])('%s → 400 on attachments, nothing stored', async (_name, content, filename, contentType) => {
    const before = await stored();
    const res = await app
      .http()
      .post('/api/public/complaints')
      .field('data', JSON.stringify(intakeBody()))
      .attach('attachments', content, { filename, contentType })
      .expect(400);
    expect(res.body.error.message).toContain('attachments');
    expect(await stored()).toEqual(before);
  });

  it('refuses more than 5 attachments', async () => {
    const before = await stored();
    let req = app.http().post('/api/public/complaints').field('data', JSON.stringify(intakeBody()));
    for (let i = 0; i < 6; i++) req = req.attach('attachments', PNG_1PX, { filename: `p${i}.png`, contentType: 'image/png' });
    const res = await req.expect(400);
    expect(res.body.error.message).toContain('attachments');
    expect(await stored()).toEqual(before);
  });

  it('tracks a complaint by code: status, category, province, dates and the public timeline only', async () => {
    const c = await fileComplaint(app);
    const officer = await createUser(app.strapi, 'complaint-officer');
    await app
      .http()
      .post(`/api/complaints/${c.documentId}/notes`)
      .set('Authorization', officer.auth)
      .send({ note: 'บันทึกภายใน ห้ามเผยแพร่' })
      .expect(201);
    await app
      .http()
      .post(`/api/complaints/${c.documentId}/notes`)
      .set('Authorization', officer.auth)
      .send({ note: 'แจ้งผู้ร้อง: กำลังประสานโรงงาน', visibility: 'public' })
      .expect(201);
    await app
      .http()
      .post(`/api/complaints/${c.documentId}/transition`)
      .set('Authorization', officer.auth)
      .send({ status: 'triaged', note: 'เหตุผลภายใน', visibility: 'internal' })
      .expect(200);

    const res = await app.http().get(`/api/public/complaints/${c.trackingCode.toLowerCase()}`).expect(200);
    const d = res.body.data;
    expect(d).toMatchObject({
      ticketNumber: c.ticketNumber,
      status: 'triaged',
      statusLabel: { th: 'คัดกรองแล้ว', en: 'Triaged' },
      category: { code: 'factory_odour' },
      province: { code: 'TH-21', nameTh: 'ระยอง' },
    });
    expect(d.acknowledgeDueAt).toBeTruthy();
    const body = JSON.stringify(res.body);
    expect(body).not.toContain('บันทึกภายใน');
    expect(body).not.toContain('เหตุผลภายใน');
    expect(body).toContain('แจ้งผู้ร้อง');
    expect(d.timeline.map((t: any) => t.toStatus ?? t.kind)).toEqual(['received', 'note', 'triaged']);
    expect(body).not.toMatch(/สมศรี|081-234-5678|somsri|authorLabel|documentId/);
  });

  it('answers an unknown or malformed code with the same 404', async () => {
    const a = await app.http().get('/api/public/complaints/ZZZZZZZZZZZZ').expect(404);
    const b = await app.http().get('/api/public/complaints/%27%20OR%201%3D1').expect(404);
    expect(a.body).toEqual(b.body);
  });
});

describe('public rate limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi({ env: { PUBLIC_INTAKE_RATE_LIMIT: '3', PUBLIC_LOOKUP_RATE_LIMIT: '5' } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers 429 with Retry-After once a client address has used its intake allowance', async () => {
    for (let i = 0; i < 3; i++) {
      await app
        .http()
        .post('/api/public/complaints')
        .send(intakeBody({ anonymous: true, complainant: undefined, consent: undefined }))
        .expect(201);
    }
    const before = await app.strapi.db.query('api::complaint.complaint').count();
    const res = await app.http().post('/api/public/complaints').send(intakeBody()).expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body.error.name).toBe('RateLimitError');
    expect(await app.strapi.db.query('api::complaint.complaint').count()).toBe(before);
  });

  it('limits tracking look-ups separately', async () => {
    for (let i = 0; i < 5; i++) await app.http().get('/api/public/complaints/AAAAAAAAAAAA').expect(404);
    const res = await app.http().get('/api/public/complaints/AAAAAAAAAAAA').expect(429);
    expect(res.headers['retry-after']).toBeTruthy();
  });
});
