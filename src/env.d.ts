declare module 'virtual:deck' {
  const deck: import('./model/deck').PageDeck;
  export default deck;
}

interface Window {
  /** The started deck: decktape and other reveal tools look for it here. */
  Reveal: import('./platform/reveal').Deck;
}
