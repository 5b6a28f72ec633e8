/* Reads a PDF (stdin) back as a person would and prints {text, info} as JSON. A child process because
 * pdf.js loads its worker by dynamic import, which jest's module sandbox does not allow. */
const { PDFParse } = require('pdf-parse');

const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  const text = (await parser.getText()).text;
  const info = (await parser.getInfo()).info;
  await parser.destroy();
  process.stdout.write(JSON.stringify({ text, info }));
});
