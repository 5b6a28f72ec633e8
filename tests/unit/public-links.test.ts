import type { Core } from '@strapi/strapi';
import { adminEntryLink, publicBaseUrl, staffLink } from '../../src/lib/platform/links';

/** A Strapi with just what links.ts reads: its server config and, when listening, its address. */
function strapiWith(config: Record<string, unknown>, listening?: { address: string; port: number }): Core.Strapi {
  return {
    config: { get: (key: string) => config[key] },
    server: { httpServer: { listening: Boolean(listening), address: () => listening ?? null } },
  } as unknown as Core.Strapi;
}

describe('e-mail links: the public base address', () => {
  const saved = process.env.PUBLIC_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.PUBLIC_URL;
    else process.env.PUBLIC_URL = saved;
  });

  it('is PUBLIC_URL (server.url) when it is an absolute address, without a trailing slash', () => {
    expect(publicBaseUrl(strapiWith({ 'server.url': 'https://desk.example.go.th/' }, { address: '0.0.0.0', port: 1337 }))).toBe(
      'https://desk.example.go.th',
    );
  });

  it('is the address the server listens on when PUBLIC_URL is unset, a wildcard host written localhost', () => {
    delete process.env.PUBLIC_URL;
    expect(publicBaseUrl(strapiWith({ 'server.url': '' }, { address: '127.0.0.1', port: 41234 }))).toBe('http://127.0.0.1:41234');
    expect(publicBaseUrl(strapiWith({ 'server.url': '' }, { address: '0.0.0.0', port: 1337 }))).toBe('http://localhost:1337');
    expect(publicBaseUrl(strapiWith({ 'server.url': '' }, { address: '::', port: 8080 }))).toBe('http://localhost:8080');
    expect(publicBaseUrl(strapiWith({ 'server.url': '' }, { address: 'fd00::5', port: 8080 }))).toBe('http://[fd00::5]:8080');
  });

  it('is the configured HOST and PORT before the server listens (a job run from the command line)', () => {
    delete process.env.PUBLIC_URL;
    expect(publicBaseUrl(strapiWith({ 'server.url': '', 'server.host': '0.0.0.0', 'server.port': 1337 }))).toBe('http://localhost:1337');
    expect(publicBaseUrl(strapiWith({ 'server.url': '', 'server.host': 'desk.internal', 'server.port': 8080 }))).toBe(
      'http://desk.internal:8080',
    );
  });

  it('builds staff-app and admin-panel links from it', () => {
    const s = strapiWith({ 'server.url': 'https://desk.example.go.th', 'admin.url': 'https://desk.example.go.th/admin' });
    expect(staffLink('https://desk.example.go.th', 'report', 'abc 1')).toBe('https://desk.example.go.th/staff/report.html?id=abc%201');
    expect(adminEntryLink(s, 'https://desk.example.go.th', 'api::complaint.complaint', 'xyz')).toBe(
      'https://desk.example.go.th/admin/content-manager/collection-types/api::complaint.complaint/xyz',
    );
    const relative = strapiWith({ 'server.url': '', 'admin.url': '/admin' });
    expect(adminEntryLink(relative, 'http://localhost:1337', 'api::complaint.complaint', 'xyz')).toBe(
      'http://localhost:1337/admin/content-manager/collection-types/api::complaint.complaint/xyz',
    );
  });
});
