import type { DomainManifest } from '../platform/manifest';
import { loadVolunteersDemo } from './demo';
import { volunteerEmailTemplates } from './emails';
import { registerVolunteerGuard } from './guard';
import { anySource } from '../platform/obligations/source';
import { activityObligations } from './obligations';
import lapseVolunteerConfirmations from './jobs/lapse-volunteer-confirmations';
import { ACTIVITY_UID, PARTICIPATION_UID, VOLUNTEER_UID } from './rules';

/**
 * The controllers limit a volunteer to their own profile and participations (anyone else's is 404)
 * and to open, upcoming activities plus their own.
 */
const volunteerSelf = [
  'api::volunteer.volunteer.find',
  'api::volunteer.volunteer.findOne',
  'api::volunteer.volunteer.me',
  'api::volunteer-activity.volunteer-activity.find',
  'api::volunteer-activity.volunteer-activity.findOne',
  'api::volunteer-activity.volunteer-activity.signUp',
  'api::participation.participation.find',
  'api::participation.participation.findOne',
  'api::participation.participation.cancel',
  'api::participation.participation.confirm',
  'api::volunteer-certificate.volunteer-certificate.find',
  'api::volunteer-certificate.volunteer-certificate.findOne',
  'api::volunteer-certificate.volunteer-certificate.issue',
  'api::volunteer-certificate.volunteer-certificate.pdf',
];

export const volunteersManifest: DomainManifest = {
  name: 'volunteers',
  apis: ['volunteer', 'volunteer-activity', 'participation', 'volunteer-certificate', 'volunteer-roster'],
  permissions: {
    // a volunteer edits only their own profile and consent (PUT /volunteers/me); coordinators any, by id
    volunteer: [
      ...volunteerSelf,
      'api::volunteer.volunteer.updateMe',
      'api::volunteer-roster.volunteer-roster.mine',
      'api::volunteer-roster.volunteer-roster.answerMine',
    ],
    'volunteer-coordinator': [
      ...volunteerSelf,
      'api::volunteer.volunteer.create',
      'api::volunteer.volunteer.update',
      'api::volunteer-activity.volunteer-activity.create',
      'api::volunteer-activity.volunteer-activity.update',
      'api::volunteer-activity.volunteer-activity.cancel',
      'api::volunteer-activity.volunteer-activity.exportParticipants',
      'api::participation.participation.attendance',
      'api::participation.participation.hours',
      'api::participation.participation.exportHours',
      'api::volunteer-roster.volunteer-roster.find',
      'api::volunteer-roster.volunteer-roster.findOne',
      'api::volunteer-roster.volunteer-roster.callOut',
      'api::volunteer-roster.volunteer-roster.close',
    ],
  },
  adminRoles: [
    // ผู้ประสานงานจิตอาสา: volunteers, activities and participations, and provinces for the picker;
    // no complaints, reports, training or users
    {
      code: 'volunteer-coordinator',
      name: 'Volunteer coordinator',
      description: 'ผู้ประสานงานจิตอาสา / Volunteers, activities, sign-ups and attendance',
      edited: [VOLUNTEER_UID, ACTIVITY_UID, PARTICIPATION_UID],
      readOnly: ['api::province.province'],
    },
  ],
  listViews: {
    'api::volunteer.volunteer': {
      columns: ['fullName', 'province', 'state', 'availability'],
      sortBy: 'fullName',
      sortOrder: 'ASC',
      mainField: 'fullName',
    },
    'api::volunteer-activity.volunteer-activity': {
      columns: ['title', 'startAt', 'province', 'capacity', 'state'],
      sortBy: 'startAt',
      sortOrder: 'DESC',
      mainField: 'title',
    },
    'api::volunteer-certificate.volunteer-certificate': {
      columns: ['code', 'volunteerName', 'scope', 'hours', 'state', 'issuedAt'],
      sortBy: 'issuedAt',
      sortOrder: 'DESC',
      mainField: 'code',
    },
    'api::volunteer-roster.volunteer-roster': {
      columns: ['title', 'province', 'needed', 'state', 'closedAt'],
      sortBy: 'createdAt',
      sortOrder: 'DESC',
      mainField: 'title',
    },
    'api::volunteer-roster.volunteer-roster-answer': {
      columns: ['roster', 'volunteer', 'answer', 'answeredAt'],
      sortBy: 'answeredAt',
      sortOrder: 'DESC',
      mainField: 'answer',
    },
    'api::participation.participation': {
      columns: ['volunteer', 'activity', 'state', 'hours', 'signedUpAt'],
      sortBy: 'signedUpAt',
      sortOrder: 'DESC',
      mainField: 'state',
    },
  },
  register: registerVolunteerGuard,
  jobs: [lapseVolunteerConfirmations],
  obligations: [anySource(activityObligations)],
  emailTemplates: volunteerEmailTemplates,
  demo: async (strapi) => ({ volunteers: (await loadVolunteersDemo(strapi)).volunteers }),
};
