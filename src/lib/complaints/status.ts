import { errors } from '@strapi/utils';
import { COMPLAINT_STATUSES, TRANSITIONS, type ComplaintStatus } from './model';

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

function isStatus(value: unknown): value is ComplaintStatus {
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
