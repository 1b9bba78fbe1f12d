'use client';

export { useLatestCallback } from './useLatestCallback';
