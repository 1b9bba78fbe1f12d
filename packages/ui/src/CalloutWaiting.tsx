import { CodeWaiting, type CodeWaitingProps } from './CodeWaiting';
import { flowMessages } from './i18n/flowMessages';
import { useLocalized } from './i18n/LocaleProvider';

export type CalloutWaitingProps = CodeWaitingProps;

/** The callout step: "we are calling you — listen for the code", the code field, countdown, call again, fallback. */
export function CalloutWaiting(props: CalloutWaitingProps) {
  const { t } = useLocalized(flowMessages);
  return <CodeWaiting {...props} method="callout" heading={t('callout.heading')} leadKey="callout.lead" />;
}
