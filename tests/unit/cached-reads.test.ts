import type { Core } from '@strapi/strapi';
import { cachedRead, dropCachedReads } from '../../src/lib/platform/cached-reads';

/** Kept reads: requests that miss together share one load, except a caller holding a transaction. */
function fakeStrapi(inTransaction: () => boolean) {
  return { db: { inTransaction, lifecycles: { subscribe: () => undefined } } } as unknown as Core.Strapi;
}

describe('cachedRead', () => {
  it('runs one load for requests that miss together, and keeps its value', async () => {
    const strapi = fakeStrapi(() => false);
    let loads = 0;
    let release!: (n: number) => void;
    const load = () => {
      loads++;
      return new Promise<number>((resolve) => (release = resolve));
    };
    const waiting = Array.from({ length: 5 }, () => cachedRead(strapi, ['api::x.x'], 'count', load));
    release(42);
    expect(await Promise.all(waiting)).toEqual([42, 42, 42, 42, 42]);
    expect(loads).toBe(1);
    expect(await cachedRead(strapi, ['api::x.x'], 'count', load)).toBe(42);
    expect(loads).toBe(1);
  });

  it('does not hand a load of before a write to a request after it', async () => {
    const strapi = fakeStrapi(() => false);
    let loads = 0;
    const resolvers: Array<(n: number) => void> = [];
    const load = () => {
      loads++;
      return new Promise<number>((resolve) => resolvers.push(resolve));
    };
    const before = cachedRead(strapi, ['api::x.x'], 'count', load);
    dropCachedReads(strapi, 'api::x.x');
    const after = cachedRead(strapi, ['api::x.x'], 'count', load);
    expect(loads).toBe(2);
    resolvers[0](1);
    resolvers[1](2);
    expect([await before, await after]).toEqual([1, 2]);
  });

  it('lets a caller inside a transaction load on its own, and shares nothing it loads', async () => {
    let inTx = false;
    const strapi = fakeStrapi(() => inTx);
    let loads = 0;
    const resolvers: Array<(n: number) => void> = [];
    const load = () => {
      loads++;
      return new Promise<number>((resolve) => resolvers.push(resolve));
    };
    const outside = cachedRead(strapi, ['api::x.x'], 'count', load);
    inTx = true;
    const inside = cachedRead(strapi, ['api::x.x'], 'count', load);
    expect(loads).toBe(2);
    resolvers[1](7);
    expect(await inside).toBe(7);
    resolvers[0](7);
    expect(await outside).toBe(7);
  });

  it('hands a failed load to those waiting for it, and tries again on the next miss', async () => {
    const strapi = fakeStrapi(() => false);
    let loads = 0;
    const failing = () => {
      loads++;
      return Promise.reject(new Error('database gone'));
    };
    const both = [cachedRead(strapi, ['api::y.y'], 'k', failing), cachedRead(strapi, ['api::y.y'], 'k', failing)];
    await expect(Promise.all(both)).rejects.toThrow('database gone');
    expect(loads).toBe(1);
    expect(await cachedRead(strapi, ['api::y.y'], 'k', async () => 3)).toBe(3);
  });

  it('keeps at most `max` reads of a group, dropping the least recently used, and leaves other reads alone', async () => {
    const strapi = fakeStrapi(() => false);
    const loads: string[] = [];
    const page = (term: string) =>
      cachedRead(
        strapi,
        ['api::m.m'],
        term,
        async () => {
          loads.push(term);
          return `page of ${term}`;
        },
        { group: 'pages', max: 2 },
      );
    let counts = 0;
    const count = () =>
      cachedRead(strapi, ['api::m.m'], 'total', async () => {
        counts++;
        return 9;
      });
    await count();
    await page('a');
    await page('b');
    expect(await page('a')).toBe('page of a'); // kept, and now the most recently used
    await page('c'); // one too many: b goes
    await page('a');
    await page('c');
    expect(loads).toEqual(['a', 'b', 'c']);
    await page('b');
    expect(loads).toEqual(['a', 'b', 'c', 'b']);
    await count();
    expect(counts).toBe(1);
    // a write of the type drops the group's reads too
    dropCachedReads(strapi, 'api::m.m');
    await page('b');
    expect(loads).toEqual(['a', 'b', 'c', 'b', 'b']);
  });
});
