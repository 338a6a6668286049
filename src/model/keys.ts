/**
 * The deck's name in the browser's storage and in its cross-window channels: every key and channel is built
 * from it, so a second deck built from this code on the same origin changes one word and shares nothing.
 */
export const DECK_KEY_PREFIX = 'vmdocker';

/** A localStorage key: `vmdocker.agenda.2025-09-10`. */
export const storageKey = (name: string): string => `${DECK_KEY_PREFIX}.${name}`;

/** A BroadcastChannel name: `vmdocker-speaker`. */
export const channelName = (name: string): string => `${DECK_KEY_PREFIX}-${name}`;
