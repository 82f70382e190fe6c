/** Post-processing of generated report files. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Allure 3's report page loads Google Analytics (hard-coded in its template). A report handed to a
 * vendor or kept offline must not call home: remove the script tags that do.
 */
export function stripAnalytics(indexHtml: string): void {
  if (!existsSync(indexHtml)) return;
  const html = readFileSync(indexHtml, 'utf8');
  const stripped = html
    .replace(/<script[^>]*src="https:\/\/www\.googletagmanager\.com\/[^"]*"[^>]*><\/script>/g, '')
    .replace(/<script>\s*window\.dataLayer = window\.dataLayer[\s\S]*?<\/script>/g, '');
  if (stripped !== html) writeFileSync(indexHtml, stripped);
}

