import request from 'supertest';
import type { CapturedMail } from './smtp';

/**
 * The links of captured e-mails and what they open: every link is absolute (under the instance's own
 * address), and each opens for its recipient — the page answers 200, and for a page of the staff app
 * the API call the page makes answers 200 with the recipient's token too.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** HTML character references decoded, as a browser reads an attribute (mustache escapes `/` and `=` in links). */
function decodeHtml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
  });
}

/** Every link in an e-mail: the HTML body's href values and the addresses written out in the text. */
export function linksOf(mail: CapturedMail): string[] {
  const hrefs = [...mail.html.matchAll(/href="([^"]*)"/g)].map((m) => decodeHtml(m[1]));
  const written = [...`${mail.text}\n${decodeHtml(mail.html.replace(/<[^>]+>/g, ' '))}`.matchAll(/https?:\/\/[^\s<>"')]+/g)].map((m) =>
    m[0].replace(/[.,;]+$/, ''),
  );
  // a path written without an origin, e.g. "/complaints/track.html?code=…", is a link a mail client cannot open
  const relative = [...mail.text.matchAll(/(?:^|\s)(\/(?:staff|complaints|admin|api|citizen)\/[^\s]*)/g)].map((m) => m[1]);
  return [...new Set([...hrefs, ...written, ...relative])];
}

/** Links that are not absolute addresses under `base`. */
export function foreignLinks(mail: CapturedMail, base: string): string[] {
  return linksOf(mail).filter((l) => !l.startsWith(`${base}/`));
}

/** What a link opens, by the page's path. */
export type LinkTarget =
  | { kind: 'staff'; page: string; id: string }
  | { kind: 'reset'; code: string }
  | { kind: 'tracking'; code: string }
  | { kind: 'admin'; uid: string; documentId: string }
  | { kind: 'volunteer-confirm'; token: string }
  | { kind: 'other'; path: string };

export function targetOf(link: string, base: string): LinkTarget {
  const url = new URL(link, base);
  const staff = /^\/staff\/(complaint|report|finding|activity)\.html$/.exec(url.pathname);
  if (staff) return { kind: 'staff', page: staff[1], id: url.searchParams.get('id') ?? '' };
  if (url.pathname === '/staff/reset-password.html') return { kind: 'reset', code: url.searchParams.get('code') ?? '' };
  if (url.pathname === '/complaints/track.html') return { kind: 'tracking', code: url.searchParams.get('code') ?? '' };
  // the token is the credential, in the fragment so that it never reaches a server log
  if (url.pathname === '/volunteer/confirm.html') return { kind: 'volunteer-confirm', token: url.hash.slice(1) };
  const admin = /^\/admin\/content-manager\/collection-types\/([^/]+)\/([^/?]+)$/.exec(url.pathname);
  if (admin) return { kind: 'admin', uid: admin[1], documentId: admin[2] };
  return { kind: 'other', path: url.pathname + url.search };
}

/** The API call each staff page makes first, with the `?id=` of its address. */
const STAFF_PAGE_API: Record<string, (id: string) => string> = {
  complaint: (id) => `/api/complaints/${id}`,
  report: (id) => `/api/progress-reports/${id}`,
  finding: (id) => `/api/inspection-findings/${id}`,
  activity: (id) => `/api/volunteer-activities/${id}`,
};

/** GET the link's page (relative to `base`): its status. */
export async function pageStatus(base: string, link: string): Promise<number> {
  const url = new URL(link);
  return (await request(base).get(url.pathname + url.search)).status;
}

/** GET the API call a staff page makes, as the holder of `auth` (`Bearer …`): its status. */
export async function staffApiStatus(base: string, page: string, id: string, auth: string): Promise<number> {
  const path = STAFF_PAGE_API[page](encodeURIComponent(id));
  return (await request(base).get(path).set('Authorization', auth)).status;
}
