import { maskComplainant, maskEmail, maskName, maskNationalId, maskPhone } from '../../src/lib/privacy/reveal/mask';
import { countByViewer, revealPeriod } from '../../src/lib/privacy/reveal/counts';
import { watermarkOf } from '../../src/lib/privacy/reveal/reveal';

describe('masked contact data', () => {
  it('keeps enough to tell people apart, not to reach them', () => {
    expect(maskPhone('081-234-5678')).toBe('08x-xxx-5678');
    expect(maskPhone('+66 81 234 5678')).toBe('66x-xxx-5678');
    expect(maskPhone('191')).toBe('xxx');
    expect(maskEmail('somsri@example.com')).toBe('s••••@example.com');
    expect(maskEmail('not-an-email')).toBe('••••');
    expect(maskName('สมชาย ใจดี')).toBe('สมชาย ใ.');
    expect(maskName('  สมศรี   ทดสอบลับ ')).toBe('สมศรี ท.');
    expect(maskName('John Smith')).toBe('John S.');
    expect(maskName('สมชาย')).toBe('ส•••');
    expect(maskNationalId('1101700203450')).toBe('x-xxxx-xxxxx-45-0');
  });

  it('leaves empty values empty and the complainant’s other keys alone', () => {
    for (const f of [maskPhone, maskEmail, maskName, maskNationalId]) {
      expect(f(null)).toBeNull();
      expect(f('')).toBeNull();
    }
    expect(maskComplainant(null)).toBeNull();
    expect(maskComplainant({ id: 3, name: 'สมศรี ทดสอบลับ', phone: null, email: 'a@b.test' })).toEqual({
      id: 3,
      name: 'สมศรี ท.',
      phone: null,
      email: 'a••••@b.test',
    });
  });
});

describe('reveals', () => {
  it('watermarks with the viewer and the Thai Buddhist-era time in Bangkok', () => {
    expect(watermarkOf({ label: 'officer1' }, new Date('2026-11-25T03:00:00Z'))).toEqual({
      viewer: 'officer1',
      at: '2026-11-25T03:00:00.000Z',
      label: 'officer1 · 25 พฤศจิกายน 2569 เวลา 10:00 น.',
    });
  });

  it('counts per viewer, with the newest reason, busiest first', () => {
    const row = (actorId: number, label: string, at: string, reason: string) => ({
      actorKind: 'user',
      actorId,
      actorLabel: label,
      actorRole: 'complaint-officer',
      occurredAt: at,
      details: { reason },
    });
    expect(
      countByViewer([
        row(2, 'b', '2026-11-25T05:00:00Z', 'ล่าสุดของ b'),
        row(1, 'a', '2026-11-25T04:00:00Z', 'ล่าสุดของ a'),
        row(2, 'b', '2026-11-24T05:00:00Z', 'เก่าของ b'),
      ]),
    ).toEqual([
      { viewer: 'b', kind: 'user', role: 'complaint-officer', count: 2, lastReason: 'ล่าสุดของ b', lastAt: '2026-11-25T05:00:00.000Z' },
      { viewer: 'a', kind: 'user', role: 'complaint-officer', count: 1, lastReason: 'ล่าสุดของ a', lastAt: '2026-11-25T04:00:00.000Z' },
    ]);
  });

  it('reads the period as Bangkok days, both included, the last 30 by default', async () => {
    const p = await revealPeriod({ from: '2026-12-31', to: '2027-01-01' });
    expect(p.start.toISOString()).toBe('2026-12-30T17:00:00.000Z');
    expect(p.end.toISOString()).toBe('2027-01-01T17:00:00.000Z');
    const d = await revealPeriod({}, new Date('2027-01-01T00:05:00+07:00'));
    expect([d.from, d.to]).toEqual(['2026-12-03', '2027-01-01']);
    await expect(revealPeriod({ to: '1/1/2027' })).rejects.toThrow(/to/);
  });
});
