// Loaded only when a live class first shows ink: the student page's start-up carries none of it.
import style from './slide-copy.css?inline';

export const SLIDE_STYLE = style;
