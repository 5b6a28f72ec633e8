import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { Box, Button, COLORS, ErrorNote, formatWhen, problemOf, saveBlob, useText, useThai, type ApiProblem } from './common';

/**
 * A breach's 72-hour clock, whom it touched and its notices (GET /admin/mind-privacy/data-breaches/:id/
 * affected | notice | notice.pdf, src/lib/privacy/breaches/admin-routes.ts; super admins and the privacy
 * officer, others get the server's 403 message).
 */

export interface BreachDoc {
  id?: number;
  notifyBy?: string | null;
  pdpcNotifiedAt?: string | null;
}

interface Affected {
  complaints: string[];
  volunteers: string[];
  count: number;
  entries: number;
}
interface Notice {
  to: 'pdpc' | 'subject';
  text: string;
}

function Clock({ notifyBy, notifiedAt }: { notifyBy?: string | null; notifiedAt?: string | null }) {
  const text = useText();
  const th = useThai();
  if (notifiedAt)
    return (
      <div data-breach-clock="notified">
        {text('pdpcNotified')} {formatWhen(notifiedAt, th)}
      </div>
    );
  if (!notifyBy) return null;
  const hours = Math.round((new Date(notifyBy).getTime() - Date.now()) / 3_600_000);
  const late = hours < 0;
  return (
    <div data-breach-clock={late ? 'overdue' : 'running'}>
      <div>
        <span style={{ color: COLORS.muted, fontSize: 12 }}>{text('notifyBy')}: </span>
        {formatWhen(notifyBy, th)}
      </div>
      <strong style={{ color: late ? COLORS.danger : COLORS.text }}>
        {text(late ? 'overdue' : 'timeLeft')} {Math.abs(hours)} {text('hours')}
      </strong>
    </div>
  );
}

export function BreachWork({ documentId, document: doc }: { documentId: string; document: BreachDoc }) {
  const text = useText();
  const { get } = useFetchClient();
  const [affected, setAffected] = React.useState<Affected | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [copied, setCopied] = React.useState(false);
  const [problem, setProblem] = React.useState<ApiProblem | null>(null);
  const base = `/admin/mind-privacy/data-breaches/${documentId}`;

  async function load(path: string, then: (data: unknown) => void) {
    try {
      const res = await get(`${base}/${path}`);
      then((res.data as { data: unknown }).data);
      setProblem(null);
    } catch (err) {
      setProblem(problemOf(err));
    }
  }
  async function pdf(to: 'pdpc' | 'subject') {
    try {
      const res = await get(`${base}/notice.pdf?to=${to}`, { responseType: 'blob' } as never);
      saveBlob(res.data as Blob, `breach-BR-${doc.id ?? documentId}-${to}.pdf`);
    } catch (err) {
      setProblem(problemOf(err));
    }
  }

  return (
    <Box data-work="breach">
      <Clock notifyBy={doc.notifyBy} notifiedAt={doc.pdpcNotifiedAt} />
      <Button data-action="affected" onClick={() => void load('affected', (d) => setAffected(d as Affected))}>
        {text('affected')}
      </Button>
      {affected ? (
        <div data-breach-affected>
          <div>
            {affected.count} {text('subjects')} · {affected.entries} {text('entries')}
          </div>
          {affected.complaints.length ? (
            <div>
              {text('complaints')}: {affected.complaints.join(', ')}
            </div>
          ) : null}
          {affected.volunteers.length ? (
            <div>
              {text('volunteers')}: {affected.volunteers.join(', ')}
            </div>
          ) : null}
        </div>
      ) : null}
      {(['pdpc', 'subject'] as const).map((to) => (
        <div key={to} style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
          <Button
            data-action={`notice:${to}`}
            onClick={() => void load(`notice?to=${to}`, (d) => (setNotice(d as Notice), setCopied(false)))}
          >
            {text(to === 'pdpc' ? 'noticePdpc' : 'noticeSubject')}
          </Button>
          <Button data-action={`pdf:${to}`} onClick={() => void pdf(to)}>
            {text('pdf')} ({to === 'pdpc' ? 'PDPC' : text('subjects')})
          </Button>
        </div>
      ))}
      {notice ? (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
          <label htmlFor="mind-work-notice" style={{ fontSize: 12, fontWeight: 600 }}>
            {text(notice.to === 'pdpc' ? 'noticePdpc' : 'noticeSubject')}
          </label>
          <textarea
            id="mind-work-notice"
            data-breach-notice={notice.to}
            readOnly
            rows={10}
            value={notice.text}
            style={{ fontSize: 12, fontFamily: 'inherit' }}
          />
          <Button
            data-action="copy"
            onClick={() =>
              void navigator.clipboard?.writeText(notice.text).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {text(copied ? 'copied' : 'copy')}
          </Button>
        </div>
      ) : null}
      <ErrorNote problem={problem} />
    </Box>
  );
}
