export * from './proxyContract';
export * from './wire';
