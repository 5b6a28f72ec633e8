import { randomBytes } from 'crypto';
import type { UID } from '@strapi/strapi';

export const REQUEST_UID = 'api::data-subject-request.data-subject-request' as const satisfies UID.ContentType;

export const REQUEST_KINDS = ['access', 'correct', 'erase'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export type SubjectKind = 'complainant' | 'volunteer';
export type RequestState = 'received' | 'verified' | 'fulfilled' | 'refused';
/** States in which the request is still owed (the 30-day clock runs). */
export const OPEN_STATES: RequestState[] = ['received', 'verified'];

/** PDPA s.30 para. 3: answered within 30 days of receipt; calendar days, not working days. */
const ANSWER_DAYS = 30;
const DAY = 86_400_000;

/** Pure: when a request received at `receivedAt` must be answered. */
export function dueAtOf(receivedAt: Date): Date {
  return new Date(receivedAt.getTime() + ANSWER_DAYS * DAY);
}

/**
 * The fields a subject may ask to correct, and where each is stored: a complainant's on the
 * complaint (`complainant.*` is the component), a volunteer's on the profile.
 */
export const CORRECTABLE: Record<SubjectKind, readonly string[]> = {
  complainant: ['name', 'phone', 'email', 'address'],
  volunteer: ['fullName', 'phone', 'email'],
};

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A reference people can read out on the phone: DSR-XXXX-XXXX (no 0/O, 1/I). */
export function newReference(): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `DSR-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** Pure: the digits of a phone number, for comparing what a citizen types with what was stored. */
export const phoneDigits = (s: string | null | undefined) => String(s ?? '').replace(/\D/g, '');

/** Pure: does `contact` (an e-mail or a phone number) match the complainant's stored contact? */
export function contactMatches(contact: string, stored: { email?: string | null; phone?: string | null } | null | undefined): boolean {
  if (!stored) return false;
  const c = contact.trim().toLowerCase();
  if (c.includes('@')) return !!stored.email && stored.email.trim().toLowerCase() === c;
  const digits = phoneDigits(c);
  return digits.length >= 9 && digits === phoneDigits(stored.phone);
}

/** Thai and English names of kinds and states, for e-mails and the PDF. */
export const KIND_LABEL: Record<RequestKind, { th: string; en: string }> = {
  access: { th: 'ขอเข้าถึงและขอรับสำเนาข้อมูล', en: 'access to a copy of the data' },
  correct: { th: 'ขอแก้ไขข้อมูลให้ถูกต้อง', en: 'correction of the data' },
  erase: { th: 'ขอลบข้อมูล', en: 'erasure of the data' },
};
export const STATE_LABEL: Record<RequestState, { th: string; en: string }> = {
  received: { th: 'ได้รับคำขอแล้ว', en: 'received' },
  verified: { th: 'ยืนยันตัวตนแล้ว', en: 'identity verified' },
  fulfilled: { th: 'ดำเนินการตามคำขอแล้ว', en: 'fulfilled' },
  refused: { th: 'ปฏิเสธคำขอ', en: 'refused' },
};
