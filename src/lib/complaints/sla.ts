import type { Core } from '@strapi/strapi';
import type { Urgency } from './model';
import { SLA_POLICY_UID } from './model';
import { addWorkingHours, DEFAULT_WORKING_DAY, parseClock, workingCalendar, type WorkingCalendar } from '../platform/working-time';
import { holidayDates } from '../platform/holidays';
import { cachedRead } from '../platform/cached-reads';

type HoursKind = 'working' | 'clock';

export interface SlaPolicy {
  normalAcknowledgeHours: number;
  normalResolveHours: number;
  normalHoursKind: HoursKind;
  urgentAcknowledgeHours: number;
  urgentResolveHours: number;
  urgentHoursKind: HoursKind;
  emergencyAcknowledgeHours: number;
  emergencyResolveHours: number;
  emergencyHoursKind: HoursKind;
  /** the working day in Bangkok, "HH:MM" */
  workdayStart: string;
  workdayEnd: string;
  dueSoonLeadHours: number;
  /** holiday dates (YYYY-MM-DD, Bangkok), loaded with the policy by loadSlaPolicy */
  holidays?: readonly string[];
}

/**
 * Used when no sla-policy has been saved yet (the single type's defaults say the same): working hours
 * of an 08:30–16:30 day for normal (3 and 30 working days) and urgent complaints (1 and 5 working
 * days), the clock for emergencies.
 */
export const DEFAULT_SLA: SlaPolicy = {
  normalAcknowledgeHours: 24,
  normalResolveHours: 240,
  normalHoursKind: 'working',
  urgentAcknowledgeHours: 8,
  urgentResolveHours: 40,
  urgentHoursKind: 'working',
  emergencyAcknowledgeHours: 2,
  emergencyResolveHours: 24,
  emergencyHoursKind: 'clock',
  workdayStart: '08:30',
  workdayEnd: '16:30',
  dueSoonLeadHours: 4,
};

export interface CategorySla {
  slaAcknowledgeHours?: number | null;
  slaResolveHours?: number | null;
  /** `policy` (or unset): as the policy says for the urgency; `working` / `clock`: this category's own */
  slaHoursKind?: string | null;
}

const HOUR = 3600_000;

/** The policy's working calendar (its working day, Monday to Friday, its holidays). */
function calendarOf(p: SlaPolicy): WorkingCalendar {
  const dayStart = parseClock(p.workdayStart) ?? DEFAULT_WORKING_DAY.dayStart;
  const dayEnd = parseClock(p.workdayEnd) ?? DEFAULT_WORKING_DAY.dayEnd;
  return workingCalendar({
    ...(dayStart < dayEnd ? { dayStart, dayEnd } : {}),
    holidays: p.holidays ?? [],
  });
}

/**
 * Whether a complaint's hours count in working time or on the clock: an emergency always as the
 * policy says for emergencies (the clock, by default); otherwise the category's own kind when it has
 * one, else the policy's for the urgency.
 */
export function hoursKind(urgency: Urgency, policy: Pick<SlaPolicy, `${Urgency}HoursKind`>, category?: CategorySla | null): HoursKind {
  const own = category?.slaHoursKind;
  if (urgency !== 'emergency' && (own === 'working' || own === 'clock')) return own;
  return policy[`${urgency}HoursKind`] === 'clock' ? 'clock' : 'working';
}

/**
 * Deadlines of a complaint received at `receivedAt`. The policy gives hours per urgency; a category's
 * own hours, when set, replace the policy's (a chemical leak is handled on its own clock). Working
 * hours skip nights, weekends and the policy's holidays (see hoursKind for which count).
 */
export function computeDueDates(
  receivedAt: Date,
  urgency: Urgency,
  policy: Partial<SlaPolicy> | null | undefined,
  category?: CategorySla | null,
): { acknowledgeDueAt: Date; resolveDueAt: Date } {
  const p: SlaPolicy = { ...DEFAULT_SLA };
  for (const [k, v] of Object.entries(policy ?? {})) if (v !== null && v !== undefined) (p as unknown as Record<string, unknown>)[k] = v;
  const ack = category?.slaAcknowledgeHours || p[`${urgency}AcknowledgeHours`];
  const resolve = category?.slaResolveHours || p[`${urgency}ResolveHours`];
  if (hoursKind(urgency, p, category) === 'clock') {
    return {
      acknowledgeDueAt: new Date(receivedAt.getTime() + ack * HOUR),
      resolveDueAt: new Date(receivedAt.getTime() + resolve * HOUR),
    };
  }
  const calendar = calendarOf(p);
  return { acknowledgeDueAt: addWorkingHours(receivedAt, ack, calendar), resolveDueAt: addWorkingHours(receivedAt, resolve, calendar) };
}

/** The saved SLA policy (or the defaults) with the holiday calendar, as computeDueDates takes it. */
export async function loadSlaPolicy(strapi: Core.Strapi): Promise<Partial<SlaPolicy>> {
  const row = (await cachedRead(strapi, [SLA_POLICY_UID], 'policy', () =>
    strapi.db.query(SLA_POLICY_UID).findOne({}),
  )) as Partial<SlaPolicy> | null;
  return { ...(row ?? {}), holidays: await holidayDates(strapi) };
}
