/**
 * The deck's look for one slide drawn away from reveal (the student view's copy of the lecturer's slide, under
 * the lecturer's ink): reveal's rules, the theme and what sizes a slide's content, as text for a shadow root,
 * where the page's own student styles cannot reach. Loaded only when a live class first shows ink.
 */
import reveal from 'reveal.js/reveal.css?inline';
import theme from './deck.css?inline';
import scene from '../../features/scenes/scene.css?inline';
import countdown from '../../features/presenter/countdown.css?inline';
import timeline from '../../features/presenter/timeline.css?inline';
import inkLayer from '../../platform/ink/layer.css?inline';

export const SLIDE_STYLE = [reveal, theme, scene, countdown, timeline, inkLayer].join('\n');
