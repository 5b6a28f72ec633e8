import { bootStrapi, TestApp } from '../harness/strapi';
import { indexedMatch, literalPrefix, type RouteLayer } from '../../src/lib/platform/route-index';

/**
 * The server's routing narrows the routes it tests by their leading path segments; every request must
 * still reach exactly the routes @koa/router's own `match` finds, in the same order, over the whole
 * route table of a started MIND Desk (content API, admin panel, every plugin).
 */
describe('routing by an index of the routes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.close();
  });

  type Router = {
    stack: RouteLayer[];
    match(path: string, method: string): { path: RouteLayer[]; pathAndMethod: RouteLayer[]; route: boolean };
  };
  const router = () => app.strapi.server.router as unknown as Router;

  /** A request path that a route's pattern could match: parameters and patterns filled in. */
  const sample = (routePath: string) =>
    routePath
      .replace(/:\w+(\([^)]*\))?[?*+]?/g, 'x1')
      .replace(/\(\.\*\)/g, 'a/b')
      .replace(/\([^)]*\)/g, '');

  it('finds the same routes as @koa/router for every route of the server, in any letter case, with or without a trailing slash', async () => {
    const { stack } = router();
    expect(stack.length).toBeGreaterThan(300);
    const original = Object.getPrototypeOf(router()).match as Router['match'];
    const indexed = indexedMatch(router());
    const positions = (layers: RouteLayer[]) => layers.map((l) => stack.indexOf(l));
    const paths = new Set<string>([
      '/',
      '//',
      '/_health',
      '/api',
      '/api/',
      '/api//complaints',
      '/api/complaints/%2e%2e/users',
      '/API/Complaints',
      '/api/public/complaints/ABC123',
      '/admin',
      '/admin/x/y/z',
      '/nothing/here',
      '/content-manager/collection-types/api::complaint.complaint/abc',
      '/upload/files',
      '/i18n/locales',
      '/users-permissions/roles',
    ]);
    for (const layer of stack) {
      const p = sample(layer.path);
      paths.add(p).add(p.toUpperCase()).add(`${p}/`).add(`${p}/more`);
    }
    let matchedSomething = 0;
    for (const path of paths) {
      for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
        const expected = original.call(router(), path, method);
        const got = indexed(path, method);
        expect({ path, method, route: got.route, all: positions(got.path), methodToo: positions(got.pathAndMethod) }).toEqual({
          path,
          method,
          route: expected.route,
          all: positions(expected.path),
          methodToo: positions(expected.pathAndMethod),
        });
        if (expected.route) matchedSomething++;
      }
    }
    // the samples do reach routes (not a comparison of empty answers)
    expect(matchedSomething).toBeGreaterThan(stack.length / 2);
  });

  it('serves requests through the index: a route, a miss and a wrong method answer as before', async () => {
    expect(router().match).not.toBe(Object.getPrototypeOf(router()).match);
    expect((await app.http().get('/_health')).status).toBe(204);
    expect((await app.http().get('/api/nothing-here')).status).toBe(404);
    expect((await app.http().get('/API/PUBLIC/COMPLAINTS/NO-SUCH-CODE')).status).toBe(404);
    const listed = await app.http().get('/api/training-materials');
    expect([200, 401, 403]).toContain(listed.status);
    // a known path with a method it does not take: koa-router's allowedMethods answers 405
    expect((await app.http().delete('/api/public/complaints/NO-SUCH-CODE')).status).toBe(405);
  });
});

describe('literal prefix of a route path', () => {
  it('keeps the plain leading segments, at most two, in lower case', () => {
    expect(literalPrefix('/api/complaints/:id')).toEqual(['api', 'complaints']);
    expect(literalPrefix('/api/complaints')).toEqual(['api', 'complaints']);
    expect(literalPrefix('/API/Public/complaints')).toEqual(['api', 'public']);
    expect(literalPrefix('/upload/:id')).toEqual(['upload']);
    expect(literalPrefix('/content-manager/collection-types/:model')).toEqual(['content-manager', 'collection-types']);
  });

  it('stops at anything that may be a parameter or a pattern', () => {
    expect(literalPrefix('/:id')).toEqual([]);
    expect(literalPrefix('/admin([^/]*)')).toEqual([]);
    expect(literalPrefix('/api/(.*)')).toEqual(['api']);
    expect(literalPrefix('/api/x{-:y}')).toEqual(['api']);
    expect(literalPrefix('([^/]*)')).toEqual([]);
    expect(literalPrefix('')).toEqual([]);
    expect(literalPrefix('/')).toEqual([]);
  });
});
