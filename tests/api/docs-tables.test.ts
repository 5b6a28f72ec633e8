import { bootStrapi, TestApp } from '../harness/strapi';
import { DocRole, DocRoute, loadRoles, loadRoutes, readBlocks, renderRoles, renderRoutes, writeBlocks } from '../harness/docs-tables';

/**
 * The route and role tables in docs/*.md are the running app's, not copies: this test renders them
 * from one boot and fails when a block differs. `npm run docs:tables` (UPDATE_DOCS=1)
 * rewrites the blocks instead.
 */
describe('generated tables in docs/', () => {
  let app: TestApp;
  let routes: DocRoute[];
  let roles: DocRole[];

  beforeAll(async () => {
    app = await bootStrapi();
    roles = await loadRoles(app.strapi);
    routes = await loadRoutes(app.strapi, roles);
  });

  afterAll(async () => {
    await app?.close();
  });

  const render = (name: string) => {
    if (name === 'roles') return renderRoles(roles);
    const m = /^routes:([\w-]+)$/.exec(name);
    if (m && routes.some((r) => r.domain === m[1])) return renderRoutes(routes, roles, m[1]);
    throw new Error(`docs: unknown generated block "${name}"`);
  };

  it('every domain with routes, and the roles, have a block', () => {
    const names = new Set(readBlocks().map((b) => b.name));
    const wanted = ['roles', ...new Set(routes.map((r) => `routes:${r.domain}`))];
    expect(wanted.filter((n) => !names.has(n))).toEqual([]);
  });

  it('each block is what the running app says', () => {
    if (process.env.UPDATE_DOCS === '1') writeBlocks(render);
    const stale = readBlocks()
      .filter((b) => b.body !== `${render(b.name)}\n`)
      .map((b) => `${b.file}: ${b.name}`);
    expect({ stale, fix: stale.length ? 'npm run docs:tables' : '' }).toEqual({ stale: [], fix: '' });
  });
});
