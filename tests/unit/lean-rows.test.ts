import path from 'path';
import { fromDb, storedAttributes, type Meta } from '../../src/lib/platform/lean-rows';

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
