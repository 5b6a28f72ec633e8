import * as React from 'react';
import { Link } from 'react-router-dom';
import { useFetchClient, Widget } from '@strapi/strapi/admin';

/**
 * Shared parts of the MIND Desk homepage widgets: the data hook (admin API through the admin's own
 * fetch client, so the admin JWT is sent), the interface language, Thai number and date formats,
 * colours, and links into the Content Manager.
 */

/** The admin panel keeps the chosen interface language in localStorage ("strapi-admin-language"). */
export function useThai(): boolean {
  const language = window.localStorage.getItem('strapi-admin-language') ?? document.documentElement.lang ?? 'th';
  return language.replace(/"/g, '').startsWith('th');
}

/** Thai label first, English when the interface is in English. */
export const pick = (th: boolean, l: { th: string; en: string }) => (th ? l.th : l.en);

const numberTh = new Intl.NumberFormat('th-TH');
export const percentTh = new Intl.NumberFormat('th-TH', { style: 'percent', maximumFractionDigits: 0 });
export const fmt = (n: number) => numberTh.format(n);

/** Dates people read: Thai (Buddhist era) or English, Bangkok time. */
export function formatDateTime(iso: string | null, th: boolean): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(th ? 'th-TH' : 'en-GB', {
    timeZone: 'Asia/Bangkok',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatDate(iso: string, th: boolean): string {
  return new Intl.DateTimeFormat(th ? 'th-TH' : 'en-GB', {
    timeZone: 'Asia/Bangkok',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(`${iso}T12:00:00+07:00`));
}

export const COLORS = {
  text: '#32324d',
  muted: '#666687',
  line: '#eaeaef',
  primary: '#4945ff',
  breach: '#d02b20',
  breachBg: '#fcecea',
  ok: '#328048',
  late: '#b5460b',
  notDue: '#a5a5ba',
  waived: '#8e8ea9',
};

/**
 * A link inside the admin panel: the API gives absolute paths (/admin/content-manager/...); the
 * admin's router works below /admin.
 */
export function AdminLink({
  href,
  style,
  children,
  ...rest
}: { href: string; style?: React.CSSProperties; children: React.ReactNode } & Omit<React.AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const to = href.replace(/^\/admin(?=\/)/, '');
  return (
    <Link to={to} style={{ color: COLORS.primary, textDecoration: 'none', ...style }} {...rest}>
      {children}
    </Link>
  );
}

/** GET /admin/mind-dashboard/<name> (or `name` itself when it is a path): the widget's data, or loading / error states of the homepage. */
export function useWidgetData<T>(name: string): { data?: T; view?: React.ReactElement } {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<{ data?: T; error?: boolean; forbidden?: boolean }>({});
  React.useEffect(() => {
    let live = true;
    get<{ data: T }>(name.startsWith('/') ? name : `/admin/mind-dashboard/${name}`)
      .then(({ data }) => live && setState({ data: data.data }))
      // 403: the role reads only some entries of the type (e.g. Author), so no totals over all of them
      .catch((err: { status?: number }) => live && setState(err?.status === 403 ? { forbidden: true } : { error: true }));
    return () => {
      live = false;
    };
  }, [get, name]);
  if (state.forbidden) return { view: <Widget.NoPermissions /> };
  if (state.error) return { view: <Widget.Error /> };
  if (!state.data) return { view: <Widget.Loading /> };
  return { data: state.data };
}

export const small: React.CSSProperties = { fontSize: 12, color: COLORS.muted };
export const cellStyle: React.CSSProperties = {
  padding: '4px 6px',
  borderBottom: `1px solid ${COLORS.line}`,
  textAlign: 'left',
  fontSize: 13,
};
export const numStyle: React.CSSProperties = { ...cellStyle, textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' };

/** A red pill for SLA breaches and failures. */
export function Alarm({ children, title }: { children: React.ReactNode; title?: string }) {
  return (
    <span
      title={title}
      style={{
        display: 'inline-block',
        background: COLORS.breach,
        color: '#fff',
        borderRadius: 10,
        padding: '0 7px',
        fontSize: 12,
        fontWeight: 600,
        lineHeight: '18px',
      }}
    >
      {children}
    </span>
  );
}

/**
 * Strapi gives each homepage widget a body of a fixed 261 pixels that scrolls inside its card (its
 * scroll bar hidden until hovered), so a table's last rows looked cut off. A widget whose rows must all
 * be seen (the jobs, the province grid) lets its body grow to fit: pass this as the widget root's ref.
 */
export function fitWidgetBody(el: HTMLElement | null) {
  const body = el?.closest('main');
  if (body instanceof HTMLElement) {
    body.style.height = 'auto';
    body.style.minHeight = '261px';
    body.style.overflow = 'visible';
  }
}
