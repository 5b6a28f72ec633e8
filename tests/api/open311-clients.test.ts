import { createHash } from 'crypto';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { bootStrapi, TestApp } from '../harness/strapi';
import { createUser } from '../harness/users';
import * as spec from '../fixtures/open311/georeport-v2';

/**
 * Open311 as three real clients call it, reproduced from their public sources:
 *  - codeforamerica/three (Python): JSON by default; `<endpoint><resource>.<format>`; `count` sent as
 *    `page_size`; dates as `%Y-%m-%dT%H:%M:%SZ`; POST form-encoded with `api_key`, `address_string`,
 *    `first_name`/`last_name` split from a name, and attributes as `attribute[code]`;
 *  - codeforamerica/open311_python (Python): XML by default; `services.xml` and `service/<code>.<format>`
 *    (sic, singular) with `jurisdiction_id`; POST `requests.<format>` form-encoded (urlencode);
 *  - mheadd/node-open311 (Node): `discovery.<format>`; `services.<format>?jurisdiction_id=…` (sent as
 *    "undefined" when not configured); list and POST at `requests/<format>` (sic, no dot) with every
 *    parameter in the query string, `Content-Type: application/x-www-form-urlencoded` and no body.
 * Every answer, JSON or XML, is checked against the specification's schemas (tests/fixtures/open311).
 */
type Kind = keyof typeof spec.XML_ROOTS;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validators = Object.fromEntries(
  (['services', 'serviceDefinition', 'requests', 'postResponse', 'errors', 'discovery'] as Kind[]).map((k) => [k, ajv.compile(spec[k])]),
) as Record<Kind, ReturnType<typeof ajv.compile>>;

function valid(kind: Kind, data: unknown) {
  const ok = validators[kind](data);
  if (!ok) throw new Error(`${kind} does not follow GeoReport v2: ${ajv.errorsText(validators[kind].errors)}\n${JSON.stringify(data)}`);
  return data as any;
}

type S = Record<string, any>;
/** Reads XML text by the schema: lists from their item elements, booleans and numbers from text, empty as null. */
function coerce(value: unknown, schema: S): unknown {
  if (schema.anyOf) {
    if (value === '' && schema.anyOf.some((s: S) => s.type === 'null')) return null;
    return coerce(value, schema.anyOf.find((s: S) => s.type !== 'null') ?? {});
  }
  if (schema.type === 'array') {
    if (value === '' || value === undefined) return [];
    const inner = typeof value === 'object' && !Array.isArray(value) ? Object.values(value as object)[0] : value;
    return ([] as unknown[]).concat(inner).map((v) => coerce(v, schema.items ?? {}));
  }
  if (schema.type === 'object') {
    if (value === '') return {};
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, coerce(v, schema.properties?.[k] ?? {})]));
  }
  if (schema.type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  if ((schema.type === 'number' || schema.type === 'integer') && typeof value === 'string' && value !== '' && !Number.isNaN(Number(value)))
    return Number(value);
  return value;
}

const parser = new XMLParser({ parseTagValue: false, ignoreDeclaration: true });
/** An XML answer as data, after checking its root element is the specification's. */
function fromXml(kind: Kind, text: string) {
  const doc = parser.parse(text);
  const { root } = spec.XML_ROOTS[kind];
  expect(Object.keys(doc)).toEqual([root]);
  const item = (spec.XML_ROOTS[kind] as { item?: string }).item;
  const body = doc[root];
  const data = item ? (body === '' ? [] : ([] as unknown[]).concat(body[item])) : body;
  return valid(kind, coerce(data, spec[kind] as S));
}

const BASE = '/api/open311/v2';

describe('Open311 GeoReport v2 with real clients', () => {
  let app: TestApp;
  let adminToken: string;

  const issueKey = (documentId: string, token = adminToken) =>
    app.http().post(`/admin/mind-integrations/open311-clients/${documentId}/key`).set('Authorization', `Bearer ${token}`);
  const newClient = async (name: string, rateLimit = 1000) =>
    app.strapi.documents('api::open311-client.open311-client' as any).create({ data: { name, rateLimit, rateWindowSeconds: 3600 } as any });

  beforeAll(async () => {
    app = await bootStrapi({
      env: {
        PUBLIC_INTAKE_RATE_LIMIT: '0',
        PUBLIC_LOOKUP_RATE_LIMIT: '0',
        DEMO_ADMIN_EMAIL: 'o311@example.test',
        DEMO_ADMIN_PASSWORD: 'O311-Passw0rd',
      },
    });
    const login = await app.http().post('/admin/login').send({ email: 'o311@example.test', password: 'O311-Passw0rd' }).expect(200);
    adminToken = login.body.data.token;
  });
  afterAll(async () => {
    await app?.close();
  });

  /** A platform's key, issued in the panel. */
  let platformKey: string;
  beforeAll(async () => {
    const client = await newClient('แอปเมืองสะอาด / Clean City app');
    platformKey = (await issueKey(client.documentId).expect(200)).body.data.key;
  });

  describe('codeforamerica/three (JSON)', () => {
    it('discovers, lists and defines services, in Thai unless asked otherwise', async () => {
      const disc = valid('discovery', (await app.http().get(`${BASE}/discovery.json`).expect(200)).body);
      expect(disc.endpoints[0]).toMatchObject({ specification: 'http://wiki.open311.org/GeoReport_v2', type: 'production' });
      expect(disc.endpoints[0].url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/open311\/v2$/);
      expect(disc.endpoints[0].formats).toEqual(expect.arrayContaining(['application/json', 'text/xml']));

      const list = valid('services', (await app.http().get(`${BASE}/services.json`).expect(200)).body);
      const leak = list.find((s: any) => s.service_code === 'chemical_leak');
      expect(leak).toMatchObject({ service_name: 'สารเคมีรั่วไหล', metadata: true, type: 'realtime', group: expect.stringMatching(/[ก-๙]/) });
      expect(leak).not.toHaveProperty('service_name_th');
      const en = valid('services', (await app.http().get(`${BASE}/services.json`).query({ locale: 'en' }).expect(200)).body);
      expect(en.find((s: any) => s.service_code === 'chemical_leak').service_name).toBe('Chemical leak');
      const byHeader = (await app.http().get(`${BASE}/services.json`).set('Accept-Language', 'en-US,en;q=0.9').expect(200)).body;
      expect(byHeader.find((s: any) => s.service_code === 'noise').service_name).toBe('Noise');

      // every attribute MIND Desk reads is declared, the category's own first
      const def = valid('serviceDefinition', (await app.http().get(`${BASE}/services/chemical_leak.json`).expect(200)).body);
      expect(def.attributes.map((a: any) => a.code)).toEqual([
        'injured',
        'consent',
        'province',
        'factory_name',
        'factory_registration_number',
      ]);
      const injured = def.attributes[0];
      expect(injured).toMatchObject({ datatype: 'singlevaluelist', description: 'มีผู้บาดเจ็บหรือไม่' });
      expect(injured.values).toContainEqual({ key: 'yes', name: 'ใช่' });
      const province = def.attributes.find((a: any) => a.code === 'province');
      expect(province.values).toHaveLength(77);
      expect(province.values).toContainEqual({ key: 'TH-10', name: 'กรุงเทพมหานคร' });
      const defEn = (await app.http().get(`${BASE}/services/chemical_leak.json`).query({ locale: 'en' }).expect(200)).body;
      expect(defEn.attributes[0]).toMatchObject({ description: 'Are people injured?' });
      expect(defEn.attributes.find((a: any) => a.code === 'consent').description).toMatch(/consent/i);
    });

    it('posts form-encoded with api_key, a name, attributes and media_url; gets and filters it back', async () => {
      // three.post('chemical_leak', address=…, name='Somchai Jaidee', phone=…, description=…, lat=…, long=…, **{'attribute[injured]': 'yes'})
      const post = await app
        .http()
        .post(`${BASE}/requests.json`)
        .type('form')
        .send({
          service_code: 'chemical_leak',
          address_string: 'นิคมอุตสาหกรรมมาบตาพุด ระยอง',
          first_name: 'Somchai',
          last_name: 'Jaidee',
          phone: '0812223333',
          description: 'กลิ่นแอมโมเนียแรงมาก\nคนงานเวียนหัว',
          lat: '12.7123',
          long: '101.1567',
          api_key: platformKey,
          media_url: 'https://photos.example.test/leak/123.jpg',
          'attribute[injured]': 'yes',
          'attribute[consent]': 'true',
          'attribute[province]': 'TH-21',
          'attribute[factory_registration_number]': '3-42(1)-1/45รย',
        })
        .expect(201);
      const [created] = valid('postResponse', post.body);
      expect(created.service_request_id).toMatch(/^CMP-\d{4}-\d{6}$/);
      const id = created.service_request_id;

      // stored: the answers, the media URL, the factory number; the actor is the client
      const stored = await app.strapi.db
        .query('api::complaint.complaint')
        .findOne({ where: { ticketNumber: id }, populate: ['complainant', 'province', 'updates'] });
      expect(stored).toMatchObject({
        channel: 'open311',
        consent: true,
        serviceAttributes: { injured: 'yes' },
        mediaUrl: 'https://photos.example.test/leak/123.jpg',
        factoryRegistrationNumber: '3-42(1)-1/45รย',
        complainant: { name: 'Somchai Jaidee', phone: '0812223333' },
      });
      expect(stored.province.code).toBe('TH-21');
      expect(stored.updates[0].authorLabel).toBe('Open311: แอปเมืองสะอาด / Clean City app');
      // shown to officers
      const officer = await createUser(app.strapi, 'complaint-officer');
      const seen = await app.http().get(`/api/complaints/${stored.documentId}`).set('Authorization', officer.auth).expect(200);
      expect(seen.body.data).toMatchObject({ serviceAttributes: { injured: 'yes' }, mediaUrl: 'https://photos.example.test/leak/123.jpg' });

      // three.request(id)
      const one = valid('requests', (await app.http().get(`${BASE}/requests/${id}.json`).expect(200)).body);
      expect(one[0]).toMatchObject({
        service_request_id: id,
        status: 'open',
        service_code: 'chemical_leak',
        media_url: null,
        description: null,
      });
      // published by an officer: media_url comes back, absolute
      await app
        .http()
        .put(`/api/complaints/${stored.documentId}`)
        .set('Authorization', officer.auth)
        .send({ data: { publicDetails: true } })
        .expect(200);
      const shown = valid('requests', (await app.http().get(`${BASE}/requests/${id}.json`).query({ locale: 'en' }).expect(200)).body)[0];
      expect(shown).toMatchObject({ media_url: 'https://photos.example.test/leak/123.jpg', service_name: 'Chemical leak' });

      // three.requests('chemical_leak', start='…', end='…', count=5): dates as %Y-%m-%dT%H:%M:%SZ, count → page_size
      const day = (offset: number) => new Date(Date.now() + offset * 86400_000).toISOString().slice(0, 10) + 'T00:00:00Z';
      const filtered = await app
        .http()
        .get(`${BASE}/requests.json`)
        .query({ service_code: 'chemical_leak', start_date: day(-1), end_date: day(2), page_size: 5 })
        .expect(200);
      expect(valid('requests', filtered.body).map((r: any) => r.service_request_id)).toContain(id);
      expect(JSON.stringify(filtered.body)).not.toMatch(/Somchai|Jaidee|0812223333/);
    });

    it('service_request_id overrides every other filter; page and page_size page the list', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await app
          .http()
          .post(`${BASE}/requests.json`)
          .type('form')
          .send({ api_key: platformKey, service_code: 'noise', lat: '13.7', long: '100.5', description: `เสียงดังรอบที่ ${i}` })
          .expect(201);
        ids.push(res.body[0].service_request_id);
      }
      const over = await app
        .http()
        .get(`${BASE}/requests.json`)
        .query({ service_request_id: ids[0], status: 'closed', service_code: 'wastewater', start_date: '2099-01-01T00:00:00Z' })
        .expect(200);
      expect(over.body.map((r: any) => r.service_request_id)).toEqual([ids[0]]);

      const page = (n: number) =>
        app.http().get(`${BASE}/requests.json`).query({ service_code: 'noise', page_size: 2, page: n }).expect(200);
      const [p1, p2] = [await page(1), await page(2)];
      expect(p1.headers['x-total-count']).toBe('3');
      expect(p1.body.map((r: any) => r.service_request_id)).toEqual([ids[2], ids[1]]);
      expect(p2.body.map((r: any) => r.service_request_id)).toEqual([ids[0]]);
      const bad = await app.http().get(`${BASE}/requests.json`).query({ page_size: 1000, status: 'pending' }).expect(400);
      expect(valid('errors', bad.body)[0].description).toMatch(/page_size.*status|status.*page_size/);
    });
  });

  describe('codeforamerica/open311_python (XML)', () => {
    it('lists services, defines one at service/<code>.xml, posts and reads requests, all in XML', async () => {
      const list = await app.http().get(`${BASE}/services.xml`).query({ jurisdiction_id: '' }).expect(200);
      expect(list.headers['content-type']).toMatch(/xml/);
      const services = fromXml('services', list.text);
      expect(services.map((s: any) => s.service_code)).toContain('chemical_leak');
      // the library asks for service/<code> (singular)
      const def = fromXml('serviceDefinition', (await app.http().get(`${BASE}/service/chemical_leak.xml`).expect(200)).text);
      expect(def.attributes[0].values.map((v: any) => v.key)).toEqual(['yes', 'no', 'unknown']);
      fromXml('serviceDefinition', (await app.http().get(`${BASE}/services/noise.xml`).expect(200)).text);

      // post_service_request(**kwargs): urlencode(kwargs) to requests.xml
      const post = await app
        .http()
        .post(`${BASE}/requests.xml`)
        .type('form')
        .send(
          new URLSearchParams({
            service_code: 'dust_smoke',
            api_key: platformKey,
            lat: '13.361234',
            long: '100.984567',
            description: 'Black smoke <every> night & morning',
            'attribute[province]': 'TH-20',
          }).toString(),
        )
        .expect(201);
      const [created] = fromXml('postResponse', post.text);
      const id = created.service_request_id;
      const one = fromXml('requests', (await app.http().get(`${BASE}/requests/${id}.xml`).query({ jurisdiction_id: '' }).expect(200)).text);
      expect(one[0]).toMatchObject({ service_request_id: id, status: 'open', lat: 13.36, long: 100.98, description: null });
      const open = fromXml(
        'requests',
        (await app.http().get(`${BASE}/requests.xml`).query({ status: 'open', jurisdiction_id: '' }).expect(200)).text,
      );
      expect(open.map((r: any) => r.service_request_id)).toContain(id);
    });

    it('answers errors as XML <errors> on .xml paths, JSON lists on the others, 404 included', async () => {
      const missing = await app.http().get(`${BASE}/requests/CMP-2500-999999.xml`).expect(404);
      expect(fromXml('errors', missing.text)[0]).toMatchObject({ code: 404, description: expect.stringContaining('CMP-2500-999999') });
      const unknownService = await app.http().get(`${BASE}/services/ufo.xml`).expect(404);
      expect(fromXml('errors', unknownService.text)[0].code).toBe(404);
      // a path no route knows
      const nowhere = await app.http().get(`${BASE}/widgets.xml`).expect(404);
      expect(fromXml('errors', nowhere.text)[0].code).toBe(404);
      const nowhereJson = await app.http().get(`${BASE}/nothing/here`).expect(404);
      expect(valid('errors', nowhereJson.body)[0].description).toMatch(/\.json or \.xml/);
      // no tokens: POST answers at once
      const token = await app.http().get(`${BASE}/tokens/abc.json`).expect(404);
      expect(valid('errors', token.body)[0].description).toMatch(/service_request_id/);
      const bad = await app
        .http()
        .post(`${BASE}/requests.xml`)
        .type('form')
        .send({ api_key: platformKey, lat: '1', long: '1' })
        .expect(400);
      expect(fromXml('errors', bad.text)[0].description).toContain('service_code');
    });
  });

  describe('mheadd/node-open311', () => {
    it('discovers in XML, lists with jurisdiction_id=undefined, posts and lists at requests/<format> with the query string', async () => {
      const disc = fromXml('discovery', (await app.http().get(`${BASE}/discovery.xml`).expect(200)).text);
      expect(disc.endpoints[0].formats).toContain('text/xml');
      valid(
        'services',
        (await app.http().get(`${BASE}/services.json?jurisdiction_id=undefined`).set('Content-Type', 'text/plain').expect(200)).body,
      );
      fromXml('serviceDefinition', (await app.http().get(`${BASE}/services/wastewater.xml?jurisdiction_id=undefined`).expect(200)).text);

      const params = `&service_code=wastewater&lat=13.1&long=100.9&description=${encodeURI('น้ำเสียลงคลอง')}&email=${encodeURI('nid@example.test')}&first_name=Nid&attribute[consent]=true`;
      const post = await app
        .http()
        .post(`${BASE}/requests/json?api_key=${platformKey}&jurisdiction_id=undefined${params}`)
        .set('Content-Type', 'application/x-www-form-urlencoded')
        .expect(201);
      const [created] = valid('postResponse', post.body);
      const list = await app
        .http()
        .get(`${BASE}/requests/json?jurisdiction_id=undefined&service_code=wastewater`)
        .set('Content-Type', 'text/plain')
        .expect(200);
      expect(valid('requests', list.body).map((r: any) => r.service_request_id)).toContain(created.service_request_id);
      const xml = await app.http().get(`${BASE}/requests/xml?jurisdiction_id=undefined&service_code=wastewater`).expect(200);
      expect(fromXml('requests', xml.text).length).toBeGreaterThan(0);
    });
  });

  describe('what POST refuses, in the specification format', () => {
    const post = (body: Record<string, string>) =>
      app
        .http()
        .post(`${BASE}/requests.json`)
        .type('form')
        .send({ api_key: platformKey, ...body });

    it('names the attribute, the location or the consent that is wrong', async () => {
      const unknownAttr = await post({ service_code: 'noise', lat: '13', long: '100', 'attribute[colour]': 'red' }).expect(400);
      expect(valid('errors', unknownAttr.body)[0].description).toContain('attribute[colour]');
      const badValue = await post({ service_code: 'chemical_leak', lat: '13', long: '100', 'attribute[injured]': 'maybe' }).expect(400);
      expect(badValue.body[0].description).toMatch(/attribute\[injured\] must be one of yes, no, unknown/);
      const badProvince = await post({ service_code: 'noise', lat: '13', long: '100', 'attribute[province]': 'TH-99' }).expect(400);
      expect(badProvince.body[0].description).toContain('attribute[province]');
      const addressId = await post({ service_code: 'noise', address_id: 'A-123', description: 'x' }).expect(400);
      expect(addressId.body[0].description).toMatch(/address_id is not supported.*lat and long, or address_string/);
      const noConsent = await post({ service_code: 'noise', lat: '13', long: '100', first_name: 'A', email: 'a@example.test' }).expect(400);
      expect(noConsent.body[0].description).toContain('attribute[consent]');
      const badMedia = await post({ service_code: 'noise', lat: '13', long: '100', media_url: 'javascript:alert(1)' }).expect(400);
      expect(badMedia.body[0].description).toContain('media_url');
      const count = await app.strapi.db.query('api::complaint.complaint').count({ where: { description: 'x' } });
      expect(count).toBe(0);
    });
  });

  describe('API keys as records', () => {
    it('issues a key once, stores only its hash, rotates and revokes it', async () => {
      const client = await newClient('ระบบทดสอบ / Test platform');
      const issued = await issueKey(client.documentId).expect(200);
      const key: string = issued.body.data.key;
      expect(key).toMatch(/^o311_[A-Za-z0-9_-]{40,}$/);
      const row = await app.strapi.db.query('api::open311-client.open311-client').findOne({ where: { documentId: client.documentId } });
      expect(row.keyHash).toBe(createHash('sha256').update(key).digest('hex'));
      expect(JSON.stringify(row)).not.toContain(key);
      expect(row.keyPrefix).toBe(key.slice(0, 12));

      const filing = (apiKey: string) =>
        app.http().post(`${BASE}/requests.json`).type('form').send({ api_key: apiKey, service_code: 'noise', lat: '13.7', long: '100.5' });
      await filing(key).expect(201);
      const rotated = (await issueKey(client.documentId).expect(200)).body.data.key;
      expect(rotated).not.toBe(key);
      const old = await filing(key).expect(403);
      expect(valid('errors', old.body)[0]).toEqual({ code: 403, description: 'api_key is not valid' });
      await filing(rotated).expect(201);

      const revoked = await app
        .http()
        .post(`/admin/mind-integrations/open311-clients/${client.documentId}/revoke`)
        .set('Authorization', `Bearer ${adminToken}`)
        .expect(200);
      expect(revoked.body.data).toMatchObject({ active: false });
      const after = await filing(rotated).expect(403);
      expect(valid('errors', after.body)[0].code).toBe(403);
      // suspended in the panel (active unticked): 403 "revoked" until ticked again
      const other = await newClient('พักไว้ / Suspended');
      const otherKey = (await issueKey(other.documentId).expect(200)).body.data.key;
      await app.strapi
        .documents('api::open311-client.open311-client' as any)
        .update({ documentId: other.documentId, data: { active: false } as any });
      expect((await filing(otherKey).expect(403)).body[0].description).toMatch(/revoked/);
      await filing('o311_made-up').expect(403);
    });

    it('only administrators allowed to edit clients issue keys', async () => {
      const client = await newClient('สิทธิ์ / Permissions');
      await app.http().post(`/admin/mind-integrations/open311-clients/${client.documentId}/key`).expect(401);
      const officer = await createUser(app.strapi, 'complaint-officer');
      await app
        .http()
        .post(`/admin/mind-integrations/open311-clients/${client.documentId}/key`)
        .set('Authorization', officer.auth)
        .expect(401);
      const role = await (app.strapi.service('admin::role') as any).findOne({ code: 'complaint-officer' });
      await app.strapi.service('admin::user').create({
        email: 'officer.admin@example.test',
        firstname: 'Officer',
        lastname: 'Admin',
        password: 'Officer-passw0rd',
        isActive: true,
        registrationToken: null,
        roles: [role.id],
      });
      const login = await app
        .http()
        .post('/admin/login')
        .send({ email: 'officer.admin@example.test', password: 'Officer-passw0rd' })
        .expect(200);
      await issueKey(client.documentId, login.body.data.token).expect(403);
      await issueKey('no-such-client').expect(404);
    });

    it('limits each key on its own, whatever address it comes from; a 429 is in the specification format', async () => {
      const small = await newClient('เล็ก / Small', 2);
      const smallKey = (await issueKey(small.documentId).expect(200)).body.data.key;
      const filing = (apiKey: string) =>
        app.http().post(`${BASE}/requests.xml`).type('form').send({ api_key: apiKey, service_code: 'noise', lat: '13.7', long: '100.5' });
      await filing(smallKey).expect(201);
      await filing(smallKey).expect(201);
      const over = await filing(smallKey).expect(429);
      expect(over.headers['retry-after']).toMatch(/^\d+$/);
      expect(fromXml('errors', over.text)[0]).toMatchObject({ code: 429, description: expect.stringMatching(/too many requests/i) });
      // the other client is not held up by it
      await filing(platformKey).expect(201);

      // lookups are limited per address: their 429 is in the specification format too
      process.env.PUBLIC_LOOKUP_RATE_LIMIT = '1';
      try {
        await app.http().get(`${BASE}/services.json`).expect(200);
        const limited = await app.http().get(`${BASE}/services.json`).expect(429);
        expect(valid('errors', limited.body)[0].code).toBe(429);
      } finally {
        process.env.PUBLIC_LOOKUP_RATE_LIMIT = '0';
      }
    });

    it('keeps OPEN311_API_KEYS working as a fallback: then a POST needs a key', async () => {
      process.env.OPEN311_API_KEYS = 'legacy-key-1';
      try {
        const body = { service_code: 'noise', lat: '13.7', long: '100.5' };
        const none = await app.http().post(`${BASE}/requests.json`).type('form').send(body).expect(403);
        expect(valid('errors', none.body)[0].description).toBe('api_key is required');
        await app
          .http()
          .post(`${BASE}/requests.json`)
          .type('form')
          .send({ ...body, api_key: 'legacy-key-1' })
          .expect(201);
        await app
          .http()
          .post(`${BASE}/requests.json`)
          .type('form')
          .send({ ...body, api_key: platformKey })
          .expect(201);
      } finally {
        delete process.env.OPEN311_API_KEYS;
      }
      // unset, and no requirement: a citizen's app may post without a key
      await app.http().post(`${BASE}/requests.json`).type('form').send({ service_code: 'noise', lat: '13.7', long: '100.5' }).expect(201);
    });
  });
});
