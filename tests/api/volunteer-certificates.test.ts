import { execFile } from 'child_process';
import path from 'path';
import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { buddhistYear, formatThaiDate } from '../../src/lib/platform/thai-date';

const ACTIVITY = 'api::volunteer-activity.volunteer-activity';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Reads the PDF back as a person would: its text and metadata (tests/harness/pdf-text.js). */
function pdfText(buffer: Buffer): Promise<{ text: string; info: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [path.join(__dirname, '..', 'harness', 'pdf-text.js')], (err, stdout) =>
      err ? reject(err) : resolve(JSON.parse(stdout)),
    );
    child.stdin!.end(buffer);
  });
}
const binary = (res: any, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('certificates of volunteer hours', () => {
  let app: TestApp;
  let coordinator: TestUser;
  let userA: TestUser;
  let userB: TestUser;
  let volA: any;
  let acts: any[] = [];
  let seq = 0;

  const req = (method: 'get' | 'post', url: string, auth?: string, body?: object) => {
    const r = app.http()[method](url);
    if (auth) r.set('Authorization', auth);
    return body ? r.send(body) : r;
  };
  async function pastActivityAttended(volunteer: any, hours: number, daysAgo: number) {
    const startAt = new Date(Date.now() + 3 * DAY);
    const act = (
      await req('post', '/api/volunteer-activities', coordinator.auth, {
        data: {
          title: `ปลูกป่าชายเลน ครั้งที่ ${++seq}`,
          startAt: startAt.toISOString(),
          endAt: new Date(startAt.getTime() + 4 * HOUR).toISOString(),
          province: 'TH-11',
          capacity: 10,
        },
      }).expect(201)
    ).body.data;
    const p = (
      await req('post', `/api/volunteer-activities/${act.documentId}/sign-up`, coordinator.auth, {
        volunteer: volunteer.documentId,
      }).expect(201)
    ).body.data;
    // the activity took place (as time would have it)
    const start = new Date(Date.now() - daysAgo * DAY);
    await app.strapi.db
      .query(ACTIVITY)
      .update({ where: { documentId: act.documentId }, data: { startAt: start, endAt: new Date(start.getTime() + 4 * HOUR) } });
    await req('post', `/api/participations/${p.documentId}/attendance`, coordinator.auth, { state: 'attended', hours }).expect(200);
    return { ...act, startAt: start, participation: p.documentId };
  }
  const pdf = async (documentId: string, auth: string) => {
    const res = await req('get', `/api/volunteer-certificates/${documentId}/pdf`, auth).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    return pdfText(res.body);
  };

  beforeAll(async () => {
    app = await bootStrapi();
    coordinator = await createUser(app.strapi, 'volunteer-coordinator');
    userA = await createUser(app.strapi, 'volunteer');
    userB = await createUser(app.strapi, 'volunteer');
    const make = async (data: object) => (await req('post', '/api/volunteers', coordinator.auth, { data }).expect(201)).body.data;
    volA = await make({
      fullName: 'สมหญิง ใจบุญ',
      email: 'somying@example.test',
      phone: '0812223344',
      nationalId: '1101700203450',
      consent: true,
      user: userA.id,
    });
    await make({ fullName: 'สมชาย อื่น', user: userB.id });
    acts = [await pastActivityAttended(volA, 3.5, 2), await pastActivityAttended(volA, 2, 3)];
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a volunteer gets a Thai PDF per activity with Buddhist-era dates, the hours and a QR link that verifies it', async () => {
    const issued = await req('post', '/api/volunteer-certificates', userA.auth, { activity: acts[0].documentId }).expect(201);
    const cert = issued.body.data;
    expect(cert).toMatchObject({ scope: 'activity', hours: 3.5, state: 'valid', volunteerName: 'สมหญิง ใจบุญ' });
    expect(cert.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // asked again, nothing changed: the same certificate
    const again = await req('post', '/api/volunteer-certificates', userA.auth, { activity: acts[0].documentId }).expect(200);
    expect(again.body.data.code).toBe(cert.code);

    const { text, info } = await pdf(cert.documentId, userA.auth);
    expect(text).toContain('ใบรับรองชั่วโมงจิตอาสา');
    expect(text).toContain('สมหญิง ใจบุญ');
    expect(text).toContain(acts[0].title);
    expect(text).toContain('3.5 ชั่วโมง');
    expect(text).toContain(formatThaiDate(acts[0].startAt));
    expect(formatThaiDate(acts[0].startAt)).toContain(String(buddhistYear(acts[0].startAt)));
    expect(text).toContain(cert.code);
    const verifyUrl = `${app.baseUrl}/volunteer/certificate.html?code=${cert.code}`;
    expect(info.Subject).toBe(verifyUrl);
    expect(cert.verifyUrl).toBe(verifyUrl);
    for (const secret of ['0812223344', '1101700203450', 'somying@example.test']) expect(text).not.toContain(secret);

    // the QR code's page and its route: only what the certificate states, no login
    await req('get', '/volunteer/certificate.html').expect(200);
    const verified = await req('get', `/api/volunteer-certificates/verify/${cert.code}`).expect(200);
    expect(verified.body.data).toEqual({
      code: cert.code,
      state: 'valid',
      scope: 'activity',
      volunteerName: 'สมหญิง ใจบุญ',
      activityTitle: acts[0].title,
      activityStartAt: expect.any(String),
      yearBE: null,
      hours: 3.5,
      activities: 1,
      issuedAt: expect.any(String),
      signedOffBy: 'coordinator',
      signedOffAt: expect.any(String),
      revokedAt: null,
    });
    // the public page names the role that signed off, never the coordinator
    expect(JSON.stringify(verified.body)).not.toContain(coordinator.email);
    expect(JSON.stringify(verified.body)).not.toContain(coordinator.email.split('@')[0]);
    await req('get', `/api/volunteer-certificates/verify/${cert.code.toLowerCase()}`).expect(200);
    await req('get', '/api/volunteer-certificates/verify/0000-0000-0000').expect(404);
    const bad = await req('get', '/api/volunteer-certificates/verify/nope').expect(400);
    expect(bad.body.error.message).toContain('code');

    // someone else's certificate is not theirs to read
    await req('get', `/api/volunteer-certificates/${cert.documentId}/pdf`, userB.auth).expect(404);
    await req('get', `/api/volunteer-certificates/${cert.documentId}/pdf`).expect(403);
    const foreign = await req('post', '/api/volunteer-certificates', userB.auth, {
      activity: acts[0].documentId,
      volunteer: volA.documentId,
    });
    expect(foreign.status).toBe(400);
    expect((await req('get', '/api/volunteer-certificates', userB.auth).expect(200)).body.data).toEqual([]);
  });

  it('per year: every signed-off activity of that Buddhist-era year, listed with its hours', async () => {
    const yearBE = buddhistYear(acts[0].startAt);
    const inYear = acts.filter((a) => buddhistYear(a.startAt) === yearBE);
    const hours = inYear.reduce((s, a) => s + (a === acts[0] ? 3.5 : 2), 0);
    const issued = await req('post', '/api/volunteer-certificates', coordinator.auth, { year: yearBE, volunteer: volA.documentId }).expect(
      201,
    );
    expect(issued.body.data).toMatchObject({ scope: 'year', year: yearBE, hours, activities: inYear.length });
    const { text } = await pdf(issued.body.data.documentId, coordinator.auth);
    expect(text).toContain(`ในปี พ.ศ. ${yearBE}`);
    expect(text).toContain(`รวม ${hours} ชั่วโมง`);
    for (const a of inYear) expect(text).toContain(a.title);
  });

  it('correcting an attendance revokes the certificates that counted it; a new one states the new hours', async () => {
    const before = (await req('get', '/api/volunteer-certificates', userA.auth).expect(200)).body.data;
    expect(before.map((c: any) => c.state)).toEqual(['valid', 'valid']);
    await req('post', `/api/participations/${acts[0].participation}/attendance`, coordinator.auth, { state: 'attended', hours: 3 }).expect(
      200,
    );
    for (const c of before) {
      const verified = await req('get', `/api/volunteer-certificates/verify/${c.code}`).expect(200);
      expect(verified.body.data).toMatchObject({ state: 'revoked', revokedAt: expect.any(String) });
    }
    const activityCert = before.find((c: any) => c.scope === 'activity');
    expect((await pdf(activityCert.documentId, userA.auth)).text).toContain('เพิกถอนแล้ว');
    const fresh = await req('post', '/api/volunteer-certificates', userA.auth, { activity: acts[0].documentId }).expect(201);
    expect(fresh.body.data).toMatchObject({ hours: 3, state: 'valid' });
    expect(fresh.body.data.code).not.toBe(activityCert.code);
  });

  it("the coordinator's sign-off records who and when; the account shows to no one through the API", async () => {
    const row = await app.strapi.db
      .query('api::participation.participation')
      .findOne({ where: { documentId: acts[1].participation }, populate: { attendanceRecordedBy: { select: ['id'] } } });
    expect(row.attendanceRecordedBy?.id).toBe(coordinator.id);
    expect(row.attendanceRecordedAt).toBeTruthy();
    for (const auth of [userA.auth, coordinator.auth]) {
      const res = await req('get', `/api/participations/${acts[1].participation}?populate=*`, auth);
      expect(res.status === 200 || res.status === 400).toBe(true);
      expect(JSON.stringify(res.body)).not.toContain(coordinator.email);
      expect(res.body.data?.attendanceRecordedBy).toBeUndefined();
    }
    // a certificate states when its attendance was signed off
    const cert = (await req('post', '/api/volunteer-certificates', userA.auth, { activity: acts[1].documentId }).expect(201)).body.data;
    const verified = (await req('get', `/api/volunteer-certificates/verify/${cert.code}`).expect(200)).body.data;
    expect(new Date(verified.signedOffAt).getTime()).toBe(new Date(row.attendanceRecordedAt).getTime());
  });

  it('refuses what it cannot certify with a 400 naming the field', async () => {
    const cases: Array<[object, string]> = [
      [{}, 'activity'],
      [{ activity: acts[0].documentId, year: 2569 }, 'activity'],
      [{ year: 2020 }, 'year'],
      [{ year: 2599 }, 'year'],
      [{ activity: acts[0].documentId, colour: 'red' }, 'colour'],
      [{ activity: 'no-such-activity' }, 'activity'],
    ];
    for (const [body, field] of cases) {
      const res = await req('post', '/api/volunteer-certificates', userA.auth, body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
    }
    const noVolunteer = await req('post', '/api/volunteer-certificates', coordinator.auth, { year: 2569 });
    expect(noVolunteer.status).toBe(400);
    expect(noVolunteer.body.error.message).toContain('volunteer');
  });
});
