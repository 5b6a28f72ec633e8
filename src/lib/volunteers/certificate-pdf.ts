import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { certificateWording, type CertificateStatement } from './certificates';
import { formatThaiDate } from '../platform/thai-date';

// Sarabun (SIL Open Font License), shipped in an npm package: the server needs no system Thai font
const FONT = require.resolve('@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf');

/**
 * The certificate as an A4 PDF: Thai wording with Buddhist-era dates, the yearly certificate's
 * activities, the code, and a QR code of the verification page (the URL is printed too, for whoever
 * types it). The PDF's metadata carries the code and the URL.
 */
export async function renderCertificatePdf(c: CertificateStatement, verifyUrl: string): Promise<Buffer> {
  const wording = certificateWording(c);
  const qr = await QRCode.toBuffer(verifyUrl, { margin: 1, width: 240, errorCorrectionLevel: 'M' });
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${wording.title} ${c.code}`, Subject: verifyUrl, Keywords: c.code, Author: 'MIND Desk' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('th', FONT);
  doc.registerFont('th-bold', FONT_BOLD);
  const width = doc.page.width - 112;

  doc.font('th').fontSize(13).text('กองตรวจราชการ สำนักงานปลัดกระทรวงอุตสาหกรรม', { align: 'center', width });
  doc.moveDown(0.5);
  doc.font('th-bold').fontSize(26).text(wording.title, { align: 'center', width });
  doc.font('th').fontSize(12).text('Certificate of volunteer hours', { align: 'center', width });
  doc.moveDown(1.5);
  for (const line of wording.body) doc.font('th').fontSize(18).text(line, { align: 'center', width });
  if (c.scope === 'year' && c.lines?.length) {
    doc.moveDown(1);
    for (const l of c.lines.slice(0, 25)) {
      doc
        .font('th')
        .fontSize(11)
        .text(`${formatThaiDate(l.startAt)}  ${l.title}  ${l.hours} ชั่วโมง`, { width });
    }
    if (c.lines.length > 25)
      doc
        .font('th')
        .fontSize(11)
        .text(`และอีก ${c.lines.length - 25} กิจกรรม`, { width });
  }
  doc.moveDown(1.5);
  doc.font('th').fontSize(14).text(wording.issued, { align: 'center', width });
  if (c.state === 'revoked') doc.font('th-bold').fontSize(16).fillColor('#b00020').text('เพิกถอนแล้ว / REVOKED', { align: 'center', width });
  doc.fillColor('black');

  const qrSize = 110;
  const y = doc.page.height - 56 - qrSize - 10;
  doc.image(qr, 56, y, { width: qrSize });
  doc
    .font('th')
    .fontSize(11)
    .text(`เลขที่ใบรับรอง ${c.code}`, 56 + qrSize + 16, y + 20, { width: width - qrSize - 16 })
    .text('ตรวจสอบความถูกต้องได้ที่ / Verify at', { width: width - qrSize - 16 })
    .text(verifyUrl, { width: width - qrSize - 16 });
  doc.end();
  return done;
}
