import { verification } from '@/lib/verification';

/**
 * The embedded emulator's own routes, for development and tests: `GET /api/sinch-emulator/emulator/inbox/{e164}`
 * is what a phone received (the SMS code), `POST /api/sinch-emulator/emulator/faults` injects faults. Not there on
 * real Sinch.
 */
function emulatorRoute(request: Request): Promise<Response> | Response {
  const { emulator } = verification();
  if (!emulator) return Response.json({ error: 'not_emulated' }, { status: 404 });
  return emulator.fetch(request);
}

export { emulatorRoute as DELETE, emulatorRoute as GET, emulatorRoute as POST, emulatorRoute as PUT };
