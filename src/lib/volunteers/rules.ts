/**
 * Volunteers (จิตอาสา): the rules as plain functions — hours,
 * the sign-up decision, and which reminders are due. Used by the REST controllers, the admin-panel
 * guard (./guard.ts), the reminder job and the tests.
 */
// Content types and states live in ./model; re-exported for the controllers that read them here.
export { VOLUNTEER_UID, ACTIVITY_UID, PARTICIPATION_UID, PARTICIPATION_STATES, HOLDS_PLACE } from './model';

export const COORDINATOR_ROLE = 'volunteer-coordinator';

/** Personal data: returned to coordinators (and the volunteer themself) only. */
export const PERSONAL_FIELDS = ['phone', 'email', 'nationalId', 'consent', 'consentAt'] as const;

/** The key that makes a participation unique per volunteer × activity. */
export const participationKey = (volunteerDocumentId: string, activityDocumentId: string) => `${volunteerDocumentId}:${activityDocumentId}`;

/** Length of an activity in hours (the most hours anyone can be credited with). */
export function activityLengthHours(activity: { startAt: Date | string; endAt: Date | string }): number {
  return (new Date(activity.endAt).getTime() - new Date(activity.startAt).getTime()) / 3_600_000;
}

/** Why a sign-up is refused (400 naming `activity`), or null when the activity takes sign-ups. */
export function signUpRefusal(activity: { state: string; startAt: Date | string }, now: Date): string | null {
  if (activity.state === 'cancelled') return 'the activity is cancelled';
  if (activity.state === 'completed') return 'the activity is completed';
  if (new Date(activity.startAt).getTime() <= now.getTime()) return 'the activity has already started or is past';
  return null;
}

/** Registered while places are left, else waitlisted. */
export function signUpState(placesTaken: number, capacity: number): 'registered' | 'waitlisted' {
  return placesTaken < capacity ? 'registered' : 'waitlisted';
}

/** Thai national ID: 13 digits, the last a mod-11 check digit. */
export function isThaiNationalId(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(value[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(value[12]);
}

/** Problems with recording attendance (field → message); empty when fine. */
export function attendanceProblems(
  input: { state?: unknown; hours?: unknown },
  participation: { state: string },
  activity: { state: string; startAt: Date | string; endAt: Date | string },
  now: Date,
): Array<{ path: string[]; message: string }> {
  const out: Array<{ path: string[]; message: string }> = [];
  if (input.state !== 'attended' && input.state !== 'no_show') {
    out.push({ path: ['state'], message: 'must be attended or no_show' });
    return out;
  }
  if (!['registered', 'attended', 'no_show'].includes(participation.state)) {
    out.push({ path: ['state'], message: `attendance is recorded for registered volunteers only (this one is ${participation.state})` });
  }
  if (activity.state === 'cancelled') out.push({ path: ['activity'], message: 'the activity is cancelled' });
  else if (new Date(activity.startAt).getTime() > now.getTime()) {
    out.push({ path: ['activity'], message: 'the activity has not started yet' });
  }
  const max = activityLengthHours(activity);
  if (input.state === 'attended') {
    const h = typeof input.hours === 'string' && input.hours.trim() !== '' ? Number(input.hours) : input.hours;
    if (typeof h !== 'number' || !Number.isFinite(h))
      out.push({ path: ['hours'], message: 'is required for attended and must be a number' });
    else if (h <= 0 || h > max + 1e-9)
      out.push({ path: ['hours'], message: `must be more than 0 and at most ${Math.round(max * 100) / 100} (the activity's length)` });
    else if (Math.round(h * 100) !== h * 100) out.push({ path: ['hours'], message: 'must have at most 2 decimals' });
  } else if (input.hours !== undefined && input.hours !== null && Number(input.hours) !== 0) {
    out.push({ path: ['hours'], message: 'must be empty or 0 for no_show' });
  }
  return out;
}

/** A volunteer as an email reaches them: their own address, else their account's. */
export interface EmailVolunteer {
  documentId: string;
  fullName: string;
  email?: string | null;
  user?: { email?: string | null } | null;
}

export const volunteerEmail = (v: EmailVolunteer | null | undefined): string | null => v?.email || v?.user?.email || null;
