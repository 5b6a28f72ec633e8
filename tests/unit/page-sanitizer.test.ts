import { sanitizePage } from '../../src/lib/platform/page-sanitizer';

/**
 * A lean page sanitised through one template (src/lib/platform/page-sanitizer.ts) must equal the page
 * sanitised row by row, with the sanitizer run once when the page can be mirrored and row by row when not.
 */
type Node = Record<string, unknown>;

/** A sanitizer of the kind Strapi's are: keys removed by name and place, whatever their values. */
function schemaSanitizer(calls: number[]) {
  const strip = (node: Node, path: string): Node => {
    const out: Node = {};
    for (const [k, v] of Object.entries(node)) {
      const at = path ? `${path}.${k}` : k;
      if (['complainant', 'category.secret', 'attachments.hash', 'team'].includes(at)) continue;
      if (Array.isArray(v)) out[k] = v.map((e) => strip(e as Node, at));
      else if (v && typeof v === 'object') out[k] = strip(v as Node, at);
      else out[k] = v;
    }
    return out;
  };
  return async (rows: Node[]) => {
    calls.push(rows.length);
    return rows.map((r) => strip(r, ''));
  };
}

const page = (): Node[] => [
  { id: 1, title: 'a', complainant: { name: 'x' }, category: null, team: null, attachments: [] },
  {
    id: 2,
    title: 'b',
    complainant: null,
    category: { code: 'noise', secret: 's' },
    team: { name: 't' },
    attachments: [{ url: '/u', hash: 'h' }],
  },
  {
    id: 3,
    title: 'c',
    complainant: { name: 'y' },
    category: { code: 'dust', secret: 's2' },
    team: null,
    attachments: [
      { url: '/v', hash: 'i' },
      { url: '/w', hash: 'j' },
    ],
  },
];

async function both(rows: () => Node[], sanitize: (calls: number[]) => (rows: Node[]) => Promise<Node[]>) {
  const byRow = await sanitize([])(rows());
  const calls: number[] = [];
  const mirrored = await sanitizePage(rows(), sanitize(calls));
  return { byRow, mirrored, calls };
}

describe('a lean page sanitised through one template', () => {
  it('removes from every row what the sanitizer removes, nested relations and lists included, running it once', async () => {
    const { byRow, mirrored, calls } = await both(page, schemaSanitizer);
    expect(mirrored).toEqual(byRow);
    expect(mirrored[1]).toEqual({ id: 2, title: 'b', category: { code: 'noise' }, attachments: [{ url: '/u' }] });
    expect(calls).toEqual([1]);
  });

  it('removes what the sanitizer removes only deep inside relations and lists, and leaves a page it keeps whole as it is', async () => {
    const deepOnly = (calls: number[]) => {
      const strip = (node: Node, path: string): Node =>
        Object.fromEntries(
          Object.entries(node)
            .filter(([k]) => ![`category.secret`, `attachments.hash`].includes(path ? `${path}.${k}` : k))
            .map(([k, v]) => [
              k,
              Array.isArray(v) ? v.map((e) => strip(e as Node, k)) : v && typeof v === 'object' ? strip(v as Node, k) : v,
            ]),
        );
      return async (rows: Node[]) => {
        calls.push(rows.length);
        return rows.map((r) => strip(r, ''));
      };
    };
    for (const only of ['category', 'attachments']) {
      const rows = () => page().map((r) => ({ ...r, [only === 'category' ? 'attachments' : 'category']: null }));
      const { byRow, mirrored, calls } = await both(rows, deepOnly);
      expect(mirrored).toEqual(byRow);
      expect(JSON.stringify(mirrored)).not.toMatch(/secret|hash/);
      expect(calls).toEqual([1]);
    }
    const whole = (calls: number[]) => async (rows: Node[]) => {
      calls.push(rows.length);
      return structuredClone(rows);
    };
    const { mirrored, calls } = await both(page, whole);
    expect(mirrored).toEqual(page());
    expect(calls).toEqual([1]);
  });

  it('goes row by row when the sanitizer changes a value instead of removing a key', async () => {
    const masking = (calls: number[]) => async (rows: Node[]) => {
      calls.push(rows.length);
      return rows.map((r) => ({ ...r, title: String(r.title).toUpperCase() }));
    };
    const { byRow, mirrored, calls } = await both(page, masking);
    expect(mirrored).toEqual(byRow);
    expect(calls).toEqual([1, 3]);
  });

  it('goes row by row when the sanitizer drops an element of a list', async () => {
    const dropping = (calls: number[]) => async (rows: Node[]) => {
      calls.push(rows.length);
      return rows.map((r) => ({ ...r, attachments: [] }));
    };
    const { byRow, mirrored, calls } = await both(page, dropping);
    expect(mirrored).toEqual(byRow);
    expect(calls).toEqual([1, 3]);
  });

  it('goes row by row for rows of different keys, and for elements each of their own type', async () => {
    const uneven = () => [...page(), { id: 4, title: 'd' }];
    const a = await both(uneven, schemaSanitizer);
    expect(a.mirrored).toEqual(a.byRow);
    expect(a.calls).toEqual([4]);

    const zones = () => page().map((r) => ({ ...r, attachments: [{ __component: 'x.y', hash: 'h', url: '/z' }] }));
    const b = await both(zones, schemaSanitizer);
    expect(b.mirrored).toEqual(b.byRow);
    expect(b.calls).toEqual([3]);
  });

  it('a value that is a list in one row and an object in another is not mirrored', async () => {
    const mixed = () => page().map((r, i) => ({ ...r, team: i === 0 ? [{ name: 'a' }] : { name: 'b' } }));
    const { byRow, mirrored, calls } = await both(mixed, schemaSanitizer);
    expect(mirrored).toEqual(byRow);
    expect(calls).toEqual([3]);
  });

  describe("with the outcome kept (by the caller's ability, per type)", () => {
    /** A sanitizer that also removes `title` when `strict`: a different ability's answer for the same rows. */
    const byAbility = (calls: string[], name: string, strict: boolean) => {
      const base = schemaSanitizer([]);
      return async (rows: Node[]) => {
        calls.push(name);
        const out = await base(rows);
        return strict ? out.map(({ title: _title, ...rest }) => rest) : out;
      };
    };

    it('runs the sanitizer once for pages of one shape under one ability, each page pruned as row by row', async () => {
      const ability = {};
      const calls: string[] = [];
      const other = () => page().map((r) => ({ ...r, id: Number(r.id) + 10, title: `${String(r.title)}!` }));
      const first = await sanitizePage(page(), byAbility(calls, 'a', false), { by: ability, as: 'api::x.x' });
      const second = await sanitizePage(other(), byAbility(calls, 'a', false), { by: ability, as: 'api::x.x' });
      expect(first).toEqual(await schemaSanitizer([])(page()));
      expect(second).toEqual(await schemaSanitizer([])(other()));
      expect(second[1]).toEqual({ id: 12, title: 'b!', category: { code: 'noise' }, attachments: [{ url: '/u' }] });
      expect(calls).toEqual(['a']);
    });

    it('asks again for another ability, another type, or a page whose relations are null where they were not', async () => {
      const [a, b] = [{}, {}];
      const calls: string[] = [];
      await sanitizePage(page(), byAbility(calls, 'a', false), { by: a, as: 'api::x.x' });
      const strict = await sanitizePage(page(), byAbility(calls, 'b', true), { by: b, as: 'api::x.x' });
      expect(strict[0]).toEqual({ id: 1, category: null, attachments: [] });
      await sanitizePage(page(), byAbility(calls, 'a-y', false), { by: a, as: 'api::y.y' });
      const bare = () => page().map((r) => ({ ...r, category: null, attachments: [] }));
      const pruned = await sanitizePage(bare(), byAbility(calls, 'a-bare', false), { by: a, as: 'api::x.x' });
      expect(pruned).toEqual(await schemaSanitizer([])(bare()));
      expect(calls).toEqual(['a', 'b', 'a-y', 'a-bare']);
    });

    it("keeps no row's values: a later page of the same shape is pruned, never filled, from what was kept", async () => {
      const ability = {};
      const calls: string[] = [];
      await sanitizePage(page(), byAbility(calls, 'a', false), { by: ability, as: 'api::x.x' });
      const later = () => page().map((r) => ({ ...r, title: null, category: r.category && { code: null, secret: null } }));
      const out = await sanitizePage(later(), byAbility(calls, 'a', false), { by: ability, as: 'api::x.x' });
      expect(calls).toEqual(['a']);
      expect(out.map((r) => r.title)).toEqual([null, null, null]);
      expect(out[1].category).toEqual({ code: null });
    });
  });
});
