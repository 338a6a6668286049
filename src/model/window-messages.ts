/**
 * Every message the deck's own windows send each other on this machine, one valibot schema per channel: the
 * receiving window checks what arrives against it, whoever sent it (another tab of the same origin can post
 * anything). The channel module (`platform/cross-window.ts`) is the only code that sends or receives them.
 */
import * as v from 'valibot';
import { InkMessageSchema } from './ink';

/** A notice for the lecturer: a sentence, never a page. */
const Notice = v.pipe(v.string(), v.maxLength(500));
const Ms = v.pipe(v.number(), v.finite(), v.minValue(0));

/**
 * Where the lecturer's notices may be drawn: the speaker view says it is there (`here`, then a heartbeat) or
 * gone; the projector's window asks `who` is there; "show on projector" changes in every window; the projector
 * passes its notices (`told`) on to the speaker view.
 */
export const SpeakerMessageSchema = v.variant('type', [
  v.object({ type: v.picklist(['here', 'gone', 'who']) }),
  v.object({ type: v.literal('projector'), on: v.boolean() }),
  v.object({ type: v.literal('told'), message: Notice, refused: v.boolean() }),
]);

/** A running rehearsal as the speaker view shows it. */
export const RunStatusSchema = v.object({
  paused: v.boolean(),
  onSlideMs: Ms,
  plannedSlideS: Ms,
  totalMs: Ms,
  plannedSoFarS: Ms,
});

/**
 * The rehearsal between the recording window and the speaker view: the run's status, or a notice with no run
 * ('' for none), one way; a pause request and R pressed in the speaker view, the other.
 */
export const RehearsalMessageSchema = v.variant('type', [
  v.object({ type: v.literal('run'), run: RunStatusSchema }),
  v.object({ type: v.literal('notice'), notice: Notice }),
  v.object({ type: v.picklist(['toggle-pause', 'open-dialog']) }),
]);

/** The deck's channels by name, each with the one schema its messages must have. */
export const WINDOW_CHANNELS = {
  speaker: SpeakerMessageSchema,
  rehearsal: RehearsalMessageSchema,
  ink: InkMessageSchema,
} as const;

export type WindowChannel = keyof typeof WINDOW_CHANNELS;
export type WindowMessage<N extends WindowChannel> = v.InferOutput<(typeof WINDOW_CHANNELS)[N]>;
export type SpeakerMessage = WindowMessage<'speaker'>;
export type RehearsalMessage = WindowMessage<'rehearsal'>;
export type RunStatus = v.InferOutput<typeof RunStatusSchema>;
