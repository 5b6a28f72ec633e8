import fs from 'fs';
import os from 'os';
import path from 'path';
import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { createFund, createMaterial, createTopic, editDraft, publishNewVersion } from '../harness/training-fixtures';
import { setupTraining } from '../../src/lib/training/setup';
import { pgSearchText } from '../../src/lib/training/search-index';
import { TRAINING_EDITOR_CODE, trainingEditorRole } from '../../src/lib/training/manifest';
import { ensureAdminRole } from '../../src/lib/platform/admin-roles';

const BASE = '/api/training-materials';

describe('training materials', () => {
  let app: TestApp;
  let staff: TestUser;
  let officer: TestUser;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    app = await bootStrapi();
    const s = app.strapi;
    await createTopic(s, 'factory-law', 'กฎหมายโรงงาน', 'Factory law');
    await createTopic(s, 'environment', 'สิ่งแวดล้อม', 'Environment');
    await createFund(s, 'sme-fund', 'กองทุนพัฒนาเอสเอ็มอี', 'SME Development Fund');
    id.factoryAct = await createMaterial(s, {
      slug: 'factory-act',
      kind: 'law',
      topics: ['factory-law'],
      effectiveDate: '1992-04-09',
      isPublic: true,
      requiredFor: ['authenticated'],
      th: {
        title: 'พระราชบัญญัติโรงงาน พ.ศ. 2535',
        summary: 'กฎหมายหลักว่าด้วยการตั้งและประกอบกิจการโรงงาน',
        body: '# หมวด 1\n\nผู้ใดจะประกอบกิจการโรงงานจำพวกที่ 3 ต้องได้รับใบอนุญาตประกอบกิจการโรงงานก่อน',
      },
      en: {
        title: 'Factory Act B.E. 2535 (1992)',
        summary: 'The main law on establishing and operating factories.',
        body: 'Whoever operates a category 3 factory needs a factory operation licence first.',
      },
    });
    id.envAct = await createMaterial(s, {
      slug: 'environment-act',
      kind: 'law',
      topics: ['environment', 'factory-law'],
      effectiveDate: '1992-04-04',
      th: {
        title: 'พระราชบัญญัติส่งเสริมและรักษาคุณภาพสิ่งแวดล้อมแห่งชาติ พ.ศ. 2535',
        summary: 'มาตรฐานควบคุมการปล่อยน้ำเสียและอากาศเสียจากโรงงาน',
        body: 'โรงงานต้องมีระบบบำบัดน้ำเสีย',
      },
      en: { title: 'Enhancement and Conservation of National Environmental Quality Act', summary: 'Emission standards for factories.' },
    });
    id.smeMeasure = await createMaterial(s, {
      slug: 'sme-revolving-loan',
      kind: 'fund_measure',
      fund: 'sme-fund',
      effectiveDate: '2023-10-01',
      requiredFor: ['complaint-officer'],
      th: { title: 'มาตรการสินเชื่อหมุนเวียนเพื่อเอสเอ็มอี', summary: 'เงินกู้ดอกเบี้ยต่ำสำหรับผู้ประกอบการ' },
      en: { title: 'SME revolving loan measure', summary: 'Low-interest loans for entrepreneurs.' },
    });
    id.draftOnly = await createMaterial(
      s,
      { slug: 'draft-only', th: { title: 'ร่างระเบียบลับเฉพาะ', summary: 'ยังไม่เผยแพร่ โรงงาน' }, requiredFor: ['authenticated'] },
      { publish: false },
    );
    for (let i = 1; i <= 5; i++) {
      id[`guide${i}`] = await createMaterial(s, {
        slug: `guide-${i}`,
        kind: 'guideline',
        effectiveDate: `2020-0${i}-01`,
        th: { title: `คู่มือการตรวจโรงงาน ตอนที่ ${i}`, summary: 'แนวทางการตรวจ' },
        en: i === 3 ? undefined : { title: `Factory inspection guide part ${i}`, summary: 'How to inspect' },
      });
    }
    staff = await createUser(s, 'authenticated');
    officer = await createUser(s, 'complaint-officer');
  });
  afterAll(async () => {
    await app?.close();
  });

  const get = (path: string, user?: TestUser) => {
    const r = app.http().get(path);
    return user ? r.set('Authorization', user.auth) : r;
  };
  const ack = (idOrSlug: string, user?: TestUser) => {
    const r = app.http().post(`${BASE}/${idOrSlug}/acknowledge`);
    return user ? r.set('Authorization', user.auth) : r;
  };
  const titles = (res: { body: { data: { title: string }[] } }) => res.body.data.map((m) => m.title);

  describe('setup at bootstrap', () => {
    it('has Thai as the default locale, and English', async () => {
      const locales = app.strapi.plugin('i18n').service('locales');
      expect(await locales.getDefaultLocale()).toBe('th');
      expect(await locales.findByCode('en')).toBeTruthy();
    });

    it('creates the training editor admin role once, limited to the training types', async () => {
      const role = await app.strapi.db.query('admin::role').findOne({
        where: { code: TRAINING_EDITOR_CODE },
        populate: ['permissions'],
      });
      expect(role).toBeTruthy();
      const subjects = new Set(role.permissions.map((p: { subject: string | null }) => p.subject).filter(Boolean));
      expect([...subjects].sort()).toEqual(
        [
          'plugin::users-permissions.role',
          'api::fund.fund',
          'api::topic.topic',
          'api::training-acknowledgement.training-acknowledgement',
          'api::training-material.training-material',
          'api::training-quiz-attempt.training-quiz-attempt',
        ].sort(),
      );
      const actionsOn = (subject: string) =>
        role.permissions.filter((p: { subject: string }) => p.subject === subject).map((p: { action: string }) => p.action);
      expect(actionsOn('api::training-material.training-material')).toEqual(
        expect.arrayContaining(['plugin::content-manager.explorer.publish', 'plugin::content-manager.explorer.update']),
      );
      expect(actionsOn('api::training-acknowledgement.training-acknowledgement')).toEqual(['plugin::content-manager.explorer.read']);
      // only the role names, for the "required for roles" picker
      expect(actionsOn('plugin::users-permissions.role')).toEqual(['plugin::content-manager.explorer.read']);
      const again = await setupTraining(app.strapi);
      expect(again.locales).toEqual([]);
      expect(await ensureAdminRole(app.strapi, trainingEditorRole)).toEqual({ created: false, added: 0 });
      expect(await app.strapi.db.query('admin::role').count({ where: { code: TRAINING_EDITOR_CODE } })).toBe(1);
    });
  });

  describe('search', () => {
    it('finds a Thai substring in the middle of a word, and says where it matched', async () => {
      // "ประกอบกิจ" sits inside "ใบอนุญาตประกอบกิจการโรงงาน", with no spaces around it
      const res = await get(`${BASE}/search?q=${encodeURIComponent('อนุญาตประกอบกิ')}`, staff).expect(200);
      expect(titles(res)).toEqual(['พระราชบัญญัติโรงงาน พ.ศ. 2535']);
      const { match } = res.body.data[0];
      expect(match.field).toBe('body');
      expect(match.excerpt.slice(match.start, match.start + match.length)).toBe('อนุญาตประกอบกิ');
      expect(res.body.data[0]).not.toHaveProperty('body');
    });

    it('finds a Thai word in titles and summaries, in the default (Thai) locale', async () => {
      const res = await get(`${BASE}/search?q=${encodeURIComponent('น้ำเสีย')}`, staff).expect(200);
      expect(titles(res)).toEqual(['พระราชบัญญัติส่งเสริมและรักษาคุณภาพสิ่งแวดล้อมแห่งชาติ พ.ศ. 2535']);
      expect(res.body.data[0].match.field).toBe('summary');
      expect(res.body.meta.locale).toBe('th');
    });

    it('finds English text case-insensitively in the English locale; every term must match', async () => {
      const res = await get(`${BASE}/search?q=LICENCE&locale=en`, staff).expect(200);
      expect(titles(res)).toEqual(['Factory Act B.E. 2535 (1992)']);
      expect(res.body.data[0].match).toMatchObject({ field: 'body' });
      const two = await get(`${BASE}/search?q=factor%20emission&locale=en`, staff).expect(200);
      expect(titles(two)).toEqual(['Enhancement and Conservation of National Environmental Quality Act']);
    });

    it('treats LIKE wildcards in q literally', async () => {
      const res = await get(`${BASE}/search?q=${encodeURIComponent('%')}`, staff).expect(200);
      expect(res.body.data).toEqual([]);
    });

    it('filters by kind, topic and fund', async () => {
      const q = encodeURIComponent('โรงงาน');
      const byKind = await get(`${BASE}/search?q=${q}&kind=guideline`, staff).expect(200);
      expect(byKind.body.meta.pagination.total).toBe(5);
      const byTopic = await get(`${BASE}/search?q=${encodeURIComponent('พระราชบัญญัติ')}&topic=environment`, staff).expect(200);
      expect(titles(byTopic)).toEqual(['พระราชบัญญัติส่งเสริมและรักษาคุณภาพสิ่งแวดล้อมแห่งชาติ พ.ศ. 2535']);
      const byFund = await get(`${BASE}/search?q=${encodeURIComponent('สินเชื่อ')}&fund=sme-fund`, staff).expect(200);
      expect(titles(byFund)).toEqual(['มาตรการสินเชื่อหมุนเวียนเพื่อเอสเอ็มอี']);
      const otherFund = await get(`${BASE}/search?q=${encodeURIComponent('สินเชื่อ')}&fund=other-fund`, staff).expect(200);
      expect(otherFund.body.data).toEqual([]);
    });

    it("answers a search page's rows as the query layer reads them: the list's fields, the topics in their order, the fund", async () => {
      for (const q of ['พระราชบัญญัติ', 'สินเชื่อ']) {
        const res = await get(`${BASE}/search?q=${encodeURIComponent(q)}`, staff).expect(200);
        const rows = (res.body.data as Array<Record<string, unknown>>).map(({ match: _match, ...row }) => row);
        expect(rows.length).toBeGreaterThan(0);
        const ids = rows.map((r) => r.id as number);
        const fields = Object.keys(rows[0]).filter((k) => k !== 'topics' && k !== 'fund');
        const relation = { select: ['id', 'documentId', 'slug', 'nameTh', 'nameEn'] };
        const read = await app.strapi.db
          .query('api::training-material.training-material')
          .findMany({ where: { id: { $in: ids } }, select: fields, populate: { topics: relation, fund: relation } });
        const byId = new Map(read.map((r: { id: number }) => [r.id, r]));
        expect(rows).toEqual(JSON.parse(JSON.stringify(ids.map((i) => byId.get(i)))));
      }
      const env = await get(`${BASE}/search?q=${encodeURIComponent('สิ่งแวดล้อมแห่งชาติ')}`, staff).expect(200);
      expect(env.body.data[0].topics.map((t: { slug: string }) => t.slug)).toEqual(['environment', 'factory-law']);
      const sme = await get(`${BASE}/search?q=${encodeURIComponent('สินเชื่อ')}`, staff).expect(200);
      expect(sme.body.data[0].fund).toMatchObject({ slug: 'sme-fund', nameTh: 'กองทุนพัฒนาเอสเอ็มอี' });
    });

    it('paginates and sorts', async () => {
      const q = encodeURIComponent('คู่มือการตรวจ');
      const p1 = await get(`${BASE}/search?q=${q}&pageSize=2&sort=effectiveDate:asc`, staff).expect(200);
      expect(p1.body.meta.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 3, total: 5 });
      expect(titles(p1)).toEqual(['คู่มือการตรวจโรงงาน ตอนที่ 1', 'คู่มือการตรวจโรงงาน ตอนที่ 2']);
      const p3 = await get(`${BASE}/search?q=${q}&pageSize=2&page=3&sort=effectiveDate:asc`, staff).expect(200);
      expect(titles(p3)).toEqual(['คู่มือการตรวจโรงงาน ตอนที่ 5']);
      const desc = await get(`${BASE}/search?q=${q}&pageSize=1&sort=title:desc`, staff).expect(200);
      expect(titles(desc)).toEqual(['คู่มือการตรวจโรงงาน ตอนที่ 5']);
    });

    it.each([
      ['q=', 'q'],
      ['q=%20%20', 'q'],
      [`q=${'ก'.repeat(101)}`, 'q'],
      ['q=a&q=b', 'q'],
      ['q=law&kind=statute', 'kind'],
      ['q=law&topic=Not%20A%20Slug', 'topic'],
      ['q=law&page=0', 'page'],
      ['q=law&pageSize=abc', 'pageSize'],
      ['q=law&sort=createdAt:asc', 'sort'],
      ['q=law&locale=xx', 'locale'],
    ])('answers 400 naming the field for %s', async (query, field) => {
      const res = await get(`${BASE}/search?${query}`, staff).expect(400);
      expect(res.body.error.message).toMatch(new RegExp(`^${field}\\b`));
    });
  });

  describe('drafts', () => {
    it('never shows a material that was never published', async () => {
      const q = encodeURIComponent('ร่างระเบียบ');
      expect((await get(`${BASE}/search?q=${q}`, staff).expect(200)).body.data).toEqual([]);
      await get(`${BASE}/${id.draftOnly}`, staff).expect(404);
      await get(`${BASE}/draft-only?status=draft`, staff).expect(404);
      const list = await get(`${BASE}?status=draft&pagination[pageSize]=100`, staff).expect(200);
      expect(list.body.data.map((m: { slug: string }) => m.slug)).not.toContain('draft-only');
      const mine = await get(`${BASE}/my-required`, staff).expect(200);
      expect(mine.body.data.map((m: { slug: string }) => m.slug)).not.toContain('draft-only');
    });

    it('shows the published text while an edited draft waits', async () => {
      await editDraft(app.strapi, id.guide1, { title: 'คู่มือฉบับร่างที่ยังไม่เผยแพร่' });
      const one = await get(`${BASE}/${id.guide1}?status=draft`, staff).expect(200);
      expect(one.body.data.title).toBe('คู่มือการตรวจโรงงาน ตอนที่ 1');
      const q = encodeURIComponent('ฉบับร่างที่ยังไม่');
      expect((await get(`${BASE}/search?q=${q}`, staff).expect(200)).body.data).toEqual([]);
    });
  });

  describe('browsing and locales', () => {
    it('lists published materials filtered by kind and sorted by effective date', async () => {
      const res = await get(`${BASE}?filters[kind][$eq]=law&sort=effectiveDate:desc`, staff).expect(200);
      expect(res.body.data.map((m: { slug: string }) => m.slug)).toEqual(['factory-act', 'environment-act']);
    });

    it('reads one material by documentId or slug, in Thai by default and in English on request', async () => {
      const th = await get(`${BASE}/factory-act?populate=*`, staff).expect(200);
      expect(th.body.data).toMatchObject({ title: 'พระราชบัญญัติโรงงาน พ.ศ. 2535', locale: 'th', version: 1 });
      expect(th.body.data.body).toMatch(/ใบอนุญาตประกอบกิจการโรงงาน/);
      expect(th.body.data.topics.map((t: { slug: string }) => t.slug)).toEqual(['factory-law']);
      const en = await get(`${BASE}/${id.factoryAct}?locale=en`, staff).expect(200);
      expect(en.body.data).toMatchObject({ title: 'Factory Act B.E. 2535 (1992)', locale: 'en', documentId: id.factoryAct });
      // not translated: the Thai text, saying so
      const thaiOnly = await get(`${BASE}/guide-3?locale=en`, staff).expect(200);
      expect(thaiOnly.body.data).toMatchObject({ locale: 'th', title: 'คู่มือการตรวจโรงงาน ตอนที่ 3' });
      const list = await get(`${BASE}?locale=en&filters[kind][$eq]=fund_measure`, staff).expect(200);
      expect(list.body.data.map((m: { title: string }) => m.title)).toEqual(['SME revolving loan measure']);
    });

    it('answers 404 for an unknown material and 400 naming the field for bad parameters', async () => {
      await get(`${BASE}/no-such-material`, staff).expect(404);
      for (const path of [
        `${BASE}/factory-act?locale=xx`,
        `${BASE}?locale=xx`,
        `${BASE}/my-required?locale=xx`,
        `${BASE}/my-required?locale[]=th`,
      ]) {
        const res = await get(path, staff).expect(400);
        expect(res.body.error.message).toMatch(/^locale\b/);
      }
      const sort = await get(`${BASE}?sort=nope`, staff).expect(400);
      expect(sort.body.error.details).toMatchObject({ key: 'nope', param: 'sort' });
      const hidden = await get(`${BASE}?filters[requiredForRoles][type][$eq]=public`).expect(400);
      expect(hidden.body.error.details).toMatchObject({ key: 'requiredForRoles' });
    });
  });

  describe('attachments and shared fields', () => {
    it('gives staff the attachments to download, and never the roles a material is required for', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mind-attach-'));
      const file = path.join(dir, 'effluent-standards.txt');
      fs.writeFileSync(file, 'ค่ามาตรฐานน้ำทิ้ง BOD 20 mg/l');
      const [uploaded] = await app.strapi
        .plugin('upload')
        .service('upload')
        .upload({
          data: {},
          files: { filepath: file, originalFilename: 'effluent-standards.txt', mimetype: 'text/plain', size: fs.statSync(file).size },
        });
      const docs = app.strapi.documents('api::training-material.training-material' as any) as any;
      await docs.update({ documentId: id.envAct, locale: 'th', data: { attachments: [uploaded.id], minorChange: true } });
      await docs.publish({ documentId: id.envAct, locale: '*' });
      fs.rmSync(dir, { recursive: true, force: true });

      const res = await get(`${BASE}/environment-act?populate=*`, staff).expect(200);
      expect(res.body.data.attachments.map((a: { name: string }) => a.name)).toEqual(['effluent-standards.txt']);
      expect(res.body.data).not.toHaveProperty('requiredForRoles');
      const download = await app.http().get(res.body.data.attachments[0].url).expect(200);
      expect(download.text).toBe('ค่ามาตรฐานน้ำทิ้ง BOD 20 mg/l');
      // shared across locales
      const en = await get(`${BASE}/environment-act?locale=en&populate[attachments]=true`, staff).expect(200);
      expect(en.body.data.attachments).toHaveLength(1);
    });

    it('refuses a second material with the same slug', async () => {
      await expect(createMaterial(app.strapi, { slug: 'factory-act', th: { title: 'ซ้ำ' } })).rejects.toThrow(/unique/i);
    });
  });

  describe('required reading and acknowledgement', () => {
    it('lists what the caller still has to read, acknowledges idempotently, and asks again after a new version', async () => {
      const before = await get(`${BASE}/my-required`, staff).expect(200);
      expect(before.body.data.map((m: { slug: string }) => m.slug)).toEqual(['factory-act']);
      expect(before.body.data[0].acknowledgedVersion).toBeNull();

      const first = await ack(id.factoryAct, staff).expect(201);
      expect(first.body.data).toMatchObject({ documentId: id.factoryAct, version: 1 });
      const second = await ack('factory-act', staff).expect(200);
      expect(second.body.data.acknowledgedAt).toBe(first.body.data.acknowledgedAt);
      const count = await app.strapi.db
        .query('api::training-acknowledgement.training-acknowledgement')
        .count({ where: { user: { id: staff.id } } });
      expect(count).toBe(1);

      const after = await get(`${BASE}/my-required`, staff).expect(200);
      expect(after.body.data).toEqual([]);
      expect(after.body.meta).toMatchObject({ total: 0, requiredTotal: 1 });
      const one = await get(`${BASE}/factory-act`, staff).expect(200);
      expect(one.body.meta.acknowledgement).toMatchObject({ version: 1 });

      const v2 = await publishNewVersion(app.strapi, id.factoryAct, { summary: 'ฉบับแก้ไขเพิ่มเติม' });
      expect(v2).toBe(2);
      const again = await get(`${BASE}/my-required`, staff).expect(200);
      expect(
        again.body.data.map((m: { slug: string; version: number; acknowledgedVersion: number }) => [
          m.slug,
          m.version,
          m.acknowledgedVersion,
        ]),
      ).toEqual([['factory-act', 2, 1]]);
      expect((await get(`${BASE}/factory-act`, staff).expect(200)).body.meta.acknowledgement).toBeNull();
      const third = await ack(id.factoryAct, staff).expect(201);
      expect(third.body.data.version).toBe(2);
      expect((await get(`${BASE}/my-required`, staff).expect(200)).body.data).toEqual([]);
    });

    it('records one acknowledgement when the same request arrives many times at once', async () => {
      const someone = await createUser(app.strapi, 'authenticated');
      const answers = await Promise.all(Array.from({ length: 6 }, () => ack('environment-act', someone)));
      expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
      expect(new Set(answers.map((r) => r.body.data.acknowledgedAt)).size).toBe(1);
      const rows = await app.strapi.db
        .query('api::training-acknowledgement.training-acknowledgement')
        .count({ where: { user: { id: someone.id } } });
      expect(rows).toBe(1);
      // the database itself refuses a second row for the same user × material × version
      const acks = app.strapi.db.query('api::training-acknowledgement.training-acknowledgement');
      const [row] = await acks.findMany({ where: { user: { id: someone.id } } });
      expect(row.key).toBe(`${someone.id}:${id.envAct}:1`);
      // (matched on the message: when jest runs several files in one worker, better-sqlite3's errors come
      // from the first file's realm and are not `instanceof Error` here, so `toThrow()` would not see them)
      await expect(
        acks.create({ data: { key: row.key, user: someone.id, materialDocumentId: 'x', version: 1, acknowledgedAt: new Date() } }),
      ).rejects.toHaveProperty('message', expect.stringMatching(/unique|duplicate key/i));
    });

    it("lists each role's own required materials", async () => {
      const res = await get(`${BASE}/my-required?locale=en`, officer).expect(200);
      expect(res.body.data.map((m: { title: string }) => m.title)).toEqual(['SME revolving loan measure']);
    });

    it('cannot acknowledge a draft or an unknown material', async () => {
      await ack(id.draftOnly, staff).expect(404);
      await ack('no-such-material', staff).expect(404);
    });
  });

  describe('role matrix', () => {
    it('shows citizens only materials marked public, and nothing else', async () => {
      const list = await get(`${BASE}?pagination[pageSize]=100`).expect(200);
      expect(list.body.data.map((m: { slug: string }) => m.slug)).toEqual(['factory-act']);
      const tried = await get(`${BASE}?filters[isPublic][$eq]=false`).expect(200);
      expect(tried.body.data).toEqual([]);
      await get(`${BASE}/factory-act`).expect(200);
      await get(`${BASE}/${id.envAct}`).expect(404);
      const search = await get(`${BASE}/search?q=${encodeURIComponent('พระราชบัญญัติ')}`).expect(200);
      expect(titles(search)).toEqual(['พระราชบัญญัติโรงงาน พ.ศ. 2535']);
      await get(`${BASE}/my-required`).expect(403);
      await ack(id.factoryAct).expect(403);
    });

    it('lets staff read every published material but not write or read acknowledgements through the API', async () => {
      const list = await get(`${BASE}?pagination[pageSize]=100`, staff).expect(200);
      expect(list.body.meta.pagination.total).toBe(8);
      await app
        .http()
        .post(BASE)
        .set('Authorization', staff.auth)
        .send({ data: { title: 'x', slug: 'x' } })
        .expect(403);
      await app
        .http()
        .put(`${BASE}/${id.envAct}`)
        .set('Authorization', staff.auth)
        .send({ data: { title: 'x' } })
        .expect(403);
      await app.http().delete(`${BASE}/${id.envAct}`).set('Authorization', staff.auth).expect(403);
      await get('/api/training-acknowledgements', staff).expect(403);
      await get('/api/training-acknowledgements').expect(403);
      await app
        .http()
        .post('/api/topics')
        .set('Authorization', staff.auth)
        .send({ data: { slug: 'x', nameTh: 'x', nameEn: 'x' } })
        .expect(403);
    });

    it('lets every staff role search and acknowledge', async () => {
      const res = await get(`${BASE}/search?q=SME&locale=en`, officer).expect(200);
      expect(titles(res)).toEqual(['SME revolving loan measure']);
      await ack('sme-revolving-loan', officer).expect(201);
    });

    it('lists topics and funds for the filters', async () => {
      const topics = await get('/api/topics?sort=slug').expect(200);
      expect(topics.body.data.map((t: { slug: string }) => t.slug)).toEqual(['environment', 'factory-law']);
      const funds = await get('/api/funds', staff).expect(200);
      expect(funds.body.data.map((f: { slug: string }) => f.slug)).toEqual(['sme-fund']);
    });
  });

  let editorJwt: string | undefined;
  /** Logs in an admin-panel user holding only the training editor role. */
  const editorToken = async (): Promise<string> => {
    if (editorJwt) return editorJwt;
    const editorRole = await (app.strapi.service('admin::role') as any).findOne({ code: TRAINING_EDITOR_CODE });
    await app.strapi.service('admin::user').create({
      email: 'editor@example.test',
      firstname: 'Training',
      lastname: 'Editor',
      password: 'Editor-passw0rd',
      isActive: true,
      registrationToken: null,
      roles: [editorRole.id],
    });
    const login = await app.http().post('/admin/login').send({ email: 'editor@example.test', password: 'Editor-passw0rd' }).expect(200);
    editorJwt = login.body.data.token as string;
    return editorJwt;
  };

  describe('the training editor admin role', () => {
    it('writes and publishes a material in the content manager, picks roles and topics, and reaches nothing else', async () => {
      const token = await editorToken();
      const cm = () => ({
        get: (p: string) => app.http().get(`/content-manager${p}`).set('Authorization', `Bearer ${token}`),
        post: (p: string) => app.http().post(`/content-manager${p}`).set('Authorization', `Bearer ${token}`),
      });
      const UID = 'api::training-material.training-material';
      const created = await cm()
        .post(`/collection-types/${UID}?locale=th`)
        .send({ title: 'แนวทางทดสอบของบรรณาธิการ', slug: 'editor-made', kind: 'guideline', version: 1, isPublic: false })
        .expect(201);
      const documentId = created.body.data.documentId;
      await get(`${BASE}/editor-made`, staff).expect(404);
      await cm().post(`/collection-types/${UID}/${documentId}/actions/publish?locale=th`).send({}).expect(200);
      const seen = await get(`${BASE}/editor-made`, staff).expect(200);
      expect(seen.body.data.title).toBe('แนวทางทดสอบของบรรณาธิการ');

      const roles = await cm().get(`/relations/${UID}/requiredForRoles?locale=th`).expect(200);
      expect(roles.body.results.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['Authenticated']));
      const topics = await cm().get(`/relations/${UID}/topics?locale=th`).expect(200);
      expect(topics.body.results.length).toBeGreaterThan(0);

      await cm().get('/collection-types/api::training-acknowledgement.training-acknowledgement').expect(200);
      await cm().post('/collection-types/api::training-acknowledgement.training-acknowledgement').send({}).expect(403);
      await cm().get('/collection-types/api::agency.agency').expect(403);
      await cm().get('/collection-types/plugin::users-permissions.user').expect(403);
    });
  });

  describe('acknowledgement rates for administrators', () => {
    it('reports, per material, how many of the users who must read it acknowledged the current version', async () => {
      const token = await editorToken();
      await createUser(app.strapi, 'authenticated'); // a newcomer who has not read anything
      const res = await app
        .http()
        .get('/admin/training/acknowledgement-rates?pageSize=100')
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
      const factory = res.body.data.find((m: { slug: string }) => m.slug === 'factory-act');
      // staff (acknowledged v2), the concurrent tester and the newcomer: 1 of 3
      expect(factory).toMatchObject({ version: 2, requiredUsers: 3, acknowledged: 1, rate: 0.333 });
      expect(factory.requiredFor.map((r: { type: string }) => r.type)).toEqual(['authenticated']);
      const guide = res.body.data.find((m: { slug: string }) => m.slug === 'guide-2');
      expect(guide).toMatchObject({ requiredUsers: 0, rate: null });
      await app.http().get('/admin/training/acknowledgement-rates').expect(401);
      await app.http().get('/admin/training/acknowledgement-rates').set('Authorization', staff.auth).expect(401);
    });
  });

  const onPostgres = process.env.TEST_DATABASE_URL ? it : it.skip;
  onPostgres('uses the trigram index for substring search on PostgreSQL', async () => {
    const knex = app.strapi.db.connection;
    await knex.transaction(async (trx) => {
      await trx.raw('SET LOCAL enable_seqscan = off');
      const plan = await trx.raw(`EXPLAIN SELECT id FROM training_materials t0 WHERE LOWER(CAST(t0.body AS VARCHAR)) LIKE LOWER(?)`, [
        '%ประกอบกิจการ%',
      ]);
      const text = plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
      expect(text).toMatch(/training_materials_body_trgm/);
      // the search's own condition: one LIKE a term on the three columns' text, under its one index
      const searched = pgSearchText((attribute) => `t0.${attribute}`);
      const own = await trx.raw(`EXPLAIN SELECT id FROM training_materials t0 WHERE ${searched} LIKE ?`, ['%ประกอบกิจการ%']);
      expect(own.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')).toMatch(/training_materials_text_trgm/);
    });
  });
});
