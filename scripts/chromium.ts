import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, never a downloaded browser. The flags keep it off the network (this machine has none) and
 * quiet; `--no-sandbox` because CI runs as root.
 */
export function chromiumLaunchOptions() {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it with "apt-get install -y chromium" (as root), ` +
        'or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return {
    executablePath,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
