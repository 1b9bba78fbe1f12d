export { HTTP_STATUS_BY_ERROR_CODE, type ProxyErrorOptions, proxyErrorResponse } from './proxyErrorResponse';
