import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';

/** Debian's Chromium (never a downloaded browser): CHROMIUM_PATH, else the usual install paths. */
export function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));
}

/**
 * Opens a local HTML file in Chromium with the network off, and lists every request that was not
 * for the file itself: a self-contained report makes none.
 */
export async function openOffline(executablePath: string, file: string): Promise<{ page: Page; external: () => string[]; close: () => Promise<void> }> {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const context = await browser.newContext({ offline: true });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const external: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) external.push(request.url());
  });
  await page.goto(pathToFileURL(file).href);
  return { page, external: () => [...external], close: () => browser.close() };
}
