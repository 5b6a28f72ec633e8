import { assertSortable, narrowFilters, narrowPopulate, type ModelLookup, type ScopeLookup } from '../../src/lib/security/relation-scope';

/** A small schema with every shape a populate can take: relations (also to itself), a component, media, a dynamic zone. */
const MODELS: Record<string, { attributes: Record<string, any> }> = {
  'api::team.team': {
    attributes: {
      name: { type: 'string' },
      complaints: { type: 'relation', relation: 'oneToMany', target: 'api::complaint.complaint' },
      lead: { type: 'relation', relation: 'manyToOne', target: 'plugin::users-permissions.user' },
      contact: { type: 'component', component: 'shared.contact' },
      blocks: { type: 'dynamiczone', components: ['shared.contact', 'shared.quote'] },
      logo: { type: 'media' },
    },
  },
  'api::complaint.complaint': {
    attributes: {
      title: { type: 'string' },
      team: { type: 'relation', relation: 'manyToOne', target: 'api::team.team' },
      duplicateOf: { type: 'relation', relation: 'manyToOne', target: 'api::complaint.complaint' },
      attachments: { type: 'media' },
    },
  },
  'shared.contact': {
    attributes: { phone: { type: 'string' }, complaint: { type: 'relation', relation: 'manyToOne', target: 'api::complaint.complaint' } },
  },
  'shared.quote': { attributes: { text: { type: 'string' } } },
  'plugin::upload.file': {
    attributes: { name: { type: 'string' }, related: { type: 'relation', relation: 'morphToMany' } },
  },
  'plugin::users-permissions.user': { attributes: { username: { type: 'string' } } },
};
const getModel: ModelLookup = (uid) => MODELS[uid];

const MINE = { team: { id: { $in: [7] } } };
const scopeOf: ScopeLookup = (uid) => (uid === 'api::complaint.complaint' ? MINE : undefined);
const noRows: ScopeLookup = (uid) => (uid === 'api::complaint.complaint' ? null : undefined);
const everyRow: ScopeLookup = (uid) => (uid === 'api::complaint.complaint' ? {} : undefined);

const T = 'api::team.team';
const C = 'api::complaint.complaint';

describe('narrowPopulate: every populated relation into a row-scoped type is limited to the scope', () => {
  it('a wildcard populates every attribute, the scoped relation narrowed and the polymorphic one left out', () => {
    for (const star of ['*', true, 'true']) {
      expect(narrowPopulate(star, T, getModel, scopeOf)).toEqual({
        complaints: { filters: MINE },
        lead: {},
        contact: {},
        blocks: true,
        logo: {},
      });
    }
    expect(narrowPopulate({ related: true, name: true }, 'plugin::upload.file', getModel, scopeOf)).toEqual({});
  });

  it('nested wildcards, strings, dotted paths and arrays all end in the same narrowed object', () => {
    const narrowedDuplicate = { filters: MINE, populate: { duplicateOf: { filters: MINE } } };
    const forms: unknown[] = [
      { complaints: { populate: { duplicateOf: true } } },
      { complaints: { populate: 'duplicateOf' } },
      'complaints.duplicateOf',
      ['complaints.duplicateOf'],
      ['complaints', 'complaints.duplicateOf'],
    ];
    for (const form of forms) expect(narrowPopulate(form, T, getModel, scopeOf)).toEqual({ complaints: narrowedDuplicate });
    expect(narrowPopulate({ complaints: { populate: '*' } }, T, getModel, scopeOf)).toEqual({
      complaints: { filters: MINE, populate: { team: {}, duplicateOf: { filters: MINE }, attachments: {} } },
    });
    expect(narrowPopulate('lead,complaints', T, getModel, scopeOf)).toEqual({ lead: {}, complaints: { filters: MINE } });
  });

  it("keeps the caller's own filters, fields, sort and count, with the scope required as well", () => {
    const own = { title: { $contains: 'x' } };
    expect(narrowPopulate({ complaints: { filters: own, fields: ['title'], sort: 'title', count: true } }, T, getModel, scopeOf)).toEqual({
      complaints: { filters: { $and: [own, MINE] }, fields: ['title'], sort: 'title', count: true },
    });
  });

  it('reaches relations inside components, dynamic zones (fragments and wildcard) and media at any depth', () => {
    expect(narrowPopulate({ contact: { populate: { complaint: true } } }, T, getModel, scopeOf)).toEqual({
      contact: { populate: { complaint: { filters: MINE } } },
    });
    expect(narrowPopulate({ blocks: { on: { 'shared.contact': { populate: '*' }, 'other.one': true } } }, T, getModel, scopeOf)).toEqual({
      blocks: { on: { 'shared.contact': { populate: { complaint: { filters: MINE } } } } },
    });
    expect(narrowPopulate({ blocks: { populate: '*' } }, T, getModel, scopeOf)).toEqual({
      blocks: { on: { 'shared.contact': { populate: { complaint: { filters: MINE } } }, 'shared.quote': { populate: {} } } },
    });
    expect(narrowPopulate({ logo: { populate: '*' } }, T, getModel, scopeOf)).toEqual({ logo: { populate: {} } });
    expect(
      narrowPopulate({ complaints: { populate: { team: { populate: { complaints: { populate: '*' } } } } } }, T, getModel, scopeOf),
    ).toEqual({
      complaints: {
        filters: MINE,
        populate: {
          team: {
            populate: { complaints: { filters: MINE, populate: { team: {}, duplicateOf: { filters: MINE }, attachments: {} } } },
          },
        },
      },
    });
  });

  it('a null scope matches no row, an all scope adds nothing, unknown attributes and false are dropped', () => {
    expect(narrowPopulate({ complaints: true }, T, getModel, noRows)).toEqual({ complaints: { filters: { id: { $in: [-1] } } } });
    expect(narrowPopulate({ complaints: true }, T, getModel, everyRow)).toEqual({ complaints: {} });
    expect(narrowPopulate({ complaints: false, nope: true, name: true }, T, getModel, scopeOf)).toEqual({});
    expect(narrowPopulate(undefined, T, getModel, scopeOf)).toBeUndefined();
  });
});

describe('narrowFilters: a filter through a relation into a row-scoped type matches only rows in scope', () => {
  it('wraps each such condition, through logical operators, components and nested relations', () => {
    const own = { title: { $eq: 'secret' } };
    expect(narrowFilters({ complaints: own, name: { $eq: 'x' } }, T, getModel, scopeOf)).toEqual({
      complaints: { $and: [own, MINE] },
      name: { $eq: 'x' },
    });
    expect(narrowFilters({ $or: [{ complaints: own }], $not: { contact: { complaint: own } } }, T, getModel, scopeOf)).toEqual({
      $or: [{ complaints: { $and: [own, MINE] } }],
      $not: { contact: { complaint: { $and: [own, MINE] } } },
    });
    expect(narrowFilters({ duplicateOf: { team: { complaints: own } } }, C, getModel, scopeOf)).toEqual({
      duplicateOf: { $and: [{ team: { complaints: { $and: [own, MINE] } } }, MINE] },
    });
    expect(narrowFilters({ complaints: own }, T, getModel, noRows)).toEqual({ complaints: { $and: [own, { id: { $in: [-1] } }] } });
    expect(narrowFilters({ lead: { username: 'a' } }, T, getModel, scopeOf)).toEqual({ lead: { username: 'a' } });
  });
});

describe('assertSortable: a sort through a relation into a row-scoped type needs the whole type in scope', () => {
  it('refuses it in every sort form, at any depth and inside a populate, naming the parameter', () => {
    for (const sort of [
      'complaints.title:asc',
      'name,complaints.title',
      ['complaints.title:desc'],
      { complaints: { title: 'asc' } },
      [{ contact: { complaint: { title: 'asc' } } }],
    ]) {
      expect(() => assertSortable(sort, T, getModel, scopeOf)).toThrow(/Invalid parameter at 'sort'/);
      expect(() => assertSortable(sort, T, getModel, noRows)).toThrow(/Invalid parameter at 'sort'/);
    }
    expect(() => assertSortable('team.name', C, getModel, scopeOf)).not.toThrow();
    expect(() => narrowPopulate({ lead: true, complaints: { sort: 'duplicateOf.title' } }, T, getModel, scopeOf)).toThrow(/sort/);
  });

  it('allows it when the caller sees every row, and sorts on the type itself or unscoped relations', () => {
    expect(() => assertSortable('complaints.title:asc', T, getModel, everyRow)).not.toThrow();
    expect(() => assertSortable(['name:desc', { lead: { username: 'asc' } }], T, getModel, scopeOf)).not.toThrow();
    expect(() => assertSortable(undefined, T, getModel, scopeOf)).not.toThrow();
  });
});
