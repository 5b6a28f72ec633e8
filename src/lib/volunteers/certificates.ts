import { randomInt } from 'crypto';
import { bangkokTime, formatThaiDate } from '../platform/thai-date';

/**
 * Certificates of volunteer hours (ใบรับรองชั่วโมงจิตอาสา): what one states, as plain functions. A
 * certificate counts attended participations as the coordinator signed them off; its code opens the
 * public verification page, which shows only what the certificate states.
 */
export const CERTIFICATE_UID = 'api::volunteer-certificate.volunteer-certificate' as const;

// Crockford's base 32: no I, L, O, U, so a code read aloud or typed from paper is not misread
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** An unguessable certificate code (60 bits), printed and in the QR code: `XXXX-XXXX-XXXX`. */
export function newCertificateCode(): string {
  let s = '';
  for (let i = 0; i < 12; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}

export const CERTIFICATE_CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** The page a certificate's QR code opens. */
export const verifyLink = (base: string, code: string) => `${base}/volunteer/certificate.html?code=${encodeURIComponent(code)}`;

/** A Buddhist-era year as the Bangkok instants it spans, [from, to). */
export function yearSpan(yearBE: number): { from: Date; to: Date; yearCE: number } {
  const yearCE = yearBE - 543;
  return { from: bangkokTime(yearCE, 1, 1), to: bangkokTime(yearCE + 1, 1, 1), yearCE };
}

/** One attended participation as a certificate counts it. */
interface AttendedRow {
  hours: number | string | null;
  activity: { title: string; startAt: Date | string };
}

/** When the coordinator last signed off an attendance the certificate counts (null for rows from before the stamp). */
export function lastSignOff(rows: Array<{ attendanceRecordedAt?: Date | string | null }>): Date | null {
  const times = rows
    .map((r) => (r.attendanceRecordedAt ? new Date(r.attendanceRecordedAt).getTime() : NaN))
    .filter((t) => !Number.isNaN(t));
  return times.length ? new Date(Math.max(...times)) : null;
}

/** One line of a yearly certificate: an activity, its date and hours. */
interface CertificateLine {
  title: string;
  startAt: string;
  hours: number;
}

/** Hours (2 decimals) and activities of the attended participations, oldest first. */
export function certificateTotals(rows: AttendedRow[]): { hours: number; activities: number; lines: CertificateLine[] } {
  const lines = rows
    .map((r) => ({ title: r.activity.title, startAt: new Date(r.activity.startAt).toISOString(), hours: Number(r.hours ?? 0) }))
    .sort((a, b) => a.startAt.localeCompare(b.startAt));
  const hours = Math.round(lines.reduce((s, l) => s + l.hours * 100, 0)) / 100;
  return { hours, activities: lines.length, lines };
}

/** What a certificate states (stored at issue; the PDF and the verification page show this, nothing else). */
export interface CertificateStatement {
  code: string;
  scope: 'activity' | 'year';
  volunteerName: string;
  activityTitle?: string | null;
  activityStartAt?: Date | string | null;
  /** Buddhist-era year (yearly certificates) */
  year?: number | null;
  hours: number | string;
  activities: number;
  lines?: CertificateLine[] | null;
  issuedAt: Date | string;
  signedOffAt?: Date | string | null;
  state: 'valid' | 'revoked';
  revokedAt?: Date | string | null;
}

const hoursText = (h: number | string) => String(Math.round(Number(h) * 100) / 100);

/** The certificate's wording in Thai (Buddhist-era dates), line by line; English follows the Thai. */
export function certificateWording(c: CertificateStatement): { title: string; body: string[]; issued: string } {
  const name = c.volunteerName;
  const body =
    c.scope === 'activity'
      ? [
          `ขอรับรองว่า ${name}`,
          `ได้ร่วมกิจกรรมจิตอาสา “${c.activityTitle ?? ''}”`,
          `เมื่อวันที่ ${c.activityStartAt ? formatThaiDate(c.activityStartAt) : '-'}`,
          `รวม ${hoursText(c.hours)} ชั่วโมง`,
        ]
      : [`ขอรับรองว่า ${name}`, `ได้ร่วมกิจกรรมจิตอาสาในปี พ.ศ. ${c.year ?? '-'} จำนวน ${c.activities} กิจกรรม`, `รวม ${hoursText(c.hours)} ชั่วโมง`];
  return {
    title: 'ใบรับรองชั่วโมงจิตอาสา',
    body,
    issued: `ออกให้ ณ วันที่ ${formatThaiDate(c.issuedAt)}`,
  };
}

/** The public verification answer: what the certificate states and whether it still stands. */
export function publicStatement(c: CertificateStatement) {
  return {
    code: c.code,
    state: c.state,
    scope: c.scope,
    volunteerName: c.volunteerName,
    activityTitle: c.scope === 'activity' ? (c.activityTitle ?? null) : null,
    activityStartAt: c.scope === 'activity' ? (c.activityStartAt ?? null) : null,
    yearBE: c.scope === 'year' ? (c.year ?? null) : null,
    hours: Number(c.hours),
    activities: c.activities,
    issuedAt: c.issuedAt,
    // the role, never the person: the coordinator's name and account stay off the public page
    signedOffBy: 'coordinator' as const,
    signedOffAt: c.signedOffAt ?? null,
    revokedAt: c.revokedAt ?? null,
  };
}
