/** `apac-viz/steps`: registers `<apac-steps>` and `<apac-step>` (a scroll-driven story). */
import {ApacStep} from './elements/steps/step.js';
import {ApacSteps, type StepDetail} from './elements/steps/steps.js';

export {ApacStep, ApacSteps};
export type {SteppableChart, StepDetail} from './elements/steps/steps.js';
export type {StepFields} from './elements/steps/step-state.js';

if (!customElements.get('apac-step')) customElements.define('apac-step', ApacStep);
if (!customElements.get('apac-steps')) customElements.define('apac-steps', ApacSteps);

declare global {
  interface HTMLElementTagNameMap {
    'apac-steps': ApacSteps;
    'apac-step': ApacStep;
  }
  interface HTMLElementEventMap {
    'apac-step': CustomEvent<StepDetail>;
  }
}
