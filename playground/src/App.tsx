import { Countdown } from '@verikit/ui';

export function App() {
  return (
    <main className="playground">
      <h1>Create your account</h1>
      <p>
        Phone verification runs against the embedded Sinch emulator. The code arrives in about{' '}
        <Countdown secondsLeft={30} aria-label="Expected delivery time" />.
      </p>
    </main>
  );
}
