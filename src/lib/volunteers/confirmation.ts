import { randomBytes } from 'crypto';

/**
 * Confirm-or-lose promotion: a waitlisted volunteer moved up gets a link and N hours to confirm; a place
 * not confirmed in time passes to the next in line. Pure rules here; the participation service and the
 * `lapse-volunteer-confirmations` job apply them.
 */

/** Hours to confirm when the activity does not say: VOLUNTEER_CONFIRM_HOURS, else 24; 0 = no confirmation asked. */
export function defaultConfirmHours(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.VOLUNTEER_CONFIRM_HOURS;
  const n = raw === undefined || raw.trim() === '' ? 24 : Number(raw);
  return Number.isInteger(n) && n >= 0 && n <= 720 ? n : 24;
}

/**
 * When a place offered at `now` must be confirmed by: N hours later, but never after the activity starts;
 * null when no confirmation is asked (N = 0) or fewer than 15 minutes would be left to confirm.
 */
export function confirmDeadline(now: Date, startAt: Date | string, hours: number): Date | null {
  if (!(hours > 0)) return null;
  const end = Math.min(now.getTime() + hours * 3_600_000, new Date(startAt).getTime());
  return end - now.getTime() < 15 * 60_000 ? null : new Date(end);
}

/** What the job needs of a participation to know whether its offer lapsed. */
interface OfferedPlace {
  state: string;
  confirmBy?: Date | string | null;
  confirmedAt?: Date | string | null;
}

/** Pure: a promoted place not confirmed by its deadline is lost at `now`. */
export function offerLapsed(p: OfferedPlace, now: Date): boolean {
  return p.state === 'registered' && !!p.confirmBy && !p.confirmedAt && new Date(p.confirmBy).getTime() <= now.getTime();
}

/** Why a confirmation is refused (400 naming `token`), or null when it is accepted. */
export function confirmRefusal(p: OfferedPlace, now: Date): string | null {
  if (p.state === 'cancelled' && p.confirmBy) return 'the time to confirm has passed; the place went to the next in line';
  if (p.state !== 'registered') return `this place cannot be confirmed (it is ${p.state})`;
  if (!p.confirmBy) return 'this place needs no confirmation';
  if (offerLapsed(p, now)) return 'the time to confirm has passed; the place went to the next in line';
  return null;
}

/** An unguessable token for a link sent by e-mail (192 bits, URL-safe). */
export const newLinkToken = () => randomBytes(24).toString('base64url');

/** The page a confirm link opens; the token travels in the fragment, which no server or Referer sees. */
export const confirmLink = (base: string, token: string) => `${base}/volunteer/confirm.html#${token}`;
