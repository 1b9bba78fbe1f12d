import { defineConfig } from 'tsdown';
import { packageBuild } from '../../tsdown.shared';

export default defineConfig({
  ...packageBuild,
  entry: [
    'src/index.ts',
    'src/redis.ts',
    'src/node.ts',
    'src/express.ts',
    'src/next.ts',
    'src/hono.ts',
    'src/cli.ts',
  ],
});
