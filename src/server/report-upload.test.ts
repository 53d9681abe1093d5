import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CJK_FONT_INSTALL, hasCjkFont, photograph, renderPage, renderPdf } from '../report/intake/testing/render.js';
import { createFixtureServices } from '../../test/helpers/server-fixtures.js';
import { REQUIRE_SYSTEM_BINARIES } from '../../test/helpers/system-binary.js';
import { closeOcr } from '../report/intake/ocr.js';
import { OCR_INSTALL, ocrUnavailableReason } from '../report/intake/ocr-extra.js';
import { interpretReport } from '../report/interpret.js';
import { createApp } from './app.js';
import { REPORT_MAX_FILE_MB } from './routes/report.js';

/** A multipart/form-data body with one file part (and optional text fields). */
function multipart(file: { bytes: Uint8Array; name: string; type: string; field?: string }, fields: Record<string, string> = {}) {
  const boundary = '----quarkmedtest7MA4YWxkTrZu0gW';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    Buffer.from(file.bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const REPORT = 'Test  Result  Unit  Reference\nHemoglobin   95   g/L   130-175\nPotassium   6.8   mmol/L   3.5-5.3\nALT   65   U/L   9-50';

describe('report upload (multipart)', () => {
  let app: Awaited<ReturnType<typeof createApp>>;
  beforeAll(async () => {
    app = await createApp({
      services: await createFixtureServices('none', { interpretReport: (t, o) => interpretReport(t, o) }),
      logger: false,
      webRoot: null,
    });
  });
  afterAll(async () => {
    await app.close();
    await closeOcr();
  });

  it('interprets an uploaded PDF like pasted text, and says what was read', async () => {
    const pdf = await renderPdf(REPORT);
    const r = await app.inject({
      method: 'POST',
      url: '/api/report/interpret',
      ...multipart({ bytes: pdf, name: 'report.pdf', type: 'application/pdf' }, { locale: 'en-US' }),
    });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.document).toMatchObject({ name: 'report.pdf', kind: 'pdf-text', pages: 1 });
    expect(body.report.results.map((x: { code: string; flag: string }) => `${x.code}:${x.flag}`)).toEqual(['hgb:low', 'k:critical-high', 'alt:high']);
    expect(body.answer.answer).toBeTruthy();
    const text = await app.inject({ method: 'POST', url: '/api/report/interpret', payload: { text: REPORT } });
    expect(text.json().report.results.map((x: { flag: string }) => x.flag)).toEqual(['low', 'critical-high', 'high']);
  });

  it('answers 413 for a file over the limit, 415 with the accepted types for other files, 400 without a file', async () => {
    const big = new Uint8Array(REPORT_MAX_FILE_MB * 1024 * 1024 + 10);
    big.set([0x25, 0x50, 0x44, 0x46]);
    const tooLarge = await app.inject({
      method: 'POST',
      url: '/api/report/interpret',
      ...multipart({ bytes: big, name: 'huge.pdf', type: 'application/pdf' }),
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.message).toMatch(new RegExp(`larger than ${REPORT_MAX_FILE_MB} MB`));
    const zip = await app.inject({
      method: 'POST',
      url: '/api/report/interpret',
      ...multipart({ bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), name: 'r.zip', type: 'application/zip' }),
    });
    expect(zip.statusCode).toBe(415);
    expect(zip.json().error.message).toMatch(/application\/pdf.*image\/png.*image\/jpeg/);
    const heic = await app.inject({
      method: 'POST',
      url: '/api/report/recognize',
      ...multipart({ bytes: new TextEncoder().encode('\0\0\0\x18ftypheic\0\0\0\0\0\0'), name: 'IMG_2.HEIC', type: 'application/octet-stream' }),
    });
    expect(heic.statusCode).toBe(415);
    expect(heic.json().error.message).toMatch(/HEIC/);
    const noFile = await app.inject({
      method: 'POST',
      url: '/api/report/interpret',
      ...multipart({ bytes: new Uint8Array([1]), name: 'x', type: 'text/plain', field: 'other' }),
    });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.message).toMatch(/"file" field/);
  });

  it.skipIf((!hasCjkFont() || ocrUnavailableReason() !== undefined) && !REQUIRE_SYSTEM_BINARIES)(
    `recognises a phone photo for correction before interpretation (needs the CJK font: ${CJK_FONT_INSTALL}; and the OCR extra: ${OCR_INSTALL})`,
    async () => {
      const jpeg = photograph(renderPage(REPORT), { seed: 5 });
      const r = await app.inject({ method: 'POST', url: '/api/report/recognize', ...multipart({ bytes: jpeg, name: 'IMG_1.jpg', type: 'image/jpeg' }) });
      expect(r.statusCode).toBe(200);
      const body = r.json();
      expect(body.document.kind).toBe('image-ocr');
      expect(body.document.text).toMatch(/Hemoglobin/);
      expect(
        body.report.results.map(
          (x: { code: string; read?: { status: string }; valueText: string }) => `${x.code}=${x.read?.status === 'unreadable' ? '?' : x.valueText}`,
        ),
      ).toEqual(['hgb=95', 'k=6.8', 'alt=65']);
    },
    180_000,
  );
});
