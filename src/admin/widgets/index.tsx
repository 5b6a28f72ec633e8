import * as React from 'react';
import type { StrapiApp, WidgetArgs } from '@strapi/strapi/admin';

/**
 * The MIND Desk homepage widgets, placed before Strapi's own. Each shows to administrators
 * who may read its type in the Content Manager (the endpoint checks the same) and loads its component
 * lazily.
 */
type Icon = NonNullable<WidgetArgs['icon']>;

const icon = (d: string): Icon =>
  (() => (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d={d} />
    </svg>
  )) as unknown as Icon;

const read = (subject: string) => [{ action: 'plugin::content-manager.explorer.read', subject }];
const list = (uid: string) => `/content-manager/collection-types/${uid}`;

export const dashboardTranslations = {
  th: {
    'mind.widget.complaints': 'เรื่องร้องเรียนที่เปิดอยู่',
    'mind.widget.provinces': 'เรื่องร้องเรียนตามจังหวัด',
    'mind.widget.feedback': 'ความเห็นของผู้ร้องเรียน',
    'mind.widget.reporting': 'การส่งรายงานความก้าวหน้า',
    'mind.widget.compliance': 'อันดับการส่งรายงานของหน่วยงาน',
    'mind.widget.jobs': 'งานตามกำหนดเวลา',
    'mind.widget.volunteers': 'กิจกรรมจิตอาสาที่กำลังจะมาถึง',
    'mind.widget.link.complaints': 'ดูทั้งหมด',
    'mind.widget.link.reports': 'ดูรายงาน',
    'mind.widget.link.jobs': 'ประวัติการทำงาน',
    'mind.widget.link.activities': 'ดูกิจกรรม',
    'mind.widget.reveals': 'การเปิดดูข้อมูลติดต่อ 30 วัน',
  },
  en: {
    'mind.widget.complaints': 'Open complaints',
    'mind.widget.provinces': 'Complaints by province',
    'mind.widget.feedback': "Complainants' verdict",
    'mind.widget.reporting': 'Progress reporting',
    'mind.widget.compliance': 'Reporting league table',
    'mind.widget.jobs': 'Scheduled jobs',
    'mind.widget.volunteers': 'Upcoming volunteer activities',
    'mind.widget.link.complaints': 'See all',
    'mind.widget.link.reports': 'See reports',
    'mind.widget.link.jobs': 'Run history',
    'mind.widget.link.activities': 'See activities',
    'mind.widget.reveals': 'Contact reveals, 30 days',
  },
};

const msg = (id: keyof (typeof dashboardTranslations)['en']) => ({ id, defaultMessage: dashboardTranslations.en[id] });

const DASHBOARD_WIDGETS: WidgetArgs[] = [
  {
    id: 'mind-complaints',
    icon: icon('M12 9v4M12 17h.01M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z'),
    title: msg('mind.widget.complaints'),
    link: { label: msg('mind.widget.link.complaints'), href: list('api::complaint.complaint') },
    component: async () => (await import('./complaints')).default,
    permissions: read('api::complaint.complaint'),
  },
  {
    id: 'mind-provinces',
    icon: icon('M3 3h7v7H3zM14 3h7v7h-7zM3 14h7v7H3zM14 14h7v7h-7z'),
    title: msg('mind.widget.provinces'),
    component: async () => (await import('./provinces')).default,
    permissions: read('api::complaint.complaint'),
  },
  {
    id: 'mind-feedback',
    icon: icon('M12 2l3.1 6.3 6.9 1-5 4.9 1.2 6.8L12 17.8 5.8 21l1.2-6.8-5-4.9 6.9-1z'),
    title: msg('mind.widget.feedback'),
    component: async () => (await import('./feedback')).default,
    permissions: read('api::complaint.complaint'),
  },
  {
    id: 'mind-reporting',
    icon: icon('M4 20V10M10 20V4M16 20v-7M22 20H2'),
    title: msg('mind.widget.reporting'),
    link: { label: msg('mind.widget.link.reports'), href: list('api::progress-report.progress-report') },
    component: async () => (await import('./reporting')).default,
    permissions: read('api::progress-report.progress-report'),
  },
  {
    id: 'mind-compliance',
    icon: icon('M8 21h8M12 17v4M7 4h10v5a5 5 0 0 1-10 0zM7 6H4v2a3 3 0 0 0 3 3M17 6h3v2a3 3 0 0 1-3 3'),
    title: msg('mind.widget.compliance'),
    component: async () => (await import('./compliance')).default,
    permissions: read('api::progress-report.progress-report'),
  },
  {
    id: 'mind-jobs',
    icon: icon('M12 6v6l4 2M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20z'),
    title: msg('mind.widget.jobs'),
    link: { label: msg('mind.widget.link.jobs'), href: list('api::job-run.job-run') },
    component: async () => (await import('./jobs')).default,
    permissions: read('api::job-run.job-run'),
  },
  {
    id: 'mind-volunteers',
    icon: icon(
      'M17 21v-2a4 4 0 0 0-4-4H5a4 4 0 0 0-4 4v2M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM23 21v-2a4 4 0 0 0-3-3.9M16 3.1a4 4 0 0 1 0 7.8',
    ),
    title: msg('mind.widget.volunteers'),
    link: { label: msg('mind.widget.link.activities'), href: list('api::volunteer-activity.volunteer-activity') },
    component: async () => (await import('./volunteers')).default,
    permissions: read('api::volunteer-activity.volunteer-activity'),
  },
  {
    id: 'mind-reveals',
    icon: icon('M1 12s4-8 11-8 11 8 11 8-4 8-11 8-11-8-11-8zM12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z'),
    title: msg('mind.widget.reveals'),
    component: async () => (await import('./reveals')).default,
    // the homepage filters by permission only: reading the breach register is the privacy officer's and the
    // super admins' (the endpoint itself checks the role)
    permissions: read('api::data-breach.data-breach'),
  },
];

/** Registers the widgets ahead of Strapi's own (a reducer over the widgets registered so far). */
export function registerDashboardWidgets(app: StrapiApp) {
  app.widgets.register((registered) => [...DASHBOARD_WIDGETS, ...registered]);
}
