import fs from 'fs';
import path from 'path';
import { parseCsv } from '../../src/lib/platform/csv';
import { normaliseRegistrationNumber, parseRegistrationNumber } from '../../src/lib/factories/registration';
import { readFactoryCsv, type ProvinceRef } from '../../src/lib/factories/import';
import { bangkokMonth, monthly } from '../../src/lib/factories/history';
import { distanceMeters } from '../../src/lib/factories/registry';

const PROVINCES: ProvinceRef[] = [
  { id: 1, code: 'TH-21', nameTh: 'ระยอง', nameEn: 'Rayong' },
  { id: 2, code: 'TH-20', nameTh: 'ชลบุรี', nameEn: 'Chon Buri' },
  { id: 3, code: 'TH-19', nameTh: 'สระบุรี', nameEn: 'Saraburi' },
];
const HEADER = 'registration_number,name,operator,type,activity,class,province,district,latitude,longitude,status';

describe('DIW registration numbers', () => {
  it.each([
    ['10210420200125', '10210420200125'],
    ['1-0-21-04202-0012-5', '10210420200125'],
    ['๑๐๒๑๐๔๒๐๒๐๐๑๒๕', '10210420200125'],
    [' 1 0 21 04202 0012 5 ', '10210420200125'],
    ['จ3-106-1/46ชบ', 'จ3-106-1/46ชบ'],
    ['จ.3-106-1/46 ชบ.', 'จ3-106-1/46ชบ'],
    ['3–88(2)–012/55รย', '3-88(2)-12/55รย'],
    ['๓-๑๐๖-๑/๔๖', '3-106-1/46'],
  ])('%s normalises to %s', (raw, key) => {
    expect(normaliseRegistrationNumber(raw)).toBe(key);
  });

  it.each(['', 'abc', '1021042020012', '102104202001256', '4-106-1/46ชบ', '3-106-1', '3-106-1/2546x', 'ABC-123'])(
    '%s is not a DIW number',
    (raw) => {
      expect(parseRegistrationNumber(raw)).toBeNull();
    },
  );

  it('reads the province and type of the 14-digit number, the class and type of the older one', () => {
    expect(parseRegistrationNumber('10210420200125')).toMatchObject({ format: 'diw14', provinceCode: '21', typeCode: '42(2)' });
    expect(parseRegistrationNumber('70200770000035')).toMatchObject({ provinceCode: '20', typeCode: '77' });
    expect(parseRegistrationNumber('จ3-88(2)-12/55รย')).toMatchObject({ format: 'legacy', factoryClass: 3, typeCode: '88(2)' });
  });
});

describe('parseCsv', () => {
  it('reads quoted cells, escaped quotes, line breaks inside quotes, CRLF and a BOM, each record with its first line', () => {
    const text = '\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n"two\nlines",z\nlast,';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 4, cells: ['two\nlines', 'z'] },
      { line: 6, cells: ['last', ''] },
    ]);
  });
});

describe('readFactoryCsv', () => {
  it('keeps the good rows and reports each bad one by line and field', () => {
    const text = [
      HEADER,
      '10210420200125,บริษัท ตะวันออกเคมี จำกัด,บริษัท ตะวันออกเคมี จำกัด,42(2),ผลิตปุ๋ยเคมี,3,TH-21,เมืองระยอง,12.7,101.16,operating',
      'not-a-number,โรงงานหนึ่ง,,42,,3,TH-21,,,,',
      'จ3-58(1)-7/45สบ,บริษัท ศิลาซีเมนต์ จำกัด,,58(1),ผลิตปูนซีเมนต์,3,สระบุรี,แก่งคอย,14.59,101.0,ประกอบกิจการ',
      '10200640000015,,,64,,4,TH-99,,95,,unknown',
      '1-0-21-04202-0012-5,ซ้ำ,,42(2),,3,Rayong,,,,',
      'จ2-58(1)-8/45สบ,โรงงานสอง,,58(1),,3,TH-19,,,,',
      '10200640000023,โรงงานสาม,,64,,2,TH-21,,,,',
    ].join('\n');
    const { rows, problems, read } = readFactoryCsv(text, PROVINCES);
    expect(read).toBe(7);
    expect(rows.map((r) => [r.line, r.registrationNumber, r.provinceId, r.state])).toEqual([
      [2, '10210420200125', 1, 'operating'],
      [4, 'จ3-58(1)-7/45สบ', 3, 'operating'],
    ]);
    expect(rows[0]).toMatchObject({
      nameTh: 'บริษัท ตะวันออกเคมี จำกัด',
      typeCode: '42(2)',
      factoryClass: 3,
      latitude: 12.7,
      longitude: 101.16,
    });
    const at = (line: number) => problems.filter((p) => p.line === line).map((p) => p.field);
    expect(at(3)).toEqual(['registration_number']);
    expect(at(5).sort()).toEqual(['class', 'latitude', 'name', 'province', 'status'].sort());
    expect(problems.find((p) => p.line === 5 && p.field === 'latitude')?.message).toMatch(/at most 90/);
    expect(problems.find((p) => p.line === 6)).toMatchObject({ field: 'registration_number', message: 'is already on line 2' });
    expect(problems.find((p) => p.line === 7)).toMatchObject({ field: 'class', message: 'is 3, the registration number says 2' });
    expect(problems.find((p) => p.line === 8)).toMatchObject({
      field: 'province',
      message: 'is TH-21, the registration number says TH-20',
    });
  });

  it('takes Thai column names in any order and reports a missing required column on the header line', () => {
    const thai = 'จังหวัด,ชื่อโรงงาน,เลขทะเบียนโรงงาน,ลำดับที่,จำพวก\nระยอง,โรงงานหนึ่ง,10210420200125,42(2),3\n';
    expect(readFactoryCsv(thai, PROVINCES).rows).toHaveLength(1);
    const missing = readFactoryCsv('name,type\nx,42\n', PROVINCES);
    expect(missing.rows).toEqual([]);
    expect(missing.problems.map((p) => [p.line, p.field])).toEqual([
      [1, 'registration_number'],
      [1, 'class'],
      [1, 'province'],
    ]);
  });

  it('reads the demo sample without a problem: 300 factories, unique numbers, five provinces', () => {
    const text = fs.readFileSync(path.resolve(__dirname, '..', '..', 'src', 'seed', 'factories-sample.csv'), 'utf8');
    const all: ProvinceRef[] = [
      ...PROVINCES,
      { id: 4, code: 'TH-11', nameTh: 'สมุทรปราการ', nameEn: 'Samut Prakan' },
      { id: 5, code: 'TH-14', nameTh: 'พระนครศรีอยุธยา', nameEn: 'Phra Nakhon Si Ayutthaya' },
    ];
    const { rows, problems } = readFactoryCsv(text, all);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(300);
    expect(new Set(rows.map((r) => r.provinceId)).size).toBe(5);
    expect(rows.some((r) => /^น(าย|าง)/.test(r.operator ?? ''))).toBe(true);
  });
});

describe('factory history figures', () => {
  it('counts events per Bangkok month, oldest first', () => {
    expect(bangkokMonth(new Date('2026-01-31T17:30:00Z'))).toBe('2026-02');
    expect(
      monthly({
        complaints: [{ at: '2026-01-31T17:30:00Z' }, { at: '2026-02-10T00:00:00Z' }, { at: null }],
        inspections: [{ at: '2026-01-15' }],
        findings: [{ at: '2026-03-01T00:00:00Z' }],
      }),
    ).toEqual([
      { month: '2026-01', complaints: 0, inspections: 1, findings: 0 },
      { month: '2026-02', complaints: 2, inspections: 0, findings: 0 },
      { month: '2026-03', complaints: 0, inspections: 0, findings: 1 },
    ]);
  });

  it('measures distances in metres', () => {
    expect(Math.round(distanceMeters({ latitude: 13, longitude: 100 }, { latitude: 13.01, longitude: 100 }))).toBe(1112);
  });
});
