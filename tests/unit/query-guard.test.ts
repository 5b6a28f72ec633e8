import { checkQuery, DEFAULT_LIMITS, type ModelInfo, valueProblem } from '../../src/lib/security/query-guard';

/** A training material with a topic relation, a fund and a component, as the guard sees schemas. */
const MODELS: Record<string, ModelInfo> = {
  'api::material.material': {
    attributes: {
      title: { type: 'string' },
      body: { type: 'richtext' },
      summary: { type: 'text' },
      kind: { type: 'enumeration', enum: ['law', 'guideline'] },
      version: { type: 'integer' },
      score: { type: 'decimal' },
      isPublic: { type: 'boolean' },
      effectiveDate: { type: 'date' },
      createdAt: { type: 'datetime' },
      meta: { type: 'json' },
      topics: { type: 'relation', target: 'api::topic.topic' },
      contact: { type: 'component', component: 'shared.contact' },
      attachments: { type: 'media' },
    },
  },
  'api::topic.topic': {
    attributes: { slug: { type: 'uid' }, order: { type: 'integer' }, materials: { type: 'relation', target: 'api::material.material' } },
  },
  'shared.contact': { attributes: { phone: { type: 'string' }, since: { type: 'date' } } },
  'plugin::upload.file': { attributes: { name: { type: 'string' }, size: { type: 'decimal' } } },
};
const models = (uid: string) => MODELS[uid];
const UID = 'api::material.material';

/**
 * A query string as strapi::query's qs hands it over (`a[b][0]=v` nested; no `=` is null), except that
 * lists stay objects with index keys, as qs makes them past its arrayLimit: the guard reads both alike.
 */
function parse(qs: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const part of qs.split('&')) {
    const eq = part.indexOf('=');
    const key = decodeURIComponent(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? null : decodeURIComponent(part.slice(eq + 1));
    const path = key.replace(/\]/g, '').split('[');
    let node: Record<string, unknown> = out;
    path.slice(0, -1).forEach((k) => (node = (node[k] ??= {}) as Record<string, unknown>));
    node[path[path.length - 1]] = value;
  }
  return out;
}
const check = (qs: string, uid: string | null = UID) => checkQuery(parse(qs), uid, models, DEFAULT_LIMITS);
const params = (qs: string, uid: string | null = UID) => check(qs, uid).map((p) => p.param);

describe('query guard', () => {
  it("lets through what our clients send (citizen pages, training app, the suites' probes)", () => {
    for (const qs of [
      'filters[kind][$eq]=law&filters[topics][slug][$eq]=x&sort[0]=effectiveDate:desc&sort[1]=title:asc&pagination[page]=1&pagination[pageSize]=12',
      'fields[0]=title&fields[1]=kind&populate[topics]=true&populate[attachments]=true',
      'filters[$and][0][kind][$in][0]=law&filters[$and][0][kind][$in][1]=guideline&filters[$or][0][isPublic][$eq]=true&filters[$or][1][createdAt][$lt]=2026-01-01T00:00:00.000Z',
      'populate[topics][populate][materials][populate]=*',
      'populate[topics][fields][0]=slug&populate[topics][filters][order][$gt]=2',
      'filters[contact][phone][$startsWith]=08&filters[contact][since][$gte]=2025-02-28',
      'filters[topics][materials][topics][slug][$containsi]=x',
      'filters[id][$eq]=5&filters[documentId][$eq]=abc&filters[topics][$in][0]=3',
      'filters[body][$containsi]=โรงงาน&filters[summary][$containsi]=x',
      'filters[createdAt][$gt]=1767225600000&filters[version][$between][0]=1&filters[version][$between][1]=3',
      'filters[meta][$null]=true&filters[title][$null]',
      'sort=title:asc,version:desc&pageSize=100&page=3&_q=ค้นหา',
      'pagination[start]=0&pagination[limit]=100&pagination[withCount]=false',
    ])
      expect([qs, check(qs)]).toEqual([qs, []]);
  });

  it('refuses text in number, date, boolean and enumeration filters, naming the parameter', () => {
    expect(params('filters[id][$eq]=abc')).toEqual(['filters[id][$eq]']);
    expect(params('filters[version]=1x')).toEqual(['filters[version]']);
    expect(params('filters[score][$gt]=')).toEqual(['filters[score][$gt]']);
    expect(params('filters[version][$in][0]=1&filters[version][$in][1]=two')).toEqual(['filters[version][$in][1]']);
    expect(params('filters[effectiveDate][$lt]=yesterday')).toEqual(['filters[effectiveDate][$lt]']);
    expect(params('filters[effectiveDate][$eq]=2025-02-30')).toEqual(['filters[effectiveDate][$eq]']);
    expect(params('filters[createdAt][$gte]=2025-13-01T00:00:00Z')).toEqual(['filters[createdAt][$gte]']);
    expect(params('filters[isPublic][$eq]=yes')).toEqual(['filters[isPublic][$eq]']);
    expect(params('filters[kind][$eq]=poem')).toEqual(['filters[kind][$eq]']);
    expect(params('filters[topics][order][$lt]=x')).toEqual(['filters[topics][order][$lt]']);
    expect(params('filters[topics][$eq]=x')).toEqual(['filters[topics][$eq]']);
    expect(params('filters[attachments][size][$gt]=big')).toEqual(['filters[attachments][size][$gt]']);
    expect(params('filters[contact][since][$eq]=soon')).toEqual(['filters[contact][since][$eq]']);
    expect(params('populate[topics][filters][order][$eq]=x')).toEqual(['populate[topics][filters][order][$eq]']);
    expect(params('filters[version][$containsi]=1')).toEqual(['filters[version][$containsi]']);
    expect(params('filters[meta][$containsi]=x')).toEqual(['filters[meta]']);
    expect(params('filters[title][$eq][$foo]=x')).toEqual(['filters[title][$eq][$foo]']);
    expect(params('filters[nope][$eq]=x')).toEqual(['filters[nope]']);
    expect(params('filters[$eq]=x')).toEqual(['filters[$eq]']);
    expect(params('filters[$or][x]=1')).toEqual(['filters[$or]']);
    expect(check('filters[id][$eq]=abc')[0].message).toBe('must be a number');
  });

  it('refuses deep, wide and many-claused filter trees', () => {
    const deep = `filters${'[$not]'.repeat(12)}[title][$eq]=x`;
    expect(check(deep)).toHaveLength(1);
    expect(check(deep)[0].message).toMatch(/deeper than 8/);
    const wide = Array.from({ length: 21 }, (_, i) => `filters[$or][${i}][title][$eq]=${i}`).join('&');
    expect(params(wide)).toEqual(['filters[$or]']);
    const many = Array.from({ length: 31 }, (_, i) => `filters[$and][${i % 20}][$or][${Math.floor(i / 20)}][title][$eq]=${i}`).join('&');
    expect(check(many).some((p) => /more than 30 conditions/.test(p.message))).toBe(true);
    const values = Array.from({ length: 21 }, (_, i) => `filters[title][$containsi][${i}]=${i}`).join('&');
    expect(params(values)).toEqual(['filters[title][$containsi]']);
    const inList = Array.from({ length: 150 }, (_, i) => `filters[version][$in][${i}]=${i}`).join('&');
    expect(params(inList)).toEqual(['filters[version][$in]']);
    expect(params(`filters[title][$eq]=${'x'.repeat(201)}`)).toEqual(['filters[title][$eq]']);
    // the same filters on a route of no known type: sizes judged, types not
    expect(params(deep, null)).toEqual(params(deep));
    expect(params('filters[id][$eq]=abc', null)).toEqual([]);
  });

  it('allows three conditions on long text fields in a whole query, not four', () => {
    expect(check('filters[body][$containsi]=a&filters[summary][$containsi]=b&filters[$or][0][body][$containsi]=c')).toEqual([]);
    const four =
      'filters[body][$containsi]=a&filters[summary][$containsi]=b&filters[$or][0][body][$containsi]=c&filters[$or][1][body][$notContains]=d';
    expect(check(four)).toEqual([{ param: 'filters[$or][1][body][$notContains]', message: expect.stringMatching(/long text/) }]);
    const hundred = Array.from({ length: 100 }, (_, i) => `filters[$and][${i % 20}][body][$containsi]=${i}`).join('&');
    expect(check(hundred).length).toBeGreaterThan(0);
  });

  it('caps page size at maxLimit and refuses nonsense pages', () => {
    expect(params('pagination[pageSize]=101')).toEqual(['pagination[pageSize]']);
    expect(params('pagination[pageSize]=-1')).toEqual(['pagination[pageSize]']);
    expect(params('pagination[limit]=100000')).toEqual(['pagination[limit]']);
    expect(params('pagination[page]=abc')).toEqual(['pagination[page]']);
    expect(params('pagination[start]=-5')).toEqual(['pagination[start]']);
    expect(params('pageSize=1000')).toEqual(['pageSize']);
    expect(params('limit=-1')).toEqual(['limit']);
    expect(params('pagination=5')).toEqual(['pagination']);
    expect(checkQuery({ pagination: { pageSize: '50' } }, UID, models, { ...DEFAULT_LIMITS, maxLimit: 40 })[0].param).toBe(
      'pagination[pageSize]',
    );
  });

  it('refuses deep or wide populate, many sort fields and a _q that is not short text', () => {
    expect(params('populate[topics][populate][materials][populate][topics][populate][materials][populate][topics][populate]=*')).toEqual([
      'populate[topics][populate][materials][populate][topics][populate][materials][populate][topics][populate]',
    ]);
    expect(params('populate=topics.materials.topics.materials.topics.materials')).toEqual(['populate']);
    const wide = Array.from({ length: 31 }, (_, i) => `populate[${i}]=topics`).join('&');
    expect(params(wide)).toEqual(['populate[30]']);
    expect(params('populate[secret]=true')).toEqual(['populate[secret]']);
    expect(params('sort=a,b,c,d,e,f')).toEqual(['sort']);
    expect(params(Array.from({ length: 6 }, (_, i) => `sort[${i}]=title`).join('&'))).toEqual(['sort[5]']);
    expect(params(`fields=${Array.from({ length: 51 }, () => 'title').join(',')}`)).toEqual(['fields']);
    expect(params('_q[0]=a&_q[1]=b')).toEqual(['_q']);
    expect(params(`_q=${'ก'.repeat(101)}`)).toEqual(['_q']);
    // a custom list's own free text (the complaint list's `q` is matched against descriptions)
    expect(params(`q=${'ก'.repeat(1001)}&status=open`)).toEqual(['q']);
    expect(params(`q=${'ก'.repeat(1000)}&status=open`)).toEqual([]);
    // routes of no content type (an OAuth callback's tokens) are not searched with
    expect(params(`id_token=${'x'.repeat(1500)}`, null)).toEqual([]);
  });

  it('judges values by the type the database would cast them to', () => {
    expect(valueProblem('integer', ' 42 ')).toBeNull();
    expect(valueProblem('float', '1e3')).toBeNull();
    expect(valueProblem('integer', 'Infinity')).toBe('must be a number');
    expect(valueProblem('biginteger', '1.5')).toBe('must be a whole number');
    expect(valueProblem('integer', '2147483647')).toBeNull();
    expect(valueProblem('integer', '99999999999999999999')).toMatch(/between/);
    expect(valueProblem('biginteger', '9223372036854775808')).toMatch(/between/);
    expect(valueProblem('datetime', '2028-02-29T23:59:59.999+07:00')).toBeNull();
    expect(valueProblem('datetime', '2027-02-29')).not.toBeNull();
    expect(valueProblem('time', '25:00:00')).not.toBeNull();
    expect(valueProblem('boolean', 'f')).toBeNull();
    expect(valueProblem('string', 'anything')).toBeNull();
    expect(valueProblem('integer', null)).toBeNull();
  });
});
