import { errors } from '@strapi/utils';

export const COMPLAINT_STATUSES = [
  'received',
  'triaged',
  'assigned',
  'in_progress',
  'resolved',
  'closed',
  'rejected',
  'duplicate',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** The one transition table: from each status, where a complaint may go next. */
export const TRANSITIONS: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  received: ['triaged', 'assigned', 'rejected', 'duplicate'],
  triaged: ['assigned', 'rejected', 'duplicate'],
  assigned: ['in_progress', 'triaged', 'resolved'],
  in_progress: ['resolved', 'assigned'],
  resolved: ['closed', 'in_progress'],
  closed: [],
  rejected: [],
  duplicate: [],
};

/** Statuses in which a complaint is finished: no SLA clock runs and Open311 says "closed". */
export const FINISHED: readonly ComplaintStatus[] = ['resolved', 'closed', 'rejected', 'duplicate'];
export const OPEN311_CLOSED: readonly ComplaintStatus[] = ['closed', 'rejected', 'duplicate'];

export const STATUS_LABELS: Record<ComplaintStatus, { th: string; en: string }> = {
  received: { th: 'รับเรื่องแล้ว', en: 'Received' },
  triaged: { th: 'คัดกรองแล้ว', en: 'Triaged' },
  assigned: { th: 'มอบหมายทีมแล้ว', en: 'Assigned' },
  in_progress: { th: 'กำลังดำเนินการ', en: 'In progress' },
  resolved: { th: 'แก้ไขแล้ว', en: 'Resolved' },
  closed: { th: 'ปิดเรื่อง', en: 'Closed' },
  rejected: { th: 'ไม่รับเรื่อง', en: 'Rejected' },
  duplicate: { th: 'เรื่องซ้ำ', en: 'Duplicate' },
};

export function isStatus(value: unknown): value is ComplaintStatus {
  return typeof value === 'string' && (COMPLAINT_STATUSES as readonly string[]).includes(value);
}

export function canTransition(from: ComplaintStatus, to: ComplaintStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Throws a 400 naming both states when `from → to` is not in the table. */
export function assertTransition(from: ComplaintStatus, to: unknown): asserts to is ComplaintStatus {
  if (!isStatus(to)) {
    throw new errors.ValidationError(`status: "${String(to)}" is not a complaint status`, {
      errors: [{ path: ['status'], message: `must be one of ${COMPLAINT_STATUSES.join(', ')}`, name: 'ValidationError' }],
    });
  }
  if (!canTransition(from, to)) {
    throw new errors.ValidationError(`status: cannot move a complaint from "${from}" to "${to}"`, {
      from,
      to,
      allowed: TRANSITIONS[from],
    });
  }
}
