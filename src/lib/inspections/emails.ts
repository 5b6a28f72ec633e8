import { appSample as app, htmlWrap, htmlWrapEn, type TemplateDefinition } from '../platform/email-templates';

/** The inspection-finding e-mails (a repeated finding, to the Inspector-General): placeholders (`sample`) and the shipped Thai and English defaults. */
export const inspectionEmailTemplates: TemplateDefinition[] = [
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
