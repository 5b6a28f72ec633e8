import type { Core } from '@strapi/strapi';

/**
 * Content Manager list views arranged at bootstrap (useful columns, default sort, Thai/English labels),
 * so that a new administrator does not have to. Applied once per type and version: an administrator's
 * later rearrangement is kept. Other features add their types to LIST_VIEWS.
 */
export interface ListView {
  columns: string[];
  sortBy: string;
  sortOrder: 'ASC' | 'DESC';
  mainField?: string;
  labels?: Record<string, string>;
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
  },
  'api::complaint-category.complaint-category': {
    columns: ['code', 'nameTh', 'nameEn', 'defaultUrgency', 'active'],
    sortBy: 'code',
    sortOrder: 'ASC',
    mainField: 'nameTh',
  },
  'api::response-team.response-team': {
    columns: ['name', 'kind', 'email', 'onCall'],
    sortBy: 'name',
    sortOrder: 'ASC',
    mainField: 'name',
  },
  'api::inspection.inspection': {
    columns: ['code', 'title', 'type', 'fiscalYear', 'round', 'state'],
    sortBy: 'fiscalYear',
    sortOrder: 'DESC',
    mainField: 'code',
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
  },
  'api::agency.agency': {
    columns: ['code', 'nameTh', 'nameEn', 'kind'],
    sortBy: 'code',
    sortOrder: 'ASC',
    mainField: 'nameTh',
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
  'api::topic.topic': { columns: ['nameTh', 'nameEn', 'slug'], sortBy: 'nameTh', sortOrder: 'ASC', mainField: 'nameTh' },
  'api::fund.fund': { columns: ['nameTh', 'nameEn', 'slug', 'agency'], sortBy: 'nameTh', sortOrder: 'ASC', mainField: 'nameTh' },
  'api::training-acknowledgement.training-acknowledgement': {
    columns: ['acknowledgedAt', 'user', 'materialTitle', 'version'],
    sortBy: 'acknowledgedAt',
    sortOrder: 'DESC',
    mainField: 'materialTitle',
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
    if (((await store.get({ key })) as number | null) === VERSION) continue;
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
    await store.set({ key, value: VERSION });
    applied++;
  }
  return applied;
}
