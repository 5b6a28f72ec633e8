import { callForEntry, fingerprintOf, forwardCall, VISIT_NOTE } from '../../src/lib/integrations/traffy/calls';
import { traffyConfig } from '../../src/lib/integrations/traffy/config';
import { categoryFor, DEFAULT_STATUS_ROWS, stateFor, traffyStatusFor, type MappingRow } from '../../src/lib/integrations/traffy/mapping';
import { provinceNameIn } from '../../src/lib/integrations/traffy/inbound';
import { eventKeyOf, isForUs, parseWebhook, starsOf, traffyTime, verifyWebhookKey } from '../../src/lib/integrations/traffy/webhook';
import { tokenOf } from '../../src/lib/integrations/traffy/client';

const rows: MappingRow[] = [
  ...DEFAULT_STATUS_ROWS.map((r) => ({ kind: 'status' as const, ...r })),
  { kind: 'type', traffyId: 12, traffyName: 'กลิ่น', categoryCode: 'factory_odour' },
  { kind: 'type', traffyName: 'น้ำเสีย', categoryCode: 'wastewater' },
  { kind: 'type', traffyId: 99, traffyName: 'เลิกใช้', categoryCode: 'noise', active: false },
];

describe('Traffy webhooks (the published payloads)', () => {
  it('tells a new issue (POST), a status update (PATCH) and a chat (POST with event) apart', async () => {
    expect((await parseWebhook('POST', { ticket_id: '2026-ABCDEF', type_id: 12, photo: [], orgs: [{ org_id: 151 }] })).kind).toBe(
      'new_issue',
    );
    expect((await parseWebhook('PATCH', { ticket_id: '2026-ABCDEF', status: 'เสร็จสิ้น' })).kind).toBe('status_update');
    expect(await parseWebhook('POST', { event: 'rating', ticket_id: '2026-ABCDEF', comment: '4' })).toMatchObject({
      kind: 'chat',
      event: 'rating',
    });
  });

  it('refuses bad input with a 400 naming the field', async () => {
    await expect(parseWebhook('PATCH', { ticket_id: '2026-ABCDEF' })).rejects.toThrow(/status/);
    await expect(parseWebhook('POST', { ticket_id: 'a b' })).rejects.toThrow(/ticket_id/);
    await expect(parseWebhook('POST', { event: 'poke', ticket_id: 'X' })).rejects.toThrow(/event/);
    await expect(parseWebhook('POST', [])).rejects.toThrow(/body/);
  });

  it('keys each event once: the ticket, the chat id, or what a status update says', async () => {
    const a = await parseWebhook('PATCH', { ticket_id: 'T1', status: 'เสร็จสิ้น', note: 'x', timestamp: '2026-08-31 11:30:00.000000' });
    const b = await parseWebhook('PATCH', { ticket_id: 'T1', status: 'เสร็จสิ้น', note: 'y', timestamp: '2026-08-31 11:30:00.000000' });
    expect(eventKeyOf(a)).not.toBe(eventKeyOf(b));
    expect(eventKeyOf(await parseWebhook('POST', { ticket_id: 'T1' }))).toBe('in:new:T1');
    expect(eventKeyOf(await parseWebhook('POST', { event: 'chat', ticket_id: 'T1', message_comment_id: 7 }))).toBe('in:chat:7');
  });

  it('verifies the URL secret in constant time and takes only our organisations', () => {
    expect(verifyWebhookKey('s'.repeat(30), 's'.repeat(30))).toBe(true);
    expect(verifyWebhookKey('s'.repeat(29), 's'.repeat(30))).toBe(false);
    expect(verifyWebhookKey(undefined, 's')).toBe(false);
    expect(isForUs({ kind: 'new_issue', ticket_id: 'T', photo: [], orgs: [{ org_id: 5 }, { org_id: 151 }] }, [151])).toBe(true);
    expect(isForUs({ kind: 'new_issue', ticket_id: 'T', photo: [], orgs: [{ org_id: 5 }] }, [151])).toBe(false);
  });

  it('reads Traffy times (UTC+7), ratings and the province of a Thai address', () => {
    expect(traffyTime('2026-08-31 10:00:00.000000')?.toISOString()).toBe('2026-08-31T03:00:00.000Z');
    expect(traffyTime('yesterday')).toBeUndefined();
    expect([starsOf('5'), starsOf('ให้ 4 ดาว'), starsOf('ดีมาก'), starsOf('9')]).toEqual([5, 4, null, null]);
    expect(provinceNameIn('112 ถ.พหลโยธิน ต.คลองหนึ่ง อ.คลองหลวง จ.ปทุมธานี')).toBe('ปทุมธานี');
    expect(provinceNameIn('เขตบางรัก กรุงเทพฯ')).toBe('กรุงเทพมหานคร');
    expect(provinceNameIn(undefined)).toBeNull();
  });
});

describe('Traffy mapping (administrator-edited rows)', () => {
  it('maps a type by id, then by name, else the fallback; inactive rows are ignored', () => {
    expect(categoryFor(rows, { id: 12, name: 'อื่น' }, 'other')).toBe('factory_odour');
    expect(categoryFor(rows, { id: 1, name: ' น้ำเสีย ' }, 'other')).toBe('wastewater');
    expect(categoryFor(rows, { id: 99, name: 'เลิกใช้' }, 'other')).toBe('other');
  });

  it('maps statuses both ways', () => {
    expect(stateFor(rows, 'เสร็จสิ้น')).toBe('resolved');
    expect(stateFor(rows, 'ส่งต่อ')).toBeNull();
    expect(traffyStatusFor(rows, 'closed')).toEqual({ id: null, name: 'เสร็จสิ้น' });
    expect(traffyStatusFor([{ kind: 'status', traffyId: 3, traffyName: 'เสร็จสิ้น', state: 'resolved' }], 'resolved')).toEqual({
      id: 3,
      name: 'เสร็จสิ้น',
    });
  });
});

describe('what MIND Desk tells Traffy', () => {
  const c = { ticketId: '2026-ABCDEF', state: 'assigned' };
  it('a public status change is an update-issue (PATCH) with the mapped status and the note', () => {
    const call = callForEntry(
      { documentId: 'e1', kind: 'status_change', toStatus: 'resolved', note: 'แก้ไขแล้ว', visibility: 'public' },
      c,
      rows,
    );
    expect(call).toMatchObject({
      method: 'PATCH',
      path: '/update-issue/v1',
      body: { ticket_id: '2026-ABCDEF', state_name: 'เสร็จสิ้น', note: 'แก้ไขแล้ว', noti_reporter: true },
    });
    expect(call!.fingerprint).toBe(fingerprintOf('2026-ABCDEF', 'status:เสร็จสิ้น', 'แก้ไขแล้ว'));
  });

  it('a status change without a note says the status in Thai (update-issue requires a note)', () => {
    const call = callForEntry({ documentId: 'e1', kind: 'status_change', toStatus: 'in_progress', visibility: 'public' }, c, rows);
    expect(call!.body.note).toBe('กำลังดำเนินการ');
  });

  it('a public note is a chat; an internal one stays here', () => {
    expect(callForEntry({ documentId: 'e2', kind: 'note', note: 'สวัสดี', visibility: 'public' }, c, rows)).toMatchObject({
      method: 'POST',
      path: '/comment/v1',
      body: { comment: 'สวัสดี', comment_type: 'chat' },
    });
    expect(callForEntry({ documentId: 'e3', kind: 'note', note: 'ลับ', visibility: 'internal' }, c, rows)).toBeNull();
    expect(callForEntry({ documentId: 'e4', kind: 'access', visibility: 'public' }, c, rows)).toBeNull();
  });

  it("a field visit sends its photos with a fixed sentence, never the visit's internal note", () => {
    const call = callForEntry({ documentId: 'e5', kind: 'field_visit', note: 'ภายใน', visibility: 'internal' }, c, rows, [
      'https://x/a.png',
    ]);
    expect(call!.body).toMatchObject({ state_name: 'กำลังดำเนินการ', note: VISIT_NOTE, photo: ['https://x/a.png'] });
  });

  it('a state without a mapping is told as a chat', () => {
    expect(callForEntry({ documentId: 'e6', kind: 'status_change', toStatus: 'triaged', visibility: 'public' }, c, [])).toMatchObject({
      path: '/comment/v1',
      body: { comment: 'คัดกรองแล้ว: คัดกรองแล้ว' },
    });
  });

  it('a forward names the origin, the organisations and the scenario', () => {
    expect(forwardCall('T', 151, [1302], 2, 'ส่งต่อ').body).toMatchObject({ origin_group: 151, destination_group: [1302], scenario: 2 });
  });
});

describe('configuration and the token', () => {
  it('is off unless TRAFFY_ENABLED=true, and names every missing setting when on', () => {
    expect(traffyConfig({})).toEqual({ enabled: false });
    expect(() => traffyConfig({ TRAFFY_ENABLED: 'true' })).toThrow(/TRAFFY_USER.*TRAFFY_PASS.*TRAFFY_WEBHOOK_SECRET.*TRAFFY_ORG_IDS/);
    const on = traffyConfig({
      TRAFFY_ENABLED: 'true',
      TRAFFY_USER: 'u',
      TRAFFY_PASS: 'p',
      TRAFFY_WEBHOOK_SECRET: 'x'.repeat(24),
      TRAFFY_ORG_IDS: '151, 152',
    });
    expect(on).toMatchObject({ enabled: true, baseUrl: 'https://publicapi.traffy.in.th/exchange-api', orgIds: [151, 152], perMinute: 20 });
  });

  it("reads get-auth's token and keeps it until five minutes before it expires", () => {
    const now = Date.parse('2026-10-12T11:00:00Z');
    const t = tokenOf({ status: 'success', results: { token: 'abc', expire_timestamp: '2026-10-12 19:06:12' } }, now);
    expect(t).toEqual({ value: 'abc', until: Date.parse('2026-10-12T12:01:12Z') });
    expect(tokenOf({ results: [{ token: 'old' }] }, now).value).toBe('old');
    expect(() => tokenOf({ status: 'fail', message: 'Invalid user or pass', results: [] }, now)).toThrow(/Invalid user or pass/);
  });
});
