// Package check: each built entry given must open with the 'use client' directive, so a React Server Components app
// (Next.js App Router) can import the package from a server component. A bundler that drops or moves the directive
// makes every hook throw there at run time, which no other check would notice.
import { readFileSync } from 'node:fs';

const entries = process.argv.slice(2);
if (entries.length === 0) {
  console.error('usage: node check-client-directive.mjs <built entry>...');
  process.exit(2);
}
const missing = entries.filter((entry) => !/^\s*(['"])use client\1;?/.test(readFileSync(entry, 'utf8')));
if (missing.length > 0) {
  console.error(`'use client' is not the first statement of: ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`'use client' opens ${entries.join(', ')}`);
