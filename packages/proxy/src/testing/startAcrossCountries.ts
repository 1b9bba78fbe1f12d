/** Mobiles of six countries (Germany, France, Brazil, India, Australia, New Zealand). */
const SPREAD = [
  '+4915123456789',
  '+33612345678',
  '+5511987654321',
  '+919876543210',
  '+61412345678',
  '+64211234567',
];

/**
 * A botnet spread over every country: three rounds over the six, a fresh number each time. Resolves with the status
 * of each start, in order.
 */
export async function startAcrossCountries(
  start: (endpoint: string) => Promise<{ status: number }>,
): Promise<number[]> {
  const answers: number[] = [];
  for (let round = 0; round < 3; round++)
    for (const number of SPREAD) answers.push((await start(number.slice(0, -2) + String(10 + round))).status);
  return answers;
}
