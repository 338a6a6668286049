/** Countdown slides, the agenda timeline, the lecturer's HUD and the keys that change the day. */
export { attachPresenter } from './attach';
export { createDay, type ChangeResult, type Day, type DayOptions } from '../../platform/create-day';
export { speakerPanelSection } from '../../platform/speaker/panel';
