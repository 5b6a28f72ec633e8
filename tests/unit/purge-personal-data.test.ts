import { purgeDue } from '../../src/lib/privacy/retention/complaints';

const DAY = 86_400_000;
const t0 = new Date('2025-01-10T03:00:00Z');
const at = (days: number) => new Date(t0.getTime() + days * DAY);

describe('purge-personal-data (pure)', () => {
  it('is due only for finished complaints, once, after the retention period', () => {
    const closed = { state: 'closed', closedAt: t0, updatedAt: at(200) };
    expect(purgeDue(closed, at(364), 365)).toBe(false);
    expect(purgeDue(closed, at(365), 365)).toBe(true);
    expect(purgeDue({ ...closed, personalDataPurgedAt: at(366) }, at(400), 365)).toBe(false);
    expect(purgeDue({ state: 'rejected', updatedAt: t0 }, at(366), 365)).toBe(true);
    expect(purgeDue({ state: 'duplicate', updatedAt: t0 }, at(366), 365)).toBe(true);
    // resolved can be re-opened, so it is not final; open complaints never are
    expect(purgeDue({ state: 'resolved', updatedAt: t0 }, at(900), 365)).toBe(false);
    expect(purgeDue({ state: 'in_progress', updatedAt: t0 }, at(900), 365)).toBe(false);
  });
});
