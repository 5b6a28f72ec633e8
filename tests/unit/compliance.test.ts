import { computeCompliance, fiscalQuarterOf, inQuarter, outcomeOf, type ComplianceReport } from '../../src/lib/reporting/compliance';
import { isLocked, lockedFrom } from '../../src/lib/reporting/compliance-lock';
import { bangkokTime } from '../../src/lib/platform/thai-date';

const DIW = { code: 'DIW', nameTh: 'กรมโรงงานอุตสาหกรรม', nameEn: 'Department of Industrial Works' };
const TISI = { code: 'TISI', nameTh: 'สมอ.', nameEn: 'TISI' };
const OIE = { code: 'OIE', nameTh: 'สศอ.', nameEn: 'OIE' };
const BKK = { code: '10', nameTh: 'กรุงเทพมหานคร', nameEn: 'Bangkok' };
const CNX = { code: '50', nameTh: 'เชียงใหม่', nameEn: 'Chiang Mai' };

// all instants fixed: the figures do not depend on today
const now = bangkokTime(2027, 2, 1, 12);
const past = bangkokTime(2027, 1, 15, 23, 59).toISOString();
const future = bangkokTime(2027, 2, 15, 23, 59).toISOString();
const r = (agency: typeof DIW, province: typeof BKK | null, state: string, extra: Partial<ComplianceReport> = {}): ComplianceReport => ({
  agency,
  province,
  state,
  dueAt: past,
  late: false,
  periodEnd: '2026-12-31',
  ...extra,
});

/*
 * Hand count, FY2570 Q1 (periods ending Oct–Dec 2026), at 1 Feb 2027:
 *   DIW  (6 expected): 3 on time (submitted, accepted, returned), 1 late, 2 missing; +1 waived, +1 not yet due
 *        → reporting 4/6 = 66.7 %, on time 3/6 = 50 %
 *   TISI (5 expected): 5 on time → 100 %, 100 %
 *   OIE  (2 expected): 1 on time, 1 missing → 50 %, 50 %, below the minimum sample of 5: not ranked
 */
const fixtures: ComplianceReport[] = [
  r(DIW, BKK, 'submitted'),
  r(DIW, BKK, 'accepted'),
  r(DIW, BKK, 'returned'),
  r(DIW, CNX, 'accepted', { late: true }),
  r(DIW, CNX, 'pending'),
  r(DIW, CNX, 'pending', { late: null }),
  r(DIW, BKK, 'waived'),
  r(DIW, BKK, 'pending', { dueAt: future }),
  ...Array.from({ length: 5 }, () => r(TISI, BKK, 'accepted')),
  r(OIE, null, 'submitted'),
  r(OIE, null, 'pending'),
];

describe('reporting compliance (pure, hand-counted)', () => {
  it('reads Buddhist-era fiscal quarters from the period end', () => {
    expect(fiscalQuarterOf('2026-10-31')).toEqual({ fiscalYear: 2570, quarter: 1 });
    expect(fiscalQuarterOf('2026-12-31')).toEqual({ fiscalYear: 2570, quarter: 1 });
    expect(fiscalQuarterOf('2027-01-31')).toEqual({ fiscalYear: 2570, quarter: 2 });
    expect(fiscalQuarterOf('2027-09-30')).toEqual({ fiscalYear: 2570, quarter: 4 });
    expect(fiscalQuarterOf('2026-09-30')).toEqual({ fiscalYear: 2569, quarter: 4 });
    expect(inQuarter('2026-11-30', 2570, 1)).toBe(true);
    expect(inQuarter('2026-11-30', 2570, 2)).toBe(false);
    expect(inQuarter('2026-11-30', 2570)).toBe(true);
  });

  it('counts each report once: on time, late, missing, not yet due or waived', () => {
    expect(outcomeOf({ state: 'accepted', dueAt: past, late: false }, now)).toBe('on_time');
    expect(outcomeOf({ state: 'returned', dueAt: past, late: true }, now)).toBe('late');
    expect(outcomeOf({ state: 'pending', dueAt: past }, now)).toBe('missing');
    expect(outcomeOf({ state: 'pending', dueAt: future }, now)).toBe('not_due');
    expect(outcomeOf({ state: 'waived', dueAt: past }, now)).toBe('waived');
  });

  it('gives each agency its reporting and on-time rates, ranking only those with enough reports', () => {
    const c = computeCompliance(fixtures, { now, by: 'agency' });
    expect(c.minSample).toBe(5);
    expect(c.rows).toEqual([
      { ...TISI, expected: 5, submitted: 5, onTime: 5, late: 0, missing: 0, reportingRate: 100, onTimeRate: 100, rank: 1 },
      { ...DIW, expected: 6, submitted: 4, onTime: 3, late: 1, missing: 2, reportingRate: 66.7, onTimeRate: 50, rank: 2 },
      { ...OIE, expected: 2, submitted: 1, onTime: 1, late: 0, missing: 1, reportingRate: 50, onTimeRate: 50, rank: null },
    ]);
    expect(c.total).toEqual({ expected: 13, submitted: 10, onTime: 9, late: 1, missing: 3, reportingRate: 76.9, onTimeRate: 69.2 });
  });

  it('groups by province the same way; a lower minimum sample ranks small units, equal figures share a place', () => {
    const c = computeCompliance(fixtures, { now, by: 'province', minSample: 2 });
    // BKK: DIW 3 on time + TISI 5 on time = 8/8; CNX: 1 late + 2 missing = 1/3, 0/3; none: OIE 1/2
    expect(c.rows.map((x) => [x.code, x.expected, x.submitted, x.onTime, x.reportingRate, x.onTimeRate, x.rank])).toEqual([
      ['10', 8, 8, 8, 100, 100, 1],
      ['-', 2, 1, 1, 50, 50, 2],
      ['50', 3, 1, 0, 33.3, 0, 3],
    ]);
    const tie = computeCompliance([r(DIW, null, 'accepted'), r(TISI, null, 'accepted'), r(OIE, null, 'pending')], {
      now,
      by: 'agency',
      minSample: 1,
    });
    expect(tie.rows.map((x) => [x.code, x.rank])).toEqual([
      ['DIW', 1],
      ['TISI', 1],
      ['OIE', 3],
    ]);
    expect(computeCompliance([], { now, by: 'agency' }).total.reportingRate).toBeNull();
  });

  it('locks a report lockDaysAfterDue days after its due time, unless an exception still runs', () => {
    const dueAt = bangkokTime(2027, 1, 15, 23, 59);
    const day = 86_400_000;
    expect(lockedFrom({ dueAt }, null)).toBeNull();
    expect(isLocked({ dueAt }, null, new Date(dueAt.getTime() + 365 * day))).toBe(false);
    expect(isLocked({ dueAt }, 7, new Date(dueAt.getTime() + 7 * day))).toBe(false);
    expect(isLocked({ dueAt }, 7, new Date(dueAt.getTime() + 7 * day + 1))).toBe(true);
    expect(isLocked({ dueAt }, 0, new Date(dueAt.getTime() + 1))).toBe(true);
    const until = new Date(dueAt.getTime() + 10 * day);
    expect(isLocked({ dueAt, lockExceptionUntil: until }, 7, new Date(dueAt.getTime() + 9 * day))).toBe(false);
    expect(isLocked({ dueAt, lockExceptionUntil: until }, 7, new Date(dueAt.getTime() + 11 * day))).toBe(true);
  });
});
