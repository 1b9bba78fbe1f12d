// Budgets in min+gz bytes, peers external. `pnpm bench:size` compares the same figures with the peers side by side.
const peers = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];

/** Leaves @verikit/core/phone's lazily imported numbering plans out of the bundle: what a page loads up front. */
function withoutPhonePlans(config) {
  return withExternal(config, /[\\/]groups[\\/]\d+(\.js)?$/);
}

/**
 * Leaves out the plans and libphonenumber-js's engine too (it loads with the first plan, after mount), and the
 * drop-in's bot-check step (loaded only when a proxy asks for a bot check).
 */
function withoutPhonePlansAndEngine(config) {
  return withExternal(
    config,
    /[\\/]groups[\\/]\d+(\.js)?$|[\\/]phoneEngine(\.js)?$|[\\/]BotCheckStep(\.js)?$/,
  );
}

/**
 * Keeps only the +1 plan (US, CA, …) of the numbering plans, with the engine: what a page meeting US numbers loads
 * (without the bot-check step, loaded only when a proxy asks for it).
 */
function withUsPlanOnly(config) {
  return withExternal(
    config,
    /[\\/]groups[\\/]\d+(\.js)?$|[\\/]BotCheckStep(\.js)?$/,
    (path) => !/[\\/]groups[\\/]1(\.js)?$/.test(path),
  );
}

function withExternal(config, filter, isExternal = () => true) {
  const plugin = {
    name: 'phone-on-demand',
    setup(build) {
      build.onResolve({ filter }, (args) =>
        isExternal(args.path) ? { path: args.path, external: true } : undefined,
      );
    },
  };
  return { ...config, plugins: [...(config.plugins ?? []), plugin] };
}

module.exports = [
  {
    name: '@verikit/core (wire helpers)',
    path: 'packages/core/dist/index.js',
    import: '{ methodToWire }',
    limit: '1 kB',
    gzip: true,
  },
  {
    name: '@verikit/core client + error catalogue',
    path: 'packages/core/dist/index.js',
    import: '{ createVerificationClient, VerificationError }',
    limit: '3.86 kB',
    gzip: true,
  },
  // The bot check's step in the flow (its state, submitBotCheckToken, cancelBotCheck) costs ~260 B here and in every
  // bundle that holds the flow (8.49 -> 8.75 kB).
  {
    name: '@verikit/core flow machine (with client and catalogue)',
    path: 'packages/core/dist/index.js',
    import: '{ createVerificationFlow, createVerificationClient }',
    limit: '8.78 kB',
    gzip: true,
  },
  {
    name: '@verikit/react usePhoneVerification + VerificationProvider',
    path: 'packages/react/dist/index.js',
    import: '{ VerificationProvider, usePhoneVerification }',
    ignore: peers,
    limit: '9.94 kB',
    gzip: true,
  },
  {
    name: '@verikit/react query hooks (start, report, status)',
    path: 'packages/react/dist/index.js',
    import: '{ VerificationProvider, useStartVerification, useReportCode, useVerificationStatus }',
    ignore: peers,
    limit: '5.28 kB',
    gzip: true,
  },
  // A synchronous HMAC (@noble/hashes) costs ~1 kB over Web Crypto and signs 6x faster on Node 20 (proxy benchmark).
  {
    name: '@verikit/core/sinch-signing',
    path: 'packages/core/dist/sinchSigning.js',
    import: '{ signRequest }',
    limit: '4 kB',
    gzip: true,
  },
  {
    // First load: libphonenumber-js's engine and the numbering plans are chunks loaded on demand (see bench:size).
    name: '@verikit/ui PhoneInput (first load)',
    path: 'packages/ui/dist/index.js',
    import: '{ PhoneInput }',
    ignore: peers,
    modifyEsbuildConfig: withoutPhonePlansAndEngine,
    limit: '10.45 kB',
    gzip: true,
  },
  {
    name: '@verikit/ui PhoneInput (with the engine, plans on demand)',
    path: 'packages/ui/dist/index.js',
    import: '{ PhoneInput }',
    ignore: peers,
    modifyEsbuildConfig: withoutPhonePlans,
    limit: '21.05 kB',
    gzip: true,
  },
  {
    name: '@verikit/ui PhoneInput (with every country plan)',
    path: 'packages/ui/dist/index.js',
    import: '{ PhoneInput }',
    ignore: peers,
    limit: '42.85 kB',
    gzip: true,
  },
  {
    name: '@verikit/react usePhoneField (with the engine, plans on demand)',
    path: 'packages/react/dist/index.js',
    import: '{ usePhoneField }',
    ignore: peers,
    modifyEsbuildConfig: withoutPhonePlans,
    limit: '18.5 kB',
    gzip: true,
  },
  {
    name: '@verikit/ui Countdown',
    path: 'packages/ui/dist/index.js',
    import: '{ Countdown }',
    ignore: peers,
    limit: '1 kB',
    gzip: true,
  },
  {
    // The whole emulator as Storybook's browser loads it; most of it is libphonenumber-js (countryId, number
    // lengths). Its `min/es6` build (ES2015+ output, as core's engine uses) saves 2.4 kB over `min`: 45.69 kB.
    name: '@verikit/sinch-emulator createSinchEmulator',
    path: 'packages/sinch-emulator/dist/index.js',
    import: '{ createSinchEmulator }',
    limit: '46.6 kB',
    gzip: true,
  },
  // The requirement: no heavier than input-otp (4,073 B in `pnpm bench:size`); ours is 0.879 × (3,579 B there), the aim
  // 0.75 ×. Budgets here sit ~20 B over today's figures, so a regression fails.
  {
    // Ours adds to input-otp's behaviour the label, help text, error, i18n, WebOTP and form-library support.
    name: '@verikit/ui OtpInput',
    path: 'packages/ui/dist/index.js',
    import: '{ OtpInput }',
    ignore: peers,
    limit: '3.48 kB',
    gzip: true,
  },
  {
    name: '@verikit/react useOtpField',
    path: 'packages/react/dist/index.js',
    // With its `webOtp` option (the one WebOTP request, shared with useWebOtp).
    import: '{ useOtpField }',
    ignore: peers,
    limit: '2.22 kB',
    gzip: true,
  },
  {
    // The whole drop-in: PhoneInput, the waiting steps, OtpInput, the flow hook, core's flow, client and catalogue.
    name: '@verikit/ui PhoneVerification (first load)',
    path: 'packages/ui/dist/index.js',
    import: '{ PhoneVerification }',
    ignore: peers,
    modifyEsbuildConfig: withoutPhonePlansAndEngine,
    // The bot-check step is external here, so this bundle cannot see a module the lazy step shares with the rest
    // becoming a chunk of its own in a real esbuild page (scripts/firstLoad.test.ts guards that). The step's error is
    // built in PhoneVerification instead of importing core's class into the step: +20 B here, −355 B in bench:size.
    limit: '25.62 kB',
    gzip: true,
  },
  {
    // What a person downloads to verify a US number: the first load, libphonenumber-js's engine and the +1 plan. One
    // bundle here; `pnpm bench:size` gzips the three chunks apart (a little more) and prints this total (0.742 ×
    // react-phone-number-input + input-otp) beside its gate, the first load alone (≤ 0.6 ×; 0.527 ×).
    name: '@verikit/ui PhoneVerification (first load + engine + the +1 plan)',
    path: 'packages/ui/dist/index.js',
    import: '{ PhoneVerification }',
    ignore: peers,
    modifyEsbuildConfig: withUsPlanOnly,
    limit: '37.63 kB',
    gzip: true,
  },
  {
    // Server-side, but it also runs in Storybook's page: the full phone metadata (+1 countries) is most of it.
    name: '@verikit/proxy createVerificationProxy',
    path: 'packages/proxy/dist/index.js',
    import: '{ createVerificationProxy }',
    limit: '73.6 kB',
    gzip: true,
  },
  {
    name: '@verikit/proxy verifyProof (for the app backend)',
    path: 'packages/proxy/dist/index.js',
    import: '{ verifyProof }',
    limit: '7 kB',
    gzip: true,
  },
  {
    name: '@verikit/proxy createCallbackHandler',
    path: 'packages/proxy/dist/index.js',
    import: '{ createCallbackHandler }',
    limit: '6.35 kB',
    gzip: true,
  },
];
