import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { bootStrapi, TestApp } from '../harness/strapi';
import { registeredRoutes } from '../security/world';

/**
 * The OpenAPI document at /api/openapi.json: valid OpenAPI 3 (checked by @seriousme/openapi-schema-validator,
 * run as its CLI: the package is ESM-only), and describing every content-API route of our APIs that the
 * router holds — a route added without its entry in src/api/openapi/registry.ts fails here, naming it.
 */
interface Operation {
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: Record<string, unknown> }>;
  requestBody?: { content: Record<string, { schema: Record<string, any> }> };
  summary?: string;
  security?: unknown[];
}
type Doc = { paths: Record<string, Record<string, Operation>>; openapi: string; 'x-excluded-routes': Record<string, string> };

describe('OpenAPI document', () => {
  let app: TestApp;
  let doc: Doc;

  beforeAll(async () => {
    app = await bootStrapi();
    const res = await app.http().get('/api/openapi.json').expect(200);
    expect(res.headers['content-type']).toMatch(/json/);
    doc = res.body;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('is a valid OpenAPI 3 document', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'openapi-')), 'openapi.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const cli = require.resolve('@seriousme/openapi-schema-validator/bin/validate-api-cli.js');
    const run = spawnSync(process.execPath, [cli, file], { encoding: 'utf8' });
    const result = JSON.parse(run.stdout || '{}');
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toMatch(/^3\./);
  });

  it('describes every route of our APIs in the router, path parameters included', () => {
    const missing: string[] = [];
    for (const api of Object.values(app.strapi.apis)) {
      for (const router of Object.values((api.routes ?? {}) as Record<string, { routes?: Array<{ method: string; path: string }> }>)) {
        for (const r of router.routes ?? []) {
          const p = `/api${r.path}`.replace(/:([A-Za-z_]+)/g, '{$1}');
          const op = doc.paths[p]?.[r.method.toLowerCase()];
          if (!op?.summary) {
            missing.push(`${r.method} /api${r.path}`);
            continue;
          }
          for (const name of [...r.path.matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1])) {
            if (!op.parameters?.some((x) => x.in === 'path' && x.name === name && x.required))
              missing.push(`${r.method} /api${r.path}: path parameter ${name}`);
          }
        }
      }
    }
    // add an entry in src/api/openapi/registry.ts for each (docs/openapi.md)
    expect(missing).toEqual([]);
  });

  it('describes every other route of the router (plugins, our admin routes) or names it as left out, with a reason', () => {
    const routes = registeredRoutes(app.strapi);
    const excluded = doc['x-excluded-routes'];
    const missing = routes
      .filter((r) => !(r.key in excluded))
      .filter((r) => !doc.paths[r.path.replace(/:([A-Za-z_]+)/g, '{$1}')]?.[r.method.toLowerCase()]?.summary)
      .map((r) => r.key);
    // a plugin route: src/api/openapi/plugin-routes.ts; an admin route (/admin/mind-…): src/api/openapi/admin-routes.ts
    expect(missing).toEqual([]);
    const keys = new Set(routes.map((r) => r.key));
    expect(Object.keys(excluded).filter((k) => !keys.has(k))).toEqual([]);
    expect(Object.values(excluded).every((reason) => reason.length > 10)).toBe(true);
    // the ones our callers use are described, with the admin login where the panel calls them
    expect(doc.paths['/api/auth/local'].post.security).toEqual([]);
    expect(doc.paths['/api/users/me'].get.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.paths['/admin/mind-webhooks/endpoints/{id}/secret'].post.security).toEqual([{ adminBearer: [] }]);
  });

  it('takes the Open311 inputs from the schemas that validate them', () => {
    const list = doc.paths['/api/open311/v2/requests.json'].get;
    const param = (name: string) => list.parameters!.find((x) => x.name === name);
    expect(param('page_size')?.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 200 });
    expect(param('start_date')?.schema).toMatchObject({ type: 'string', format: 'date-time' });
    expect(list.security).toEqual([]);
    const post = doc.paths['/api/open311/v2/requests.xml'].post;
    const form = post.requestBody!.content['application/x-www-form-urlencoded'].schema;
    expect(form.required).toEqual(['service_code']);
    expect(form.properties.service_code).toMatchObject({ type: 'string', maxLength: 40 });
    expect(form.properties.media_url.pattern).toBeDefined();
    // a staff route needs the bearer token; a core route is described from its content type
    expect(doc.paths['/api/complaints/{id}/transition'].post.security).toEqual([{ bearerAuth: [] }]);
    const complaints = doc.paths['/api/complaints'].get;
    expect(complaints.parameters!.map((x) => x.name)).toEqual(expect.arrayContaining(['pagination[page]', 'filters']));
  });

  it('never shows a private attribute in a content type schema', () => {
    const schemas = (doc as any).components.schemas;
    expect(Object.keys(schemas.Complaint.properties)).not.toEqual(expect.arrayContaining(['complainant']));
    expect(schemas.Complaint.properties).not.toHaveProperty('trackingCode');
    expect(schemas.Complaint.properties).toHaveProperty('ticketNumber');
  });
});
