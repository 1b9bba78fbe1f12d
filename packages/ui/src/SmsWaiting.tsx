import { CodeWaiting, type CodeWaitingProps } from './CodeWaiting';
import { flowMessages } from './i18n/flowMessages';
import { useLocalized } from './i18n/LocaleProvider';

export type SmsWaitingProps = CodeWaitingProps;

/** The SMS step: "enter the code we texted you", the code field (autofill and WebOTP), countdown, resend, fallback. */
export function SmsWaiting(props: SmsWaitingProps) {
  const { t } = useLocalized(flowMessages);
  return <CodeWaiting {...props} method="sms" heading={t('sms.heading')} leadKey="sms.lead" />;
}
