import fs from 'fs';
import path from 'path';
import * as platform from '../../src/lib/platform/model';
import * as complaints from '../../src/lib/complaints/model';
import * as reporting from '../../src/lib/reporting/model';
import * as inspections from '../../src/lib/inspections/model';
import * as volunteers from '../../src/lib/volunteers/model';
import * as training from '../../src/lib/training/model';
import * as factories from '../../src/lib/factories/model';
import * as breaches from '../../src/lib/privacy/breaches/model';

// The models repeat each enumeration of the schema.json files (lib may not read src/api): they must
// list the same values in the same order, and every UID they name must be a content type.
const apiDir = path.resolve(__dirname, '..', '..', 'src', 'api');
const schemaOf = (uid: string) => {
  const [, name] = uid.split('::');
  const [api, ct] = name.split('.');
  return JSON.parse(fs.readFileSync(path.join(apiDir, api, 'content-types', ct, 'schema.json'), 'utf8'));
};
const enumOf = (uid: string, attr: string): string[] => schemaOf(uid).attributes[attr].enum;

describe('domain models', () => {
  it.each([
    [complaints.COMPLAINT_UID, 'state', complaints.COMPLAINT_STATUSES],
    [complaints.COMPLAINT_UID, 'urgency', complaints.URGENCIES],
    [complaints.COMPLAINT_UID, 'channel', complaints.CHANNELS],
    [complaints.COMPLAINT_UPDATE_UID, 'kind', complaints.UPDATE_KINDS],
    [complaints.COMPLAINT_UPDATE_UID, 'visibility', complaints.UPDATE_VISIBILITIES],
    [complaints.TEAM_UID, 'kind', complaints.TEAM_KINDS],
    [reporting.REPORT_UID, 'state', reporting.REPORT_STATES],
    [reporting.PROJECT_UID, 'state', reporting.PROJECT_STATES],
    [reporting.PROJECT_UID, 'reportingFrequency', reporting.FREQUENCIES],
    [reporting.PROJECT_UID, 'emailLocale', reporting.EMAIL_LOCALES],
    [inspections.INSPECTION_UID, 'state', inspections.INSPECTION_STATES],
    [inspections.INSPECTION_UID, 'type', inspections.INSPECTION_TYPES],
    [inspections.FINDING_UID, 'state', inspections.FINDING_STATES],
    [inspections.FINDING_UID, 'severity', inspections.SEVERITIES],
    [volunteers.PARTICIPATION_UID, 'state', volunteers.PARTICIPATION_STATES],
    [volunteers.ACTIVITY_UID, 'state', volunteers.ACTIVITY_STATES],
    [volunteers.VOLUNTEER_UID, 'state', volunteers.VOLUNTEER_STATES],
    [breaches.BREACH_UID, 'state', breaches.BREACH_STATES],
    [breaches.BREACH_UID, 'actorKind', breaches.BREACH_ACTOR_KINDS],
    [breaches.BREACH_UID, 'riskLevel', breaches.BREACH_RISK_LEVELS],
    [training.MATERIAL_UID, 'kind', training.MATERIAL_KINDS],
    [platform.NOTIFICATION_UID, 'state', platform.NOTIFICATION_STATES],
    [platform.NOTIFICATION_UID, 'language', platform.LANGUAGES],
    [platform.JOB_RUN_UID, 'state', platform.JOB_RUN_STATES],
    [platform.HTTP_CALL_UID, 'state', platform.HTTP_CALL_STATES],
    [platform.HTTP_CALL_UID, 'method', platform.HTTP_METHODS],
    [platform.JOB_RUN_UID, 'trigger', platform.JOB_TRIGGERS],
    [platform.AUDIT_UID, 'actorKind', platform.AUDIT_ACTOR_KINDS],
    [platform.AUDIT_UID, 'channel', platform.AUDIT_CHANNELS],
    [platform.AGENCY_UID, 'kind', platform.AGENCY_KINDS],
    [platform.ESCALATION_STEP_UID, 'source', platform.ESCALATION_SOURCES],
    [platform.PROVINCE_UID, 'region', platform.REGIONS],
    [factories.FACTORY_UID, 'state', factories.FACTORY_STATES],
  ] as Array<[string, string, readonly string[]]>)('%s %s lists the schema’s values', (uid, attr, values) => {
    expect([...values]).toEqual(enumOf(uid, attr));
  });

  it('names only content types that exist', () => {
    const uids = [platform, complaints, reporting, inspections, volunteers, training]
      .flatMap((m) => Object.entries(m))
      .filter(([k, v]) => k.endsWith('_UID') && typeof v === 'string' && (v as string).startsWith('api::'))
      .map(([, v]) => v as string);
    expect(uids.length).toBeGreaterThan(15);
    for (const uid of uids) expect(schemaOf(uid).kind).toMatch(/collectionType|singleType/);
  });

  it('groups complaint states without overlap: open and finished make all, final is where no move is left', () => {
    expect([...complaints.OPEN_STATES, ...complaints.FINISHED].sort()).toEqual([...complaints.COMPLAINT_STATUSES].sort());
    expect(complaints.OPEN_STATES.filter((s) => complaints.FINISHED.includes(s))).toEqual([]);
    expect(complaints.FINAL_STATES).toEqual(['closed', 'rejected', 'duplicate']);
    expect(complaints.FINISHED).toEqual(['resolved', 'closed', 'rejected', 'duplicate']);
  });
});
