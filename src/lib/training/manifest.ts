import type { AdminRoleSpec } from '../platform/admin-roles';
import { forRoles, type DomainManifest } from '../platform/manifest';
import { SIGNED_IN } from '../platform/roles';
import { ACK_UID, FUND_UID, MATERIAL_UID, QUIZ_ATTEMPT_UID, ROLE_UID, TOPIC_UID, TRAINING_LOCALES } from './constants';
import { loadTrainingDemo } from './demo';
import { linkDemoLawAtHand } from './demo-law-at-hand';
import { setupTraining } from './setup';
import { registerTrainingAdminRoutes } from './admin-routes';
import { registerPublishVersioning } from './versioning';
import { anySource } from '../platform/obligations/source';
import { readingObligations } from './obligations';

/** Anyone may browse; the controller shows callers without login only public materials. */
const readTraining = [
  'api::training-material.training-material.find',
  'api::training-material.training-material.findOne',
  'api::training-material.training-material.search',
  'api::topic.topic.find',
  'api::topic.topic.findOne',
  'api::fund.fund.find',
  'api::fund.fund.findOne',
];
const staffTraining = [
  ...readTraining,
  'api::training-material.training-material.myRequired',
  'api::training-material.training-material.acknowledge',
  'api::training-material.training-material.attemptQuiz',
];
/** Law at hand: for those who work complaints, and those who work findings (the route narrows to what each may see). */
const lawForComplaints = ['api::training-material.training-material.lawForComplaint'];
const lawForFindings = ['api::training-material.training-material.lawForFinding'];

export const TRAINING_EDITOR_CODE = 'training-editor';

/**
 * The "training editor" admin role (ผู้แก้ไขสื่อการอบรม): create, edit and publish training
 * materials, funds and topics in both locales; read acknowledgements; the media library; and the
 * names of users-permissions roles, so that the "required for roles" picker shows them (that type is
 * not shown in the content manager, so this opens nothing else).
 */
export const trainingEditorRole: AdminRoleSpec = {
  code: TRAINING_EDITOR_CODE,
  name: 'Training editor',
  description: 'ผู้แก้ไขสื่อการอบรม / Writes and publishes training materials, funds and topics',
  edited: [MATERIAL_UID, FUND_UID, TOPIC_UID],
  readOnly: [ACK_UID, QUIZ_ATTEMPT_UID],
  locales: { [MATERIAL_UID]: TRAINING_LOCALES.map((l) => l.code) },
  media: true,
  extra: () => [
    {
      action: 'plugin::content-manager.explorer.read',
      subject: ROLE_UID,
      properties: { fields: ['name', 'description', 'type'] },
      conditions: [],
    },
  ],
};

export const trainingManifest: DomainManifest = {
  name: 'training',
  apis: ['training-material', 'topic', 'fund', 'training-acknowledgement', 'training-quiz-attempt'],
  permissions: {
    public: readTraining,
    ...forRoles(SIGNED_IN, staffTraining),
    'complaint-officer': [...staffTraining, ...lawForComplaints],
    'response-team-member': [...staffTraining, ...lawForComplaints],
    'agency-officer': [...staffTraining, ...lawForFindings],
    inspector: [...staffTraining, ...lawForFindings],
  },
  adminRoles: [trainingEditorRole],
  listViews: {
    'api::training-material.training-material': {
      columns: ['title', 'kind', 'effectiveDate', 'version', 'isPublic'],
      sortBy: 'effectiveDate',
      sortOrder: 'DESC',
      mainField: 'title',
    },
    'api::topic.topic': {
      columns: ['nameTh', 'nameEn', 'slug'],
      sortBy: 'nameTh',
      sortOrder: 'ASC',
      mainField: 'nameTh',
      version: 2,
    },
    'api::fund.fund': {
      columns: ['nameTh', 'nameEn', 'slug', 'agency'],
      sortBy: 'nameTh',
      sortOrder: 'ASC',
      mainField: 'nameTh',
      version: 2,
    },
    'api::training-acknowledgement.training-acknowledgement': {
      columns: ['acknowledgedAt', 'user', 'materialTitle', 'version'],
      sortBy: 'acknowledgedAt',
      sortOrder: 'DESC',
      mainField: 'materialTitle',
      version: 2,
    },
    'api::training-quiz-attempt.training-quiz-attempt': {
      columns: ['submittedAt', 'user', 'materialTitle', 'version', 'correctCount', 'questionCount', 'passed'],
      sortBy: 'submittedAt',
      sortOrder: 'DESC',
      mainField: 'materialTitle',
    },
  },
  register: (strapi) => {
    registerTrainingAdminRoutes(strapi);
    registerPublishVersioning(strapi);
  },
  obligations: [anySource(readingObligations)],
  setup: setupTraining,
  demo: async (strapi) => ({
    trainingMaterials: (await loadTrainingDemo(strapi)).materials,
    lawAtHandLinks: await linkDemoLawAtHand(strapi),
  }),
};
