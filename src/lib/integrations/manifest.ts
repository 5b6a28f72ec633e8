import type { DomainManifest } from '../platform/manifest';
import { registerOpen311ClientRoutes } from './open311/clients';
import { open311Http } from './open311/http';
import { registerOpen311Extras } from './open311/intake-extras';

/**
 * How other systems connect: Open311 clients (API keys as records, src/lib/integrations/open311/clients.ts),
 * the Open311 error format and client quirks on every /api/open311/ path (open311/http.ts), and the
 * OpenAPI document (src/api/openapi). The Open311 routes themselves are the complaints domain's
 * (src/api/open311).
 */
export const integrationsManifest: DomainManifest = {
  name: 'integrations',
  apis: ['open311-client', 'openapi'],
  listViews: {
    'api::open311-client.open311-client': {
      columns: ['name', 'keyPrefix', 'active', 'rateLimit', 'rateWindowSeconds', 'keyIssuedAt'],
      sortBy: 'name',
      sortOrder: 'ASC',
      mainField: 'name',
      labels: {
        name: 'ชื่อระบบ / Client',
        contact: 'อีเมลผู้ติดต่อ / Contact e-mail',
        notes: 'หมายเหตุ / Notes',
        active: 'ใช้งาน (ยกเลิกเพื่อระงับคีย์) / Active (untick to suspend the key)',
        rateLimit: 'จำนวนเรื่องต่อช่วงเวลา (0 = ไม่จำกัด) / Requests per window (0 = no limit)',
        rateWindowSeconds: 'ช่วงเวลา (วินาที) / Window (seconds)',
        keyPrefix: 'คีย์ขึ้นต้นด้วย / Key starts with',
        keyIssuedAt: 'ออกคีย์เมื่อ / Key issued',
        revokedAt: 'เพิกถอนเมื่อ / Revoked',
      },
    },
  },
  register: (strapi) => {
    registerOpen311ClientRoutes(strapi);
    registerOpen311Extras(strapi);
    // outside Strapi's router: it also answers paths no route matches
    strapi.server.use(open311Http());
  },
};
