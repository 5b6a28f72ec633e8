/**
 * The notification outbox. HOW TO USE (anything that wants to send an email):
 *
 *   import { enqueue } from './outbox';
 *   await enqueue(strapi, {
 *     to: team.email,                       // or ['a@x', 'b@y'] for one email to several people
 *     templateKey: 'complaint.assigned',    // a key of src/lib/platform/email-templates.ts (seeded, admin-editable)
 *     data: { complaint: { ticketNumber, title, … }, team: { name } },   // the template's placeholders
 *     dedupeKey: `complaint:${complaint.documentId}:assigned:${team.documentId}`,
 *     locale: 'th',                         // optional, default 'th'
 *     related: { uid: 'api::complaint.complaint', documentId: complaint.documentId },  // optional
 *   });
 *
 * - Never send mail directly: enqueue, and the `dispatch-notifications` job sends it (retry, backoff).
 * - `dedupeKey` identifies the email forever: enqueueing the same key again is a no-op
 *   (`{ created: false }`), also for two instances at once (unique index, INSERT … ON CONFLICT DO NOTHING).
 *   Build it from what makes the email distinct, e.g. `report:<documentId>:overdue:<n>`.
 * - The template is rendered now (mustache; the HTML body is HTML-escaped); dates in `data` should
 *   already be formatted for people — use `formatThaiDate` / `formatThaiDateTime` from `./thai-date`.
 *   `{{app.name}}` and `{{app.url}}` are filled in here.
 * - Safe inside `strapi.db.transaction(...)`: the row joins the caller's transaction, and a duplicate
 *   does not abort it (no error is raised on PostgreSQL).
 * - Throws on a programming error: unknown template key, no valid recipient, empty dedupeKey.
 * - A new template key needs a catalogue entry and defaults in src/lib/platform/email-templates.ts.
 * - Many at once (jobs): `enqueueMany(strapi, inputs)` — same rules, one INSERT per few hundred rows.
 */
import type { Core } from '@strapi/strapi';
import { insertIgnoringConflict, insertManyIgnoringConflict } from './db-insert';
import { publicBaseUrl } from './links';
import { renderTemplate, type Locale, type TemplateFields } from './email-templates';
import { NOTIFICATION_UID, TEMPLATE_UID } from './model';
import { cachedRead } from './cached-reads';

export { NOTIFICATION_UID };

export interface EnqueueInput {
  to: string | string[];
  templateKey: string;
  data: Record<string, unknown>;
  dedupeKey: string;
  locale?: Locale;
  related?: { uid: string; documentId: string };
  /** these texts instead of the stored template of `templateKey` (the admin panel's test of unsaved edits) */
  template?: TemplateFields;
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** Recipients as a clean list: split on commas/semicolons, trimmed, lower-cased, unique. */
function normalizeRecipients(to: string | string[]): string[] {
  const list = (Array.isArray(to) ? to : [to])
    .flatMap((s) => String(s ?? '').split(/[,;]/))
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(list)];
}

/** `{{app.name}}` and `{{app.url}}`: the url is absolute, always (src/lib/platform/links.ts). */
export function appData(strapi: Core.Strapi): { name: string; url: string } {
  return { name: 'MIND Desk', url: publicBaseUrl(strapi) };
}

/** Loads a template row by key (cached per call site through `cache` when given). */
async function loadTemplate(strapi: Core.Strapi, key: string, cache?: Map<string, TemplateFields>): Promise<TemplateFields> {
  const hit = cache?.get(key);
  if (hit) return hit;
  const row = await cachedRead(strapi, [TEMPLATE_UID], key, () => strapi.db.query(TEMPLATE_UID).findOne({ where: { key } }));
  if (!row) throw new Error(`outbox: no email template with key "${key}"`);
  cache?.set(key, row);
  return row as TemplateFields;
}

export interface EnqueueOptions {
  /** reuse loaded templates across many enqueues (jobs) */
  templateCache?: Map<string, TemplateFields>;
  /** the clock (jobs pass their fixed clock) */
  now?: Date;
  /** enqueueMany only: report and skip an invalid input (e.g. a bad address) instead of throwing */
  onInvalid?: (input: EnqueueInput, error: Error) => void;
}

/** Validates and renders one input into the attributes of an outbox row. */
async function prepare(strapi: Core.Strapi, input: EnqueueInput, options: EnqueueOptions): Promise<Record<string, unknown>> {
  const dedupeKey = String(input.dedupeKey ?? '').trim();
  if (!dedupeKey) throw new Error('outbox: dedupeKey is required');
  if (dedupeKey.length > 255) throw new Error('outbox: dedupeKey is longer than 255 characters');
  const recipients = normalizeRecipients(input.to);
  const bad = recipients.filter((r) => !EMAIL.test(r));
  if (!recipients.length || bad.length) {
    throw new Error(`outbox: no valid recipient for ${dedupeKey} (to: ${JSON.stringify(input.to)})`);
  }
  const locale: Locale = input.locale === 'en' ? 'en' : 'th';
  const template = input.template ?? (await loadTemplate(strapi, input.templateKey, options.templateCache));
  const rendered = renderTemplate(template, locale, { app: appData(strapi), ...input.data });
  return {
    to: recipients.join(', '),
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    templateKey: input.templateKey,
    language: locale,
    dedupeKey,
    state: 'pending',
    attempts: 0,
    nextAttemptAt: null,
    relatedUid: input.related?.uid ?? null,
    relatedDocumentId: input.related?.documentId ?? null,
  };
}

/**
 * Renders `templateKey` with `data` and inserts one pending outbox row. A `dedupeKey` already
 * in the outbox makes this a no-op: `{ created: false }`.
 */
export async function enqueue(strapi: Core.Strapi, input: EnqueueInput, options: EnqueueOptions = {}): Promise<{ created: boolean }> {
  const row = await prepare(strapi, input, options);
  const created = await insertIgnoringConflict(strapi, NOTIFICATION_UID, row, 'dedupeKey', options.now ?? new Date());
  return { created };
}

/**
 * `enqueue` for many emails at once (jobs): one INSERT per few hundred rows. Keys already in the
 * outbox are skipped. Returns how many rows were created.
 */
export async function enqueueMany(strapi: Core.Strapi, inputs: EnqueueInput[], options: EnqueueOptions = {}): Promise<{ created: number }> {
  const cache = options.templateCache ?? new Map<string, TemplateFields>();
  const rows: Array<Record<string, unknown>> = [];
  for (const input of inputs) {
    try {
      rows.push(await prepare(strapi, input, { ...options, templateCache: cache }));
    } catch (err) {
      if (!options.onInvalid) throw err;
      options.onInvalid(input, err as Error);
    }
  }
  const created = await insertManyIgnoringConflict(strapi, NOTIFICATION_UID, rows, 'dedupeKey', options.now ?? new Date());
  return { created };
}
