import { defineConfig } from 'vite';
import { playgroundConfig } from './server/playgroundConfig.ts';

export default defineConfig(playgroundConfig());
