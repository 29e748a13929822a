/** A description renderer that renders each distinct text once. */
import type { DescriptionRenderer } from '../dists/index.js';

/**
 * `renderer`, remembering each text's answer: a release's wheels nearly always carry one description, and
 * rendering it once per wheel costs a round trip to the Python worker each.
 */
export function onceEach(renderer: DescriptionRenderer): DescriptionRenderer {
  const answers = new Map<string, Promise<boolean | null>>();
  return {
    rendersRst(text) {
      let answer = answers.get(text);
      if (!answer) answers.set(text, (answer = renderer.rendersRst(text)));
      return answer;
    },
  };
}
