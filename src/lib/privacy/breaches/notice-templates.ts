import { appSample as app, type TemplateDefinition } from '../../platform/email-templates';

/**
 * The breach notices as admin-editable templates (logic-less mustache, edited with the e-mail
 * templates): to the PDPC within 72 hours (PDPA s.37(4)), and to the data subjects when the risk to
 * them is high. Filled by ./notice.ts; only the subject line and the text are used.
 */
export const NOTICE_TEMPLATES = { pdpc: 'breach.notice-pdpc', subject: 'breach.notice-subject' } as const;
export type NoticeTo = keyof typeof NOTICE_TEMPLATES;

const sample = {
  app,
  date: { th: '3 ธันวาคม 2569', en: '3 December 2026' },
  breach: {
    ref: 'BR-1',
    title: 'บัญชีเจ้าหน้าที่ถูกใช้เปิดดูข้อมูลผู้ร้องเรียน',
    description: 'พบการเข้าถึงข้อมูลผู้ร้องเรียนจำนวนมากผิดปกติจากบัญชีผู้ดูแลระบบหนึ่งบัญชี',
    discoveredTh: '2 ธันวาคม 2569 เวลา 09:00 น.',
    discoveredEn: '2 December 2026, 09:00',
    periodTh: '1 ธันวาคม 2569 เวลา 18:00 น. ถึง 2 ธันวาคม 2569 เวลา 09:00 น.',
    periodEn: '1 December 2026, 18:00 to 2 December 2026, 09:00',
    notifyByTh: '5 ธันวาคม 2569 เวลา 09:00 น.',
    notifyByEn: '5 December 2026, 09:00',
    riskTh: 'สูง',
    riskEn: 'high',
    measures: 'ระงับบัญชีและเปลี่ยนรหัสผ่าน',
  },
  affected: { count: 12, complaints: 10, volunteers: 2 },
};

export const breachNoticeTemplates: TemplateDefinition[] = [
  {
    key: NOTICE_TEMPLATES.pdpc,
    description: 'Breach notice to the PDPC (PDPA s.37(4), within 72 hours of becoming aware), generated from the breach register',
    sample,
    defaults: {
      subjectTh: 'แจ้งเหตุการละเมิดข้อมูลส่วนบุคคล {{breach.ref}} {{breach.title}}',
      textTh:
        'เรียน เลขาธิการคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล\n\n' +
        'กองตรวจราชการ กระทรวงอุตสาหกรรม ขอแจ้งเหตุการละเมิดข้อมูลส่วนบุคคลตามมาตรา 37 (4) ' +
        'แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ดังนี้\n\n' +
        '1. เลขที่อ้างอิง: {{breach.ref}} {{breach.title}}\n' +
        '2. วันเวลาที่ทราบเหตุ: {{breach.discoveredTh}}\n' +
        '3. ช่วงเวลาที่คาดว่าเกิดเหตุ: {{breach.periodTh}}\n' +
        '4. ลักษณะของเหตุ: {{breach.description}}\n' +
        '5. เจ้าของข้อมูลที่อาจได้รับผลกระทบ: {{affected.count}} ราย (ผู้ร้องเรียน {{affected.complaints}} ราย จิตอาสา {{affected.volunteers}} ราย)\n' +
        '6. ระดับความเสี่ยงต่อสิทธิและเสรีภาพของเจ้าของข้อมูล: {{breach.riskTh}}\n' +
        '7. มาตรการที่ได้ดำเนินการแล้ว: {{breach.measures}}\n\n' +
        'ลงวันที่ {{date.th}}\nเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล กองตรวจราชการ กระทรวงอุตสาหกรรม\n{{app.name}}',
      subjectEn: 'Personal data breach notice {{breach.ref}} {{breach.title}}',
      textEn:
        'To the Secretary-General of the Personal Data Protection Committee\n\n' +
        'The Inspector-General Division of the Ministry of Industry notifies a personal data breach under section 37(4) ' +
        'of the Personal Data Protection Act B.E. 2562 (2019):\n\n' +
        '1. Reference: {{breach.ref}} {{breach.title}}\n' +
        '2. Became aware: {{breach.discoveredEn}}\n' +
        '3. Suspected period: {{breach.periodEn}}\n' +
        '4. What happened: {{breach.description}}\n' +
        '5. Data subjects possibly affected: {{affected.count}} ({{affected.complaints}} complainants, {{affected.volunteers}} volunteers)\n' +
        '6. Risk to the rights and freedoms of data subjects: {{breach.riskEn}}\n' +
        '7. Measures taken: {{breach.measures}}\n\n' +
        'Dated {{date.en}}\nData Protection Officer, Inspector-General Division, Ministry of Industry\n{{app.name}}',
    },
  },
  {
    key: NOTICE_TEMPLATES.subject,
    description: 'Breach notice to the data subjects when the risk to them is high (PDPA s.37(4)), generated from the breach register',
    sample,
    defaults: {
      subjectTh: 'แจ้งเหตุการละเมิดข้อมูลส่วนบุคคลของท่าน ({{breach.ref}})',
      textTh:
        'เรียน ท่านเจ้าของข้อมูลส่วนบุคคล\n\n' +
        'กองตรวจราชการ กระทรวงอุตสาหกรรม ขอแจ้งให้ท่านทราบว่า เมื่อ{{breach.discoveredTh}} ' +
        'เราพบเหตุที่อาจทำให้ข้อมูลส่วนบุคคลของท่านที่ให้ไว้กับเราถูกเข้าถึงโดยไม่ได้รับอนุญาต\n\n' +
        'ช่วงเวลาที่คาดว่าเกิดเหตุ: {{breach.periodTh}}\n' +
        'ลักษณะของเหตุ: {{breach.description}}\n' +
        'สิ่งที่เราได้ดำเนินการแล้ว: {{breach.measures}}\n\n' +
        'โปรดระมัดระวังการติดต่อที่อ้างว่ามาจากหน่วยงานของเรา และสอบถามเพิ่มเติมได้ที่เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล ' +
        'โดยอ้างเลขที่ {{breach.ref}}\n\nลงวันที่ {{date.th}}\nกองตรวจราชการ กระทรวงอุตสาหกรรม\n{{app.name}}',
      subjectEn: 'A breach of your personal data ({{breach.ref}})',
      textEn:
        'Dear data subject,\n\n' +
        'The Inspector-General Division of the Ministry of Industry informs you that on {{breach.discoveredEn}} we found an incident ' +
        'in which personal data you gave us may have been accessed without authorisation.\n\n' +
        'Suspected period: {{breach.periodEn}}\n' +
        'What happened: {{breach.description}}\n' +
        'What we have done: {{breach.measures}}\n\n' +
        'Please be wary of messages claiming to come from us; our Data Protection Officer answers your questions ' +
        '(quote {{breach.ref}}).\n\nDated {{date.en}}\nInspector-General Division, Ministry of Industry\n{{app.name}}',
    },
  },
];
