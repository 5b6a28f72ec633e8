import type { AdminForms } from '../platform/admin-form';
import { FACTORY_STATE_TH } from './model';

/** How the factory registry reads in the admin panel (src/lib/platform/admin-form.ts); the states as the registry spells them. */
export const factoriesAdminForms: AdminForms = {
  types: {
    'api::factory.factory': {
      name: ['โรงงาน', 'Factory'],
      mainField: 'nameTh',
      fields: {
        registrationNumber: [
          'เลขทะเบียนโรงงาน',
          'Registration number',
          'เลขทะเบียนของกรมโรงงานอุตสาหกรรม',
          "the Department of Industrial Works' number",
        ],
        nameTh: ['ชื่อโรงงาน', 'Factory name', 'ชื่อตามทะเบียน', 'as registered'],
        operator: ['ผู้ประกอบการ', 'Operator', 'อาจเป็นบุคคล: ข้อมูลส่วนบุคคล (PDPA)', 'may be a person: personal data (PDPA)'],
        state: ['สถานะโรงงาน', 'Status', 'สถานะตามทะเบียน', 'as the registry says'],
        typeCode: ['ประเภทโรงงาน (ลำดับที่)', 'Factory type', 'ลำดับประเภทตามกฎกระทรวง', 'the type number under the ministerial regulation'],
        factoryClass: ['จำพวกโรงงาน', 'Class', 'จำพวกที่ 1 2 หรือ 3', 'class 1, 2 or 3'],
        activity: ['การประกอบกิจการ', 'Activity', 'สิ่งที่โรงงานผลิตหรือทำ', 'what the factory makes or does'],
        province: ['จังหวัด', 'Province', 'จังหวัดที่ตั้งโรงงาน', 'where the factory is'],
        district: ['อำเภอ', 'District', 'อำเภอที่ตั้งโรงงาน', 'the district'],
        latitude: ['ละติจูด', 'Latitude', 'ตำแหน่งโรงงาน (WGS84)', 'position (WGS84)'],
        longitude: ['ลองจิจูด', 'Longitude', 'ตำแหน่งโรงงาน (WGS84)', 'position (WGS84)'],
      },
      enums: {
        state: Object.fromEntries(
          (Object.entries(FACTORY_STATE_TH) as [string, string][]).map(([value, th]) => [
            value,
            [
              th,
              {
                operating: 'Operating',
                not_started: 'Not started',
                suspended: 'Suspended',
                closed: 'Closed down',
                revoked: 'Licence revoked',
              }[value] ?? value,
            ] as const,
          ]),
        ),
      },
    },
  },
};
