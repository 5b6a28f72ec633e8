import { appSample as app, agencySample, htmlWrap, htmlWrapEn, type TemplateDefinition } from '../platform/email-templates';

/** The inspection-finding reminders (chase-inspection-findings): placeholders (`sample`) and the shipped Thai and English defaults. */
export const inspectionEmailTemplates: TemplateDefinition[] = [
  {
    key: 'finding.overdue',
    description: 'An inspection finding is past its due date without the agency response',
    sample: {
      app,
      agency: agencySample,
      inspection: { code: 'INS-2570-01', round: 1 },
      finding: {
        title: 'ยังไม่มีแผนบริหารความเสี่ยง',
        recommendation: 'จัดทำแผน',
        dueDate: '31 มีนาคม 2570',
        daysOverdue: 5,
        link: 'https://mind-desk.example/staff/finding.html?id=abc',
      },
      reminderNumber: 1,
    },
    defaults: {
      subjectTh: 'เกินกำหนด: ข้อตรวจพบ {{inspection.code}} ของ {{agency.name}}',
      textTh:
        'เรียน {{agency.name}}\n\nข้อตรวจพบ "{{finding.title}}" จากการตรวจราชการ {{inspection.code}} ครบกำหนดตอบเมื่อ {{finding.dueDate}} ' +
        'และเกินกำหนดมาแล้ว {{finding.daysOverdue}} วัน\n\nข้อเสนอแนะ: {{finding.recommendation}}\n\n{{finding.link}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{agency.name}}</p><p>ข้อตรวจพบ <b>{{finding.title}}</b> จากการตรวจราชการ {{inspection.code}} ครบกำหนดตอบเมื่อ {{finding.dueDate}} ' +
          'และเกินกำหนดมาแล้ว {{finding.daysOverdue}} วัน</p><p>ข้อเสนอแนะ: {{finding.recommendation}}</p><p><a href="{{finding.link}}">เปิดดู</a></p>',
      ),
      subjectEn: 'Overdue: inspection finding {{inspection.code}} for {{agency.nameEn}}',
      textEn:
        'To {{agency.nameEn}},\n\nThe finding "{{finding.title}}" of inspection {{inspection.code}} was due on {{finding.dueDate}} ' +
        'and is {{finding.daysOverdue}} days overdue.\n\nRecommendation: {{finding.recommendation}}\n\n{{finding.link}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>To {{agency.nameEn}},</p><p>The finding <b>{{finding.title}}</b> of inspection {{inspection.code}} was due on {{finding.dueDate}} ' +
          'and is {{finding.daysOverdue}} days overdue.</p><p>Recommendation: {{finding.recommendation}}</p><p><a href="{{finding.link}}">Open</a></p>',
      ),
    },
  },
  {
    key: 'finding.due_soon',
    description: "An inspection finding's response is due in a few days",
    sample: {
      app,
      agency: agencySample,
      inspection: { code: 'INS-2570-01', round: 1 },
      finding: {
        title: 'ยังไม่มีแผนบริหารความเสี่ยง',
        recommendation: 'จัดทำแผน',
        dueDate: '31 มีนาคม 2570',
        daysLeft: 3,
        link: 'https://mind-desk.example/staff/finding.html?id=abc',
      },
    },
    defaults: {
      subjectTh: 'ใกล้ครบกำหนด: ข้อตรวจพบ {{inspection.code}} ของ {{agency.name}}',
      textTh:
        'เรียน {{agency.name}}\n\nข้อตรวจพบ "{{finding.title}}" จากการตรวจราชการ {{inspection.code}} จะครบกำหนดตอบในวันที่ {{finding.dueDate}} ' +
        '(อีก {{finding.daysLeft}} วัน)\n\nข้อเสนอแนะ: {{finding.recommendation}}\n\n{{finding.link}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{agency.name}}</p><p>ข้อตรวจพบ <b>{{finding.title}}</b> จากการตรวจราชการ {{inspection.code}} จะครบกำหนดตอบในวันที่ {{finding.dueDate}} ' +
          '(อีก {{finding.daysLeft}} วัน)</p><p>ข้อเสนอแนะ: {{finding.recommendation}}</p><p><a href="{{finding.link}}">เปิดดู</a></p>',
      ),
      subjectEn: 'Due soon: inspection finding {{inspection.code}} for {{agency.nameEn}}',
      textEn:
        'To {{agency.nameEn}},\n\nThe response to the finding "{{finding.title}}" of inspection {{inspection.code}} is due on {{finding.dueDate}} ' +
        '(in {{finding.daysLeft}} days).\n\nRecommendation: {{finding.recommendation}}\n\n{{finding.link}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>To {{agency.nameEn}},</p><p>The response to the finding <b>{{finding.title}}</b> of inspection {{inspection.code}} is due on {{finding.dueDate}} ' +
          '(in {{finding.daysLeft}} days).</p><p>Recommendation: {{finding.recommendation}}</p><p><a href="{{finding.link}}">Open</a></p>',
      ),
    },
  },
  {
    key: 'finding.escalation',
    description: "Escalation to the agency head and the inspectors: the agency's long-overdue findings, in one email",
    sample: {
      app,
      agency: agencySample,
      count: 1,
      escalationDays: 14,
      findings: [
        {
          inspectionCode: 'INS-2570-01',
          title: 'ยังไม่มีแผนบริหารความเสี่ยง',
          severity: 'high',
          dueDate: '31 มีนาคม 2570',
          daysOverdue: 20,
          link: 'https://mind-desk.example/staff/finding.html?id=abc',
        },
      ],
    },
    defaults: {
      subjectTh: 'ยกระดับการติดตาม: {{agency.name}} มีข้อตรวจพบค้างตอบ {{count}} รายการ',
      textTh:
        'เรียน หัวหน้าหน่วยงาน {{agency.name}} และผู้ตรวจราชการ\n\nข้อตรวจพบต่อไปนี้เกินกำหนดตอบมากกว่า {{escalationDays}} วัน:\n\n' +
        '{{#findings}}- {{inspectionCode}} {{title}} (ความรุนแรง {{severity}}) ครบกำหนด {{dueDate}} เกิน {{daysOverdue}} วัน\n{{/findings}}' +
        '\nกรุณาติดตามให้หน่วยงานตอบโดยเร็ว\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน หัวหน้าหน่วยงาน {{agency.name}} และผู้ตรวจราชการ</p><p>ข้อตรวจพบต่อไปนี้เกินกำหนดตอบมากกว่า {{escalationDays}} วัน:</p>' +
          '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>การตรวจ</th><th>ข้อตรวจพบ</th><th>ความรุนแรง</th><th>ครบกำหนด</th><th>เกิน (วัน)</th></tr>' +
          '{{#findings}}<tr><td>{{inspectionCode}}</td><td><a href="{{link}}">{{title}}</a></td><td>{{severity}}</td><td>{{dueDate}}</td><td>{{daysOverdue}}</td></tr>{{/findings}}' +
          '</table>',
      ),
      subjectEn: 'Escalation: {{agency.nameEn}} has {{count}} overdue inspection findings',
      textEn:
        'To the head of {{agency.nameEn}} and the inspectors,\n\nThese findings are more than {{escalationDays}} days overdue:\n\n' +
        '{{#findings}}- {{inspectionCode}} {{title}} (severity {{severity}}), due {{dueDate}}, {{daysOverdue}} days overdue\n{{/findings}}' +
        '\nPlease make sure the agency responds soon.\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>To the head of {{agency.nameEn}} and the inspectors,</p><p>These findings are more than {{escalationDays}} days overdue:</p>' +
          '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Inspection</th><th>Finding</th><th>Severity</th><th>Due</th><th>Days overdue</th></tr>' +
          '{{#findings}}<tr><td>{{inspectionCode}}</td><td><a href="{{link}}">{{title}}</a></td><td>{{severity}}</td><td>{{dueDate}}</td><td>{{daysOverdue}}</td></tr>{{/findings}}' +
          '</table>',
      ),
    },
  },
  {
    key: 'finding.repeat',
    description: 'A finding repeats one of an earlier inspection round (same category, same agency or province): to the Inspector-General',
    sample: {
      app,
      finding: {
        title: 'ยังไม่มีแผนบริหารความเสี่ยง',
        category: 'risk-management',
        severity: 'high',
        dueDate: '31 มีนาคม 2570',
        inspectionCode: 'INS-2570-02',
        round: '2/2570',
        agency: 'กรมโรงงานอุตสาหกรรม',
        link: 'https://mind-desk.example/admin/content-manager/collection-types/api::inspection-finding.inspection-finding/abc',
      },
      previous: { title: 'ไม่มีแผนบริหารความเสี่ยง', inspectionCode: 'INS-2569-01', round: '1/2569' },
    },
    defaults: {
      subjectTh: 'ข้อตรวจพบซ้ำ: {{finding.agency}} — {{finding.title}}',
      textTh:
        'เรียน ผู้ตรวจราชการกระทรวง\n\nข้อตรวจพบ "{{finding.title}}" (ประเด็น {{finding.category}}) จากการตรวจ {{finding.inspectionCode}} รอบ {{finding.round}} ' +
        'ของ {{finding.agency}} ซ้ำกับข้อตรวจพบ "{{previous.title}}" จากการตรวจ {{previous.inspectionCode}} รอบ {{previous.round}}\n' +
        'กำหนดชี้แจง {{finding.dueDate}}\n\n{{finding.link}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน ผู้ตรวจราชการกระทรวง</p><p>ข้อตรวจพบ <b>{{finding.title}}</b> (ประเด็น {{finding.category}}) จากการตรวจ {{finding.inspectionCode}} รอบ {{finding.round}} ' +
          'ของ {{finding.agency}} ซ้ำกับข้อตรวจพบ <b>{{previous.title}}</b> จากการตรวจ {{previous.inspectionCode}} รอบ {{previous.round}}</p>' +
          '<p>กำหนดชี้แจง {{finding.dueDate}}</p><p><a href="{{finding.link}}">เปิดดู</a></p>',
      ),
      subjectEn: 'Repeat finding: {{finding.agency}} — {{finding.title}}',
      textEn:
        'To the Inspector-General,\n\nThe finding "{{finding.title}}" (category {{finding.category}}) of inspection {{finding.inspectionCode}}, round {{finding.round}}, ' +
        'for {{finding.agency}} repeats "{{previous.title}}" of inspection {{previous.inspectionCode}}, round {{previous.round}}.\n' +
        'Due {{finding.dueDate}}\n\n{{finding.link}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>To the Inspector-General,</p><p>The finding <b>{{finding.title}}</b> (category {{finding.category}}) of inspection {{finding.inspectionCode}}, round {{finding.round}}, ' +
          'for {{finding.agency}} repeats <b>{{previous.title}}</b> of inspection {{previous.inspectionCode}}, round {{previous.round}}.</p>' +
          '<p>Due {{finding.dueDate}}</p><p><a href="{{finding.link}}">Open</a></p>',
      ),
    },
  },
];
