import type { Context } from 'koa';

/**
 * Open311 GeoReport v2 answers in both of the specification's formats, chosen by the path's extension
 * (`services.json` / `services.xml`), as the specification says. JSON is the data as is; XML follows the
 * specification's examples: a root element, one child element per list item, `null` as an empty element.
 */
export type Open311Format = 'json' | 'xml';

/** Where the Open311 endpoint is mounted (the discovery file names it). */
export const OPEN311_PREFIX = '/api/open311/v2/';

/** The format a path asks for (its extension), or null when it names none we speak. */
export function formatOf(path: string): Open311Format | null {
  const m = /\.(json|xml)$/i.exec(path);
  return m ? (m[1].toLowerCase() as Open311Format) : null;
}

/** A list's element and the element of each of its items, e.g. `services` → `service`. */
const ITEM: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  attributes: 'attribute',
  values: 'value',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
};

/** Characters XML 1.0 allows (tab, line feed, carriage return and the rest of Unicode but surrogates and U+FFFE/FFFF). */
const allowedInXml = (ch: string) => {
  const c = ch.codePointAt(0)!;
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
};

// characters XML does not allow at all are dropped
const escapeXml = (s: string) =>
  Array.from(s).filter(allowedInXml).join('').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function element(name: string, value: unknown): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = ITEM[name] ?? 'item';
    return `<${name}>${value.map((v) => element(item, v)).join('')}</${name}>`;
  }
  if (typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => element(k, v))
      .join('');
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** `data` as an XML document under `root` (a list: one element per item, named after the list). */
function toXml(root: string, data: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, data)}`;
}

/**
 * Sends `data` in the format the path asks for: JSON as is, XML under `root` (`services`,
 * `service_definition`, `service_requests`, `discovery`).
 */
export function send(ctx: Context, root: string, data: unknown, status = 200) {
  ctx.status = status;
  if (formatOf(ctx.path) === 'xml') {
    ctx.type = 'application/xml; charset=utf-8';
    ctx.body = toXml(root, data);
  } else {
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = data;
  }
}

/** The specification's error answer: a list of `{code, description}`, in the path's format, with that HTTP status. */
export function sendError(ctx: Context, code: number, description: string) {
  send(ctx, 'errors', [{ code, description }], code);
}
