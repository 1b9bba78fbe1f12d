import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: [
    'src/index.ts',
    'src/redis.ts',
    'src/node.ts',
    'src/express.ts',
    'src/next.ts',
    'src/hono.ts',
    'src/cli.ts',
  ],
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
});
