import * as React from 'react';
import { useFetchClient, useForm } from '@strapi/strapi/admin';
import { Box, Button, COLORS, ErrorNote, useText, useThai } from './common';
import { TEMPLATE_FIELD_LABELS } from './strings';

/**
 * The e-mail template edit view's side panel: the Thai and the English e-mail rendered for the key's
 * sample data from the form's current, unsaved texts (POST /admin/mind-work/email-templates/preview), what
 * the save would be refused for, by field, and a test sent to the signed-in administrator
 * (POST /admin/mind-work/email-templates/test, through the outbox).
 */

const FIELDS = ['key', 'subjectTh', 'textTh', 'htmlTh', 'subjectEn', 'textEn', 'htmlEn'] as const;

interface Rendered {
  subject: string;
  text: string;
  html: string | null;
}
interface Preview {
  problems: { field: string; message: string }[];
  th: Rendered | null;
  en: Rendered | null;
}

type Problem = { message: string } | null;

function errorOf(err: unknown): string {
  const e = err as {
    response?: { data?: { error?: { message?: string; details?: { errors?: { path?: string[]; message?: string }[] } } } };
  };
  const error = e?.response?.data?.error;
  const list = error?.details?.errors ?? [];
  if (list.length) return list.map((x) => `${x.path?.join('.') ?? ''}: ${x.message ?? ''}`).join('; ');
  return error?.message ?? (err as Error)?.message ?? 'error';
}

function Email({ title, email, locale }: { title: string; email: Rendered; locale: 'th' | 'en' }) {
  const text = useText();
  return (
    <section data-preview={locale} style={{ border: `1px solid ${COLORS.line}`, borderRadius: 4, padding: 8 }}>
      <h4 style={{ margin: '0 0 4px', fontSize: 12, color: COLORS.muted }}>{title}</h4>
      <div style={{ fontSize: 12 }}>
        {text('subject')}: <strong data-preview-subject>{email.subject}</strong>
      </div>
      {email.html ? (
        <iframe
          title={`${title}: ${email.subject}`}
          sandbox=""
          srcDoc={email.html}
          style={{ width: '100%', minHeight: 220, border: `1px solid ${COLORS.line}`, marginTop: 6, background: '#fff' }}
        />
      ) : null}
      <pre
        data-preview-text
        style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', fontSize: 12, margin: '6px 0 0', maxHeight: 240, overflow: 'auto' }}
      >
        {email.text}
      </pre>
    </section>
  );
}

export function TemplateWork() {
  const th = useThai();
  const text = useText();
  const { post } = useFetchClient();
  const values = useForm('MindTemplatePreview', (s) => s.values) as Record<string, unknown>;
  const body = React.useMemo(() => Object.fromEntries(FIELDS.map((f) => [f, values?.[f] ?? null])), [values]);
  const bodyKey = JSON.stringify(body);
  const [preview, setPreview] = React.useState<Preview | null>(null);
  const [problem, setProblem] = React.useState<Problem>(null);
  const [sent, setSent] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);

  React.useEffect(() => {
    if (!body.key) return;
    let live = true;
    const timer = window.setTimeout(async () => {
      try {
        const res = await post('/admin/mind-work/email-templates/preview', JSON.parse(bodyKey));
        if (!live) return;
        setPreview((res.data as { data: Preview }).data);
        setProblem(null);
      } catch (err) {
        if (live) setProblem({ message: errorOf(err) });
      }
    }, 400);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
    // bodyKey stands for body (the form's values change identity on every render)
  }, [bodyKey, post]);

  async function sendTest() {
    setBusy(true);
    setSent(null);
    try {
      const res = await post('/admin/mind-work/email-templates/test', JSON.parse(bodyKey));
      setSent((res.data as { data: { to: string } }).data.to);
      setProblem(null);
    } catch (err) {
      setProblem({ message: errorOf(err) });
    } finally {
      setBusy(false);
    }
  }

  if (!body.key) return <Box data-work="template">{text('chooseKey')}</Box>;
  const fieldLabel = (f: string) => (TEMPLATE_FIELD_LABELS[f] ? (th ? TEMPLATE_FIELD_LABELS[f].th : TEMPLATE_FIELD_LABELS[f].en) : f);

  return (
    <Box data-work="template">
      <span style={{ fontSize: 12, color: COLORS.muted }}>{text('previewNote')}</span>
      {preview?.problems.length ? (
        <div role="alert" data-preview-problems style={{ color: COLORS.danger, fontSize: 12 }}>
          <strong>{text('problems')}</strong>
          <ul style={{ margin: '4px 0 0', paddingLeft: 16 }}>
            {preview.problems.map((p) => (
              <li key={`${p.field}:${p.message}`} data-problem-field={p.field}>
                {fieldLabel(p.field)}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview?.th ? <Email title={text('thai')} email={preview.th} locale="th" /> : null}
      {preview?.en ? <Email title={text('english')} email={preview.en} locale="en" /> : null}
      {preview && (!preview.th || !preview.en) ? <span style={{ fontSize: 12, color: COLORS.muted }}>{text('noPreview')}</span> : null}
      <ErrorNote problem={problem ? { message: problem.message, fields: {} } : null} />
      <Button data-action="send-test" disabled={busy || !!preview?.problems.length} onClick={() => void sendTest()}>
        {text('sendTest')}
      </Button>
      {sent ? (
        <span role="status" data-test-sent style={{ fontSize: 12, color: COLORS.publicText }}>
          {text('testSent')} {sent}
        </span>
      ) : null}
    </Box>
  );
}
