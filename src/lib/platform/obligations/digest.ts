import { appSample as app, htmlWrap, htmlWrapEn, type TemplateDefinition } from '../email-templates';
import { formatEnglishDate, formatThaiDate } from '../thai-date';
import { span, type DueStep, type LadderDeadline } from './ladder';
import { ADDRESS_WHY, type DigestItem } from './source';

/** The digest's template key: one email per recipient per Bangkok day listing everything owed. */
export const DIGEST_TEMPLATE = 'obligation.digest';

const HOUR = 3600_000;

/** "14:30" in Bangkok. */
function bangkokClock(d: Date): string {
  return new Date(d.getTime() + 7 * HOUR).toISOString().slice(11, 16);
}

/** One line of a digest, as the template reads it. */
export interface DigestLine extends DigestItem {
  sourceTh: string;
  sourceEn: string;
  deadlineTh: string;
  deadlineEn: string;
  dueTh: string;
  dueEn: string;
  whenTh: string;
  whenEn: string;
  stepTh: string;
  stepEn: string;
  whyTh: string;
  whyEn: string;
}

/** Pure: the digest line of one due step of one item's deadline, with why this recipient gets it. */
export function digestLine(
  source: { labelTh: string; labelEn: string; why(kind: DueStep['step']['recipientKind']): { th: string; en: string } },
  item: DigestItem,
  deadline: LadderDeadline,
  due: DueStep,
  now: Date,
): DigestLine {
  const left = deadline.dueAt.getTime() - now.getTime();
  const s = span(left);
  const why = due.step.recipientKind === 'address' ? ADDRESS_WHY : source.why(due.step.recipientKind);
  const repeat = due.n > 1 ? { th: ` (ครั้งที่ ${due.n})`, en: ` (#${due.n})` } : { th: '', en: '' };
  return {
    ...item,
    sourceTh: source.labelTh,
    sourceEn: source.labelEn,
    deadlineTh: deadline.labelTh,
    deadlineEn: deadline.labelEn,
    dueTh: `${formatThaiDate(deadline.dueAt, { month: 'short' })} ${bangkokClock(deadline.dueAt)} น.`,
    dueEn: `${formatEnglishDate(deadline.dueAt)} ${bangkokClock(deadline.dueAt)}`,
    whenTh: left > 0 ? `อีก ${s.th}` : `เกินกำหนด ${s.th}`,
    whenEn: left > 0 ? `in ${s.en}` : `${s.en} overdue`,
    stepTh: due.step.labelTh + repeat.th,
    stepEn: (due.step.labelEn || due.step.labelTh) + repeat.en,
    whyTh: why.th,
    whyEn: why.en,
  };
}

/** Pure: a digest's lines in reading order — by source, then the most pressing deadline first. */
export function sortLines<L extends { sourceTh: string; dueAt: number }>(lines: L[]): L[] {
  return [...lines].sort((a, b) => a.sourceTh.localeCompare(b.sourceTh, 'th') || a.dueAt - b.dueAt);
}

const itemSample = {
  ref: 'RPT PRJ-001 ไตรมาส 1/2570',
  title: 'โครงการพัฒนาอุตสาหกรรม',
  link: 'https://mind-desk.example/staff/report.html?id=abc',
  sourceTh: 'รายงานความก้าวหน้า',
  sourceEn: 'Progress report',
  deadlineTh: 'กำหนดส่ง',
  deadlineEn: 'due date',
  dueTh: '2 ธ.ค. 2569 23:59 น.',
  dueEn: '2 December 2026 23:59',
  whenTh: 'เกินกำหนด 1 วัน 2 ชั่วโมง',
  whenEn: '1 day 2 hours overdue',
  stepTh: 'ครบกำหนดแล้ว',
  stepEn: 'Due now',
  whyTh: 'คุณเป็นผู้รับผิดชอบรายงานของโครงการนี้',
  whyEn: "you are the project's reporting officer",
};

const ROW_TH =
  '{{#items}}- [{{stepTh}}] {{sourceTh}} {{ref}} {{title}}\n  {{deadlineTh}} {{dueTh}} ({{whenTh}})\n  {{link}}\n  เหตุที่คุณได้รับ: {{whyTh}}\n{{/items}}';
const ROW_EN =
  '{{#items}}- [{{stepEn}}] {{sourceEn}} {{ref}} {{title}}\n  {{deadlineEn}} {{dueEn}} ({{whenEn}})\n  {{link}}\n  Why you get this: {{whyEn}}\n{{/items}}';

/** The digest: everything owed that one recipient is told of on one day, with a link per item. */
export const obligationEmailTemplates: TemplateDefinition[] = [
  {
    key: DIGEST_TEMPLATE,
    description:
      'Daily digest of obligations (reports, findings, complaint deadlines, required reading, volunteer activities): one email per recipient per day',
    sample: { app, date: { th: '2 ธันวาคม 2569', en: '2 December 2026' }, count: 1, items: [itemSample] },
    defaults: {
      subjectTh: 'รายการที่ต้องดำเนินการ {{count}} รายการ ประจำวันที่ {{date.th}}',
      textTh:
        'รายการที่ใกล้ครบหรือเกินกำหนด ประจำวันที่ {{date.th}} ({{count}} รายการ)\n\n' +
        ROW_TH +
        '\nอีเมลนี้สรุปรวมทุกรายการวันละฉบับ รายการจะหยุดแจ้งเมื่อดำเนินการเสร็จแล้ว\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>รายการที่ใกล้ครบหรือเกินกำหนด ประจำวันที่ {{date.th}} ({{count}} รายการ)</p>' +
          '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>ขั้น</th><th>รายการ</th><th>กำหนด</th><th>สถานะ</th><th>เหตุที่คุณได้รับ</th></tr>' +
          '{{#items}}<tr><td>{{stepTh}}</td><td>{{sourceTh}} <a href="{{link}}">{{ref}}</a> {{title}}</td><td>{{deadlineTh}} {{dueTh}}</td><td>{{whenTh}}</td><td>{{whyTh}}</td></tr>{{/items}}</table>' +
          '<p>อีเมลนี้สรุปรวมทุกรายการวันละฉบับ รายการจะหยุดแจ้งเมื่อดำเนินการเสร็จแล้ว</p>',
      ),
      subjectEn: '{{count}} items to act on, {{date.en}}',
      textEn:
        'Items near or past their deadline on {{date.en}} ({{count}})\n\n' +
        ROW_EN +
        '\nOne digest a day lists everything; an item stops being listed once it is done.\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>Items near or past their deadline on {{date.en}} ({{count}})</p>' +
          '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Step</th><th>Item</th><th>Deadline</th><th>State</th><th>Why you get this</th></tr>' +
          '{{#items}}<tr><td>{{stepEn}}</td><td>{{sourceEn}} <a href="{{link}}">{{ref}}</a> {{title}}</td><td>{{deadlineEn}} {{dueEn}}</td><td>{{whenEn}}</td><td>{{whyEn}}</td></tr>{{/items}}</table>' +
          '<p>One digest a day lists everything; an item stops being listed once it is done.</p>',
      ),
    },
  },
];
