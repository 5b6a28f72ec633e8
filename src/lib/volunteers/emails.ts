import { appSample as app, htmlWrap, htmlWrapEn, type TemplateDefinition } from '../platform/email-templates';

/** The volunteer emails: placeholders (`sample`) and the shipped Thai and English defaults. */
export const volunteerEmailTemplates: TemplateDefinition[] = [
  {
    key: 'participation.promoted',
    description: 'To a waitlisted volunteer who got a place because someone cancelled',
    sample: {
      app,
      volunteer: { name: 'นายอาสา ช่วยเหลือ' },
      activity: {
        title: 'ปลูกป่าชายเลน',
        start: '26 พฤศจิกายน 2569 เวลา 08:00 น.',
        end: '26 พฤศจิกายน 2569 เวลา 12:00 น.',
        place: 'บางปู',
        province: 'สมุทรปราการ',
        link: 'https://mind-desk.example/staff/activity.html?id=abc',
      },
    },
    defaults: {
      subjectTh: 'ได้รับที่นั่งแล้ว: {{activity.title}} {{activity.start}}',
      textTh:
        'เรียน {{volunteer.name}}\n\nมีผู้ยกเลิก ท่านจึงได้รับที่นั่งในกิจกรรม "{{activity.title}}" ที่ {{activity.place}} จังหวัด{{activity.province}}\n' +
        'เริ่ม {{activity.start}} ถึง {{activity.end}}\n\nหากไม่สะดวกเข้าร่วม กรุณายกเลิกเพื่อให้ผู้อื่นได้ที่นั่ง\n{{activity.link}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{volunteer.name}}</p><p>มีผู้ยกเลิก ท่านจึงได้รับที่นั่งในกิจกรรม <b>{{activity.title}}</b> ที่ {{activity.place}} จังหวัด{{activity.province}}<br>' +
          'เริ่ม {{activity.start}} ถึง {{activity.end}}</p><p>หากไม่สะดวกเข้าร่วม กรุณายกเลิกเพื่อให้ผู้อื่นได้ที่นั่ง</p><p><a href="{{activity.link}}">รายละเอียด</a></p>',
      ),
      subjectEn: 'You have a place: {{activity.title}}, {{activity.start}}',
      textEn:
        'Dear {{volunteer.name}},\n\nSomeone cancelled, so you now have a place in "{{activity.title}}" at {{activity.place}}, {{activity.province}}\n' +
        'from {{activity.start}} to {{activity.end}}.\n\nIf you cannot come, please cancel so that someone else can.\n{{activity.link}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>Dear {{volunteer.name}},</p><p>Someone cancelled, so you now have a place in <b>{{activity.title}}</b> at {{activity.place}}, {{activity.province}}<br>' +
          'from {{activity.start}} to {{activity.end}}.</p><p>If you cannot come, please cancel so that someone else can.</p><p><a href="{{activity.link}}">Details</a></p>',
      ),
    },
  },
  {
    key: 'activity.cancelled',
    description: 'To every volunteer signed up (registered or waitlisted) when an activity is cancelled',
    sample: {
      app,
      volunteer: { name: 'นายอาสา ช่วยเหลือ' },
      activity: {
        title: 'ปลูกป่าชายเลน',
        start: '26 พฤศจิกายน 2569 เวลา 08:00 น.',
        end: '26 พฤศจิกายน 2569 เวลา 12:00 น.',
        place: 'บางปู',
        province: 'สมุทรปราการ',
        reason: 'พายุเข้า',
        link: 'https://mind-desk.example/staff/activity.html?id=abc',
      },
    },
    defaults: {
      subjectTh: 'ยกเลิกกิจกรรมจิตอาสา: {{activity.title}} {{activity.start}}',
      textTh:
        'เรียน {{volunteer.name}}\n\nกิจกรรม "{{activity.title}}" ที่ {{activity.place}} จังหวัด{{activity.province}} ' +
        'ซึ่งกำหนดไว้ {{activity.start}} ถูกยกเลิกแล้ว{{#activity.reason}}\nเหตุผล: {{activity.reason}}{{/activity.reason}}\n\nขออภัยในความไม่สะดวก\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{volunteer.name}}</p><p>กิจกรรม <b>{{activity.title}}</b> ที่ {{activity.place}} จังหวัด{{activity.province}} ' +
          'ซึ่งกำหนดไว้ {{activity.start}} <b>ถูกยกเลิกแล้ว</b></p>{{#activity.reason}}<p>เหตุผล: {{activity.reason}}</p>{{/activity.reason}}<p>ขออภัยในความไม่สะดวก</p>',
      ),
      subjectEn: 'Volunteer activity cancelled: {{activity.title}}, {{activity.start}}',
      textEn:
        'Dear {{volunteer.name}},\n\n"{{activity.title}}" at {{activity.place}}, {{activity.province}}, planned for {{activity.start}}, ' +
        'has been cancelled.{{#activity.reason}}\nReason: {{activity.reason}}{{/activity.reason}}\n\nWe are sorry for the inconvenience.\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>Dear {{volunteer.name}},</p><p><b>{{activity.title}}</b> at {{activity.place}}, {{activity.province}}, planned for {{activity.start}}, ' +
          '<b>has been cancelled</b>.</p>{{#activity.reason}}<p>Reason: {{activity.reason}}</p>{{/activity.reason}}<p>We are sorry for the inconvenience.</p>',
      ),
    },
  },
  {
    key: 'participation.offered',
    description: 'To a waitlisted volunteer moved up: confirm the place by the deadline or it goes to the next in line',
    sample: {
      app,
      volunteer: { name: 'นายอาสา ช่วยเหลือ' },
      activity: {
        title: 'ปลูกป่าชายเลน',
        start: '26 พฤศจิกายน 2569 เวลา 08:00 น.',
        end: '26 พฤศจิกายน 2569 เวลา 12:00 น.',
        place: 'บางปู',
        province: 'สมุทรปราการ',
        link: 'https://mind-desk.example/staff/activity.html?id=abc',
      },
      confirm: { link: 'https://mind-desk.example/volunteer/confirm.html#token', deadline: '25 พฤศจิกายน 2569 เวลา 08:00 น.' },
    },
    defaults: {
      subjectTh: 'กรุณายืนยันที่นั่งภายใน {{confirm.deadline}}: {{activity.title}}',
      textTh:
        'เรียน {{volunteer.name}}\n\nมีที่นั่งว่างในกิจกรรม "{{activity.title}}" ที่ {{activity.place}} จังหวัด{{activity.province}}\n' +
        'เริ่ม {{activity.start}} ถึง {{activity.end}}\n\nกรุณายืนยันภายใน {{confirm.deadline}} มิฉะนั้นที่นั่งจะส่งต่อให้ผู้อยู่ในลำดับถัดไป\n' +
        'ยืนยัน: {{confirm.link}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{volunteer.name}}</p><p>มีที่นั่งว่างในกิจกรรม <b>{{activity.title}}</b> ที่ {{activity.place}} จังหวัด{{activity.province}}<br>' +
          'เริ่ม {{activity.start}} ถึง {{activity.end}}</p><p>กรุณายืนยันภายใน <b>{{confirm.deadline}}</b> มิฉะนั้นที่นั่งจะส่งต่อให้ผู้อยู่ในลำดับถัดไป</p>' +
          '<p><a href="{{confirm.link}}">ยืนยันการเข้าร่วม</a></p>',
      ),
      subjectEn: 'Please confirm your place by {{confirm.deadline}}: {{activity.title}}',
      textEn:
        'Dear {{volunteer.name}},\n\nA place is free for you in "{{activity.title}}" at {{activity.place}}, {{activity.province}}\n' +
        'from {{activity.start}} to {{activity.end}}.\n\nPlease confirm by {{confirm.deadline}}, or the place goes to the next in line.\n' +
        'Confirm: {{confirm.link}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>Dear {{volunteer.name}},</p><p>A place is free for you in <b>{{activity.title}}</b> at {{activity.place}}, {{activity.province}}<br>' +
          'from {{activity.start}} to {{activity.end}}.</p><p>Please confirm by <b>{{confirm.deadline}}</b>, or the place goes to the next in line.</p>' +
          '<p><a href="{{confirm.link}}">Confirm</a></p>',
      ),
    },
  },
  {
    key: 'participation.lapsed',
    description: 'To a volunteer who did not confirm an offered place in time: the place went to the next in line',
    sample: {
      app,
      volunteer: { name: 'นายอาสา ช่วยเหลือ' },
      activity: {
        title: 'ปลูกป่าชายเลน',
        start: '26 พฤศจิกายน 2569 เวลา 08:00 น.',
        end: '26 พฤศจิกายน 2569 เวลา 12:00 น.',
        place: 'บางปู',
        province: 'สมุทรปราการ',
        link: 'https://mind-desk.example/staff/activity.html?id=abc',
      },
    },
    defaults: {
      subjectTh: 'ที่นั่งถูกส่งต่อแล้ว: {{activity.title}}',
      textTh:
        'เรียน {{volunteer.name}}\n\nท่านไม่ได้ยืนยันที่นั่งในกิจกรรม "{{activity.title}}" ({{activity.start}}) ภายในเวลาที่กำหนด ' +
        'ที่นั่งจึงส่งต่อให้ผู้อยู่ในลำดับถัดไปแล้ว ท่านสามารถลงทะเบียนใหม่ได้หากยังมีที่ว่าง\n{{activity.link}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{volunteer.name}}</p><p>ท่านไม่ได้ยืนยันที่นั่งในกิจกรรม <b>{{activity.title}}</b> ({{activity.start}}) ภายในเวลาที่กำหนด ' +
          'ที่นั่งจึงส่งต่อให้ผู้อยู่ในลำดับถัดไปแล้ว ท่านสามารถลงทะเบียนใหม่ได้หากยังมีที่ว่าง</p><p><a href="{{activity.link}}">รายละเอียด</a></p>',
      ),
      subjectEn: 'Your place has passed on: {{activity.title}}',
      textEn:
        'Dear {{volunteer.name}},\n\nYou did not confirm your place in "{{activity.title}}" ({{activity.start}}) in time, ' +
        'so it went to the next in line. You may sign up again if places are left.\n{{activity.link}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>Dear {{volunteer.name}},</p><p>You did not confirm your place in <b>{{activity.title}}</b> ({{activity.start}}) in time, ' +
          'so it went to the next in line. You may sign up again if places are left.</p><p><a href="{{activity.link}}">Details</a></p>',
      ),
    },
  },
  {
    key: 'roster.call',
    description: 'An emergency call-out to a qualified volunteer in or near the province: answer yes or no from the link',
    sample: {
      app,
      volunteer: { name: 'นายอาสา ช่วยเหลือ' },
      roster: {
        title: 'ไฟไหม้โรงงาน ต้องการอาสาช่วยอพยพ',
        message: 'รวมพลที่ที่ว่าการอำเภอ',
        place: 'อำเภอบางพลี',
        province: 'สมุทรปราการ',
        link: 'https://mind-desk.example/volunteer/roster.html#token',
      },
    },
    defaults: {
      subjectTh: 'เรียกกำลังจิตอาสาด่วน: {{roster.title}}',
      textTh:
        'เรียน {{volunteer.name}}\n\nขอเรียกกำลังจิตอาสา "{{roster.title}}" {{roster.place}} จังหวัด{{roster.province}}\n{{roster.message}}\n\n' +
        'ท่านไปได้หรือไม่ กรุณาตอบที่ลิงก์นี้ (ปิดรับเมื่อครบจำนวน)\n{{roster.link}}\n\n{{app.name}}',
      htmlTh: htmlWrap(
        '<p>เรียน {{volunteer.name}}</p><p>ขอเรียกกำลังจิตอาสา <b>{{roster.title}}</b> {{roster.place}} จังหวัด{{roster.province}}</p><p>{{roster.message}}</p>' +
          '<p>ท่านไปได้หรือไม่ กรุณาตอบที่ลิงก์นี้ (ปิดรับเมื่อครบจำนวน)</p><p><a href="{{roster.link}}">ตอบรับ / ปฏิเสธ</a></p>',
      ),
      subjectEn: 'Urgent volunteer call-out: {{roster.title}}',
      textEn:
        'Dear {{volunteer.name}},\n\nWe are calling volunteers: "{{roster.title}}" {{roster.place}}, {{roster.province}}\n{{roster.message}}\n\n' +
        'Can you come? Please answer at this link (it closes when enough are coming).\n{{roster.link}}\n\n{{app.name}}',
      htmlEn: htmlWrapEn(
        '<p>Dear {{volunteer.name}},</p><p>We are calling volunteers: <b>{{roster.title}}</b> {{roster.place}}, {{roster.province}}</p><p>{{roster.message}}</p>' +
          '<p>Can you come? Please answer at this link (it closes when enough are coming).</p><p><a href="{{roster.link}}">Answer yes or no</a></p>',
      ),
    },
  },
];
