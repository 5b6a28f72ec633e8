import fs from 'fs';
import path from 'path';

// Strapi 5 reserves these attribute names; `status` in particular collides with the Content Manager's
// draft/published parameter, so an admin could not save such an entry (400 "Invalid status").
const RESERVED = [
  'id',
  'document_id',
  'documentId',
  'created_at',
  'updated_at',
  'published_at',
  'created_by',
  'updated_by',
  'entry_id',
  'status',
  'localizations',
  'meta',
  'locale',
  '__component',
  '__contentType',
  'then',
  'document',
];

const apiDir = path.resolve(__dirname, '..', '..', 'src', 'api');
const schemas = fs
  .readdirSync(apiDir)
  .flatMap((api) => {
    const dir = path.join(apiDir, api, 'content-types');
    return fs.existsSync(dir) ? fs.readdirSync(dir).map((ct) => path.join(dir, ct, 'schema.json')) : [];
  })
  .filter((f) => fs.existsSync(f));

describe('content-type schemas', () => {
  it('exist', () => {
    expect(schemas.length).toBeGreaterThan(5);
  });

  it.each(schemas.map((f) => [path.relative(apiDir, f), f]))('%s uses no reserved attribute name', (_name, file) => {
    const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
    const bad = Object.keys(schema.attributes).filter((a) => RESERVED.includes(a) || /^_{0,2}strapi/.test(a));
    expect(bad).toEqual([]);
  });

  it.each(schemas.map((f) => [path.relative(apiDir, f), f]))('%s has Thai and English display names', (_name, file) => {
    const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(schema.info.displayName).toMatch(/[\u0E00-\u0E7F].* \/ [A-Za-z]/);
  });
});
