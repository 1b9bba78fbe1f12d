import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The emulator and the proxy run in Node route handlers; nothing of theirs needs bundling for the browser.
  serverExternalPackages: ['@verikit/sinch-emulator'],
};

export default nextConfig;
