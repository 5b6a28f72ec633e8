import type { Core } from '@strapi/strapi';
import type { AddressInfo } from 'net';

/**
 * The absolute links e-mails carry. Every link in every e-mail starts with `publicBaseUrl`:
 *  - `server.url` / `PUBLIC_URL` when it is an absolute address (production requires an https one,
 *    scripts/check-production.js; the demo sets it from its own address, scripts/demo.js);
 *  - otherwise the address this instance really listens on (`http://<host>:<port>`; a wildcard host
 *    — 0.0.0.0, :: — is written `localhost`), so that development and test mail opens too;
 *  - before the server listens (a job run from the command line), the configured HOST and PORT.
 * A recipient gets the page where they act: staff (users-permissions accounts) a page of the staff
 * app (`staffLink`), administrators and officers of the admin panel an entry there (`adminEntryLink`),
 * citizens the tracking page.
 */

const WILDCARD = new Set(['0.0.0.0', '::', '']);

function hostPort(host: string, port: number): string {
  const name = WILDCARD.has(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

export function publicBaseUrl(strapi: Core.Strapi): string {
  const configured = String((strapi.config.get('server.url') as string | undefined) || process.env.PUBLIC_URL || '').trim();
  if (/^https?:\/\//i.test(configured)) return configured.replace(/\/+$/, '');
  const prefix = configured ? `/${configured.replace(/^\/+|\/+$/g, '')}` : '';
  const address = strapi.server?.httpServer?.listening ? (strapi.server.httpServer.address() as AddressInfo | string | null) : null;
  if (address && typeof address === 'object') return hostPort(address.address, address.port) + prefix;
  const host = String(strapi.config.get('server.host') ?? '0.0.0.0');
  const port = Number(strapi.config.get('server.port') ?? 1337);
  return hostPort(host, port) + prefix;
}

/** The staff app's pages that e-mails open, each taking `?id=<documentId>`. */
export type StaffPage = 'complaint' | 'report' | 'finding' | 'activity';

/** `<base>/staff/<page>.html?id=<documentId>`: where a field team, an agency officer or a volunteer acts. */
export const staffLink = (base: string, page: StaffPage, documentId: string) =>
  `${base}/staff/${page}.html?id=${encodeURIComponent(documentId)}`;

/** A list page of the staff app (`<base>/staff/<page>.html`): where a team works many complaints at once. */
export const staffListLink = (base: string, page: 'complaints') => `${base}/staff/${page}.html`;

/** An entry in the admin panel's Content Manager (for administrators and officers who work there). */
export function adminEntryLink(strapi: Core.Strapi, base: string, uid: string, documentId: string): string {
  // Strapi's admin.url: absolute, or a path that already holds server.url's own path
  const admin = String(strapi.config.get('admin.url') ?? '/admin');
  const root = /^https?:\/\//i.test(admin) ? admin : `${new URL(base).origin}/${admin.replace(/^\/+/, '')}`;
  return `${root.replace(/\/+$/, '')}/content-manager/collection-types/${uid}/${documentId}`;
}
