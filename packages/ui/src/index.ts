export { Countdown, type CountdownProps } from './Countdown';
export { formatDuration } from './formatDuration';
