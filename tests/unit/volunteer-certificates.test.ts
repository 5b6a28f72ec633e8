import {
  certificateTotals,
  certificateWording,
  newCertificateCode,
  CERTIFICATE_CODE,
  yearSpan,
} from '../../src/lib/volunteers/certificates';

describe('what a certificate of volunteer hours states', () => {
  it('totals hours to 2 decimals, oldest activity first', () => {
    const t = certificateTotals([
      { hours: '2.25', activity: { title: 'B', startAt: '2027-03-02T01:00:00Z' } },
      { hours: 1.1, activity: { title: 'A', startAt: '2027-01-02T01:00:00Z' } },
    ]);
    expect(t).toMatchObject({ hours: 3.35, activities: 2 });
    expect(t.lines.map((l) => l.title)).toEqual(['A', 'B']);
  });

  it('a Buddhist-era year spans Bangkok 1 January to 1 January', () => {
    const s = yearSpan(2570);
    expect(s.yearCE).toBe(2027);
    expect(s.from.toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(s.to.toISOString()).toBe('2027-12-31T17:00:00.000Z');
  });

  it('words the certificate in Thai with Buddhist-era dates', () => {
    const w = certificateWording({
      code: 'AAAA-BBBB-CCCC',
      scope: 'activity',
      volunteerName: 'สมหญิง ใจบุญ',
      activityTitle: 'ปลูกป่า',
      activityStartAt: '2027-01-01T01:00:00Z',
      hours: '3.50',
      activities: 1,
      issuedAt: '2027-01-02T01:00:00Z',
      state: 'valid',
    });
    expect(w.body.join('\n')).toContain('1 มกราคม 2570');
    expect(w.body.join('\n')).toContain('รวม 3.5 ชั่วโมง');
    expect(w.issued).toBe('ออกให้ ณ วันที่ 2 มกราคม 2570');
    const y = certificateWording({
      code: 'X',
      scope: 'year',
      volunteerName: 'ก',
      year: 2570,
      hours: 10,
      activities: 4,
      issuedAt: new Date(),
      state: 'valid',
    });
    expect(y.body.join('\n')).toContain('ในปี พ.ศ. 2570 จำนวน 4 กิจกรรม');
  });

  it('codes are unguessable and readable', () => {
    const codes = new Set(Array.from({ length: 200 }, newCertificateCode));
    expect(codes.size).toBe(200);
    for (const c of codes) expect(c).toMatch(CERTIFICATE_CODE);
  });
});
