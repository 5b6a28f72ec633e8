import type { Core, UID } from '@strapi/strapi';
import { fieldErrors } from './validation';

/**
 * Fields a domain's workflow owns (numbers, codes, deadlines, stamps): a write that does not come from
 * the workflow (the admin panel's Content Manager) may send them back unchanged — the edit form sends
 * every field — but not change them. Declared once per type on the domain's model; the domain's guard
 * calls this for its untrusted writes.
 */
const comparable = (v: unknown): string | null => {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return String(v.getTime());
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))) return String(Date.parse(v));
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
};

/** Is the write being served for the admin panel (an administrator's request)? */
export function isAdminPanelRequest(strapi: Core.Strapi): boolean {
  return strapi.requestContext.get()?.state?.auth?.strategy?.name === 'admin';
}

export async function refuseWorkflowFieldChanges(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  action: string,
  params: { documentId?: string; data?: Record<string, unknown> },
  fields: readonly string[],
): Promise<void> {
  const data = params.data;
  if (!data || (action !== 'create' && action !== 'update')) return;
  const sent = fields.filter((f) => f in data);
  if (!sent.length) return;
  let stored: Record<string, unknown> | null = null;
  if (action === 'update' && params.documentId) {
    stored = await strapi.db.query(uid).findOne({ where: { documentId: params.documentId }, select: [...sent] });
  }
  // a new entry starts from the schema's defaults (the create form sends them)
  const attributes = (strapi.getModel(uid) as { attributes: Record<string, { default?: unknown }> }).attributes;
  const before = (f: string) => (action === 'create' ? (attributes[f]?.default ?? null) : stored?.[f]);
  const changed = sent.filter((f) => comparable(data[f]) !== comparable(before(f)));
  if (changed.length) {
    throw fieldErrors(changed.map((f) => ({ path: [f], message: `${f} is set by the workflow and cannot be changed here` })));
  }
}
