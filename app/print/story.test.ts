import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioPlayer } from '../../components/pb-scenario/scenario-player';
import { LANGUAGES } from '../../i18n/languages';
import { compileScenarios } from '../../scripts/ink/vite-plugin';
import { storyParts, storySheets } from './story';

const root = join(import.meta.dirname, '../..');
const scenarios = compileScenarios(join(root, 'decks'), root);
const cases = scenarios.flatMap((s) => LANGUAGES.map((lang) => ({ id: s.id, lang, scenario: s })));

describe('a role-play on paper', () => {
  it.each(cases)(
    '$id in $lang: every line and every choice of every path, each path readable part to part',
    ({ lang, scenario }) => {
      const player = ScenarioPlayer.fromJson(scenario.json[lang]);
      const parts = storyParts(player);
      expect(parts.map((p) => p.number)).toEqual(parts.map((_, i) => i + 1));
      const byNumber = new Map(parts.map((p) => [p.number, p]));
      // Follow each path the class can take through the printed parts: the same lines and choices as playing it.
      for (const path of scenario.paths) {
        const played = player.replay(path);
        let part = byNumber.get(1)!;
        played.forEach((segment, step) => {
          expect(part.beats.map((b) => b.text)).toEqual(segment.beats.map((b) => b.text));
          expect(part.choices.map((c) => c.text)).toEqual(segment.choices.map((c) => c.text));
          if (step < path.length) part = byNumber.get(part.choices[path[step]!]!.to)!;
        });
        expect(part.choices).toHaveLength(0);
        expect(part.beats.at(-1)?.help).toBe(true);
      }
      // Paths that meet again are printed once: fewer parts than segments over all paths.
      const segments = scenario.paths.reduce((n, path) => n + path.length + 1, 0);
      expect(parts.length).toBeLessThan(segments);
    },
  );

  it('cuts the story into sheets without losing, repeating or reordering a part', () => {
    const scenario = scenarios[0]!;
    const parts = storyParts(ScenarioPlayer.fromJson(scenario.json.en));
    const sheets = storySheets(parts);
    expect(sheets.flat()).toEqual(parts);
    expect(sheets.every((sheet) => sheet.length > 0)).toBe(true);
  });
});
