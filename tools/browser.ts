/** Launches Debian's Chromium through playwright-core with the flags this environment needs. */
import { chromium, type Browser } from 'playwright-core';
import { programPath } from './test-deps.ts';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: programPath('Chromium'),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
