export { httpStatusOf, sinchErrorResponse } from './sinchErrorResponse';
