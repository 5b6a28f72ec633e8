import * as React from 'react';
import { AdminLink, Alarm, COLORS, cellStyle, fitWidgetBody, fmt, formatDateTime, numStyle, small, useThai, useWidgetData } from './common';
// The endpoint's answer as the server types it (a type-only import: no server code reaches the bundle).
import type { JobsWidget as Data } from '../../lib/dashboard/jobs';

/** Homepage widget: each scheduled job, its next run and last run; failures highlighted (GET /admin/mind-dashboard/jobs). */

const STATE_LABEL = {
  succeeded: { th: 'สำเร็จ', en: 'Succeeded', color: COLORS.ok },
  failed: { th: 'ล้มเหลว', en: 'Failed', color: COLORS.breach },
  running: { th: 'กำลังทำงาน', en: 'Running', color: COLORS.muted },
};

export default function JobsWidget() {
  const th = useThai();
  const { data, view } = useWidgetData<Data>('jobs');
  if (!data) return view!;
  return (
    <div data-widget="mind-jobs" ref={fitWidgetBody} style={{ width: '100%', color: COLORS.text }}>
      <p style={{ margin: '0 0 6px', fontSize: 13 }}>
        {data.totals.failuresRecent > 0 ? (
          <AdminLink href={data.links.failures} style={{ color: COLORS.breach, fontWeight: 600 }}>
            {th
              ? `ล้มเหลว ${fmt(data.totals.failuresRecent)} ครั้งใน ${fmt(data.failureWindowDays)} วัน`
              : `${fmt(data.totals.failuresRecent)} failed runs in ${fmt(data.failureWindowDays)} days`}
          </AdminLink>
        ) : (
          <span style={{ color: COLORS.ok }}>
            {th ? `ไม่มีงานล้มเหลวใน ${fmt(data.failureWindowDays)} วัน` : `No failures in ${fmt(data.failureWindowDays)} days`}
          </span>
        )}
      </p>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th style={cellStyle} scope="col">
              {th ? 'งาน' : 'Job'}
            </th>
            <th style={cellStyle} scope="col">
              {th ? 'ครั้งถัดไป' : 'Next run'}
            </th>
            <th style={cellStyle} scope="col">
              {th ? 'ครั้งล่าสุด' : 'Last run'}
            </th>
            <th style={numStyle} scope="col">
              {th ? `ล้มเหลว (${fmt(data.failureWindowDays)} วัน)` : `Failed (${fmt(data.failureWindowDays)} d)`}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.jobs.map((j) => {
            const s = j.lastRun ? STATE_LABEL[j.lastRun.state] : null;
            return (
              <tr
                key={j.name}
                data-job={j.name}
                data-flagged={j.flagged ? 'true' : 'false'}
                style={{ background: j.flagged ? COLORS.breachBg : undefined }}
              >
                <td style={cellStyle}>
                  <AdminLink href={j.urls.runs} style={{ color: COLORS.text, fontWeight: 600 }} title={j.en}>
                    {th ? j.th : j.en}
                  </AdminLink>
                  <div style={small}>
                    <code>{j.schedule}</code>
                  </div>
                </td>
                <td style={{ ...cellStyle, whiteSpace: 'nowrap' }}>{formatDateTime(j.nextRun, th)}</td>
                <td style={cellStyle}>
                  {j.lastRun && s ? (
                    <>
                      <span style={{ color: s.color, fontWeight: 600 }}>{th ? s.th : s.en}</span>
                      {j.lastRun.stale && <span style={{ color: COLORS.breach }}> {th ? '(ค้าง)' : '(stuck)'}</span>}
                      <div style={small}>{formatDateTime(j.lastRun.startedAt, th)}</div>
                      {j.lastRun.error && (
                        <div
                          style={{
                            ...small,
                            color: COLORS.breach,
                            maxWidth: 160,
                            overflow: 'hidden',
                            textOverflow: 'ellipsis',
                            whiteSpace: 'nowrap',
                          }}
                          title={j.lastRun.error}
                        >
                          {j.lastRun.error}
                        </div>
                      )}
                    </>
                  ) : (
                    <span style={small}>{th ? 'ยังไม่เคยทำงาน' : 'Never run'}</span>
                  )}
                </td>
                <td style={numStyle}>
                  {j.failuresRecent > 0 ? (
                    <AdminLink
                      href={j.urls.failures}
                      aria-label={th ? `${j.th} ล้มเหลว ${fmt(j.failuresRecent)} ครั้ง` : `${j.en}: ${fmt(j.failuresRecent)} failures`}
                    >
                      <Alarm>{fmt(j.failuresRecent)}</Alarm>
                    </AdminLink>
                  ) : (
                    <span style={{ color: COLORS.notDue }}>0</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
