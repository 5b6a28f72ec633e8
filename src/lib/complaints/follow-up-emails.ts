import { appSample as app, htmlWrap, htmlWrapEn, type TemplateDefinition } from '../platform/email-templates';

/** A citizen's update (src/lib/complaints/follow-up.ts): no complainant data, no staff names, public notes only. */
const citizenComplaintSample = {
  ticketNumber: 'CMP-2569-000123',
  trackingCode: 'K7Q2M9XP4TZA',
  trackingUrl: 'https://mind-desk.example/complaints/track.html?code=K7Q2M9XP4TZA',
  status: 'แก้ไขแล้ว',
  statusEn: 'Resolved',
};
const citizenUpdateSample = {
  event: 'ดำเนินการแก้ไขแล้ว',
  eventEn: 'Your complaint was resolved',
  note: 'โรงงานปรับปรุงระบบบำบัดกลิ่นแล้ว',
  when: '2 ธันวาคม 2569 เวลา 10:00 น.',
};
const incidentSample = {
  code: 'INC-2569-000007',
  title: 'กลิ่นเหม็นจากนิคมอุตสาหกรรม',
  size: 12,
  urgency: 'urgent',
  link: 'https://mind-desk.example/staff/complaints.html',
};
const teamSample = { name: 'ทีมม้าเร็ว ภาคตะวันออก', email: 'team-east@example.test' };

/** The incident and citizen-update e-mails (registered with the complaint templates, src/lib/complaints/emails.ts). */
export const followUpEmailTemplates: TemplateDefinition[] = [
  {
    key: 'complaint.citizen_update',
    description: 'To a complainant who asked for updates: accepted, assigned, visited, resolved or closed (public notes only)',
    sample: { app, complaint: citizenComplaintSample, update: citizenUpdateSample },
    defaults: {
      subjectTh: 'เรื่องร้องเรียน {{complaint.ticketNumber}}: {{update.event}}',
      textTh:
        'เรื่องร้องเรียนเลขที่ {{complaint.ticketNumber}}: {{update.event}} ({{update.when}})\n' +
        'สถานะปัจจุบัน: {{complaint.status}}\n\n{{update.note}}\n\n' +
        'ติดตามเรื่องได้ที่ {{complaint.trackingUrl}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรื่องร้องเรียนเลขที่ <b>{{complaint.ticketNumber}}</b>: {{update.event}} ({{update.when}})</p>' +
          '<p>สถานะปัจจุบัน: <b>{{complaint.status}}</b></p><p>{{update.note}}</p>' +
          '<p><a href="{{complaint.trackingUrl}}">ติดตามเรื่อง</a></p>',
      ),
      subjectEn: 'Complaint {{complaint.ticketNumber}}: {{update.eventEn}}',
      textEn:
        'Complaint {{complaint.ticketNumber}}: {{update.eventEn}} ({{update.when}})\n' +
        'Status: {{complaint.statusEn}}\n\n{{update.note}}\n\nFollow it at {{complaint.trackingUrl}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>Complaint <b>{{complaint.ticketNumber}}</b>: {{update.eventEn}} ({{update.when}})</p>' +
          '<p>Status: <b>{{complaint.statusEn}}</b></p><p>{{update.note}}</p>' +
          '<p><a href="{{complaint.trackingUrl}}">Follow it</a></p>',
      ),
    },
  },
  {
    key: 'incident.assigned',
    description: 'An incident (complaints about one source) was assigned to a response team: one e-mail for all its complaints',
    sample: { app, incident: incidentSample, team: teamSample },
    defaults: {
      subjectTh: 'มอบหมายเหตุการณ์ {{incident.code}} ({{incident.size}} เรื่อง) ให้ {{team.name}}',
      textTh:
        'เรียน {{team.name}}\n\nเหตุการณ์ {{incident.code}} "{{incident.title}}" มีเรื่องร้องเรียน {{incident.size}} เรื่อง ' +
        '(ความเร่งด่วน {{incident.urgency}}) ได้รับมอบหมายให้ท่านดำเนินการ\n\n{{incident.link}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{team.name}}</p><p>เหตุการณ์ <b>{{incident.code}}</b> {{incident.title}} มีเรื่องร้องเรียน {{incident.size}} เรื่อง ' +
          '(ความเร่งด่วน {{incident.urgency}}) ได้รับมอบหมายให้ท่านดำเนินการ</p><p><a href="{{incident.link}}">เปิดเหตุการณ์</a></p>',
      ),
      subjectEn: 'Incident {{incident.code}} ({{incident.size}} complaints) assigned to {{team.name}}',
      textEn:
        'To {{team.name}},\n\nIncident {{incident.code}} "{{incident.title}}" groups {{incident.size}} complaints ' +
        '(urgency {{incident.urgency}}) and has been assigned to you.\n\n{{incident.link}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>To {{team.name}},</p><p>Incident <b>{{incident.code}}</b> {{incident.title}} groups {{incident.size}} complaints ' +
          '(urgency {{incident.urgency}}) and has been assigned to you.</p><p><a href="{{incident.link}}">Open</a></p>',
      ),
    },
  },
];
