import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../pipeline/config/command-line.ts';
import { loadResources } from '../../pipeline/config/resources.ts';
import { usableCpus } from '../../pipeline/config/cpus.ts';

describe('--jobs', () => {
  const cpus = usableCpus();

  it('defaults to the CPUs the process may use, without a warning', () => {
    expect(parseCommandLine(['pipeline'])).toMatchObject({ jobs: cpus, warnings: [] });
  });

  it('is capped at those CPUs, with a warning, when asked for more', () => {
    expect(parseCommandLine(['pipeline', '--jobs', '128'])).toMatchObject({
      jobs: cpus,
      warnings: [`--jobs 128: this process may use ${cpus} CPUs; running at most ${cpus} workers`],
    });
  });

  it('takes fewer as asked', () => {
    expect(parseCommandLine(['pipeline', '--jobs', '1'])).toMatchObject({ jobs: 1, warnings: [] });
  });
});

describe('the shipped data files', () => {
  it('are valid user files, so each can be copied as a template', () => {
    const actors = ['states', 'organisations', 'groups', 'people'].flatMap((name) => ['--actors', `stages/tag/data/${name}.json`]);
    const config = parseCommandLine(['pipeline', ...actors, '--abbreviations', 'stages/split/abbreviations.json', '--lexicon', 'stages/classify/lexicon.json']);
    const resources = loadResources(config);
    expect(resources.files.actors.map((f) => f.file)).toHaveLength(4);
    expect(resources.gazetteer.actors.get('Recep Tayyip Erdoğan')?.kind).toBe('person');
  });
});
