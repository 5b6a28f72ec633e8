import type { Core } from '@strapi/strapi';

/**
 * Content Manager list views arranged at bootstrap (useful columns, default sort, Thai/English labels),
 * so that a new administrator does not have to. Applied once per type and version: an administrator's
 * later rearrangement is kept (raising a type's `version` applies its changed default once more).
 * Every collection type has one (tests/dashboard.test.ts); a new type adds its entry here.
 */
export interface ListView {
  columns: string[];
  sortBy: string;
  sortOrder: 'ASC' | 'DESC';
  mainField?: string;
  labels?: Record<string, string>;
  /** raise to apply a changed default once more (over an administrator's arrangement of that type) */
  version?: number;
}

export const LIST_VIEWS: Record<string, ListView> = {
  'api::complaint.complaint': {
    columns: ['ticketNumber', 'title', 'state', 'urgency', 'province', 'resolveDueAt'],
    sortBy: 'receivedAt',
    sortOrder: 'DESC',
    mainField: 'ticketNumber',
    labels: {
      ticketNumber: 'เลขที่เรื่อง / Ticket',
      title: 'เรื่อง / Title',
      state: 'สถานะ / Status',
      urgency: 'ความเร่งด่วน / Urgency',
      province: 'จังหวัด / Province',
      resolveDueAt: 'กำหนดแก้ไข / Resolve by',
      acknowledgeDueAt: 'กำหนดรับเรื่อง / Acknowledge by',
      receivedAt: 'วันที่รับเรื่อง / Received',
      assignedTeam: 'ทีมที่รับผิดชอบ / Team',
      category: 'ประเภท / Category',
    },
  },
  'api::complaint-update.complaint-update': {
    columns: ['occurredAt', 'complaint', 'kind', 'toStatus', 'authorLabel'],
    sortBy: 'occurredAt',
    sortOrder: 'DESC',
    mainField: 'kind',
    labels: {
      occurredAt: 'เมื่อ / When',
      complaint: 'เรื่องร้องเรียน / Complaint',
      kind: 'ประเภท / Kind',
      fromStatus: 'จากสถานะ / From status',
      toStatus: 'เป็นสถานะ / To status',
      authorLabel: 'ผู้บันทึก / By',
      visibility: 'การเปิดเผย / Visibility',
      note: 'บันทึก / Note',
    },
    version: 2,
  },
  'api::complaint-category.complaint-category': {
    columns: ['code', 'nameTh', 'nameEn', 'defaultUrgency', 'active'],
    sortBy: 'code',
    sortOrder: 'ASC',
    mainField: 'nameTh',
    labels: {
      code: 'รหัส / Code',
      nameTh: 'ชื่อ (ไทย) / Name (Thai)',
      nameEn: 'ชื่อ (อังกฤษ) / Name (English)',
      defaultUrgency: 'ความเร่งด่วนตั้งต้น / Default urgency',
      active: 'ใช้งาน / Active',
      slaAcknowledgeHours: 'ชั่วโมงรับเรื่อง / Hours to acknowledge',
      slaResolveHours: 'ชั่วโมงแก้ไข / Hours to resolve',
    },
    version: 2,
  },
  'api::response-team.response-team': {
    columns: ['name', 'kind', 'email', 'onCall'],
    sortBy: 'name',
    sortOrder: 'ASC',
    mainField: 'name',
    labels: { name: 'ชื่อทีม / Team', kind: 'ประเภท / Kind', email: 'อีเมล / Email', onCall: 'พร้อมออกปฏิบัติงาน / On call', lead: 'หัวหน้าทีม / Lead' },
    version: 2,
  },
  'api::inspection.inspection': {
    columns: ['code', 'title', 'type', 'fiscalYear', 'round', 'state'],
    sortBy: 'fiscalYear',
    sortOrder: 'DESC',
    mainField: 'code',
    labels: {
      code: 'รหัส / Code',
      title: 'เรื่อง / Title',
      type: 'ประเภทการตรวจ / Type',
      fiscalYear: 'ปีงบประมาณ / Fiscal year',
      round: 'รอบ / Round',
      state: 'สถานะ / Status',
      startDate: 'เริ่ม / Starts',
      endDate: 'สิ้นสุด / Ends',
    },
    version: 2,
  },
  'api::inspection-finding.inspection-finding': {
    columns: ['title', 'severity', 'responsibleAgency', 'state', 'dueAt'],
    sortBy: 'dueAt',
    sortOrder: 'ASC',
    mainField: 'title',
    labels: { severity: 'ความรุนแรง / Severity', responsibleAgency: 'หน่วยงานรับผิดชอบ / Agency', state: 'สถานะ / Status', dueAt: 'กำหนดตอบ / Due' },
  },
  'api::province.province': {
    columns: ['code', 'nameTh', 'nameEn', 'region'],
    sortBy: 'code',
    sortOrder: 'ASC',
    mainField: 'nameTh',
    labels: { code: 'รหัส / Code', nameTh: 'ชื่อ (ไทย) / Name (Thai)', nameEn: 'ชื่อ (อังกฤษ) / Name (English)', region: 'ภาค / Region', industryOfficeEmail: 'อีเมลสำนักงานอุตสาหกรรมจังหวัด / Provincial office email' },
    version: 2,
  },
  'api::agency.agency': {
    columns: ['code', 'nameTh', 'nameEn', 'kind'],
    sortBy: 'code',
    sortOrder: 'ASC',
    mainField: 'nameTh',
    labels: {
      code: 'รหัส / Code',
      nameTh: 'ชื่อ (ไทย) / Name (Thai)',
      nameEn: 'ชื่อ (อังกฤษ) / Name (English)',
      kind: 'ประเภทหน่วยงาน / Kind',
      contactEmail: 'อีเมลติดต่อ / Contact email',
      headEmail: 'อีเมลหัวหน้าหน่วยงาน / Head email',
      reportingOfficers: 'ผู้รายงาน / Reporting officers',
    },
    version: 2,
  },
  'api::training-material.training-material': {
    columns: ['title', 'kind', 'effectiveDate', 'version', 'isPublic'],
    sortBy: 'effectiveDate',
    sortOrder: 'DESC',
    mainField: 'title',
    labels: {
      title: 'ชื่อเรื่อง / Title',
      kind: 'ประเภท / Kind',
      effectiveDate: 'วันที่มีผล / In force from',
      version: 'ฉบับที่ (เพิ่มเมื่อต้องให้อ่านใหม่) / Version (raise to ask readers again)',
      isPublic: 'เผยแพร่สาธารณะ / Public',
      requiredForRoles: 'ต้องอ่าน (บทบาท) / Required for roles',
      issuingAuthority: 'หน่วยงานที่ออก / Issued by',
      sourceUrl: 'แหล่งที่มาทางการ / Official source URL',
    },
  },
  'api::topic.topic': {
    columns: ['nameTh', 'nameEn', 'slug'],
    sortBy: 'nameTh',
    sortOrder: 'ASC',
    mainField: 'nameTh',
    labels: { nameTh: 'ชื่อ (ไทย) / Name (Thai)', nameEn: 'ชื่อ (อังกฤษ) / Name (English)', slug: 'ชื่อในลิงก์ / Slug' },
    version: 2,
  },
  'api::fund.fund': {
    columns: ['nameTh', 'nameEn', 'slug', 'agency'],
    sortBy: 'nameTh',
    sortOrder: 'ASC',
    mainField: 'nameTh',
    labels: { nameTh: 'ชื่อ (ไทย) / Name (Thai)', nameEn: 'ชื่อ (อังกฤษ) / Name (English)', slug: 'ชื่อในลิงก์ / Slug', agency: 'หน่วยงาน / Agency' },
    version: 2,
  },
  'api::training-acknowledgement.training-acknowledgement': {
    columns: ['acknowledgedAt', 'user', 'materialTitle', 'version'],
    sortBy: 'acknowledgedAt',
    sortOrder: 'DESC',
    mainField: 'materialTitle',
    labels: { acknowledgedAt: 'รับทราบเมื่อ / Acknowledged', user: 'ผู้ใช้ / User', materialTitle: 'เอกสาร / Material', version: 'ฉบับที่ / Version' },
    version: 2,
  },
  'api::volunteer.volunteer': {
    columns: ['fullName', 'province', 'state', 'availability'],
    sortBy: 'fullName',
    sortOrder: 'ASC',
    mainField: 'fullName',
    labels: { fullName: 'ชื่อ-สกุล / Name', province: 'จังหวัด / Province', state: 'สถานะ / Status', skills: 'ทักษะ / Skills' },
  },
  'api::volunteer-activity.volunteer-activity': {
    columns: ['title', 'startAt', 'province', 'capacity', 'state'],
    sortBy: 'startAt',
    sortOrder: 'DESC',
    mainField: 'title',
    labels: {
      title: 'กิจกรรม / Activity',
      startAt: 'เริ่ม / Starts',
      endAt: 'สิ้นสุด / Ends',
      province: 'จังหวัด / Province',
      capacity: 'จำนวนที่รับ / Capacity',
      state: 'สถานะ / Status',
    },
  },
  'api::participation.participation': {
    columns: ['volunteer', 'activity', 'state', 'hours', 'signedUpAt'],
    sortBy: 'signedUpAt',
    sortOrder: 'DESC',
    mainField: 'state',
    labels: {
      volunteer: 'จิตอาสา / Volunteer',
      activity: 'กิจกรรม / Activity',
      state: 'สถานะ / Status',
      hours: 'ชั่วโมง / Hours',
      signedUpAt: 'ลงทะเบียนเมื่อ / Signed up',
    },
  },
  // Reporting, jobs, outbox and audit (issue 8: every type has a list view)
  'api::project.project': {
    columns: ['code', 'name', 'agency', 'reportingFrequency', 'fiscalYear', 'state'],
    sortBy: 'code',
    sortOrder: 'ASC',
    mainField: 'name',
    labels: {
      code: 'รหัสโครงการ / Code',
      name: 'ชื่อโครงการ / Project',
      nameEn: 'ชื่อ (อังกฤษ) / Name (English)',
      agency: 'หน่วยงาน / Agency',
      reportingFrequency: 'ความถี่การรายงาน / Reporting frequency',
      fiscalYear: 'ปีงบประมาณ / Fiscal year',
      state: 'สถานะ / Status',
      officerName: 'ผู้รับผิดชอบ / Responsible officer',
      officerEmail: 'อีเมลผู้รับผิดชอบ / Officer email',
      supervisorEmail: 'อีเมลผู้บังคับบัญชา / Supervisor email',
      dueDaysAfterPeriodEnd: 'กำหนดส่ง (วันหลังสิ้นงวด) / Due days after period',
    },
  },
  'api::progress-report.progress-report': {
    columns: ['project', 'periodLabel', 'dueAt', 'state', 'late', 'submittedAt'],
    sortBy: 'dueAt',
    sortOrder: 'DESC',
    mainField: 'periodLabel',
    labels: {
      project: 'โครงการ / Project',
      periodLabel: 'งวด / Period',
      periodStart: 'เริ่มงวด / Period start',
      periodEnd: 'สิ้นงวด / Period end',
      dueAt: 'กำหนดส่ง / Due',
      state: 'สถานะ / Status',
      late: 'ส่งล่าช้า / Late',
      submittedAt: 'ส่งเมื่อ / Submitted',
      progressPercent: 'ความก้าวหน้า (%) / Progress (%)',
      reviewerComment: 'ความเห็นผู้ตรวจ / Reviewer comment',
    },
  },
  'api::job-run.job-run': {
    columns: ['job', 'startedAt', 'state', 'trigger', 'finishedAt', 'instance'],
    sortBy: 'startedAt',
    sortOrder: 'DESC',
    mainField: 'job',
    labels: {
      job: 'งาน / Job',
      startedAt: 'เริ่ม / Started',
      finishedAt: 'เสร็จ / Finished',
      state: 'ผล / Outcome',
      trigger: 'เรียกโดย / Trigger',
      instance: 'เครื่อง / Instance',
      dryRun: 'ทดลอง / Dry run',
      error: 'ข้อผิดพลาด / Error',
    },
  },
  'api::notification.notification': {
    columns: ['to', 'subject', 'templateKey', 'state', 'attempts', 'sentAt'],
    sortBy: 'createdAt',
    sortOrder: 'DESC',
    mainField: 'subject',
    labels: {
      to: 'ถึง / To',
      subject: 'หัวเรื่อง / Subject',
      templateKey: 'แม่แบบ / Template',
      state: 'สถานะ / Status',
      attempts: 'จำนวนครั้งที่ส่ง / Attempts',
      sentAt: 'ส่งเมื่อ / Sent',
      nextAttemptAt: 'ส่งครั้งถัดไป / Next attempt',
      lastError: 'ข้อผิดพลาดล่าสุด / Last error',
      language: 'ภาษา / Language',
    },
  },
  'api::email-template.email-template': {
    columns: ['key', 'subjectTh', 'subjectEn', 'description'],
    sortBy: 'key',
    sortOrder: 'ASC',
    mainField: 'key',
    labels: {
      key: 'รหัสแม่แบบ / Key',
      description: 'ใช้เมื่อ / Used for',
      subjectTh: 'หัวเรื่อง (ไทย) / Subject (Thai)',
      subjectEn: 'หัวเรื่อง (อังกฤษ) / Subject (English)',
    },
  },
  'api::audit-entry.audit-entry': {
    columns: ['occurredAt', 'action', 'actorLabel', 'actorRole', 'targetType', 'targetLabel'],
    sortBy: 'occurredAt',
    sortOrder: 'DESC',
    mainField: 'action',
    labels: {
      occurredAt: 'เมื่อ / When',
      action: 'การกระทำ / Action',
      actorLabel: 'ผู้กระทำ / Actor',
      actorRole: 'บทบาท / Role',
      targetType: 'ประเภทเป้าหมาย / Target type',
      targetLabel: 'เป้าหมาย / Target',
      channel: 'ช่องทาง / Channel',
      ip: 'ที่อยู่ IP / IP address',
    },
  },
};

const VERSION = 1;

export async function configureListViews(strapi: Core.Strapi, views: Record<string, ListView> = LIST_VIEWS) {
  const store = strapi.store({ type: 'plugin', name: 'mind_desk' });
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  let applied = 0;
  for (const [uid, view] of Object.entries(views)) {
    const contentType = strapi.contentType(uid as any);
    if (!contentType) continue;
    const key = `list-view:${uid}`;
    const version = view.version ?? VERSION;
    if (((await store.get({ key })) as number | null) === version) continue;
    const conf = await contentTypes.findConfiguration(contentType);
    const columns = view.columns.filter((c) => conf.metadatas?.[c]);
    const metadatas = { ...conf.metadatas };
    for (const [attr, label] of Object.entries(view.labels ?? {})) {
      if (!metadatas[attr]) continue;
      metadatas[attr] = {
        ...metadatas[attr],
        list: { ...metadatas[attr].list, label },
        edit: { ...metadatas[attr].edit, label },
      };
    }
    await contentTypes.updateConfiguration(contentType, {
      settings: {
        ...conf.settings,
        defaultSortBy: view.sortBy,
        defaultSortOrder: view.sortOrder,
        ...(view.mainField ? { mainField: view.mainField } : {}),
      },
      metadatas,
      layouts: { ...conf.layouts, list: columns },
    });
    await store.set({ key, value: version });
    applied++;
  }
  return applied;
}
