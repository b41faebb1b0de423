// The quiz journeys the suites take, named once: each step is [the answer's label, text of
// the heading that follows]. A change of wording is made here, not in ten files.
import { headingWith, walk } from './harness.mjs';

export const JOURNEYS = {
  /** Scalp, healthy skin, no keloid: the plainest yes. */
  greatFit: [
    ['Complete or near-complete loss', 'How do you wear'],
    ['Shaved or buzzed', 'skin on your scalp'],
    ['Healthy, no skin condition', 'keloid'],
    ['No, never', 'why you'],
    ["I've been thinking", 'great fit'],
  ],
  /** Scalp with psoriasis flaring: wait until it settles. */
  flareUp: [
    ['Receding hairline and crown', 'How do you wear'],
    ['Shaved or buzzed', 'skin on your scalp'],
    ['Psoriasis or another', 'keloid'],
    ['No, never', 'why you'],
    ["I've been thinking", 'Wait until the flare-up has settled'],
  ],
  /** Scalp with a keloid history: a specialist first. */
  keloid: [
    ['Receding hairline', 'How do you wear'],
    ['Shaved or buzzed', 'skin on your scalp'],
    ['Healthy, no skin condition', 'keloid'],
    ['Yes, I have had a keloid', 'skin tone'],
    ['Lighter', 'why you'],
    ["I've been thinking", 'Talk to a specialist first'],
  ],
};

/** Presses Start on the n-th widget and takes the named journey to its result. */
export async function takeJourney(browser, name, n = 0) {
  await browser.clickInShadow(`smp-widget:nth-of-type(${n + 1})`, '.start-button');
  await headingWith(browser, 'Which picture', n);
  await walk(browser, JOURNEYS[name], n);
}
