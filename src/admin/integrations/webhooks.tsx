import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { cell, mono, say, ShownOnce } from './shared';

/**
 * Webhook endpoints on the integrations page: each endpoint's secret is issued or rotated here (server:
 * POST /admin/mind-webhooks/endpoints/:id/secret, src/lib/integrations/webhooks/secrets.ts) and shown once.
 * The endpoints themselves (address, events, active) are edited in the Content Manager.
 */
interface Endpoint {
  documentId: string;
  name: string;
  url: string;
  active: boolean | null;
  secretPrefix?: string | null;
}

const ENDPOINTS = '/content-manager/collection-types/api::webhook-endpoint.webhook-endpoint';

export function WebhookSecrets() {
  const { get, post } = useFetchClient();
  const [endpoints, setEndpoints] = React.useState<Endpoint[] | null>(null);
  const [shown, setShown] = React.useState<{ name: string; secret: string } | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const load = React.useCallback(() => {
    get<{ results: Endpoint[] }>(`${ENDPOINTS}?page=1&pageSize=100&sort=name:ASC`)
      .then(({ data }) => setEndpoints(data.results))
      .catch(() => setEndpoints([]));
  }, [get]);
  React.useEffect(load, [load]);

  const issue = async (endpoint: Endpoint) => {
    const question = endpoint.secretPrefix
      ? say('เปลี่ยนรหัสลับ? รหัสเดิมจะใช้ตรวจลายเซ็นไม่ได้ทันที', 'Rotate the secret? Deliveries are signed with the new one at once.')
      : say('ออกรหัสลับ? ปลายทางจะเริ่มได้รับเหตุการณ์', 'Issue the secret? The endpoint starts receiving events.');
    if (!window.confirm(question)) return;
    setError(null);
    try {
      const { data } = await post<{ data: { secret: string } }>(`/admin/mind-webhooks/endpoints/${endpoint.documentId}/secret`, {});
      setShown({ name: endpoint.name, secret: data.data.secret });
      load();
    } catch (err) {
      setError((err as Error).message);
    }
  };

  if (endpoints === null) return <p>{say('กำลังโหลด…', 'Loading…')}</p>;
  return (
    <section>
      <p>
        {say(
          'เพิ่มหรือแก้ไขปลายทาง (ที่อยู่ เหตุการณ์ที่ต้องการ ใช้งาน) ใน Content Manager แล้วออกรหัสลับที่นี่ รหัสลับแสดงครั้งเดียว ใช้ตรวจลายเซ็น X-MIND-Signature',
          'Add or edit endpoints (address, events, active) in the Content Manager, then issue their secret here. It is shown once; receivers check X-MIND-Signature with it.',
        )}
      </p>
      {shown ? (
        <ShownOnce
          what={say('รหัสลับใหม่ของ', 'New secret for')}
          name={shown.name}
          value={shown.secret}
          label="webhook secret"
          onClose={() => setShown(null)}
        />
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
      <table style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={cell}>{say('ปลายทาง', 'Endpoint')}</th>
            <th style={cell}>{say('ที่อยู่', 'URL')}</th>
            <th style={cell}>{say('รหัสลับ', 'Secret')}</th>
            <th style={cell} />
          </tr>
        </thead>
        <tbody>
          {endpoints.map((e) => (
            <tr key={e.documentId}>
              <td style={cell}>
                {e.name}
                {e.active === false ? ` (${say('ระงับ', 'inactive')})` : ''}
              </td>
              <td style={{ ...cell, ...mono }}>{e.url}</td>
              <td style={{ ...cell, ...mono }}>{e.secretPrefix ? `${e.secretPrefix}…` : say('ยังไม่มี', 'none yet')}</td>
              <td style={cell}>
                <button type="button" onClick={() => issue(e)}>
                  {e.secretPrefix ? say('เปลี่ยนรหัสลับ', 'Rotate secret') : say('ออกรหัสลับ', 'Issue secret')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
