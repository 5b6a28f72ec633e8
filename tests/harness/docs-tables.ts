import type { Core } from '@strapi/strapi';
import fs from 'fs';
import path from 'path';
import { domainOfApi } from '../../src/lib/manifests';

/**
 * The route and role tables of docs/*.md, rendered from a running Strapi: the routes from Strapi's
 * content-API route map (checked against its HTTP router), who may call each from the roles'
 * permissions in the database. A docs file holds a table between
 * `<!-- generated:<name> -->` and `<!-- /generated -->`; tests/api/docs-tables.test.ts compares them
 * and, with UPDATE_DOCS=1, rewrites them.
 */

export interface DocRoute {
  domain: string;
  method: string;
  path: string;
  /** the users-permissions action the route checks, or null for `auth: false` */
  action: string | null;
  roles: string[];
}

export interface DocRole {
  type: string;
  description: string;
  actions: string[];
}

interface RouteDef {
  method: string;
  path: string;
  handler?: unknown;
  config?: { auth?: false | { scope?: string[] } };
}

/** Roles as stored (what the running app enforces), with their permissions' actions. */
export async function loadRoles(strapi: Core.Strapi): Promise<DocRole[]> {
  const roles = (await strapi.db.query('plugin::users-permissions.role').findMany({ populate: ['permissions'] })) as Array<{
    type: string;
    description?: string;
    permissions?: Array<{ action: string }>;
  }>;
  return roles
    .map((r) => ({
      type: r.type,
      description: r.description ?? '',
      actions: [...new Set((r.permissions ?? []).map((p) => p.action))].sort(),
    }))
    .sort((a: DocRole, b: DocRole) => roleOrder(a.type) - roleOrder(b.type) || a.type.localeCompare(b.type));
}

/** public and authenticated first (Strapi's own), then ours alphabetically. */
function roleOrder(type: string) {
  return type === 'public' ? 0 : type === 'authenticated' ? 1 : 2;
}

/**
 * Every content-API route (ours and plugins') with its action and the roles granted it. Throws when a
 * route in Strapi's HTTP router is missing from the route map or the other way round, so the tables
 * cannot silently leave a route out.
 */
export async function loadRoutes(strapi: Core.Strapi, roles: DocRole[]): Promise<DocRoute[]> {
  const map = (await (strapi as unknown as { contentAPI: { getRoutesMap(): Promise<unknown> } }).contentAPI.getRoutesMap()) as Record<
    string,
    RouteDef[]
  >;
  const out: DocRoute[] = [];
  for (const [source, defs] of Object.entries(map)) {
    const [kind, name] = source.split('::');
    const domain = kind === 'api' ? domainOfApi[name] : 'platform';
    if (!domain) throw new Error(`docs: API "${name}" has routes but no docs file; list it in its domain manifest's apis`);
    for (const def of defs) {
      const auth = def.config?.auth;
      const action = auth === false ? null : (auth?.scope?.[0] ?? null);
      out.push({
        domain,
        method: def.method.toUpperCase(),
        // a plugin's `/` route is mapped as `/api/upload/`; the router serves `/api/upload`
        path: def.path.length > 1 ? def.path.replace(/\/$/, '') : def.path,
        action,
        roles: action ? roles.filter((r) => r.actions.includes(action)).map((r) => r.type) : [],
      });
    }
  }
  const mapped = new Set(out.map((r) => `${r.method} ${r.path}`));
  const served = new Set<string>();
  for (const layer of (strapi.server.router as unknown as { stack: Array<{ methods: string[]; path: unknown }> }).stack) {
    if (typeof layer.path !== 'string' || !layer.path.startsWith('/api/')) continue;
    for (const m of layer.methods) if (m !== 'HEAD') served.add(`${m} ${layer.path}`);
  }
  const unmapped = [...served].filter((k) => !mapped.has(k));
  const unserved = [...mapped].filter((k) => !served.has(k));
  if (unmapped.length || unserved.length) {
    throw new Error(`route map and HTTP router differ: not in the map ${JSON.stringify(unmapped)}, not served ${JSON.stringify(unserved)}`);
  }
  return out.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** `api::complaint.complaint.find` → `complaint.find`; plugin actions keep their plugin's name. */
function shortAction(action: string) {
  const m = /^api::([\w-]+)\.([\w-]+)\.(\w+)$/.exec(action);
  if (m && m[1] === m[2]) return `${m[1]}.${m[3]}`;
  return action.replace(/^(api|plugin)::/, '');
}

/** Who: a role list, shortened when it is every role or every signed-in one. */
function who(route: DocRoute, roles: DocRole[]) {
  if (!route.action) return 'anyone, no login';
  const all = roles.map((r) => r.type);
  const signedIn = all.filter((t) => t !== 'public');
  const has = (types: string[]) => types.length === route.roles.length && types.every((t) => route.roles.includes(t));
  if (has(all)) return 'every role, `public` included';
  if (has(signedIn)) return 'every signed-in role';
  return route.roles.map((t) => `\`${t}\``).join(', ') || 'none';
}

export function renderRoutes(routes: DocRoute[], roles: DocRole[], domain: string): string {
  const rows = routes
    .filter((r) => r.domain === domain)
    .map((r) => `| \`${r.method} ${r.path}\` | ${r.action ? `\`${shortAction(r.action)}\`` : '—'} | ${who(r, roles)} |`);
  return ['| route | action | roles allowed |', '|---|---|---|', ...rows].join('\n');
}

/** One row per role: its actions grouped by controller, `complaint: find, findOne; province: find`. */
export function renderRoles(roles: DocRole[]): string {
  const rows = roles.map((r) => {
    const groups = new Map<string, string[]>();
    for (const a of r.actions) {
      const short = shortAction(a);
      const i = short.lastIndexOf('.');
      const key = short.slice(0, i);
      groups.set(key, [...(groups.get(key) ?? []), short.slice(i + 1)]);
    }
    const actions = [...groups].map(([k, acts]) => `\`${k}\`: ${acts.join(', ')}`).join('; ');
    return `| \`${r.type}\` | ${r.description.replace(/\|/g, '\\|')} | ${actions || 'none'} |`;
  });
  return ['| role | who | actions |', '|---|---|---|', ...rows].join('\n');
}

const DOCS_DIR = path.resolve(__dirname, '..', '..', 'docs');
const BLOCK = /(<!-- generated:([\w:-]+) -->\n)([\s\S]*?)(<!-- \/generated -->)/g;

export interface Block {
  file: string;
  name: string;
  body: string;
}

/** The generated blocks of every docs/*.md. */
export function readBlocks(dir = DOCS_DIR): Block[] {
  const out: Block[] = [];
  for (const f of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of text.matchAll(BLOCK)) out.push({ file: f, name: m[2], body: m[3] });
  }
  return out;
}

/** Replaces the blocks' bodies with `render(name)`; returns the files it changed. */
export function writeBlocks(render: (name: string) => string, dir = DOCS_DIR): string[] {
  const changed: string[] = [];
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.md'))) {
    const file = path.join(dir, f);
    const text = fs.readFileSync(file, 'utf8');
    const next = text.replace(
      BLOCK,
      (_all, open: string, name: string, _body: string, close: string) => `${open}${render(name)}\n${close}`,
    );
    if (next !== text) {
      fs.writeFileSync(file, next);
      changed.push(f);
    }
  }
  return changed;
}
