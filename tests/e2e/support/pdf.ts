import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';

/** The page as Chromium prints it to a Letter PDF: the text of each printed page. */
export async function printedPages(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'Letter', printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text;
}
