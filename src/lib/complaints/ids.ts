import { randomInt } from 'crypto';

/** No 0/O, 1/I/L: codes are read aloud over the phone and typed from paper. */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const TRACKING_LENGTH = 12;

export function generateTrackingCode(): string {
  let code = '';
  for (let i = 0; i < TRACKING_LENGTH; i++) code += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
  return code;
}

/** Accepts what people type: lower case, spaces and dashes. */
export function normaliseTrackingCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function formatTicketNumber(beYear: number, sequence: number): string {
  return `CMP-${beYear}-${String(sequence).padStart(6, '0')}`;
}
