/**
 * The bridge's settings, from the environment. Off unless TRAFFY_ENABLED=true; switched on with a
 * setting missing, the start stops naming it (a bridge that silently drops LINE complaints is worse).
 */
export interface TraffyConfig {
  enabled: true;
  /** the Exchange API, e.g. https://publicapi.traffy.in.th/exchange-api (no trailing slash) */
  baseUrl: string;
  /** get-auth credentials (docs/authentication.md) */
  user: string;
  pass: string;
  /** the secret path segment of the webhook URL registered with Traffy */
  webhookSecret: string;
  /** the ministry's organisations in Traffy; the first is ours (origin of forwards, sender of our chats) */
  orgIds: number[];
  /** the category of a Traffy type without a mapping */
  defaultCategory: string;
  /** outbound calls per minute (the monthly credit is Traffy's quota) */
  perMinute: number;
}

export type TraffySettings = TraffyConfig | { enabled: false };

const DEFAULT_BASE_URL = 'https://publicapi.traffy.in.th/exchange-api';
const MIN_SECRET = 24;

/** Reads the settings; throws one message naming every missing or bad variable when switched on. */
export function traffyConfig(env: NodeJS.ProcessEnv = process.env): TraffySettings {
  if ((env.TRAFFY_ENABLED ?? '').toLowerCase() !== 'true') return { enabled: false };
  const problems: string[] = [];
  const baseUrl = (env.TRAFFY_BASE_URL || DEFAULT_BASE_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/\S+$/.test(baseUrl)) problems.push('TRAFFY_BASE_URL must be an http(s) URL');
  const user = env.TRAFFY_USER ?? '';
  const pass = env.TRAFFY_PASS ?? '';
  if (!user) problems.push('TRAFFY_USER is required');
  if (!pass) problems.push('TRAFFY_PASS is required');
  const webhookSecret = env.TRAFFY_WEBHOOK_SECRET ?? '';
  if (webhookSecret.length < MIN_SECRET || !/^[A-Za-z0-9_-]+$/.test(webhookSecret)) {
    problems.push(`TRAFFY_WEBHOOK_SECRET must be at least ${MIN_SECRET} letters, digits, "-" or "_"`);
  }
  const orgIds = (env.TRAFFY_ORG_IDS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number);
  if (!orgIds.length || orgIds.some((n) => !Number.isInteger(n) || n <= 0)) {
    problems.push('TRAFFY_ORG_IDS must list the organisation ids in Traffy, comma-separated (ours first)');
  }
  const perMinute = Number(env.TRAFFY_CALLS_PER_MINUTE ?? 20);
  if (!Number.isInteger(perMinute) || perMinute < 1) problems.push('TRAFFY_CALLS_PER_MINUTE must be a positive whole number');
  if (problems.length) throw new Error(`Traffy bridge (TRAFFY_ENABLED=true): ${problems.join('; ')}`);
  return {
    enabled: true,
    baseUrl,
    user,
    pass,
    webhookSecret,
    orgIds,
    defaultCategory: env.TRAFFY_DEFAULT_CATEGORY || 'factory_odour',
    perMinute,
  };
}
