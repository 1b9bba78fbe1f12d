// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OtpInput } from './OtpInput';

describe('OtpInput on the server', () => {
  it('renders one labelled one-time-code field and its slots without a browser', () => {
    const html = renderToString(<OtpInput length={4} defaultValue="12" />);
    expect(html).toMatch(/autocomplete="one-time-code"/i);
    expect(html.match(/data-vk-otp-slot/g)).toHaveLength(4);
    expect(html).toContain('>Verification code</label>');
    expect(html).toContain('value="12"');
  });
});
