declare module 'virtual:verikit-playground' {
  const settings: import('../server/playgroundSettings').PlaygroundSettings;
  export default settings;
}
