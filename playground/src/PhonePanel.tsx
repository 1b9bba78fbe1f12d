import settings from 'virtual:verikit-playground';
import { type Delivery, MAGIC_NUMBERS } from '@verikit/sinch-emulator';
import { useEffect, useState } from 'react';

const KIND_LABELS: Record<Delivery['method'], string> = {
  sms: 'SMS',
  flashcall: 'Missed call',
  callout: 'Voice call',
  seamless: 'Mobile data',
  whatsapp: 'WhatsApp message',
};

const TEST_NUMBERS: ReadonlyArray<[string, string]> = [
  [MAGIC_NUMBERS.fixedCode, 'always code 1234'],
  [MAGIC_NUMBERS.smsDeliveryFailure, 'the SMS never arrives (calls do)'],
  [MAGIC_NUMBERS.velocityLimited, 'Sinch answers 429'],
  [MAGIC_NUMBERS.denied, 'Sinch refuses the number'],
  [MAGIC_NUMBERS.notEnoughCredit, 'Sinch: not enough credit'],
  [MAGIC_NUMBERS.internalError, 'Sinch answers 500'],
  [MAGIC_NUMBERS.unavailable, 'Sinch answers 503'],
  [MAGIC_NUMBERS.slow, 'every answer takes 3 s'],
  [MAGIC_NUMBERS.flashCallInfixFilter, 'missed call: the known digits sit inside the number'],
  [MAGIC_NUMBERS.noRoute, 'Sinch: no route to destination (422)'],
  [MAGIC_NUMBERS.failedPending, 'nothing arrives: FAIL / Failed pending'],
];

type Connection = 'connecting' | 'live' | 'lost';

/**
 * Dev only: a phone beside the page, showing live what the emulator delivered (the SMS text, the WhatsApp message,
 * the number of the missed call, the words of the voice call), so a person can finish every method by hand.
 */
export function PhonePanel() {
  const [deliveries, setDeliveries] = useState<Delivery[]>([]);
  const [connection, setConnection] = useState<Connection>('connecting');

  useEffect(() => {
    if (settings.mode !== 'emulator') return;
    const source = new EventSource(settings.inboxEventsUrl);
    source.onopen = () => setConnection('live');
    source.onerror = () => setConnection(source.readyState === EventSource.CLOSED ? 'lost' : 'connecting');
    source.addEventListener('delivery', (event) => {
      const delivery = JSON.parse((event as MessageEvent<string>).data) as Delivery;
      setDeliveries((current) =>
        current.some((known) => known.id === delivery.id) ? current : [delivery, ...current],
      );
    });
    return () => source.close();
  }, []);

  const clear = async () => {
    await fetch(`${settings.emulatorBaseUrl}/inbox`, { method: 'DELETE' });
    setDeliveries([]);
  };

  if (settings.mode === 'sinch')
    return (
      <aside className="phone-panel" aria-labelledby="phone-panel-title">
        <h2 id="phone-panel-title">Test phone</h2>
        <p>
          The playground talks to <strong>real Sinch</strong> (SINCH_APPLICATION_KEY is set): codes and calls
          go to real phones, and nothing shows here.
        </p>
      </aside>
    );

  return (
    <aside className="phone-panel" aria-labelledby="phone-panel-title">
      <h2 id="phone-panel-title">Test phone</h2>
      <p className="phone-panel__note">
        Dev only. What the embedded Sinch emulator delivered, newest first
        {connection === 'live' ? '' : connection === 'lost' ? ' (connection lost: reload)' : ' (connecting…)'}
        .
      </p>
      <ol className="phone-panel__inbox" aria-label="Emulator inbox" aria-live="polite">
        {deliveries.length === 0 ? <li className="phone-panel__empty">Nothing delivered yet.</li> : null}
        {deliveries.map((delivery) => (
          <li key={delivery.id} className="phone-panel__delivery" data-method={delivery.method}>
            <article aria-label={`${KIND_LABELS[delivery.method]} to ${delivery.to}`}>
              <h3>
                {KIND_LABELS[delivery.method]} to {delivery.to}
              </h3>
              <p>{delivery.text}</p>
              {delivery.code ? (
                <p>
                  Code: <strong className="phone-panel__code">{delivery.code}</strong>
                </p>
              ) : null}
              {delivery.cli ? (
                <p>
                  Caller: <strong className="phone-panel__code">{delivery.cli}</strong>
                </p>
              ) : null}
              <p className="phone-panel__time">
                <time dateTime={delivery.at}>{new Date(delivery.at).toLocaleTimeString()}</time>
              </p>
            </article>
          </li>
        ))}
      </ol>
      <button type="button" onClick={clear} disabled={deliveries.length === 0}>
        Clear inbox
      </button>
      <details className="phone-panel__numbers">
        <summary>Test numbers</summary>
        <dl>
          {TEST_NUMBERS.map(([number, behaviour]) => (
            <div key={number}>
              <dt>{number}</dt>
              <dd>{behaviour}</dd>
            </div>
          ))}
        </dl>
        <p>Any other valid number gets a random code.</p>
      </details>
    </aside>
  );
}
