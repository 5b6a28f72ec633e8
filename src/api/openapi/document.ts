import type { Core } from '@strapi/strapi';
import { yup } from '@strapi/utils';
import { attributesSchema, jsonSchemaOf, queryParameters, type JsonSchema } from '../../lib/platform/openapi';
import { routeDocs, type RouteDoc } from './registry';
import { adminRouteDocs } from './admin-routes';
import { EXCLUDED_ROUTES, pluginRouteDocs } from './plugin-routes';

/**
 * The OpenAPI 3 document of MIND Desk's content API, built from the router at runtime: every route of
 * our APIs (src/api/*), the custom ones from the registry (registry.ts, with the request schemas
 * that validate them), the core ones (find, findOne, create, update, delete) from their content type;
 * the plugins' routes our callers use (sign-in, own account, upload: plugin-routes.ts, which also lists
 * those left out and why) and our admin-panel routes (admin routers named `mind-*`: admin-routes.ts).
 */
interface Route {
  method: string;
  path: string;
  handler?: unknown;
  config?: { auth?: unknown };
}

/**
 * The other routes of the HTTP router (what answers requests): the plugins' content API under /api, and
 * our admin routers (named `mind-*`), with their full path (`POST /admin/mind-webhooks/endpoints/:id/secret`).
 */
function otherRoutes(strapi: Core.Strapi, ours: Set<string>): Array<{ key: string; method: string; path: string; admin: boolean }> {
  const adminPaths = new Set<string>();
  const adminRouters = (strapi.admin as unknown as { routes: Record<string, { routes?: Array<{ path: string }> }> }).routes ?? {};
  for (const [name, router] of Object.entries(adminRouters)) {
    if (name.startsWith('mind-')) for (const r of router.routes ?? []) adminPaths.add(`/admin${r.path}`);
  }
  const out = new Map<string, { key: string; method: string; path: string; admin: boolean }>();
  const stack = (strapi.server.router as unknown as { stack: Array<{ methods: string[]; path: unknown }> }).stack;
  for (const layer of stack) {
    if (typeof layer.path !== 'string') continue;
    const admin = adminPaths.has(layer.path);
    if (!admin && !layer.path.startsWith('/api/')) continue;
    for (const method of layer.methods.filter((m) => m !== 'HEAD')) {
      const key = `${method} ${layer.path}`;
      if (!ours.has(key)) out.set(key, { key, method, path: layer.path, admin });
    }
  }
  return [...out.values()];
}

/** Every content-API route of our APIs, keyed as the router holds it (`GET /api/complaints/:id`). */
function ourRoutes(strapi: Core.Strapi): Array<{ key: string; route: Route }> {
  const out: Array<{ key: string; route: Route }> = [];
  for (const api of Object.values(strapi.apis)) {
    for (const router of Object.values((api.routes ?? {}) as Record<string, { routes?: Route[] }>)) {
      for (const route of router.routes ?? []) out.push({ key: `${route.method} /api${route.path}`, route });
    }
  }
  return out;
}

const CORE_ACTIONS = ['find', 'findOne', 'create', 'update', 'delete'] as const;
type CoreAction = (typeof CORE_ACTIONS)[number];

/** A core route's content type and action (`api::complaint.complaint.find`), or null for a custom route. */
function coreRoute(strapi: Core.Strapi, route: Route): { uid: string; action: CoreAction; single: boolean } | null {
  if (typeof route.handler !== 'string') return null;
  const m = /^(api::[^.]+\.[^.]+)\.([A-Za-z]+)$/.exec(route.handler);
  if (!m || !(CORE_ACTIONS as readonly string[]).includes(m[2])) return null;
  const ct = strapi.contentTypes[m[1] as keyof typeof strapi.contentTypes] as
    { kind?: string; info?: { pluralName?: string; singularName?: string } } | undefined;
  // a collection type's routes are /<pluralName>[/:id], a single type's /<singularName>
  const base = ct?.kind === 'singleType' ? ct.info?.singularName : ct?.info?.pluralName;
  if (!base || !route.path.startsWith(`/${base}`)) return null;
  return { uid: m[1], action: m[2] as CoreAction, single: ct?.kind === 'singleType' };
}

const pascal = (s: string) => s.replace(/(^|[-_])([a-z0-9])/g, (_m, _sep, c: string) => c.toUpperCase());
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorRefs = (open311: boolean) =>
  Object.fromEntries(
    ['400', '401', '403', '404', '429'].map((s) => [s, { $ref: `#/components/responses/${open311 ? 'Open311Error' : 'Error'}${s}` }]),
  );

const isYup = (s: unknown): s is yup.AnySchema => yup.isSchema(s);
const schemaOf = (s: yup.AnySchema | JsonSchema) => (isYup(s) ? jsonSchemaOf(s) : s);

function pathParameters(path: string) {
  return [...path.matchAll(/:([A-Za-z_]+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
}

function customOperation(key: string, route: Route, doc: RouteDoc) {
  const open311 = route.path.startsWith('/open311/');
  const parameters = [...pathParameters(route.path), ...(doc.query ? queryParameters(doc.query) : [])];
  let requestBody: JsonSchema | undefined;
  if (doc.body) {
    const inner = schemaOf(doc.body);
    const body = doc.wrapped ? { type: 'object', properties: { data: inner }, required: ['data'] } : inner;
    const content: Record<string, JsonSchema> = open311
      ? { 'application/x-www-form-urlencoded': { schema: body }, 'application/json': { schema: body } }
      : { 'application/json': { schema: body } };
    if (doc.files) {
      content['multipart/form-data'] = {
        schema: {
          type: 'object',
          properties: {
            data: { type: 'string', description: 'the JSON body as text' },
            ...Object.fromEntries(doc.files.map((f) => [f, { type: 'array', items: { type: 'string', format: 'binary' } }])),
          },
        },
      };
    }
    requestBody = { required: true, content };
  }
  const success = String(doc.status ?? 200);
  const answer = doc.response ?? {};
  const content = doc.csv
    ? { 'text/csv': { schema: { type: 'string' } } }
    : open311
      ? { 'application/json': { schema: answer }, 'application/xml': { schema: { type: 'string' } } }
      : { 'application/json': { schema: answer } };
  return {
    operationId: key.replace(/[^A-Za-z0-9]+/g, '_').replace(/_+$/, ''),
    tags: [doc.tag],
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    parameters,
    ...(requestBody ? { requestBody } : {}),
    responses: { [success]: { description: 'OK', content }, ...errorRefs(open311) },
    security: route.config?.auth === false ? [] : [{ bearerAuth: [] }],
  };
}

function coreOperation(key: string, route: Route, uid: string, action: CoreAction, single: boolean, strapi: Core.Strapi) {
  const ct = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as unknown as {
    info: { singularName: string; displayName?: string };
  };
  const name = pascal(ct.info.singularName);
  const list = action === 'find' && !single;
  const parameters = [
    ...pathParameters(route.path),
    ...(list
      ? [
          { name: 'pagination[page]', in: 'query', schema: { type: 'integer', minimum: 1 } },
          { name: 'pagination[pageSize]', in: 'query', schema: { type: 'integer', minimum: 1 }, description: 'at most API_MAX_LIMIT' },
          { name: 'sort', in: 'query', schema: { type: 'string' }, description: 'e.g. createdAt:desc' },
          { name: 'filters', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' } },
        ]
      : []),
    ...(action === 'find' || action === 'findOne'
      ? [
          { name: 'fields', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' } },
          { name: 'populate', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' } },
        ]
      : []),
  ];
  const write = action === 'create' || action === 'update';
  const out = list
    ? { type: 'object', properties: { data: { type: 'array', items: ref(name) }, meta: { type: 'object' } } }
    : { type: 'object', properties: { data: ref(name), meta: { type: 'object' } } };
  const status = action === 'create' ? '201' : action === 'delete' ? '2XX' : '200';
  return {
    operationId: key.replace(/[^A-Za-z0-9]+/g, '_').replace(/_+$/, ''),
    tags: [ct.info.displayName ?? name],
    summary: `${action} ${ct.info.displayName ?? name}`,
    parameters,
    ...(write
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { type: 'object', properties: { data: ref(`${name}Input`) }, required: ['data'] } },
            },
          },
        }
      : {}),
    responses: { [status]: { description: 'OK', content: { 'application/json': { schema: out } } }, ...errorRefs(false) },
    security: route.config?.auth === false ? [] : [{ bearerAuth: [] }],
  };
}

const errorResponse = (status: number, open311: boolean) => ({
  description: open311 ? `Open311 error (${status})` : `Error (${status})`,
  content: open311
    ? {
        'application/json': { schema: ref('Open311Errors') },
        'application/xml': { schema: { type: 'string', description: '<errors><error><code/><description/></error></errors>' } },
      }
    : { 'application/json': { schema: ref('Error') } },
});

/** The document, and the keys of the routes it could not describe (no registry entry, not a core route). */
export function openApiDocument(strapi: Core.Strapi, serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, JsonSchema> = {
    Error: {
      type: 'object',
      properties: {
        data: { nullable: true },
        error: {
          type: 'object',
          properties: { status: { type: 'integer' }, name: { type: 'string' }, message: { type: 'string' }, details: { type: 'object' } },
        },
      },
    },
    Open311Errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'description'],
        properties: { code: { type: 'integer' }, description: { type: 'string' } },
      },
    },
  };
  const undocumented: string[] = [];
  for (const { key, route } of ourRoutes(strapi)) {
    const doc = routeDocs[key];
    const core = doc ? null : coreRoute(strapi, route);
    if (!doc && !core) {
      undocumented.push(key);
      continue;
    }
    if (core) {
      const ct = strapi.contentTypes[core.uid as keyof typeof strapi.contentTypes] as unknown as {
        info: { singularName: string };
        attributes: Parameters<typeof attributesSchema>[0];
      };
      const name = pascal(ct.info.singularName);
      schemas[name] ??= attributesSchema(ct.attributes, 'output');
      schemas[`${name}Input`] ??= attributesSchema(ct.attributes, 'input');
    }
    const path = `/api${route.path}`.replace(/:([A-Za-z_]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = doc
      ? customOperation(key, route, doc)
      : coreOperation(key, route, core!.uid, core!.action, core!.single, strapi);
  }
  const ours = new Set(ourRoutes(strapi).map((r) => r.key));
  for (const r of otherRoutes(strapi, ours)) {
    if (r.key in EXCLUDED_ROUTES) continue;
    const doc = r.admin ? adminRouteDocs[r.key] : pluginRouteDocs[r.key];
    if (!doc) {
      undocumented.push(r.key);
      continue;
    }
    const isPublic = !r.admin && (doc as { public?: boolean }).public === true;
    // customOperation reads paths relative to /api; an admin path keeps its own prefix
    const relative = r.admin ? r.path : r.path.slice('/api'.length);
    const operation = customOperation(r.key, { method: r.method, path: relative, config: isPublic ? { auth: false } : {} }, doc);
    const path = r.path.replace(/:([A-Za-z_]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][r.method.toLowerCase()] = r.admin ? { ...operation, security: [{ adminBearer: [] }] } : operation;
  }
  const responses: Record<string, unknown> = {};
  for (const s of [400, 401, 403, 404, 429]) {
    responses[`Error${s}`] = errorResponse(s, false);
    responses[`Open311Error${s}`] = errorResponse(s, true);
  }
  const document = {
    openapi: '3.0.3',
    info: {
      title: 'MIND Desk API',
      version: '1',
      description:
        'ระบบงานกองตรวจราชการ กระทรวงอุตสาหกรรม / The content API of MIND Desk, the Inspector-General division’s back office (Ministry of Industry). ' +
        'Signed-in calls send `Authorization: Bearer <jwt>` from POST /api/auth/local. Errors are `{ data: null, error: { status, name, message, details } }`; ' +
        'Open311 paths answer the GeoReport v2 error list instead.',
    },
    servers: [{ url: serverUrl || '/' }],
    paths,
    components: {
      schemas,
      responses,
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        adminBearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'an admin-panel token (POST /admin/login)' },
      },
    },
    // plugin routes left out on purpose, and why (plugin-routes.ts)
    'x-excluded-routes': EXCLUDED_ROUTES,
  };
  return { document, undocumented };
}
