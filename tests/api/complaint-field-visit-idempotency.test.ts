import { bootStrapi, TestApp } from '../harness/strapi';
import { createTeam, fileComplaint, PNG_1PX } from '../harness/complaints';
import { createUser, TestUser } from '../harness/users';

/**
 * A field visit sent again with the same `Idempotency-Key` (the staff app's offline queue resending
 * after a lost reply) is stored once: the replay answers with the first visit, two identical requests
 * at once store one visit and one photo, another user's same key is their own visit, the same key for
 * another complaint is a 409, and a malformed key is a 400 naming the header.
 */
const UPDATE = 'api::complaint-update.complaint-update';

describe('field visits: Idempotency-Key', () => {
  let app: TestApp;
  let officer: TestUser;
  let member: TestUser;
  let colleague: TestUser;
  let complaint: { documentId: string };
  let other: { documentId: string };

  beforeAll(async () => {
    app = await bootStrapi({ env: { PUBLIC_INTAKE_RATE_LIMIT: '0' } });
    officer = await createUser(app.strapi, 'complaint-officer');
    member = await createUser(app.strapi, 'response-team-member');
    colleague = await createUser(app.strapi, 'response-team-member');
    const team = await createTeam(app.strapi, 'team-idem', [member, colleague]);
    complaint = await fileComplaint(app);
    other = await fileComplaint(app);
    for (const c of [complaint, other]) {
      await app
        .http()
        .post(`/api/complaints/${c.documentId}/assign`)
        .set('Authorization', officer.auth)
        .send({ team: team.documentId })
        .expect(200);
    }
  });
  afterAll(async () => {
    await app?.close();
  });

  const visit = (who: TestUser, documentId: string, key: string | undefined, note = 'ตรวจพื้นที่หน้าโรงงาน') => {
    let req = app.http().post(`/api/complaints/${documentId}/field-visits`).set('Authorization', who.auth);
    if (key !== undefined) req = req.set('Idempotency-Key', key);
    return req
      .field('data', JSON.stringify({ note, latitude: 12.71, longitude: 101.16 }))
      .attach('photos', PNG_1PX, { filename: 'site.png', contentType: 'image/png' });
  };
  const visitsOf = (documentId: string) =>
    app.strapi.db.query(UPDATE).findMany({ where: { complaint: { documentId }, kind: 'field_visit' }, populate: { attachments: true } });
  const fileCount = () => app.strapi.db.query('plugin::upload.file').count();

  it('a replay with the same key answers with the first visit and stores nothing new', async () => {
    const key = '0b8f3c1e-6a55-4d1b-9d2e-3c4b5a697081';
    const filesBefore = await fileCount();
    const first = await visit(member, complaint.documentId, key).expect(201);
    const again = await visit(member, complaint.documentId, key, 'ส่งซ้ำ').expect(200);
    expect(again.body.data.documentId).toBe(first.body.data.documentId);
    expect(again.body.data.note).toBe('ตรวจพื้นที่หน้าโรงงาน');
    expect(again.body.data.attachments).toHaveLength(1);
    expect(JSON.stringify(again.body)).not.toContain(key);
    const rows = (await visitsOf(complaint.documentId)).filter((r: any) => r.documentId === first.body.data.documentId);
    expect(rows).toHaveLength(1);
    expect(await fileCount()).toBe(filesBefore + 1);
  });

  it('two identical requests at once store one visit and one photo', async () => {
    const key = '7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6';
    const before = (await visitsOf(complaint.documentId)).length;
    const filesBefore = await fileCount();
    const answers = await Promise.all([1, 2, 3].map(() => visit(member, complaint.documentId, key)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.data.documentId)).size).toBe(1);
    expect((await visitsOf(complaint.documentId)).length).toBe(before + 1);
    expect(await fileCount()).toBe(filesBefore + 1);
  });

  it('another user with the same key records their own visit', async () => {
    const key = 'shared-key-123456';
    const mine = await visit(member, complaint.documentId, key).expect(201);
    const theirs = await visit(colleague, complaint.documentId, key).expect(201);
    expect(theirs.body.data.documentId).not.toBe(mine.body.data.documentId);
  });

  it('the same key for another complaint is a 409; without a key every request is a new visit', async () => {
    const key = 'a3c5e7f9-1111-4222-8333-944455566677';
    await visit(member, complaint.documentId, key).expect(201);
    const before = (await visitsOf(other.documentId)).length;
    const res = await visit(member, other.documentId, key).expect(409);
    expect(res.body.error.message).toMatch(/Idempotency-Key/);
    expect((await visitsOf(other.documentId)).length).toBe(before);

    await visit(member, other.documentId, undefined).expect(201);
    await visit(member, other.documentId, undefined).expect(201);
    expect((await visitsOf(other.documentId)).length).toBe(before + 2);
  });

  it('a malformed key is a 400 naming the header, and nothing is stored', async () => {
    const before = (await visitsOf(complaint.documentId)).length;
    const filesBefore = await fileCount();
    for (const bad of ['short', 'has spaces in it', 'x'.repeat(101), 'bad/key/chars!!']) {
      const res = await visit(member, complaint.documentId, bad);
      expect(res.status).toBe(400);
      expect(res.body.error.details.field).toBe('Idempotency-Key');
    }
    expect((await visitsOf(complaint.documentId)).length).toBe(before);
    expect(await fileCount()).toBe(filesBefore);
  });
});
