import type { RunStatus } from '../../model/window-messages';

/** What the recording window tells the badge and the speaker view, once a second and on every change. */
export type { RunStatus };

/** No run: only a notice (storage trouble, a run stopped while idle), or '' for none. */
export interface IdleStatus {
  notice: string;
}

/** A run's status, and whether storage still keeps what is recorded. */
export type RehearsalStatus = IdleStatus | (RunStatus & { keeping: boolean });
