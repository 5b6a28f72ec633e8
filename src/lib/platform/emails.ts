import { appSample as app, htmlWrap, htmlWrapEn, type TemplateDefinition } from './email-templates';

/** Emails about the whole service, not one domain. */
export const platformEmailTemplates: TemplateDefinition[] = [
  {
    key: 'digest.weekly',
    description: 'Monday digest to administrators: open complaints, breaches, reporting compliance per agency',
    sample: {
      app,
      week: { from: '17 พฤศจิกายน 2569', to: '23 พฤศจิกายน 2569' },
      complaints: { open: 12, breached: 2, received: 9, closed: 7 },
      agencies: [{ code: 'DIW', name: 'กรมโรงงานอุตสาหกรรม', expected: 10, submitted: 8, overdue: 2 }],
    },
    defaults: {
      subjectTh: 'สรุปประจำสัปดาห์ {{week.from}} – {{week.to}}',
      textTh:
        'สรุปประจำสัปดาห์ {{week.from}} – {{week.to}}\n\nเรื่องร้องเรียน: ค้างอยู่ {{complaints.open}} เกินกำหนด {{complaints.breached}} ' +
        'รับใหม่ {{complaints.received}} ปิดแล้ว {{complaints.closed}}\n\nการส่งรายงานความก้าวหน้า:\n' +
        '{{#agencies}}- {{code}} {{name}}: ส่งแล้ว {{submitted}}/{{expected}} ค้างส่ง {{overdue}}\n{{/agencies}}\n{{app.name}}',
      htmlTh: htmlWrap(
        '<h3>สรุปประจำสัปดาห์ {{week.from}} – {{week.to}}</h3><p>เรื่องร้องเรียน: ค้างอยู่ {{complaints.open}} เกินกำหนด {{complaints.breached}} ' +
          'รับใหม่ {{complaints.received}} ปิดแล้ว {{complaints.closed}}</p><table border="1" cellpadding="4" style="border-collapse:collapse">' +
          '<tr><th>หน่วยงาน</th><th>ส่งแล้ว</th><th>ที่ต้องส่ง</th><th>ค้างส่ง</th></tr>{{#agencies}}<tr><td>{{code}} {{name}}</td><td>{{submitted}}</td><td>{{expected}}</td><td>{{overdue}}</td></tr>{{/agencies}}</table>',
      ),
      subjectEn: 'Weekly digest {{week.from}} – {{week.to}}',
      textEn:
        'Weekly digest {{week.from}} – {{week.to}}\n\nComplaints: {{complaints.open}} open, {{complaints.breached}} breached, ' +
        '{{complaints.received}} received, {{complaints.closed}} closed\n\nProgress reports:\n' +
        '{{#agencies}}- {{code}} {{name}}: {{submitted}}/{{expected}} submitted, {{overdue}} overdue\n{{/agencies}}\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<h3>Weekly digest {{week.from}} – {{week.to}}</h3><p>Complaints: {{complaints.open}} open, {{complaints.breached}} breached, ' +
          '{{complaints.received}} received, {{complaints.closed}} closed</p><table border="1" cellpadding="4" style="border-collapse:collapse">' +
          '<tr><th>Agency</th><th>Submitted</th><th>Expected</th><th>Overdue</th></tr>{{#agencies}}<tr><td>{{code}} {{name}}</td><td>{{submitted}}</td><td>{{expected}}</td><td>{{overdue}}</td></tr>{{/agencies}}</table>',
      ),
    },
  },
];
