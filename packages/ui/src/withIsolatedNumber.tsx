import { Fragment, type ReactNode } from 'react';

/** Stands in for the phone number while a message is formatted (a private-use character no message contains). */
export const NUMBER_SLOT = '\uE000';

/**
 * A message formatted with `{phone}` set to `NUMBER_SLOT`, with the number put back as a left-to-right isolate
 * (`<bdi dir="ltr">`): in Arabic or Hebrew text, `+46 70 000 01 00` keeps its `+` in front and its groups in order.
 */
export function withIsolatedNumber(message: string, number: string, className?: string): ReactNode {
  const [first = '', ...rest] = message.split(NUMBER_SLOT);
  if (rest.length === 0) return message;
  return (
    <>
      {first}
      {rest.map((text, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one message never reorder.
        <Fragment key={index}>
          <bdi dir="ltr" className={className} data-vk-phone-number="">
            {number}
          </bdi>
          {text}
        </Fragment>
      ))}
    </>
  );
}
