import type { Core } from '@strapi/strapi';
import { COMPLAINT_UID } from '../../complaints/model';
import { VOLUNTEER_UID } from '../../volunteers/model';
import { documentGuard } from '../../platform/trusted-write';
import { inspectAdminResponse } from '../../security/admin-responses';
import { maskEmail, maskName, maskNationalId, maskPhone } from './mask';

/**
 * The Content Manager shows contact data masked too, for every administrator (super admins included):
 * every answer of `/content-manager/*` (entries, lists, relations, populates from other types, the answers
 * to writes) is typed by the same walker as the audit of admin responses and masked in place. The full
 * values come only from a reveal with a reason (admin-routes.ts).
 *
 * The edit form sends every field back on save, masked ones included: a value that is still the masked
 * form of what is stored keeps what is stored; anything else is written.
 */

type Masker = (v: unknown) => string | null;
type Node = Record<string, unknown>;

const COMPLAINANT: Record<string, Masker> = { name: maskName, phone: maskPhone, email: maskEmail };
const VOLUNTEER: Record<string, Masker> = { phone: maskPhone, email: maskEmail, nationalId: maskNationalId };

const isObject = (v: unknown): v is Node => !!v && typeof v === 'object' && !Array.isArray(v);
const blank = (v: unknown) => v === null || v === undefined || v === '';

// only values: a node typed as a volunteer may also be its schema (init, configuration), whose `email` is an object
function maskIn(node: Node, fields: Record<string, Masker>) {
  for (const [k, mask] of Object.entries(fields)) if (typeof node[k] === 'string' && node[k] !== '') node[k] = mask(node[k]);
}

/**
 * The edit form validates every field in the browser from the schema it is served, so a masked e-mail
 * (`s••••@…`) or national ID (pattern and length) would block every save of the form. The schema served to the panel drops those
 * checks for the masked fields only; the server still checks each value written (the save-back guard puts the
 * stored value back first, then the entity validator runs as usual).
 */
const RELAX: Record<string, string[]> = {
  [VOLUNTEER_UID]: Object.keys(VOLUNTEER),
  'complaint.complainant': Object.keys(COMPLAINANT),
};

function relaxSchemas(body: unknown) {
  const seen = new Set<unknown>();
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Node;
    const fields = typeof n.uid === 'string' ? RELAX[n.uid] : undefined;
    if (fields && isObject(n.attributes)) {
      for (const f of fields) {
        const attr = n.attributes[f];
        if (!isObject(attr)) continue;
        delete attr.regex;
        delete attr.minLength;
        delete attr.maxLength;
        if (attr.type === 'email') attr.type = 'string';
      }
    }
    Object.values(n).forEach(visit);
  };
  visit(body);
}

function maskEntity(uid: string, node: Node) {
  if (uid === COMPLAINT_UID && isObject(node.complainant)) maskIn(node.complainant, COMPLAINANT);
  if (uid === VOLUNTEER_UID) maskIn(node, VOLUNTEER);
}

function maskContentManagerResponses(strapi: Core.Strapi): Core.MiddlewareHandler {
  return async (ctx, next) => {
    await next();
    if (!ctx.path.startsWith('/content-manager/') || ctx.state?.auth?.strategy?.name !== 'admin') return;
    if (!ctx.body || typeof ctx.body !== 'object') return;
    if (ctx.method === 'GET' && /^\/content-manager\/(init|content-types|components)/.test(ctx.path)) relaxSchemas(ctx.body);
    inspectAdminResponse(strapi, ctx as Parameters<typeof inspectAdminResponse>[1], maskEntity);
  };
}

/** `sent` with each field that is the masked form of the stored one put back to the stored value. */
function keepStored(sent: Node, stored: Node, fields: Record<string, Masker>) {
  for (const [k, mask] of Object.entries(fields)) {
    if (k in sent && !blank(stored[k]) && sent[k] === mask(stored[k])) sent[k] = stored[k];
  }
}

const savedBack = (strapi: Core.Strapi) =>
  documentGuard(
    [COMPLAINT_UID, VOLUNTEER_UID],
    async (context, next) => {
      const data = context.params.data as Node | undefined;
      const documentId = context.params.documentId;
      if ((context.action !== 'update' && context.action !== 'clone') || !data || !documentId) return next();
      if (context.uid === COMPLAINT_UID) {
        if (!isObject(data.complainant)) return next();
        const row = await strapi.db
          .query(COMPLAINT_UID)
          .findOne({ where: { documentId }, select: ['id'], populate: { complainant: true } });
        if (isObject(row?.complainant)) keepStored(data.complainant, row.complainant, COMPLAINANT);
      } else {
        const row = await strapi.db.query(VOLUNTEER_UID).findOne({ where: { documentId }, select: ['phone', 'email', 'nationalId'] });
        if (row) keepStored(data, row, VOLUNTEER);
      }
      return next();
    },
    { skipTrusted: true },
  );

/** In register(): masking of Content Manager answers and the save-back guard. */
export function registerContentManagerMasking(strapi: Core.Strapi) {
  strapi.server.use(maskContentManagerResponses(strapi));
  strapi.documents.use(savedBack(strapi));
}
