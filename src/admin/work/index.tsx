import type { StrapiApp } from '@strapi/strapi/admin';
import { ComplaintWork } from './complaint-panel';
import { FindingWork, ReportWork } from './review-panels';
import { TemplateWork } from './template-panel';
import { PurgeBatchWork } from './purge-batch-panel';
import { RequestWork, type RequestDoc } from './request-panel';
import { BreachWork, type BreachDoc } from './breach-panel';
import { VolunteerWork } from './volunteer-panel';
import { t } from './strings';

/**
 * The edit views' workflow panels (Content Manager side panels): complaints are worked with buttons and
 * read as a timeline; progress reports and findings are accepted, returned or re-opened with buttons;
 * e-mail templates are previewed in Thai and English before saving and can be sent as a test. The
 * server side is /admin/mind-work/* (src/lib/<domain>/admin-routes.ts, src/lib/platform/template-admin-routes.ts).
 */

interface PanelProps {
  model: string;
  documentId?: string;
  collectionType: string;
  /** the entry as the edit view loaded it */
  document?: Record<string, unknown>;
}
type Panel = (props: PanelProps) => { title: string; content: React.ReactNode } | null;
interface ContentManagerApis {
  addEditViewSidePanel(panels: Panel[]): void;
}

const th = () => !(window.localStorage.getItem('strapi-admin-language') ?? 'th').replace(/"/g, '').startsWith('en');

/** One panel for one content type, on an existing entry only (a new one has no timeline or state yet). */
function panelFor(uid: string, title: Parameters<typeof t>[0], render: (p: Required<PanelProps>) => React.ReactNode, onNew = false): Panel {
  const panel: Panel = ({ model, documentId, collectionType, document }) => {
    if (model !== uid || (!documentId && !onNew)) return null;
    return { title: t(title, th()), content: render({ model, documentId: documentId ?? '', collectionType, document: document ?? {} }) };
  };
  Object.defineProperty(panel, 'name', { value: `MindWork:${uid}` });
  return panel;
}

const PANELS: Panel[] = [
  panelFor('api::complaint.complaint', 'complaintPanel', (p) => <ComplaintWork key={p.documentId} {...p} />),
  panelFor('api::progress-report.progress-report', 'reviewPanel', (p) => <ReportWork key={p.documentId} {...p} />),
  panelFor('api::inspection-finding.inspection-finding', 'findingPanel', (p) => <FindingWork key={p.documentId} {...p} />),
  panelFor('api::email-template.email-template', 'templatePanel', () => <TemplateWork />, true),
  panelFor('api::purge-batch.purge-batch', 'purgePanel', (p) => <PurgeBatchWork key={p.documentId} documentId={p.documentId} />),
  panelFor('api::data-subject-request.data-subject-request', 'requestPanel', (p) => (
    <RequestWork key={p.documentId} documentId={p.documentId} document={p.document as RequestDoc} />
  )),
  panelFor('api::data-breach.data-breach', 'breachPanel', (p) => (
    <BreachWork key={p.documentId} documentId={p.documentId} document={p.document as BreachDoc} />
  )),
  panelFor('api::volunteer.volunteer', 'volunteerPanel', (p) => <VolunteerWork key={p.documentId} documentId={p.documentId} />),
];

/** Call from the admin app's bootstrap (the Content Manager's APIs exist from then on). */
export function bootstrapWork(app: StrapiApp) {
  const cm = app.getPlugin('content-manager') as unknown as { apis: ContentManagerApis };
  cm.apis.addEditViewSidePanel(PANELS);
}
