import type { DomainManifest } from '../platform/manifest';
import { loadComplaintsDemo } from './demo';
import { complaintEmailTemplates } from './emails';
import { registerComplaintGuard } from './guard';
import { registerComplaintAdminRoutes } from './admin-routes';
import watchComplaintSla from './jobs/watch-complaint-sla';
import escalateComplaintDeadlines from './jobs/escalate-complaint-deadlines';

/** Category and team names for the intake form and the officers' pickers. */
const readComplaintReference = [
  'api::complaint-category.complaint-category.find',
  'api::complaint-category.complaint-category.findOne',
  'api::response-team.response-team.find',
  'api::response-team.response-team.findOne',
];

/** Incidents: officers read them and work them through their actions (src/api/incident/routes). */
const INCIDENT_OFFICER_ACTIONS = [
  'find',
  'findOne',
  'create',
  'confirm',
  'detach',
  'split',
  'merge',
  'assign',
  'transition',
  'addFieldVisit',
].map((a) => `api::incident.incident.${a}`);

/** Complaints: public intake and tracking are `auth: false` routes (rate-limited), so not granted here. */
export const complaintsManifest: DomainManifest = {
  name: 'complaints',
  apis: [
    'complaint',
    'complaint-category',
    'complaint-update',
    'response-team',
    'sla-policy',
    'public-complaint',
    'open311',
    'incident',
    'incident-policy',
  ],
  permissions: {
    public: ['api::complaint-category.complaint-category.find', 'api::complaint-category.complaint-category.findOne'],
    'complaint-officer': [
      ...readComplaintReference,
      'api::complaint.complaint.find',
      'api::complaint.complaint.findOne',
      'api::complaint.complaint.create',
      'api::complaint.complaint.update',
      'api::complaint.complaint.transition',
      'api::complaint.complaint.assign',
      'api::complaint.complaint.addNote',
      'api::complaint.complaint.addFieldVisit',
      ...INCIDENT_OFFICER_ACTIONS,
    ],
    // the controller limits team members to their own team's complaints and to in_progress/resolved
    'response-team-member': [
      ...readComplaintReference,
      'api::complaint.complaint.find',
      'api::complaint.complaint.findOne',
      'api::complaint.complaint.transition',
      'api::complaint.complaint.addFieldVisit',
    ],
  },
  adminRoles: [
    {
      code: 'complaint-officer',
      name: 'Complaint officer',
      description: 'เจ้าหน้าที่รับเรื่องร้องเรียน / Triage, assign and follow complaints; review progress reports',
      edited: ['api::complaint.complaint', 'api::response-team.response-team'],
      readOnly: [
        'api::incident.incident',
        'api::complaint-update.complaint-update',
        'api::complaint-category.complaint-category',
        'api::factory.factory',
        'api::province.province',
        'api::agency.agency',
        'api::project.project',
        'api::progress-report.progress-report',
      ],
      media: true,
    },
  ],
  listViews: {
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
        // off by default: the public Open311 feed shows the description, address and photo only when on
        publicDetails: 'เผยแพร่รายละเอียด รูป และที่อยู่ใน Open311 / Publish description, photo and address (Open311)',
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
      labels: {
        name: 'ชื่อทีม / Team',
        kind: 'ประเภท / Kind',
        email: 'อีเมล / Email',
        onCall: 'พร้อมออกปฏิบัติงาน / On call',
        lead: 'หัวหน้าทีม / Lead',
      },
      version: 2,
    },
  },
  mediaFields: {
    'api::complaint.complaint': { attachments: 'attachments' },
    'api::complaint-update.complaint-update': { attachments: 'attachments' },
  },
  register: (strapi) => {
    registerComplaintGuard(strapi);
    registerComplaintAdminRoutes(strapi);
  },
  jobs: [watchComplaintSla, escalateComplaintDeadlines],
  emailTemplates: complaintEmailTemplates,
  demo: async (strapi) => ({ complaints: await loadComplaintsDemo(strapi) }),
};
