import PDFDocument from 'pdfkit';
import type { BreachNotice } from './notice';

// Sarabun, as the volunteer certificate uses it (src/lib/volunteers/certificate-pdf.ts)
const FONT = require.resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf');

/** The notice as an A4 PDF to sign and send: the Thai text on the first page(s), the English after. */
export function renderNoticePdf(notice: BreachNotice): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 64,
    info: { Title: notice.subject.th, Subject: notice.subject.en, Author: 'MIND Desk' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('th', FONT);
  doc.registerFont('th-bold', FONT_BOLD);
  const width = doc.page.width - 128;
  const page = (label: string, subject: string, text: string) => {
    doc.font('th').fontSize(12).text('กองตรวจราชการ สำนักงานปลัดกระทรวงอุตสาหกรรม', { align: 'right', width });
    doc.moveDown(1);
    doc.font('th-bold').fontSize(16).text(`${label} ${subject}`, { width });
    doc.moveDown(0.8);
    // the text repeats the subject line first (./notice.ts): the body starts after it
    const body = text.split('\n').slice(2).join('\n');
    doc.font('th').fontSize(14).text(body, { width, lineGap: 2 });
  };
  page('เรื่อง', notice.subject.th, notice.th);
  doc.addPage();
  page('Subject:', notice.subject.en, notice.en);
  doc.end();
  return done;
}
