declare module 'virtual:deck' {
  const deck: import('./model/deck').PageDeck;
  export default deck;
}

interface Window {
  /** The started deck: decktape and other reveal tools look for it here. */
  Reveal: import('./platform/reveal').Deck;
  /** The features the entry attached, in order, and the context they share: tests detach and attach them again. */
  /** An ink file's text the handout export hands the print view (`npm run handout -- --ink FILE`); checked before use. */
  handoutInk?: string;
  deckFeatures?: {
    readonly features: readonly import('./platform/feature').Feature<import('./platform/context').DeckContext>[];
    readonly context: import('./platform/context').DeckContext;
  };
}
