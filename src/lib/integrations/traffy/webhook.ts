import { createHash, timingSafeEqual } from 'crypto';
import { yup } from '@strapi/utils';
import { fieldErrors, validate } from '../../platform/validation';

/**
 * Traffy Fondue's webhooks as its Exchange API documentation publishes them (docs/webhooks.md of
 * traffy-nectec/exchange-api-doc): a new issue is a POST of the issue, a status update a PATCH, a chat,
 * comment or rating a POST carrying `event`. Fields Traffy may add later are ignored, not refused.
 *
 * The documentation defines no signature: Traffy's team registers one endpoint URL per organisation
 * (through LINE @fonduehelp). That URL carries our secret as its last path segment, so a call is
 * Traffy's when its path holds TRAFFY_WEBHOOK_SECRET (compared in constant time).
 */
const CHAT_EVENTS = ['chat', 'rating', 'comment', 'chat_staff_only'] as const;
type ChatEvent = (typeof CHAT_EVENTS)[number];

export interface NewIssue {
  kind: 'new_issue';
  timestamp?: string;
  ticket_id: string;
  description?: string;
  type_id?: number | null;
  type?: string;
  photo: string[];
  latitude?: number;
  longitude?: number;
  address?: string;
  orgs: Array<{ org_id: number; org?: string }>;
}

export interface StatusUpdate {
  kind: 'status_update';
  timestamp?: string;
  ticket_id: string;
  org?: string;
  status: string;
  note?: string;
  photo: string[];
}

export interface ChatMessage {
  kind: 'chat';
  event: ChatEvent;
  message_comment_id?: number;
  message_id?: number;
  ticket_id: string;
  comment?: string;
  timestamp?: string;
  sender_org_id?: number | null;
  sender_org?: string | null;
  sender_user_id?: number | null;
  sender_username?: string | null;
}

export type TraffyWebhook = NewIssue | StatusUpdate | ChatMessage;

const str = (max: number) => yup.string().typeError('must be text').max(max, `must be at most ${max} characters`);
const ticket = str(40)
  .required('is required')
  .matches(/^[A-Za-z0-9_-]+$/, 'must be a Traffy ticket id');
const photos = yup
  .array()
  .of(str(2000).matches(/^https?:\/\//, 'must be an http(s) URL'))
  .typeError('must be a list of URLs')
  .max(20)
  .default([]);
const int = () => yup.number().typeError('must be a number').integer('must be a whole number');

const newIssueSchema = yup.object({
  timestamp: str(40),
  ticket_id: ticket,
  description: str(5000),
  type_id: int().nullable(),
  type: str(200),
  photo: photos,
  latitude: yup.number().typeError('must be a number').min(-90).max(90),
  longitude: yup.number().typeError('must be a number').min(-180).max(180),
  address: str(1000),
  orgs: yup
    .array()
    .of(yup.object({ org_id: int().required('is required'), org: str(300) }))
    .typeError('must be a list of organisations')
    .default([]),
});

const statusSchema = yup.object({
  timestamp: str(40),
  ticket_id: ticket,
  org: str(300),
  status: str(200).required('is required'),
  note: str(5000),
  photo: photos,
});

const chatSchema = yup.object({
  event: yup
    .string()
    .oneOf([...CHAT_EVENTS], `must be one of ${CHAT_EVENTS.join(', ')}`)
    .required('is required'),
  message_comment_id: int(),
  message_id: int(),
  ticket_id: ticket,
  comment: str(5000),
  timestamp: str(40),
  sender_org_id: int().nullable(),
  sender_org: str(300).nullable(),
  sender_user_id: int().nullable(),
  sender_username: str(300).nullable(),
});

/** Which webhook a request is, validated (a 400 naming the field otherwise). */
export async function parseWebhook(method: string, body: unknown): Promise<TraffyWebhook> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw fieldErrors([{ path: ['body'], message: 'must be a JSON object' }]);
  }
  const m = method.toUpperCase();
  if (m === 'PATCH') return { kind: 'status_update', ...(await validate<Omit<StatusUpdate, 'kind'>>(statusSchema, body)) };
  if (m !== 'POST') throw fieldErrors([{ path: ['method'], message: 'must be POST or PATCH' }]);
  if ('event' in body) return { kind: 'chat', ...(await validate<Omit<ChatMessage, 'kind'>>(chatSchema, body)) };
  return { kind: 'new_issue', ...(await validate<Omit<NewIssue, 'kind'>>(newIssueSchema, body)) };
}

const hash = (...parts: Array<string | number | null | undefined>) =>
  createHash('sha256')
    .update(parts.map((p) => String(p ?? '')).join('\n'))
    .digest('hex')
    .slice(0, 32);

/**
 * The event's identity, for receiving each once: Traffy's own ids where the payload has them (the
 * ticket for a new issue, `message_comment_id` for a chat), otherwise what the update says and when.
 */
export function eventKeyOf(event: TraffyWebhook): string {
  switch (event.kind) {
    case 'new_issue':
      return `in:new:${event.ticket_id}`;
    case 'status_update':
      return `in:status:${event.ticket_id}:${hash(event.timestamp, event.status, event.note, event.org)}`;
    case 'chat':
      return event.message_comment_id !== undefined
        ? `in:${event.event}:${event.message_comment_id}`
        : `in:${event.event}:${event.ticket_id}:${hash(event.timestamp, event.comment, event.sender_user_id)}`;
  }
}

/** Whether `given` (the URL's last segment) is the configured secret, in constant time. */
export function verifyWebhookKey(given: unknown, secret: string): boolean {
  if (typeof given !== 'string' || !secret) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(secret).digest();
  return timingSafeEqual(a, b);
}

/** A new issue for one of the ministry's organisations (others are acknowledged and left alone). */
export function isForUs(event: NewIssue, orgIds: readonly number[]): boolean {
  return event.orgs.length === 0 || event.orgs.some((o) => orgIds.includes(Number(o.org_id)));
}

/** The stars of a rating event: its `comment` as Traffy sends it ("5", "5 ดาว", "ให้ 4 ดาว"), null when none. */
export function starsOf(comment: string | undefined): number | null {
  const m = /(?:^|\D)([1-5])(?:\s*(?:ดาว|stars?|\/\s*5))?(?:\D|$)/i.exec((comment ?? '').trim());
  return m ? Number(m[1]) : null;
}

/** Traffy's "YYYY-MM-DD HH:MM:SS[.ffffff]" in Thai time (UTC+7) as an instant; undefined when absent or unreadable. */
export function traffyTime(value: string | undefined): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/.exec((value ?? '').trim());
  if (!m) return undefined;
  const ms = m[7] ? Number(m[7].padEnd(6, '0').slice(0, 3)) : 0;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${String(ms).padStart(3, '0')}+07:00`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}
