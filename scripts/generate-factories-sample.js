#!/usr/bin/env node
/**
 * Writes the demo's factory registry sample, src/seed/factories-sample.csv: 300 fictional factories in
 * five industrial provinces (Rayong, Chon Buri, Samut Prakan, Phra Nakhon Si Ayutthaya, Saraburi), each
 * in a real district near its real position, with registration numbers in both of DIW's forms (the
 * 14-digit number and the older จ3-106-1/46ชบ style), types and classes typical of the province, and a
 * few operators who are natural persons. Deterministic: a fixed-seed generator, so running it again
 * writes the same file (`node scripts/generate-factories-sample.js`). Names and numbers are invented.
 */
const fs = require('fs');
const path = require('path');

let seed = 20261201;
/** mulberry32: a small fixed-seed generator */
function rand() {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(rand() * list.length)];

// [type, sub-number, class, activity]
const TYPES = {
  food: [
    [2, 0, 2, 'อบ สี ขัด คัดแยกเมล็ดพืช'],
    [4, 0, 3, 'ฆ่าและชำแหละสัตว์'],
    [6, 0, 3, 'แปรรูปและแช่เย็นสัตว์น้ำ'],
    [9, 0, 2, 'ผลิตอาหารสำเร็จรูป'],
  ],
  chemical: [
    [42, 1, 3, 'ผลิตเคมีภัณฑ์'],
    [42, 2, 3, 'ผลิตปุ๋ยเคมี'],
    [44, 0, 3, 'ผลิตสีและสารเคลือบ'],
    [49, 0, 3, 'กลั่นน้ำมันปิโตรเลียม'],
    [89, 0, 3, 'บรรจุก๊าซ'],
  ],
  plastic: [
    [53, 1, 2, 'ผลิตผลิตภัณฑ์พลาสติก'],
    [53, 5, 3, 'หลอมและขึ้นรูปเม็ดพลาสติก'],
  ],
  metal: [
    [59, 0, 3, 'หลอม หล่อ รีดเหล็ก'],
    [60, 0, 3, 'หลอมโลหะที่มิใช่เหล็ก'],
    [64, 0, 2, 'ผลิตผลิตภัณฑ์โลหะ'],
    [64, 0, 3, 'ชุบและเคลือบผิวโลหะ'],
  ],
  vehicle: [
    [77, 0, 3, 'ผลิตและประกอบรถยนต์'],
    [77, 2, 3, 'ผลิตชิ้นส่วนยานยนต์'],
  ],
  electronics: [[74, 0, 3, 'ผลิตชิ้นส่วนอิเล็กทรอนิกส์']],
  cement: [
    [58, 1, 3, 'ผลิตปูนซีเมนต์'],
    [58, 2, 3, 'ผลิตปูนขาว'],
    [3, 1, 3, 'ย่อยหรือโม่หิน'],
    [57, 0, 2, 'ผลิตผลิตภัณฑ์คอนกรีต'],
  ],
  energy: [
    [88, 1, 3, 'ผลิตพลังงานไฟฟ้าจากเชื้อเพลิง'],
    [88, 2, 3, 'ผลิตพลังงานไฟฟ้าจากแสงอาทิตย์'],
  ],
  waste: [
    [101, 0, 3, 'ปรับคุณภาพของเสียรวม'],
    [105, 0, 3, 'คัดแยกหรือฝังกลบสิ่งปฏิกูล'],
    [106, 0, 3, 'นำผลิตภัณฑ์ที่ไม่ใช้แล้วกลับมาผลิตเป็นวัตถุดิบ'],
  ],
};

// code, Thai abbreviation, count, industry mix, [district, latitude, longitude, in an estate?]
const PROVINCES = [
  [
    '21',
    'รย',
    70,
    { chemical: 5, plastic: 3, energy: 3, metal: 1, waste: 2, food: 1 },
    [
      ['เมืองระยอง', 12.7, 101.16, true],
      ['ปลวกแดง', 12.97, 101.21, true],
      ['นิคมพัฒนา', 12.83, 101.17, true],
      ['บ้านค่าย', 12.77, 101.3, false],
      ['บ้านฉาง', 12.73, 101.07, false],
    ],
  ],
  [
    '20',
    'ชบ',
    70,
    { vehicle: 3, metal: 3, food: 2, plastic: 2, chemical: 1, waste: 1 },
    [
      ['ศรีราชา', 13.12, 101.0, true],
      ['เมืองชลบุรี', 13.36, 100.98, false],
      ['บ้านบึง', 13.31, 101.11, false],
      ['พานทอง', 13.45, 101.09, true],
      ['บางละมุง', 12.97, 100.92, false],
    ],
  ],
  [
    '11',
    'สป',
    60,
    { metal: 3, plastic: 3, food: 2, chemical: 2, waste: 1 },
    [
      ['เมืองสมุทรปราการ', 13.6, 100.6, false],
      ['บางพลี', 13.6, 100.71, true],
      ['บางบ่อ', 13.58, 100.84, false],
      ['พระประแดง', 13.66, 100.53, false],
      ['บางเสาธง', 13.6, 100.81, false],
    ],
  ],
  [
    '14',
    'อย',
    50,
    { electronics: 3, vehicle: 2, food: 2, metal: 1, plastic: 1 },
    [
      ['บางปะอิน', 14.23, 100.6, true],
      ['อุทัย', 14.36, 100.69, true],
      ['วังน้อย', 14.23, 100.72, false],
      ['พระนครศรีอยุธยา', 14.35, 100.57, false],
      ['บางปะหัน', 14.46, 100.55, false],
    ],
  ],
  [
    '19',
    'สบ',
    50,
    { cement: 5, energy: 1, food: 1, waste: 1, metal: 1 },
    [
      ['แก่งคอย', 14.59, 101.0, false],
      ['หนองแค', 14.34, 100.87, true],
      ['เมืองสระบุรี', 14.53, 100.91, false],
      ['พระพุทธบาท', 14.72, 100.8, false],
      ['วิหารแดง', 14.33, 101.04, false],
    ],
  ],
];

const NAME_A = [
  'ไทย',
  'สยาม',
  'ตะวันออก',
  'รุ่งเรือง',
  'เจริญ',
  'มั่นคง',
  'ศรีสุข',
  'ธนา',
  'พัฒนา',
  'เอเชีย',
  'แสงทอง',
  'ชัยมงคล',
  'บูรพา',
  'สหกิจ',
  'นววัฒน์',
];
const NAME_B = {
  food: ['ฟู้ด', 'อาหาร', 'โปรดักส์', 'ซีฟู้ด'],
  chemical: ['เคมีคอล', 'ปิโตรเคมี', 'เคมีภัณฑ์'],
  plastic: ['พลาสติก', 'โพลิเมอร์', 'แพ็คเกจจิ้ง'],
  metal: ['เมทัล', 'สตีล', 'โลหะกิจ', 'ไวร์'],
  vehicle: ['ออโต้พาร์ท', 'ยานยนต์', 'มอเตอร์'],
  electronics: ['อิเล็กทรอนิกส์', 'เทคโนโลยี', 'คอมโพเนนท์'],
  cement: ['ซีเมนต์', 'ศิลา', 'คอนกรีต', 'ไมนิ่ง'],
  energy: ['เพาเวอร์', 'พลังงาน', 'เอ็นเนอร์ยี'],
  waste: ['เอนไวรอนเมนทัล', 'รีไซเคิล', 'เวสต์แมเนจเมนท์'],
};
const GIVEN = ['สมชาย', 'สมศักดิ์', 'วิชัย', 'ประเสริฐ', 'สุนีย์', 'มาลี', 'บุญมี', 'อำนาจ', 'จันทร์เพ็ญ', 'ประยูร'];
const FAMILY = ['ใจดี', 'ทองดี', 'ศรีสวัสดิ์', 'บุญประเสริฐ', 'แก้วมณี', 'สุขเจริญ', 'วงศ์ไทย', 'พึ่งบุญ'];
const STATES = [
  ['operating', 85],
  ['not_started', 4],
  ['suspended', 5],
  ['closed', 5],
  ['revoked', 1],
];

function weighted(entries) {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [v, w] of entries) if ((r -= w) < 0) return v;
  return entries[entries.length - 1][0];
}

const cell = (v) => (v === null || v === undefined ? '' : /[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const header = [
  'registration_number',
  'name',
  'operator',
  'type',
  'activity',
  'class',
  'province',
  'district',
  'latitude',
  'longitude',
  'status',
];
const lines = [header.join(',')];
const used = new Set();

for (const [code, abbr, count, mix, districts] of PROVINCES) {
  for (let i = 1; i <= count; i++) {
    const industry = weighted(Object.entries(mix));
    const [type, sub, cls, activity] = pick(TYPES[industry]);
    const [district, lat, lng, estate] = pick(districts);
    const person = (industry === 'food' || industry === 'cement') && rand() < 0.35;
    const owner = `${pick(GIVEN)} ${pick(FAMILY)}`;
    let name;
    let operator;
    do {
      name = person ? `โรงงาน${pick(NAME_A)}${pick(NAME_B[industry])}` : `บริษัท ${pick(NAME_A)}${pick(NAME_B[industry])} จำกัด`;
    } while (used.has(name + district));
    used.add(name + district);
    if (person) operator = `${rand() < 0.6 ? 'นาย' : 'นาง'}${owner}`;
    else operator = rand() < 0.15 ? name.replace(/ จำกัด$/, ' จำกัด (มหาชน)') : name;
    const typeCode = `${type}${sub ? `(${sub})` : ''}`;
    let reg;
    if (rand() < 0.7) {
      const issuer = estate ? '7' : rand() < 0.5 ? '1' : '2';
      const where = estate ? '2' : '0';
      const digits = `${issuer}${where}${code}${String(type).padStart(3, '0')}${String(sub).padStart(2, '0')}${String(i).padStart(4, '0')}`;
      const last = [...digits].reduce((s, d, k) => s + Number(d) * (14 - k), 0) % 10;
      // written as DIW letters show it, with separators on some rows (the import normalises them)
      reg =
        rand() < 0.3
          ? `${digits.slice(0, 1)}-${digits.slice(1, 2)}-${digits.slice(2, 4)}-${digits.slice(4, 9)}-${digits.slice(9)}-${last}`
          : `${digits}${last}`;
    } else {
      const year = 30 + Math.floor(rand() * 25);
      reg = `${rand() < 0.5 ? 'จ' : ''}${cls}-${typeCode}-${i}/${year}${abbr}`;
    }
    const jitter = () => (rand() - 0.5) * 0.06;
    const state = weighted(STATES);
    lines.push(
      [
        reg,
        name,
        operator,
        typeCode,
        activity,
        cls,
        `TH-${code}`,
        district,
        (lat + jitter()).toFixed(5),
        (lng + jitter()).toFixed(5),
        state,
      ]
        .map(cell)
        .join(','),
    );
  }
}

const out = path.resolve(__dirname, '..', 'src', 'seed', 'factories-sample.csv');
fs.writeFileSync(out, '\uFEFF' + lines.join('\r\n') + '\r\n');
console.log(`${lines.length - 1} factories written to ${path.relative(process.cwd(), out)}`);
