import { CodeWaiting, type CodeWaitingProps } from './CodeWaiting';
import { flowMessages } from './i18n/flowMessages';
import { useLocalized } from './i18n/LocaleProvider';

export type WhatsAppWaitingProps = CodeWaitingProps;

/** The WhatsApp step: "we sent a code on WhatsApp", the code field, countdown, send again, change number, fallback. */
export function WhatsAppWaiting(props: WhatsAppWaitingProps) {
  const { t } = useLocalized(flowMessages);
  return <CodeWaiting {...props} method="whatsapp" heading={t('whatsapp.heading')} leadKey="whatsapp.lead" />;
}
