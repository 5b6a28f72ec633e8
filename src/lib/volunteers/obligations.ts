import type { ObligationSource } from '../platform/obligations/source';
import { addressesOf } from '../platform/obligations/ladder';
import { staffLink } from '../platform/links';
import { PARTICIPATION_UID } from './rules';

/**
 * Volunteer activities as obligations (src/lib/platform/obligations): a registered volunteer owes
 * turning up at an open activity's start; once it starts, is cancelled, or the volunteer withdraws,
 * nothing is owed. Reminded on any day (volunteers are not office staff). The default ladder is one
 * reminder 36 hours before the start: with one digest run a day that reaches the volunteer between
 * 12 and 36 hours before. The next level is the activity's coordinator.
 */
interface OwedParticipation {
  id: number;
  documentId: string;
  volunteer?: { email?: string | null; user?: { email?: string | null } | null } | null;
  activity?: { documentId: string; title: string; startAt: string; coordinator?: { email?: string | null } | null } | null;
}

export const activityObligations: ObligationSource<OwedParticipation> = {
  name: 'activity',
  labelTh: 'กิจกรรมจิตอาสา',
  labelEn: 'Volunteer activity',
  anyDay: true,
  defaultLadder: [
    {
      id: 'default:before-start',
      deadline: 'any',
      offsetHours: -36,
      recipientKind: 'owner',
      labelTh: 'เตือนก่อนวันกิจกรรม',
      labelEn: 'Reminder before the activity',
    },
  ],
  load: (strapi, { horizon, now, afterId, limit }) =>
    strapi.db.query(PARTICIPATION_UID).findMany({
      where: { state: 'registered', id: { $gt: afterId }, activity: { state: 'open', startAt: { $gt: now, $lte: horizon } } },
      select: ['id', 'documentId'],
      populate: {
        volunteer: { select: ['email'], populate: { user: { select: ['email'] } } },
        activity: { select: ['documentId', 'title', 'startAt'], populate: { coordinator: { select: ['email'] } } },
      },
      orderBy: { id: 'asc' },
      limit,
    }),
  deadlines: (p) =>
    p.activity ? [{ name: 'start', dueAt: new Date(p.activity.startAt), labelTh: 'เริ่มกิจกรรม', labelEn: 'activity starts' }] : [],
  recipients(p, step) {
    if (step.recipientKind === 'owner') return [p.volunteer?.email || p.volunteer?.user?.email || ''];
    if (step.recipientKind === 'next_level') return [p.activity?.coordinator?.email ?? ''];
    if (step.recipientKind === 'address') return addressesOf(step);
    return [];
  },
  why: (kind) =>
    kind === 'owner'
      ? { th: 'คุณลงทะเบียนเข้าร่วมกิจกรรมนี้', en: 'you registered for this activity' }
      : { th: 'คุณเป็นผู้ประสานงานกิจกรรมนี้', en: 'you coordinate this activity' },
  describe: (p, base) => ({
    ref: p.activity?.title ?? '',
    title: '',
    link: staffLink(base, 'activity', p.activity?.documentId ?? ''),
  }),
};
