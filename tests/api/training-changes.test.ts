import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { createTeam } from '../harness/complaints';
import { createMaterial } from '../harness/training-fixtures';

const BASE = '/api/training-materials';
const MATERIAL = 'api::training-material.training-material';

/** Training changes that matter: minor vs major publishes, audiences narrower than a role, quizzes, Thai order. */
describe('training changes', () => {
  let app: TestApp;
  let staff: TestUser;
  const docs = () => app.strapi.documents(MATERIAL as any) as any;
  const get = (path: string, user?: TestUser) => (user ? app.http().get(path).set('Authorization', user.auth) : app.http().get(path));
  const post = (path: string, user: TestUser | undefined, body?: object) =>
    (user ? app.http().post(path).set('Authorization', user.auth) : app.http().post(path)).send(body);
  const required = async (user: TestUser) =>
    (await get(`${BASE}/my-required`, user).expect(200)).body.data.map((m: { slug: string }) => m.slug);

  beforeAll(async () => {
    app = await bootStrapi();
    staff = await createUser(app.strapi, 'authenticated');
  });
  afterAll(async () => {
    await app?.close();
  });

  describe('minor and major publishes', () => {
    let id: string;
    beforeAll(async () => {
      id = await createMaterial(app.strapi, {
        slug: 'safety-rule',
        requiredFor: ['authenticated'],
        th: { title: 'ระเบียบความปลอดภัย', summary: 'ฉบับแรก' },
        en: { title: 'Safety rule', summary: 'First' },
      });
    });

    it('keeps acknowledgements valid after a publish marked minor, and asks again after one that is not', async () => {
      expect(await required(staff)).toEqual(['safety-rule']);
      await post(`${BASE}/${id}/acknowledge`, staff).expect(201);
      expect(await required(staff)).toEqual([]);

      // a typo fix, ticked "minor change": nobody is asked again, and the tick does not stick
      await docs().update({ documentId: id, locale: 'th', data: { summary: 'ฉบับแรก (แก้คำผิด)', minorChange: true } });
      await docs().publish({ documentId: id, locale: '*' });
      const minor = await get(`${BASE}/safety-rule`, staff).expect(200);
      expect(minor.body.data).toMatchObject({ summary: 'ฉบับแรก (แก้คำผิด)', version: 1 });
      expect(minor.body.meta.acknowledgement).toMatchObject({ version: 1 });
      expect(await required(staff)).toEqual([]);
      const draft = await docs().findOne({ documentId: id, locale: 'th', status: 'draft' });
      expect(draft).toMatchObject({ minorChange: false, version: 1 });

      // a change that matters, published the way the admin panel does it: Thai first, then English
      await docs().update({ documentId: id, locale: 'th', data: { summary: 'ฉบับที่สอง เพิ่มหน้าที่ใหม่' } });
      await docs().update({ documentId: id, locale: 'en', data: { summary: 'Second, with a new duty' } });
      await docs().publish({ documentId: id, locale: 'th' });
      await docs().publish({ documentId: id, locale: 'en' });
      const major = await get(`${BASE}/safety-rule`, staff).expect(200);
      expect(major.body.data).toMatchObject({ version: 2 });
      expect(major.body.meta.acknowledgement).toBeNull();
      expect((await get(`${BASE}/safety-rule?locale=en`, staff).expect(200)).body.data).toMatchObject({ version: 2 });
      const again = (await get(`${BASE}/my-required`, staff).expect(200)).body.data;
      expect(
        again.map((m: { slug: string; version: number; acknowledgedVersion: number }) => [m.slug, m.version, m.acknowledgedVersion]),
      ).toEqual([['safety-rule', 2, 1]]);
    });
  });

  describe('audience: role × agency and province, with a due date', () => {
    it('asks only the users of the role in the agencies and provinces named', async () => {
      const agencies = Object.fromEntries(
        (await app.strapi.db.query('api::agency.agency').findMany({ where: { code: { $in: ['DIW', 'TISI'] } } })).map((a: any) => [
          a.code,
          a,
        ]),
      );
      const officerOf = async (code: string) => {
        const u = await createUser(app.strapi, 'agency-officer');
        const a = await app.strapi.db.query('api::agency.agency').findOne({ where: { code }, populate: ['reportingOfficers'] });
        await app.strapi
          .documents('api::agency.agency')
          .update({ documentId: a.documentId, data: { reportingOfficers: [...a.reportingOfficers.map((o: any) => o.id), u.id] } as any });
        return u;
      };
      const diw = await officerOf('DIW');
      const tisi = await officerOf('TISI');
      const rayong = await app.strapi.db.query('api::province.province').findOne({ where: { code: 'TH-21' } });
      const chiangMai = await app.strapi.db.query('api::province.province').findOne({ where: { code: 'TH-50' } });
      const inRayong = await createUser(app.strapi, 'response-team-member');
      const inChiangMai = await createUser(app.strapi, 'response-team-member');
      const teamR = await createTeam(app.strapi, 'team-rayong', [inRayong]);
      const teamC = await createTeam(app.strapi, 'team-chiangmai', [inChiangMai]);
      await app.strapi
        .documents('api::response-team.response-team')
        .update({ documentId: teamR.documentId, data: { provinces: [rayong.id] } as any });
      await app.strapi
        .documents('api::response-team.response-team')
        .update({ documentId: teamC.documentId, data: { provinces: [chiangMai.id] } as any });

      const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      const diwOnly = await createMaterial(app.strapi, {
        slug: 'diw-circular',
        requiredFor: ['agency-officer', 'response-team-member'],
        th: { title: 'หนังสือเวียนกรมโรงงาน' },
      });
      await docs().update({
        documentId: diwOnly,
        locale: 'th',
        data: { requiredForAgencies: [agencies.DIW.documentId], requiredDueDate: due },
      });
      await docs().publish({ documentId: diwOnly, locale: '*' });

      // the roles, narrowed to DIW: its officers; not another agency's, not a team member (in no agency)
      expect(await required(diw)).toEqual(['diw-circular']);
      expect(await required(tisi)).toEqual([]);
      expect(await required(staff)).not.toContain('diw-circular');
      expect(await required(inRayong)).toEqual([]);
      expect(await required(inChiangMai)).toEqual([]);
      const row = (await get(`${BASE}/my-required`, diw).expect(200)).body.data[0];
      expect(row.requiredDueDate).toBe(due);

      // the rate counts the same audience
      const rates = await (app.strapi.service(MATERIAL as any) as any).acknowledgementRates({ page: 1, pageSize: 100 });
      const rate = rates.results.find((r: { slug: string }) => r.slug === 'diw-circular');
      expect(rate).toMatchObject({ requiredUsers: 1, acknowledged: 0, requiredDueDate: due });
      expect(rate.requiredInAgencies.map((a: { code: string }) => a.code)).toEqual(['DIW']);

      // narrowed to a province instead: the members of teams covering Rayong (agency officers are in no team)
      await docs().update({
        documentId: diwOnly,
        locale: 'th',
        data: { requiredForAgencies: [], requiredForProvinces: [rayong.documentId], minorChange: true },
      });
      await docs().publish({ documentId: diwOnly, locale: '*' });
      expect(await required(inRayong)).toEqual(['diw-circular']);
      expect(await required(inChiangMai)).toEqual([]);
      expect(await required(diw)).toEqual([]);
      // both named: only who is in both (nobody here)
      await docs().update({
        documentId: diwOnly,
        locale: 'th',
        data: { requiredForAgencies: [agencies.DIW.documentId], minorChange: true },
      });
      await docs().publish({ documentId: diwOnly, locale: '*' });
      expect(await required(inRayong)).toEqual([]);
      expect(await required(diw)).toEqual([]);
    });
  });

  describe('quiz', () => {
    let id: string;
    const RIGHT = [[1], [0, 2]];
    beforeAll(async () => {
      id = await createMaterial(
        app.strapi,
        { slug: 'quiz-material', requiredFor: ['authenticated'], th: { title: 'แบบทดสอบความปลอดภัยหม้อไอน้ำ' } },
        { publish: false },
      );
      await docs().update({
        documentId: id,
        locale: 'th',
        data: {
          quizPassPercent: 100,
          quiz: [
            {
              prompt: 'ต้องตรวจหม้อไอน้ำปีละกี่ครั้ง',
              choices: [
                { label: 'ไม่ต้องตรวจ', correct: false },
                { label: 'อย่างน้อยปีละครั้ง', correct: true },
              ],
            },
            {
              prompt: 'ข้อใดเป็นอุปกรณ์นิรภัย',
              choices: [
                { label: 'ลิ้นนิรภัย', correct: true },
                { label: 'ป้ายชื่อ', correct: false },
                { label: 'เกจวัดความดัน', correct: true },
              ],
            },
          ],
        },
      });
      await docs().publish({ documentId: id, locale: '*' });
    });

    it('shows readers the questions, never which choice is right, whatever they ask for', async () => {
      const one = await get(`${BASE}/quiz-material`, staff).expect(200);
      expect(one.body.meta.quiz).toEqual({
        passPercent: 100,
        questions: [
          { prompt: 'ต้องตรวจหม้อไอน้ำปีละกี่ครั้ง', choices: ['ไม่ต้องตรวจ', 'อย่างน้อยปีละครั้ง'], multiple: false },
          { prompt: 'ข้อใดเป็นอุปกรณ์นิรภัย', choices: ['ลิ้นนิรภัย', 'ป้ายชื่อ', 'เกจวัดความดัน'], multiple: true },
        ],
      });
      expect(one.body.meta.quizPassed).toBe(false);
      for (const url of [
        `${BASE}/quiz-material?populate=*`,
        `${BASE}/quiz-material?populate[quiz][populate]=*`,
        `${BASE}?populate[quiz][populate][choices]=*&filters[slug][$eq]=quiz-material`,
        `${BASE}?populate[quiz][populate][choices][fields][0]=correct&filters[slug][$eq]=quiz-material`,
      ]) {
        const res = await get(url, staff);
        expect({ url, status: res.status < 500 }).toEqual({ url, status: true });
        expect(JSON.stringify(res.body)).not.toMatch(/"correct":/);
      }
      // filtering on the answers is no way round either
      const probe = await get(`${BASE}?filters[quiz][choices][correct][$eq]=true&filters[slug][$eq]=quiz-material`, staff);
      expect(probe.status).toBeGreaterThanOrEqual(400);
      expect(probe.status).toBeLessThan(500);
    });

    it('refuses the acknowledgement until an attempt passes; grades on the server and records each attempt', async () => {
      const reader = await createUser(app.strapi, 'authenticated');
      await post(`${BASE}/${id}/acknowledge`, reader).expect(409);

      const bad = await post(`${BASE}/${id}/quiz-attempts`, reader, { answers: [[1]] }).expect(400);
      expect(bad.body.error.message).toMatch(/answers/);
      const outOfRange = await post(`${BASE}/${id}/quiz-attempts`, reader, { answers: [[1], [0, 7]] }).expect(400);
      expect(outOfRange.body.error.message).toMatch(/answers\[1\]\[1\]/);

      const failed = await post(`${BASE}/${id}/quiz-attempts`, reader, { answers: [[1], [0]] }).expect(201);
      expect(failed.body.data).toMatchObject({
        correctCount: 1,
        questionCount: 2,
        percent: 50,
        passed: false,
        passPercent: 100,
        version: 1,
      });
      expect(JSON.stringify(failed.body)).not.toMatch(/"correct":/);
      await post(`${BASE}/${id}/acknowledge`, reader).expect(409);

      const passed = await post(`${BASE}/${id}/quiz-attempts`, reader, { answers: RIGHT }).expect(201);
      expect(passed.body.data).toMatchObject({ correctCount: 2, percent: 100, passed: true });
      expect((await get(`${BASE}/quiz-material`, reader).expect(200)).body.meta.quizPassed).toBe(true);
      await post(`${BASE}/${id}/acknowledge`, reader).expect(201);

      const attempts = await app.strapi.db
        .query('api::training-quiz-attempt.training-quiz-attempt')
        .findMany({ where: { user: { id: reader.id } }, orderBy: { id: 'asc' } });
      expect(attempts.map((a: any) => [a.passed, a.correctCount, a.answers])).toEqual([
        [false, 1, [[1], [0]]],
        [true, 2, RIGHT],
      ]);
      // without login: no quiz, no attempt
      await post(`${BASE}/${id}/quiz-attempts`, undefined, { answers: RIGHT }).expect((r) => expect([401, 403]).toContain(r.status));
      // a material without a quiz
      await post(`${BASE}/safety-rule/quiz-attempts`, reader, { answers: [] }).expect(409);
    });
  });

  describe('Thai dictionary order', () => {
    const TITLES = [
      'ไฟฟ้าโรงงาน',
      'เครื่องจักร',
      'แรงงานในโรงงาน',
      'โรงงานจำพวกที่ 3',
      'ใบอนุญาต',
      'กฎกระทรวง',
      'ความปลอดภัย',
      'ฮอร์โมน',
      'ขยะอุตสาหกรรม',
    ];
    // what a Thai dictionary does: the leading vowels (เ แ โ ใ ไ) are passed over for the first comparison
    const EXPECTED = [
      'กฎกระทรวง',
      'ขยะอุตสาหกรรม',
      'ความปลอดภัย',
      'เครื่องจักร',
      'ใบอนุญาต',
      'ไฟฟ้าโรงงาน',
      'แรงงานในโรงงาน',
      'โรงงานจำพวกที่ 3',
      'ฮอร์โมน',
    ];
    beforeAll(async () => {
      for (const [i, title] of TITLES.entries()) {
        await createMaterial(app.strapi, { slug: `order-${i}`, isPublic: true, th: { title } });
      }
    });

    it('sorts titles as a dictionary does, page by page, both ways', async () => {
      expect([...TITLES].sort(new Intl.Collator('th').compare)).toEqual(EXPECTED);
      const pages: string[] = [];
      for (let page = 1; page <= 3; page++) {
        const res = await get(
          `${BASE}?filters[slug][$startsWith]=order-&sort=title:asc&pagination[page]=${page}&pagination[pageSize]=4`,
        ).expect(200);
        expect(res.body.meta.pagination).toEqual({ page, pageSize: 4, pageCount: 3, total: 9 });
        pages.push(...res.body.data.map((m: { title: string }) => m.title));
      }
      expect(pages).toEqual(EXPECTED);
      const desc = await get(`${BASE}?filters[slug][$startsWith]=order-&sort[0]=title:desc&pagination[start]=0&pagination[limit]=3`).expect(
        200,
      );
      expect(desc.body.data.map((m: { title: string }) => m.title)).toEqual([...EXPECTED].reverse().slice(0, 3));
      expect(desc.body.meta.pagination).toMatchObject({ start: 0, limit: 3, total: 9 });
    });
  });
});
