/**
 * Contact data as every response shows it until someone reveals it with a reason (reveal.ts): enough to
 * tell two people apart on a list or call the right one back after a reveal, not enough to reach them.
 *
 *   maskPhone('081-234-5678')              → '08x-xxx-5678'
 *   maskEmail('somsri@example.com')        → 's••••@example.com'
 *   maskName('สมชาย ใจดี')                  → 'สมชาย ใ.'
 *   maskNationalId('1234567890123')        → 'x-xxxx-xxxxx-12-3'
 */

const blank = (v: unknown): v is null | undefined | '' => v === null || v === undefined || v === '';

export function maskPhone(value: unknown): string | null {
  if (blank(value)) return null;
  const digits = String(value).replace(/\D/g, '');
  if (digits.length < 6) return 'xxx';
  return `${digits.slice(0, 2)}x-xxx-${digits.slice(-4)}`;
}

export function maskEmail(value: unknown): string | null {
  if (blank(value)) return null;
  const s = String(value);
  const at = s.lastIndexOf('@');
  if (at < 1) return '••••';
  return `${Array.from(s.slice(0, at))[0]}••••${s.slice(at)}`;
}

/** First name, then the surname's first letter (a Thai tone or vowel mark stays with its consonant). */
export function maskName(value: unknown): string | null {
  if (blank(value)) return null;
  const [first, ...rest] = String(value).trim().split(/\s+/);
  if (!rest.length) return `${Array.from(first)[0]}•••`;
  const initial = rest[rest.length - 1].match(/^.[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]*/u)?.[0] ?? '';
  return `${first} ${initial}.`;
}

export function maskNationalId(value: unknown): string | null {
  if (blank(value)) return null;
  const digits = String(value).replace(/\D/g, '');
  if (digits.length < 3) return 'x';
  return `x-xxxx-xxxxx-${digits.slice(-3, -1)}-${digits.slice(-1)}`;
}

/** A complainant component ({ name, phone, email }) as shown by default. */
export function maskComplainant<T extends Record<string, unknown> | null | undefined>(c: T): T {
  if (!c) return c;
  return { ...c, name: maskName(c.name), phone: maskPhone(c.phone), email: maskEmail(c.email) } as T;
}

/** A volunteer's contact fields on `item` masked in place (the item's other fields untouched). */
export function maskVolunteerContact(item: Record<string, unknown>): void {
  item.phone = maskPhone(item.phone);
  item.email = maskEmail(item.email);
  item.nationalId = maskNationalId(item.nationalId);
}
