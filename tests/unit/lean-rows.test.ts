import path from 'path';
import { datetime, fromDb, storedAttributes, type Meta } from '../../src/lib/platform/lean-rows';

/**
 * The lean list's rows are read without Strapi's query layer (src/lib/platform/lean-rows.ts), so each value
 * must come out as Strapi's own field of its type hands it out: compared here, type by type, with
 * @strapi/database's fields on the values either driver returns (SQLite: numbers for dates and booleans;
 * PostgreSQL: Date objects, booleans, parsed JSON, numeric strings).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fields = require(path.join(path.dirname(require.resolve('@strapi/database/package.json')), 'dist', 'fields', 'index.js')) as {
  createField(attribute: { type: string }): { fromDB(value: unknown): unknown };
};
const strapis = (type: string, value: unknown) => (value === null ? null : fields.createField({ type }).fromDB(value));

const VALUES: unknown[] = [
  'text',
  '',
  'ทดสอบ',
  0,
  1,
  -0,
  12.5,
  '12.50',
  '1',
  '0',
  true,
  false,
  1796462748873,
  new Date('2026-12-05T03:00:00.000Z'),
  '2026-12-05T03:00:00.000Z',
  '2026-12-05',
  '10:30:00.000',
  '{"via":"GET /api/complaints","fields":["name"]}',
  '"\\"twice\\""',
  'not json',
  { a: 1 },
  [1, 2],
  null,
];
const TYPES = [
  'increments',
  'string',
  'text',
  'email',
  'uid',
  'richtext',
  'enumeration',
  'password',
  'json',
  'blocks',
  'integer',
  'float',
  'decimal',
  'date',
  'time',
  'datetime',
  'timestamp',
  'boolean',
];

describe('lean rows: values as Strapi’s query layer reads them', () => {
  it.each(TYPES)('%s', (type) => {
    for (const value of VALUES) expect([value, fromDb(type, value)]).toEqual([value, strapis(type, value)]);
  });

  it('refuses a type it does not know instead of guessing', () => {
    expect(() => fromDb('biginteger', '1')).toThrow(/biginteger/);
  });
});

describe('lean rows: a datetime written as V8 writes it', () => {
  const v8 = (value: number | string | Date) => {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  };
  const day = 86_400_000;
  const at = (iso: string) => Date.parse(iso);
  const EDGES = [
    0,
    -1,
    1,
    day - 1,
    -day,
    at('1000-01-01T00:00:00.000Z'),
    at('1000-01-01T00:00:00.000Z') - 1,
    at('9999-12-31T23:59:59.999Z'),
    at('9999-12-31T23:59:59.999Z') + 1,
    at('1900-02-28T23:59:59.999Z'),
    at('1900-03-01T00:00:00.000Z'),
    at('2000-02-29T12:00:00.000Z'),
    at('2000-03-01T00:00:00.000Z') - 1,
    at('2100-02-28T23:59:59.999Z'),
    at('2100-03-01T00:00:00.000Z'),
    at('2026-12-31T23:59:59.999Z'),
    at('2027-01-01T00:00:00.000Z'),
    at('0001-01-01T00:00:00.000Z'),
    -8_640_000_000_000_000,
    8_640_000_000_000_000,
    8_640_000_000_000_001,
    1.5,
    Number.NaN,
  ];

  it('at the edges of days, months, leap years and four-digit years, and outside them', () => {
    for (const ms of EDGES) expect([ms, datetime(ms)]).toEqual([ms, v8(ms)]);
  });

  it('at 100,000 instants spread over the years 1000 to 9999, as numbers, dates and text', () => {
    // a fixed sequence (no seed to vary between runs), dense around the years the data has
    let x = 0x2f6b3a1d;
    const next = () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) / 2 ** 32;
    };
    const [from, to] = [at('1000-01-01T00:00:00.000Z'), at('9999-12-31T23:59:59.999Z')];
    const [near, far] = [at('1990-01-01T00:00:00.000Z'), at('2100-01-01T00:00:00.000Z')];
    for (let i = 0; i < 100_000; i++) {
      const ms = i % 2 ? Math.floor(near + next() * (far - near)) : Math.floor(from + next() * (to - from));
      const expected = v8(ms);
      if (datetime(ms) !== expected) expect([ms, datetime(ms)]).toEqual([ms, expected]);
      if (i % 100 === 0) {
        expect(datetime(new Date(ms))).toBe(expected);
        expect(datetime(expected!)).toBe(expected);
      }
    }
  });
});

describe('lean rows: a row read whole', () => {
  // the metadata as Strapi builds it: a column name on each scalar attribute, none on relations or components
  const meta = (attributes: Meta['attributes']): Meta => ({ tableName: 'things', attributes });

  it('reads every attribute kept in a column, and no relation, component or media', () => {
    const stored = storedAttributes(
      meta({
        id: { type: 'increments', columnName: 'id' },
        documentId: { type: 'string', columnName: 'document_id' },
        blocked: { type: 'boolean', columnName: 'blocked' },
        role: { type: 'relation', target: 'plugin::users-permissions.role' },
        address: { type: 'relation', target: 'shared.address' },
      }),
      'api::thing.thing',
    );
    expect(stored.map(({ attribute, column }) => [attribute, column])).toEqual([
      ['id', 'id'],
      ['documentId', 'document_id'],
      ['blocked', 'blocked'],
    ]);
    expect(stored[2].convert(1)).toBe(true);
    expect(stored[2].convert(null)).toBeNull();
  });

  it('refuses, when the statement is planned, a column type it cannot convert', () => {
    expect(() => storedAttributes(meta({ size: { type: 'biginteger', columnName: 'size' } }), 'api::thing.thing')).toThrow(
      /api::thing\.thing\.size/,
    );
  });
});
