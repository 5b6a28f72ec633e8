import * as React from 'react';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { cell, mono, say, ShownOnce } from './shared';
import { WebhookSecrets } from './webhooks';

/**
 * The integrations page: API documentation rendered from /api/openapi.json (same origin), and Open311
 * client keys (server: /admin/mind-integrations/open311-clients/:id/key|revoke, src/lib/integrations/open311/clients.ts).
 */
type Schema = Record<string, unknown> & { type?: string; properties?: Record<string, Schema>; required?: string[]; items?: Schema };
interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Array<{ name: string; in: string; required?: boolean; description?: string; schema?: Schema }>;
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses?: Record<string, unknown>;
  security?: unknown[];
}
interface OpenApi {
  info: { title: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
}
interface Client {
  documentId: string;
  name: string;
  active: boolean;
  keyPrefix?: string | null;
  rateLimit: number;
  rateWindowSeconds: number;
}

/** A schema as a short, readable type: `{ title: string ≤200 *, … }`. */
function typeOf(s: Schema | undefined, depth = 0): string {
  if (!s) return 'any';
  if (s.$ref) return String(s.$ref).split('/').pop()!;
  if (s.enum) return (s.enum as unknown[]).map((v) => JSON.stringify(v)).join(' | ');
  if (s.type === 'array') return `${typeOf(s.items, depth)}[]`;
  if (s.type === 'object' && s.properties && depth < 2) {
    const required = new Set(s.required ?? []);
    return `{ ${Object.entries(s.properties)
      .map(([k, v]) => `${k}${required.has(k) ? '' : '?'}: ${typeOf(v, depth + 1)}`)
      .join(', ')} }`;
  }
  const limits = [
    s.maxLength !== undefined ? `≤${s.maxLength}` : '',
    s.minimum !== undefined ? `≥${s.minimum}` : '',
    s.maximum !== undefined ? `≤${s.maximum}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `${String(s.format ?? s.type ?? 'any')}${limits ? ` ${limits}` : ''}`;
}

function OperationView({ method, path, op }: { method: string; path: string; op: Operation }) {
  const body = op.requestBody ? Object.entries(op.requestBody.content) : [];
  return (
    <details style={{ borderBottom: '1px solid #eaeaef', padding: '6px 0' }}>
      <summary style={{ cursor: 'pointer' }}>
        <strong style={{ ...mono, display: 'inline-block', minWidth: 64 }}>{method.toUpperCase()}</strong>
        <span style={mono}>{path}</span> — {op.summary}
        {op.security && op.security.length === 0 ? ` (${say('ไม่ต้องเข้าสู่ระบบ', 'no login')})` : ''}
      </summary>
      {op.description ? <p>{op.description}</p> : null}
      {op.parameters?.length ? (
        <table style={{ borderCollapse: 'collapse', margin: '8px 0' }}>
          <thead>
            <tr>
              <th style={cell}>{say('พารามิเตอร์', 'Parameter')}</th>
              <th style={cell}>{say('ที่', 'In')}</th>
              <th style={cell}>{say('ชนิด', 'Type')}</th>
              <th style={cell}>{say('คำอธิบาย', 'Description')}</th>
            </tr>
          </thead>
          <tbody>
            {op.parameters.map((p) => (
              <tr key={`${p.in}:${p.name}`}>
                <td style={{ ...cell, ...mono }}>
                  {p.name}
                  {p.required ? ' *' : ''}
                </td>
                <td style={cell}>{p.in}</td>
                <td style={{ ...cell, ...mono }}>{typeOf(p.schema)}</td>
                <td style={cell}>{p.description ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {body.map(([type, { schema }]) => (
        <p key={type}>
          <span style={mono}>{type}</span>: <span style={mono}>{typeOf(schema)}</span>
        </p>
      ))}
      <p>
        {say('คำตอบ', 'Responses')}: <span style={mono}>{Object.keys(op.responses ?? {}).join(', ')}</span>
      </p>
    </details>
  );
}

function ApiDocs() {
  const [doc, setDoc] = React.useState<OpenApi | { error: string } | null>(null);
  React.useEffect(() => {
    fetch('/api/openapi.json', { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then(setDoc)
      .catch((err: Error) => setDoc({ error: err.message }));
  }, []);
  if (!doc) return <p>{say('กำลังโหลด…', 'Loading…')}</p>;
  if ('error' in doc) return <p role="alert">{doc.error}</p>;
  const byTag = new Map<string, Array<{ method: string; path: string; op: Operation }>>();
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const tag = op.tags?.[0] ?? 'API';
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, op }]);
    }
  }
  return (
    <section>
      <p>
        {doc.info.description}{' '}
        <a href="/api/openapi.json" download="mind-desk-openapi.json">
          {say('ดาวน์โหลด OpenAPI (JSON)', 'Download the OpenAPI document (JSON)')}
        </a>
      </p>
      {[...byTag.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([tag, ops]) => (
          <details key={tag} style={{ margin: '8px 0' }}>
            <summary style={{ cursor: 'pointer', fontWeight: 600, fontSize: 16 }}>
              {tag} ({ops.length})
            </summary>
            {ops.map((o) => (
              <OperationView key={`${o.method} ${o.path}`} {...o} />
            ))}
          </details>
        ))}
    </section>
  );
}

const CLIENTS = '/content-manager/collection-types/api::open311-client.open311-client';

function Open311Keys() {
  const { get, post } = useFetchClient();
  const [clients, setClients] = React.useState<Client[] | null>(null);
  const [shown, setShown] = React.useState<{ name: string; key: string } | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const load = React.useCallback(() => {
    get<{ results: Client[] }>(`${CLIENTS}?page=1&pageSize=100&sort=name:ASC`)
      .then(({ data }) => setClients(data.results))
      .catch(() => setClients([]));
  }, [get]);
  React.useEffect(load, [load]);

  const act = async (client: Client, action: 'key' | 'revoke') => {
    const question =
      action === 'key'
        ? say('ออกคีย์ใหม่? คีย์เดิม (ถ้ามี) จะใช้ไม่ได้ทันที', 'Issue a new key? The current key, if any, stops working at once.')
        : say('เพิกถอนคีย์? จะใช้ไม่ได้อีก', 'Revoke the key? It will never work again.');
    if (!window.confirm(question)) return;
    setError(null);
    try {
      const { data } = await post<{ data: { key?: string } }>(
        `/admin/mind-integrations/open311-clients/${client.documentId}/${action}`,
        {},
      );
      if (data.data.key) setShown({ name: client.name, key: data.data.key });
      load();
    } catch (err) {
      setError((err as Error).message);
    }
  };

  if (clients === null) return <p>{say('กำลังโหลด…', 'Loading…')}</p>;
  return (
    <section>
      <p>
        {say(
          'เพิ่มหรือแก้ไขระบบ (ชื่อ ผู้ติดต่อ จำนวนเรื่องต่อช่วงเวลา) ใน Content Manager แล้วออกคีย์ที่นี่ คีย์แสดงครั้งเดียว ระบบเก็บเฉพาะแฮช',
          'Add or edit clients (name, contact, requests per window) in the Content Manager, then issue their key here. A key is shown once; only its hash is kept.',
        )}
      </p>
      {shown ? (
        <ShownOnce
          what={say('คีย์ใหม่ของ', 'New key for')}
          name={shown.name}
          value={shown.key}
          label="api_key"
          onClose={() => setShown(null)}
        />
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
      <table style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={cell}>{say('ระบบ', 'Client')}</th>
            <th style={cell}>{say('คีย์', 'Key')}</th>
            <th style={cell}>{say('จำกัด', 'Limit')}</th>
            <th style={cell} />
          </tr>
        </thead>
        <tbody>
          {clients.map((c) => (
            <tr key={c.documentId}>
              <td style={cell}>{c.name}</td>
              <td style={{ ...cell, ...mono }}>{c.keyPrefix && c.active ? `${c.keyPrefix}…` : say('ไม่มี / เพิกถอนแล้ว', 'none / revoked')}</td>
              <td style={cell}>
                {c.rateLimit || '∞'} / {c.rateWindowSeconds} s
              </td>
              <td style={cell}>
                <button type="button" onClick={() => act(c, 'key')}>
                  {c.keyPrefix ? say('เปลี่ยนคีย์', 'Rotate key') : say('ออกคีย์', 'Issue key')}
                </button>{' '}
                {c.keyPrefix && c.active ? (
                  <button type="button" onClick={() => act(c, 'revoke')}>
                    {say('เพิกถอน', 'Revoke')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export default function IntegrationsPage() {
  return (
    <Page.Main>
      <Layouts.Header
        title={say('การเชื่อมต่อระบบ', 'Integrations')}
        subtitle={say('เอกสาร API คีย์ Open311 และ webhook', 'API documentation, Open311 keys and webhooks')}
      />
      <Layouts.Content>
        <h2 style={{ fontSize: 18, fontWeight: 600, margin: '0 0 8px' }}>{say('คีย์ระบบที่ส่งเรื่องผ่าน Open311', 'Open311 client keys')}</h2>
        <Open311Keys />
        <h2 style={{ fontSize: 18, fontWeight: 600, margin: '24px 0 8px' }}>
          {say('รหัสลับของปลายทาง webhook', 'Webhook endpoint secrets')}
        </h2>
        <WebhookSecrets />
        <h2 style={{ fontSize: 18, fontWeight: 600, margin: '24px 0 8px' }}>
          {say('เอกสาร API (OpenAPI)', 'API documentation (OpenAPI)')}
        </h2>
        <ApiDocs />
      </Layouts.Content>
    </Page.Main>
  );
}
