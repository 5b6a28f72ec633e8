import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { t, type Phrase } from './strings';

/**
 * Shared by the edit views' workflow panels: the interface language, Thai dates (Buddhist era, Bangkok
 * time), the admin API call with its field errors, and the small form controls the panels are built of.
 */

/** The admin panel keeps the chosen interface language in localStorage; Thai unless English was chosen. */
export function useThai(): boolean {
  const language = window.localStorage.getItem('strapi-admin-language') ?? document.documentElement.lang ?? 'th';
  return !language.replace(/"/g, '').startsWith('en');
}

/** A phrase in the interface language. */
export function useText(): (phrase: Phrase) => string {
  const th = useThai();
  return React.useCallback((phrase: Phrase) => t(phrase, th), [th]);
}

/** A date and time as people read it: Thai Buddhist-era (or English) in Bangkok time. */
export function formatWhen(iso: string | null | undefined, th: boolean): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(th ? 'th-TH-u-ca-buddhist' : 'en-GB', {
    timeZone: 'Asia/Bangkok',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export interface ApiProblem {
  message: string;
  /** field → message, from a 400's details */
  fields: Record<string, string>;
}

/** The admin API's error as the panel shows it: its message and, for a 400, the message of each field. */
export function problemOf(err: unknown): ApiProblem {
  const error = (
    err as { response?: { data?: { error?: { message?: string; details?: { errors?: { path?: string[]; message?: string }[] } } } } }
  )?.response?.data?.error;
  const fields: Record<string, string> = {};
  for (const e of error?.details?.errors ?? []) if (e.path?.length) fields[e.path.join('.')] = e.message ?? '';
  return { message: error?.message ?? (err as Error)?.message ?? 'error', fields };
}

/** GET `url` (again after each action); `act` posts an action and takes its answer as the new state. */
export function useWork<T>(url: string | null) {
  const { get, post } = useFetchClient();
  const [data, setData] = React.useState<T | null>(null);
  const [problem, setProblem] = React.useState<ApiProblem | null>(null);
  const [busy, setBusy] = React.useState(false);

  const load = React.useCallback(async () => {
    if (!url) return;
    try {
      const res = await get(url);
      setData((res.data as { data: T }).data);
      setProblem(null);
    } catch (err) {
      setProblem(problemOf(err));
    }
  }, [get, url]);

  React.useEffect(() => {
    void load();
  }, [load]);

  const act = React.useCallback(
    async (path: string, body: Record<string, unknown>): Promise<boolean> => {
      setBusy(true);
      try {
        const res = await post(`${url}${path}`, body);
        setData((res.data as { data: T }).data);
        setProblem(null);
        return true;
      } catch (err) {
        setProblem(problemOf(err));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [post, url],
  );

  return { data, problem, busy, act, reload: load, clearProblem: () => setProblem(null) };
}

export const COLORS = {
  text: '#32324d',
  muted: '#666687',
  line: '#dcdce4',
  primary: '#4945ff',
  danger: '#d02b20',
  publicBg: '#eafbe7',
  publicText: '#2f6846',
  internalBg: '#f6f6f9',
};

const buttonBase: React.CSSProperties = {
  border: `1px solid ${COLORS.line}`,
  borderRadius: 4,
  padding: '6px 10px',
  fontSize: 13,
  fontWeight: 600,
  cursor: 'pointer',
  background: '#fff',
  color: COLORS.text,
  textAlign: 'left',
};

export function Button({
  primary,
  children,
  ...rest
}: { primary?: boolean; children: React.ReactNode } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  const style = primary ? { ...buttonBase, background: COLORS.primary, borderColor: COLORS.primary, color: '#fff' } : buttonBase;
  return (
    <button type="button" style={{ ...style, opacity: rest.disabled ? 0.6 : 1 }} {...rest}>
      {children}
    </button>
  );
}

const inputStyle: React.CSSProperties = {
  width: '100%',
  boxSizing: 'border-box',
  border: `1px solid ${COLORS.line}`,
  borderRadius: 4,
  padding: '6px 8px',
  fontSize: 13,
  fontFamily: 'inherit',
};

/** A labelled input with its error under it (the field named by the API's 400). */
export function Field({
  label,
  error,
  children,
  name,
}: {
  label: string;
  error?: string;
  name: string;
  children: (props: { id: string; style: React.CSSProperties; 'aria-invalid': boolean; name: string }) => React.ReactNode;
}) {
  const id = `mind-work-${name}`;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      <label htmlFor={id} style={{ fontSize: 12, fontWeight: 600, color: COLORS.text }}>
        {label}
      </label>
      {children({ id, name, style: { ...inputStyle, borderColor: error ? COLORS.danger : COLORS.line }, 'aria-invalid': !!error })}
      {error ? (
        <span role="alert" data-field-error={name} style={{ fontSize: 12, color: COLORS.danger }}>
          {error}
        </span>
      ) : null}
    </div>
  );
}

export function ErrorNote({ problem }: { problem: ApiProblem | null }) {
  if (!problem) return null;
  return (
    <p role="alert" data-work-error style={{ margin: 0, fontSize: 12, color: COLORS.danger }}>
      {problem.message}
    </p>
  );
}

export function Box({ children, ...rest }: { children: React.ReactNode } & React.HTMLAttributes<HTMLDivElement>) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, width: '100%', fontSize: 13, color: COLORS.text }} {...rest}>
      {children}
    </div>
  );
}

/** Hands a file fetched by the admin client to the browser as a download (the admin JWT is not a cookie, so a plain link cannot fetch it). */
export function saveBlob(data: Blob, filename: string) {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A date without its time: Thai Buddhist-era (or English), Bangkok. */
export function formatDay(iso: string | null | undefined, th: boolean): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(th ? 'th-TH-u-ca-buddhist' : 'en-GB', {
    timeZone: 'Asia/Bangkok',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));
}
