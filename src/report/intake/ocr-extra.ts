// OCR is an optional extra: tesseract.js, its Chinese/English language data and @napi-rs/canvas (image decoding and
// preprocessing, rendering scanned PDF pages) are installed by `npm run ocr:install`, not by `npm ci` — the default
// install stays small, pasted text and PDFs with a text layer need none of them. A missing module is a clear
// REPORT_OCR_UNAVAILABLE naming the install command, never a crash at start-up (the modules load only on first use).
import { createRequire } from 'node:module';
import { interpretErrors } from '../interpret-errors.js';

/** The command that installs the OCR extra. */
export const OCR_INSTALL = 'npm run ocr:install';

/** The packages of the OCR extra (versions pinned in bin/install-extras.js). */
export const OCR_PACKAGES = ['tesseract.js', '@tesseract.js-data/chi_sim', '@tesseract.js-data/eng', '@napi-rs/canvas'] as const;

/** Which OCR packages cannot be resolved from here (empty when the extra is installed). */
export function missingOcrPackages(): string[] {
  const require = createRequire(import.meta.url);
  return OCR_PACKAGES.filter((p) => {
    try {
      require.resolve(`${p}/package.json`);
      return false;
    } catch {
      return true;
    }
  });
}

/** "tesseract.js, @tesseract.js-data/eng not installed — install: npm run ocr:install", or undefined when installed. */
export function ocrUnavailableReason(): string | undefined {
  const missing = missingOcrPackages();
  return missing.length ? `the OCR extra (${missing.join(', ')}) is not installed — install: ${OCR_INSTALL}` : undefined;
}

/** Import an optional OCR module; a missing one is REPORT_OCR_UNAVAILABLE naming the install command. */
export async function importOcrModule<T>(name: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw interpretErrors.REPORT_OCR_UNAVAILABLE({ reason: `${name} is not installed (${why}) — install: ${OCR_INSTALL}` }, { cause: err });
  }
}
