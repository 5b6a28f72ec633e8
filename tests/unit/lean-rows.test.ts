import path from 'path';
import { fromDb } from '../../src/lib/platform/lean-rows';

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
