import { createNextRouteHandlers } from '@verikit/proxy/next';
import { verification } from '@/lib/verification';

// The browser's verification client calls these: start, report a code, read the status.
export const { GET, POST, PUT, OPTIONS } = createNextRouteHandlers(verification().proxy);
