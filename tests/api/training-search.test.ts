import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser, TestUser } from '../harness/users';
import { createMaterial, editDraft } from '../harness/training-fixtures';
import { statementsOf } from '../harness/statements';

/**
 * Training search through the trigram index (FTS5 on SQLite, pg_trgm on PostgreSQL): short terms,
 * Thai substrings inside words, ranking, and a material changed in the Content Manager or through the
 * document service is found (or not) accordingly.
 */
const BASE = '/api/training-materials';
const MATERIAL = 'api::training-material.training-material';

describe('training search index', () => {
  let app: TestApp;
  let staff: TestUser;
  let adminToken: string;
  const id: Record<string, string> = {};

  const search = async (q: string, extra = '') => {
    const res = await app
      .http()
      .get(`${BASE}/search?q=${encodeURIComponent(q)}${extra}`)
      .set('Authorization', staff.auth)
      .expect(200);
    return res.body as { data: { title: string; match: { field: string; excerpt: string; start: number; length: number } }[]; meta: any };
  };
  const titles = (body: { data: { title: string }[] }) => body.data.map((m) => m.title);
  const cm = (method: 'post' | 'put' | 'delete', path: string, body?: object) => {
    const req = app.http()[method](`/content-manager/collection-types/${MATERIAL}/${path}`).set('Authorization', `Bearer ${adminToken}`);
    return body ? req.send(body) : req;
  };

  beforeAll(async () => {
    app = await bootStrapi();
    const s = app.strapi;
    staff = await createUser(s, 'authenticated');
    const role = await (s.service('admin::role') as any).getSuperAdmin();
    await s.service('admin::user').create({
      email: 'search.admin@example.test',
      firstname: 'Search',
      lastname: 'Admin',
      password: 'Search-passw0rd',
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    const login = await app
      .http()
      .post('/admin/login')
      .send({ email: 'search.admin@example.test', password: 'Search-passw0rd' })
      .expect(200);
    adminToken = login.body.data.token;

    // "วัตถุอันตราย" in the body of the older one and in the title of the newer-dated… and vice versa
    id.bodyHit = await createMaterial(s, {
      slug: 'body-hit',
      effectiveDate: '2024-01-01',
      th: { title: 'ประกาศกระทรวงเรื่องการเก็บรักษา', summary: 'สรุปย่อ', body: 'ผู้ประกอบการต้องเก็บวัตถุอันตรายในที่ปลอดภัย' },
    });
    id.titleHit = await createMaterial(s, {
      slug: 'title-hit',
      effectiveDate: '2000-01-01',
      th: { title: 'คู่มือวัตถุอันตรายสำหรับโรงงาน', summary: 'แนวทางปฏิบัติ', body: 'เนื้อหา' },
    });
    id.summaryHit = await createMaterial(s, {
      slug: 'summary-hit',
      effectiveDate: '2010-01-01',
      th: { title: 'ระเบียบว่าด้วยการขนส่ง', summary: 'การขนส่งวัตถุอันตรายทางถนน', body: 'ข้อ 1' },
    });
    id.fire = await createMaterial(s, {
      slug: 'fire',
      effectiveDate: '2015-01-01',
      th: { title: 'มาตรการป้องกันอัคคีภัย', summary: 'ระบบดับไฟในอาคารโรงงาน', body: 'ติดตั้งเครื่องดับเพลิง' },
      en: { title: 'Fire prevention', summary: 'Fire suppression', body: 'Install extinguishers (50% of floors).' },
    });
  }, 300_000); // boot, an admin and four materials in two locales: slow on a loaded machine

  afterAll(async () => {
    await app?.close();
  });

  it('ranks title hits first, then the requested sort', async () => {
    const res = await search('วัตถุอันตราย');
    expect(titles(res)).toEqual(['คู่มือวัตถุอันตรายสำหรับโรงงาน', 'ประกาศกระทรวงเรื่องการเก็บรักษา', 'ระเบียบว่าด้วยการขนส่ง']);
    expect(res.meta.pagination.total).toBe(3);
    expect(res.data.map((m) => m.match.field)).toEqual(['title', 'body', 'summary']);
    const asc = await search('วัตถุอันตราย', '&sort=effectiveDate:asc&pageSize=2&page=1');
    expect(titles(asc)).toEqual(['คู่มือวัตถุอันตรายสำหรับโรงงาน', 'ระเบียบว่าด้วยการขนส่ง']);
    expect(asc.meta.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 2, total: 3 });
  });

  it('finds a Thai substring that cuts through words, with the highlight on it', async () => {
    const res = await search('ถุอันตรา');
    expect(res.meta.pagination.total).toBe(3);
    for (const hit of res.data) expect(hit.match.excerpt.slice(hit.match.start, hit.match.start + hit.match.length)).toBe('ถุอันตรา');
  });

  it('finds terms of one and two characters, alone and with longer terms', async () => {
    expect(titles(await search('ไฟ'))).toEqual(['มาตรการป้องกันอัคคีภัย']);
    expect(titles(await search('ไฟ โรงงาน'))).toEqual(['มาตรการป้องกันอัคคีภัย']);
    expect(titles(await search('ขน วัตถุอันตราย'))).toEqual(['ระเบียบว่าด้วยการขนส่ง']);
    expect(titles(await search('50', '&locale=en'))).toEqual(['Fire prevention']);
    expect(titles(await search('%', '&locale=en'))).toEqual(['Fire prevention']);
    expect((await search('_', '&locale=en')).data).toEqual([]);
    expect(titles(await search('fIrE', '&locale=en'))).toEqual(['Fire prevention']);
  });

  it('searches the default locale when none is asked, following a change of the default; refuses an unknown locale', async () => {
    const locales = app.strapi.plugin('i18n').service('locales');
    expect((await search('Fire')).meta.locale).toBe('th');
    await locales.setDefaultLocale({ code: 'en' });
    try {
      const res = await search('Fire');
      expect(res.meta.locale).toBe('en');
      expect(titles(res)).toEqual(['Fire prevention']);
    } finally {
      await locales.setDefaultLocale({ code: 'th' });
    }
    expect((await search('Fire')).meta.locale).toBe('th');
    const unknown = await app.http().get(`${BASE}/search?q=Fire&locale=fr`).set('Authorization', staff.auth);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/^locale/);
  });

  it('follows edits, unpublishing, publishing and deletion in the Content Manager', async () => {
    await cm('put', `${id.fire}?locale=th`, { title: 'มาตรการป้องกันอัคคีภัยและสารเคมีรั่วไหล' }).expect(200);
    expect((await search('สารเคมีรั่ว')).data).toEqual([]); // a draft edit is not published yet
    await cm('post', `${id.fire}/actions/publish?locale=th`, {}).expect(200);
    expect(titles(await search('สารเคมีรั่ว'))).toEqual(['มาตรการป้องกันอัคคีภัยและสารเคมีรั่วไหล']);

    await cm('post', `${id.fire}/actions/unpublish?locale=th`, {}).expect(200);
    expect((await search('อัคคีภัย')).data).toEqual([]);
    expect(titles(await search('Fire', '&locale=en'))).toEqual(['Fire prevention']);

    await cm('delete', `${id.summaryHit}?locale=th`).expect(200);
    const afterDelete = await search('วัตถุอันตราย');
    expect(titles(afterDelete)).toEqual(['คู่มือวัตถุอันตรายสำหรับโรงงาน', 'ประกาศกระทรวงเรื่องการเก็บรักษา']);
    // the total, kept since the first search of this term, follows the deletion at once
    expect(afterDelete.meta.pagination.total).toBe(2);
  });

  it('follows the document service: a draft edit waits, publishing shows it, deleting removes it', async () => {
    await editDraft(app.strapi, id.bodyHit, { body: 'ข้อกำหนดการจัดเก็บสารไวไฟ' });
    expect(titles(await search('วัตถุอันตราย'))).toContain('ประกาศกระทรวงเรื่องการเก็บรักษา');
    const docs = app.strapi.documents(MATERIAL as any) as any;
    await docs.publish({ documentId: id.bodyHit, locale: 'th' });
    expect(titles(await search('วัตถุอันตราย'))).toEqual(['คู่มือวัตถุอันตรายสำหรับโรงงาน']);
    expect(titles(await search('สารไวไฟ'))).toEqual(['ประกาศกระทรวงเรื่องการเก็บรักษา']);
    await docs.delete({ documentId: id.titleHit, locale: '*' });
    const none = await search('วัตถุอันตราย');
    expect([none.data, none.meta.pagination.total]).toEqual([[], 0]);
  });

  it('gives the same ranked pages whether a page is read in the sort index or by ranking every match', async () => {
    const s = app.strapi;
    // five titles hold the term (two share a date: title breaks the tie), two bodies hold it, one is a manual
    const titled: [string, string, string][] = [
      ['dust-a', '2021-03-01', 'law'],
      ['dust-b', '2019-07-01', 'law'],
      ['dust-c', '2023-01-15', 'manual'],
      ['dust-d', '2019-07-01', 'law'],
      ['dust-e', '2020-05-20', 'law'],
    ];
    for (const [slug, effectiveDate, kind] of titled) {
      const letter = slug.slice(-1);
      const title = `มาตรการฝุ่นละอองในโรงงาน ชุด ${letter}`;
      await createMaterial(s, { slug, effectiveDate, kind: kind as 'law', th: { title, summary: 'สรุป', body: 'เนื้อหา' } });
    }
    for (const slug of ['dust-body-1', 'dust-body-2']) {
      await createMaterial(s, {
        slug,
        effectiveDate: '2025-01-01',
        th: { title: `ประกาศ ${slug}`, summary: 'สรุป', body: 'ค่าฝุ่นละอองในอากาศ' },
      });
    }
    const expected = [
      'มาตรการฝุ่นละอองในโรงงาน ชุด c',
      'มาตรการฝุ่นละอองในโรงงาน ชุด a',
      'มาตรการฝุ่นละอองในโรงงาน ชุด e',
      'มาตรการฝุ่นละอองในโรงงาน ชุด b',
      'มาตรการฝุ่นละอองในโรงงาน ชุด d',
      'ประกาศ dust-body-1',
      'ประกาศ dust-body-2',
    ];
    // one page holding them all is ranked in one query (the page reaches past the title hits)
    expect(titles(await search('ฝุ่นละออง', '&pageSize=20'))).toEqual(expected);
    // a page at a time: those within the title hits may be walked in effective-date order
    const paged: string[] = [];
    for (let page = 1; page <= 7; page++) {
      const res = await search('ฝุ่นละออง', `&pageSize=1&page=${page}`);
      expect(res.meta.pagination).toEqual({ page, pageSize: 1, pageCount: 7, total: 7 });
      paged.push(...titles(res));
    }
    expect(paged).toEqual(expected);
    const oldestFirst = await search('ฝุ่นละออง', '&sort=effectiveDate:asc&pageSize=2&page=2');
    expect(titles(oldestFirst)).toEqual(['มาตรการฝุ่นละอองในโรงงาน ชุด e', 'มาตรการฝุ่นละอองในโรงงาน ชุด a']);
    // filters hold on either path
    expect(titles(await search('ฝุ่นละออง', '&kind=manual&pageSize=1'))).toEqual(['มาตรการฝุ่นละอองในโรงงาน ชุด c']);
    expect(titles(await search('ฝุ่นละออง โรงงาน ชุด', '&kind=law&pageSize=1&page=2'))).toEqual(['มาตรการฝุ่นละอองในโรงงาน ชุด e']);
    expect((await search('ฝุ่นละออง', '&pageSize=1')).data[0]).toMatchObject({ match: { field: 'title', start: 7, length: 9 } });

    // the first page of a term most titles hold is read from the title hits alone, without ranking every match
    const ranks = (sql: string[]) => sql.filter((q) => /CASE WHEN/i.test(q));
    // the pages asked above are kept (until a write of a material): a write, then each is read afresh
    const write = () => app.strapi.db.query(MATERIAL).updateMany({ where: { slug: 'dust-a' }, data: { summary: 'สรุป' } });
    await write();
    const firstPage = await statementsOf(app, () => search('ฝุ่นละออง', '&pageSize=1'));
    expect(ranks(firstPage)).toEqual([]);
    // a page past the title hits is ranked
    await write();
    const pastTitles = await statementsOf(app, () => search('ฝุ่นละออง', '&pageSize=1&page=6'));
    expect(ranks(pastTitles)).toHaveLength(1);
    if (!process.env.TEST_DATABASE_URL) {
      // on SQLite by walking the effective-date index
      expect(firstPage.filter((q) => /indexed by/i.test(q))).toHaveLength(1);
      expect(pastTitles.filter((q) => /indexed by/i.test(q))).toEqual([]);
    }
  });

  it('answers a page asked again from memory, and reads it afresh after any write of a material, topic or fund', async () => {
    const materialsRead = (sql: string[]) => sql.filter((q) => /training_materials/i.test(q));
    const ask = () => statementsOf(app, () => search('ฝุ่นละออง', '&pageSize=3&page=2'));
    expect(materialsRead(await ask()).length).toBeGreaterThan(0);
    const again = await ask();
    expect(materialsRead(again)).toEqual([]);
    const before = await search('ฝุ่นละออง', '&pageSize=3&page=2');
    expect(before.data).toHaveLength(3);

    // a title edited by the query layer (no publish step: the row read is the published one) shows at once
    const [first] = before.data as unknown as Array<{ id: number; title: string }>;
    await app.strapi.db.query(MATERIAL).update({ where: { id: first.id }, data: { title: `${first.title} ฉบับแก้` } });
    expect(materialsRead(await ask()).length).toBeGreaterThan(0);
    expect(titles(await search('ฝุ่นละออง', '&pageSize=3&page=2'))).toContain(`${first.title} ฉบับแก้`);
    expect(materialsRead(await ask())).toEqual([]);
    // a page shows each result's topics and fund: their writes drop it too
    await app.strapi.db.query('api::topic.topic').create({ data: { slug: 'kept-page-topic', nameTh: 'หัวข้อ', nameEn: 'Topic' } });
    expect(materialsRead(await ask()).length).toBeGreaterThan(0);
    await app.strapi.db.query('api::fund.fund').create({ data: { slug: 'kept-page-fund', nameTh: 'กองทุน', nameEn: 'Fund' } });
    expect(materialsRead(await ask()).length).toBeGreaterThan(0);
    expect(materialsRead(await ask())).toEqual([]);
    await app.strapi.db.query(MATERIAL).update({ where: { id: first.id }, data: { title: first.title } });
  });

  const onSqlite = process.env.TEST_DATABASE_URL ? it.skip : it;
  onSqlite('answers from the FTS5 trigram table on SQLite, rebuilt at start when out of step', async () => {
    const knex = app.strapi.db.connection;
    const plan = await knex.raw(
      `EXPLAIN QUERY PLAN SELECT rowid FROM training_materials_fts WHERE training_materials_fts MATCH '"วัตถุอันตราย"'`,
    );
    expect(JSON.stringify(plan)).toMatch(/VIRTUAL TABLE INDEX/);
    const [{ n: rows }] = await knex('training_materials').count({ n: '*' });
    const [{ n: indexed }] = await knex('training_materials_fts').count({ n: '*' });
    expect(Number(indexed)).toBe(Number(rows));
    // a bulk load that bypassed the triggers is caught up at the next start
    await knex.raw('DROP TRIGGER training_materials_fts_ai');
    await knex('training_materials_fts').delete();
    const { ensureSqliteSearchIndex } = await import('../../src/lib/training/search-index');
    expect(await ensureSqliteSearchIndex(app.strapi)).toEqual({ rebuilt: true });
    expect(titles(await search('สารไวไฟ'))).toEqual(['ประกาศกระทรวงเรื่องการเก็บรักษา']);
  });
});
