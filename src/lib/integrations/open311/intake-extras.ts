/**
 * What an Open311 POST carries beyond the intake's fields — the client's `media_url` and its answers to
 * the service's declared attributes — written by the intake with the complaint, so a complaint is never
 * stored without them.
 */
export interface Open311Extras {
  mediaUrl?: string;
  serviceAttributes?: Record<string, unknown>;
}
